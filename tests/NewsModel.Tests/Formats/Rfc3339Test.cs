using System;
using System.Text;
using NewsModel.Formats;
using NodaTime;

namespace NewsModel.Tests.Formats;

public class Rfc3339Test
{
    private static string Format(Instant instant, Offset offset)
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxLength];
        return Encoding.ASCII.GetString(buffer[..Rfc3339.Format(instant, offset, buffer)]);
    }

    [Theory]
    [InlineData(2014, 3, 30, 21, 31, 0, 8 * 3600, "2014-03-31T05:31:00+08:00")]
    [InlineData(1, 1, 2, 0, 0, 0, -5 * 3600, "0001-01-01T19:00:00-05:00")]
    [InlineData(2020, 1, 1, 0, 0, 0, 0, "2020-01-01T00:00:00+00:00")]
    [InlineData(2020, 1, 1, 0, 0, 0, 5 * 3600 + 45 * 60, "2020-01-01T05:45:00+05:45")]
    public void Format_WholeSeconds_WritesOffset(int y, int mo, int d, int h, int mi, int s, int offset, string expected) =>
        Format(Instant.FromUtc(y, mo, d, h, mi, s), Offset.FromSeconds(offset)).Should().Be(expected);

    [Fact]
    public void Format_Nanoseconds_TrimsTrailingZeros()
    {
        Format(Instant.FromUtc(9998, 12, 30, 23, 59, 59).PlusNanoseconds(120_000_000), Offset.Zero).Should().Be("9998-12-30T23:59:59.12+00:00");
        Format(Instant.FromUtc(2000, 1, 1, 0, 0).PlusNanoseconds(1), Offset.FromHours(-12)).Should().Be("1999-12-31T12:00:00.000000001-12:00");
    }

    [Theory]
    [InlineData("2014-03-31T05:31:00+08:00", "2014-03-30T21:31:00Z")]
    [InlineData("2014-03-31t05:31:00z", "2014-03-31T05:31:00Z")]
    [InlineData("2014-03-31 05:31:00.5-0130", "2014-03-31T07:01:00.5Z")]
    [InlineData("2014-03-31T05:31+08:00", "2014-03-30T21:31:00Z")]
    [InlineData("2014-03-31T05:31:00.1234567891Z", "2014-03-31T05:31:00.123456789Z")]
    public void TryParse_WithOffset_ReadsInstant(string text, string expected)
    {
        Rfc3339.TryParse(text, null, out var instant, out bool hadOffset).Should().Be(Rfc3339.Status.Ok);
        hadOffset.Should().BeTrue();
        instant.Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value);
    }

    [Fact]
    public void TryParse_WithoutOffset_NeedsZoneOrUsesIt()
    {
        Rfc3339.TryParse("2020-06-01T12:00:00", null, out _, out _).Should().Be(Rfc3339.Status.NeedsZone);
        Rfc3339.TryParse("2020-06-01T12:00:00", DateTimeZoneProviders.Tzdb["Asia/Tokyo"], out var instant, out bool hadOffset).Should().Be(Rfc3339.Status.Ok);
        hadOffset.Should().BeFalse();
        instant.Should().Be(Instant.FromUtc(2020, 6, 1, 3, 0));
    }

    [Theory]
    [InlineData("Last Tuesday")]
    [InlineData("2019-09-24")]
    [InlineData("2019-02-29T00:00:00Z")]
    [InlineData("2019-13-01T00:00:00Z")]
    [InlineData("2019-01-01T24:00:00Z")]
    [InlineData("2019-01-01T00:00:60Z")]
    [InlineData("2019-01-01T00:00:00.Z")]
    [InlineData("2019-01-01T00:00:00+8:00")]
    [InlineData("2019-01-01T00:00:00+19:00")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2019-01-01T00:00:00Zjunk")]
    public void TryParse_Invalid_ReturnsInvalid(string text) =>
        Rfc3339.TryParse(text, DateTimeZone.Utc, out _, out _).Should().Be(Rfc3339.Status.Invalid);
}
