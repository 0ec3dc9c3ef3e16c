using System;
using CsCheck;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    [Fact]
    public void Rfc9557_Parse_TakesZoneFromBrackets()
    {
        var moment = ParseOk(StampPattern.Rfc9557, "2014-03-31T05:31:00+08:00[Asia/Hong_Kong]", DateTimeZone.Utc);
        moment.Instant.Should().Be(Utc(2014, 3, 30, 21, 31));
        moment.Zone.Id.Should().Be("Asia/Hong_Kong");
        moment.Printed.Should().Be("2014-03-31T05:31:00+08:00[Asia/Hong_Kong]");
    }

    [Fact]
    public void Rfc9557_Parse_ReadsFractionAndElectiveAnnotations()
    {
        var moment = ParseOk(StampPattern.Rfc9557, "2014-03-31T05:31:00.1234+08:00[Asia/Hong_Kong][u-ca=iso8601][foo=bar]", HongKong);
        moment.Instant.Should().Be(Utc(2014, 3, 30, 21, 31).PlusNanoseconds(123_400_000));
        ParseFails(StampPattern.Rfc9557, "2014-03-31T05:31:00+08:00[Asia/Hong_Kong][!foo=bar]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.CriticalAnnotation, 41, "[!foo=bar]"));
    }

    [Fact]
    public void Rfc9557_OffsetDisagreesWithZone_Fails()
    {
        ParseFails(StampPattern.Rfc9557, "2014-03-31T05:31:00+09:00[Asia/Hong_Kong]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.OffsetMismatch, 19, "+09:00", "Asia/Hong_Kong", "+08:00"));
    }

    [Fact]
    public void Rfc9557_UnknownZone_Fails()
    {
        ParseFails(StampPattern.Rfc9557, "2014-03-31T05:31:00+08:00[Asia/Atlantis]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.UnknownZone, 26, "Asia/Atlantis"));
    }

    [Fact]
    public void Rfc9557_MonroviaBefore1972_UsesOffsetSeconds()
    {
        var moment = new Moment(Utc(1971, 6, 1, 12, 0), Monrovia);
        var text = StampPattern.Rfc9557.Format(moment);
        text.Should().Be("1971-06-01T11:15:30-00:44:30[Africa/Monrovia]");
        ParseOk(StampPattern.Rfc9557, text, DateTimeZone.Utc).Instant.Should().Be(moment.Instant);
        moment.ToString().Should().Be(text);
    }

    [Fact]
    public void Rfc9557_AmbiguousLocalTime_OffsetDecides()
    {
        ParseOk(StampPattern.Rfc9557, "2019-11-03T01:30:00-04:00[America/New_York]", NewYork).Instant.Should().Be(Utc(2019, 11, 3, 5, 30));
        ParseOk(StampPattern.Rfc9557, "2019-11-03T01:30:00-05:00[America/New_York]", NewYork).Instant.Should().Be(Utc(2019, 11, 3, 6, 30));
    }

    [Theory]
    [InlineData(23_950, ".00002395")]
    [InlineData(2_395, ".000002395")]
    [InlineData(1, ".000000001")]
    [InlineData(120_000_000, ".12")]
    [InlineData(999_999_999, ".999999999")]
    public void Rfc9557_Format_FractionKeepsLeadingZeros(int nanoseconds, string fraction)
    {
        var moment = new Moment(Utc(2014, 3, 30, 21, 31).PlusNanoseconds(nanoseconds), HongKong);
        var text = StampPattern.Rfc9557.Format(moment);
        text.Should().Be($"2014-03-31T05:31:00{fraction}+08:00[Asia/Hong_Kong]");
        ParseOk(StampPattern.Rfc9557, text, DateTimeZone.Utc).Instant.Should().Be(moment.Instant);
    }

    [Fact]
    public void Rfc9557_FormatThenParse_RoundTripsArbitraryMoments()
    {
        ArticleGen.Moment.Sample(moment =>
        {
            var text = StampPattern.Rfc9557.Format(moment);
            var parsed = StampPattern.Rfc9557.Parse(text, DateTimeZone.Utc);
            return parsed.Success
                && parsed.Value.Instant == moment.Instant
                && parsed.Value.Zone.Id == moment.Zone.Id
                && parsed.Value.Offset == moment.Offset
                && parsed.Value.Printed == text;
        }, iter: 2000);
    }

    [Fact]
    public void Moment_ToString_UsesRfc9557Formatter()
    {
        var moment = new Moment(Utc(2014, 3, 30, 21, 31).PlusNanoseconds(500_000_000), HongKong, "Monday, 31 March, 2014, 5:31am");
        moment.ToString().Should().Be("2014-03-31T05:31:00.5+08:00[Asia/Hong_Kong] \"Monday, 31 March, 2014, 5:31am\"");
    }

    [Theory]
    [InlineData("2014-03-31T05:31:00+08:00", 2014, 3, 30, 21, 31)]
    [InlineData("2014-03-31t05:31:00Z", 2014, 3, 31, 5, 31)]
    [InlineData("2014-03-31 05:31:00-04:00", 2014, 3, 31, 9, 31)]
    public void Rfc3339_Parse_OffsetFixesInstant_ZoneIsPublications(string text, int year, int month, int day, int hour, int minute)
    {
        var moment = ParseOk(StampPattern.Rfc3339, text, HongKong);
        moment.Instant.Should().Be(Utc(year, month, day, hour, minute));
        moment.Zone.Should().BeSameAs(HongKong);
    }

    [Fact]
    public void Rfc3339_FormatThenParse_RoundTrips()
    {
        ArticleGen.Moment.Sample(moment =>
        {
            var text = StampPattern.Rfc3339.Format(moment);
            var parsed = StampPattern.Rfc3339.Parse(text, moment.Zone);
            return parsed.Success && parsed.Value.Instant == moment.Instant;
        }, iter: 1000);
        StampPattern.Rfc3339.Format(new Moment(Utc(2014, 3, 30, 21, 31), HongKong)).Should().Be("2014-03-31T05:31:00+08:00");
    }

    [Fact]
    public void Rfc3339_ZoneInBrackets_IsTrailingText()
    {
        ParseFails(StampPattern.Rfc3339, "2014-03-31T05:31:00+08:00[Asia/Hong_Kong]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.TrailingText, 25));
    }

    [Fact]
    public void Rfc9557_ParseSpan_AllocatesOnlyMomentAndText()
    {
        const string text = "2014-03-31T05:31:00+08:00[Asia/Hong_Kong]";
        StampPattern.Rfc9557.ParseZoned(text.AsSpan(), HongKong);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var zoned = StampPattern.Rfc9557.ParseZoned(text.AsSpan(), HongKong);
        long after = GC.GetAllocatedBytesForCurrentThread();
        zoned.Success.Should().BeTrue();
        (after - before).Should().Be(0);
    }

    [Fact]
    public void Scmp_ParseSpan_AllocatesOnlyMomentAndPrintedText()
    {
        const string text = "PUBLISHED : Monday, 31 March, 2014, 5:31am";
        StampPattern.Scmp.Parse(text.AsSpan(), HongKong);
        long expectedBefore = GC.GetAllocatedBytesForCurrentThread();
        var expected = new Moment(Utc(2014, 3, 30, 21, 31), HongKong, text.AsSpan(12).ToString(), MomentPrecision.Minute);
        long expectedBytes = GC.GetAllocatedBytesForCurrentThread() - expectedBefore;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = StampPattern.Scmp.Parse(text.AsSpan(), HongKong);
        long after = GC.GetAllocatedBytesForCurrentThread();
        result.Value.Should().Be(expected);
        (after - before).Should().Be(expectedBytes);
    }
}
