using System;
using System.Text;
using NewsModel.Json;
using NodaTime;

namespace NewsModel.Tests.Json;

public class Rfc3339Test
{
    private static readonly DateTimeZone Monrovia = DateTimeZoneProviders.Tzdb["Africa/Monrovia"];
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private static string Format(Instant instant, Offset offset)
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxLength];
        int length = Rfc3339.Format(instant, offset, buffer);
        return length < 0 ? "(unwritable)" : Encoding.ASCII.GetString(buffer[..length]);
    }

    [Theory]
    [InlineData(0, "2014-03-30T21:31:00Z")]
    [InlineData(8 * 3600, "2014-03-31T05:31:00+08:00")]
    [InlineData(-(3 * 3600 + 30 * 60), "2014-03-30T18:01:00-03:30")]
    [InlineData(-(44 * 60 + 30), "2014-03-30T21:31:00Z")]
    public void Format_Offsets_WritesOffsetOrUtcWhenItHasSeconds(int offsetSeconds, string expected)
    {
        var instant = Instant.FromUtc(2014, 3, 30, 21, 31);
        Format(instant, Offset.FromSeconds(offsetSeconds)).Should().Be(expected.Replace("Z", offsetSeconds == 0 ? "+00:00" : "Z"));
    }

    [Theory]
    [InlineData(1, "2014-03-30T21:31:00.000000001Z")]
    [InlineData(120_000_000, "2014-03-30T21:31:00.12Z")]
    [InlineData(999_999_999, "2014-03-30T21:31:00.999999999Z")]
    public void Format_FractionalSeconds_TrailingZerosTrimmed(int nanos, string expected)
    {
        Format(Instant.FromUtc(2014, 3, 30, 21, 31).PlusNanoseconds(nanos), Offset.FromSeconds(44 * 60 + 30)).Should().Be(expected);
    }

    [Fact]
    public void Format_YearOutsideRfc3339_Unwritable()
    {
        Format(Instant.FromUtc(1, 1, 1, 0, 0), Offset.FromHours(-1)).Should().Be("(unwritable)");
        Format(Instant.FromUtc(1, 1, 1, 0, 0), Offset.Zero).Should().Be("0001-01-01T00:00:00+00:00");
        Format(Instant.FromUtc(9999, 12, 31, 23, 59, 59), Offset.Zero).Should().Be("9999-12-31T23:59:59+00:00");
    }

    [Theory]
    [InlineData("2014-03-31T05:31:00+08:00", "2014-03-31T05:31:00", 8 * 3600, false)]
    [InlineData("2014-03-31t05:31:00.5z", "2014-03-31T05:31:00.5", 0, true)]
    [InlineData("1971-06-01T00:00:00-00:44:30", "1971-06-01T00:00:00", -(44 * 60 + 30), false)]
    [InlineData("2000-02-29T23:59:59.123456789-12:00", "2000-02-29T23:59:59.123456789", -12 * 3600, false)]
    public void TryParse_Valid_GivesLocalAndOffset(string text, string local, int offsetSeconds, bool zulu)
    {
        Rfc3339.TryParse(Encoding.ASCII.GetBytes(text), out var parsedLocal, out var offset, out bool isZulu).Should().BeNull();
        parsedLocal.Should().Be(NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(local).Value);
        offset.Should().Be(Offset.FromSeconds(offsetSeconds));
        isZulu.Should().Be(zulu);
    }

    [Fact]
    public void RoundTrip_MonroviaBefore1972_KeepsInstantAndZone()
    {
        var moment = new Moment(Instant.FromUtc(1960, 5, 1, 12, 0, 7).PlusNanoseconds(5), Monrovia, "1 May 1960");
        moment.Offset.Seconds.Should().Be(-(44 * 60 + 30));
        var article = NewsModel.Testing.SampleArticles.HarbourFerryFares.WithTimeline(new Timeline(moment));
        string json = NewsModelJson.Serialize(article);
        json.Should().Contain("\"published\":{\"at\":\"1960-05-01T12:00:07.000000005Z\",\"zone\":\"Africa/Monrovia\"");
        NewsModelJson.Deserialize(json).Timeline.Published!.Should().Be(moment);
        // The +HH:mm:ss extension is accepted too when it is the zone's offset.
        NewsModelJson.Deserialize(json.Replace("1960-05-01T12:00:07.000000005Z", "1960-05-01T11:15:37.000000005-00:44:30")).Timeline.Published!.Should().Be(moment);
    }

    [Fact]
    public void Deserialize_ZuluForZoneWithWholeMinuteOffset_Rejected()
    {
        var article = NewsModel.Testing.SampleArticles.HarbourFerryFares;
        string json = NewsModelJson.Serialize(article).Replace("2025-10-14T09:15:00+08:00", "2025-10-14T01:15:00Z");
        Assert.Throws<System.Text.Json.JsonException>(() => NewsModelJson.Deserialize(json)).Path.Should().Be("$.timeline.published.at");
        _ = HongKong;
    }

    [Fact]
    public void Serialize_MomentOutsideYears_RefusedByTheModelSoTheWriterNeverMeetsOne()
    {
        var act = () => new Moment(Instant.FromUtc(1, 1, 1, 0, 0), DateTimeZoneProviders.Tzdb["Etc/GMT+1"]);
        act.Should().Throw<System.ArgumentOutOfRangeException>().Which.Message.Should().Contain("years 1 to 9999");
    }
}
