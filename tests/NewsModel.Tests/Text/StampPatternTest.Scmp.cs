using NewsModel.Text;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    [Theory]
    [InlineData("Monday, 31 March, 2014, 5:31am")]
    [InlineData("PUBLISHED : Monday, 31 March, 2014, 5:31am")]
    [InlineData("  UPDATED : Monday, 31 March, 2014, 5:31am \n")]
    [InlineData("Published: Monday, 31 March, 2014, 5:31am")]
    public void Scmp_Parse_ReadsHongKongTimeAndKeepsStampWithoutLabel(string text)
    {
        var moment = ParseOk(StampPattern.Scmp, text, HongKong);
        moment.Instant.Should().Be(Utc(2014, 3, 30, 21, 31));
        moment.Zone.Should().BeSameAs(HongKong);
        moment.Printed.Should().Be("Monday, 31 March, 2014, 5:31am");
    }

    [Theory]
    [InlineData("Monday, 31 March, 2014, 12:05am", 2014, 3, 30, 16, 5)]
    [InlineData("Monday, 31 March, 2014, 12:05pm", 2014, 3, 31, 4, 5)]
    [InlineData("Monday, 31 March, 2014, 10:42 PM", 2014, 3, 31, 14, 42)]
    [InlineData("monday, 31 mar, 2014, 1:00a.m.", 2014, 3, 30, 17, 0)]
    public void Scmp_Parse_ReadsTwelveHourClock(string text, int year, int month, int day, int hour, int minute) =>
        ParseOk(StampPattern.Scmp, text, HongKong).Instant.Should().Be(Utc(year, month, day, hour, minute));

    [Fact]
    public void Scmp_Format_PrintsScmpStyle()
    {
        var moment = new Moment(Utc(2014, 3, 30, 21, 31), HongKong);
        StampPattern.Scmp.Format(moment).Should().Be("Monday, 31 March, 2014, 5:31am");
        StampPattern.Scmp.Format(new Moment(Utc(2014, 3, 31, 4, 5), HongKong)).Should().Be("Monday, 31 March, 2014, 12:05pm");
        StampPattern.Scmp.Format(new Moment(Utc(2014, 3, 30, 16, 5), HongKong)).Should().Be("Monday, 31 March, 2014, 12:05am");
    }

    [Fact]
    public void Scmp_WeekdayDisagrees_FailsSayingSo()
    {
        var result = ParseFails(StampPattern.Scmp, "PUBLISHED : Tuesday, 31 March, 2014, 5:31am", HongKong);
        result.Message.Should().Be(Message(TextErrorMessages.WeekdayMismatch, 12, "Tuesday", "2014-03-31", "Monday"));
        result.Position.Should().Be(12);
    }

    [Fact]
    public void Scmp_HistoricHongKongSummerTime_UsesPlusNine()
    {
        // Hong Kong kept summer time (+09:00) until 1979.
        ParseOk(StampPattern.Scmp, "Monday, 30 June, 1975, 9:00am", HongKong).Instant.Should().Be(Utc(1975, 6, 30, 0, 0));
        ParseOk(StampPattern.Scmp, "Tuesday, 30 December, 1975, 9:00am", HongKong).Instant.Should().Be(Utc(1975, 12, 30, 1, 0));
        ParseOk(StampPattern.Scmp, "Friday, 15 June, 1979, 9:00am", HongKong).Instant.Should().Be(Utc(1979, 6, 15, 0, 0));
        ParseOk(StampPattern.Scmp, "Friday, 15 June, 1984, 9:00am", HongKong).Instant.Should().Be(Utc(1984, 6, 15, 1, 0));
    }

    [Fact]
    public void Scmp_HongKong1979Gap_FailsNamingZoneAndCandidates()
    {
        // 13 May 1979: clocks went from 03:30 to 04:30.
        var result = ParseFails(StampPattern.Scmp, "Sunday, 13 May, 1979, 3:45am", HongKong);
        result.Message.Should().Be(Message(
            TextErrorMessages.SkippedTime,
            22,
            "1979-05-13T03:45",
            "Asia/Hong_Kong",
            "1979-05-12T18:45:00Z (at +09:00, HKST) or 1979-05-12T19:45:00Z (at +08:00, HKT)"));
        StampPattern.Scmp.WithResolver(StampResolver.Later).Parse("Sunday, 13 May, 1979, 3:45am", HongKong)
            .Value.Instant.Should().Be(Utc(1979, 5, 12, 19, 45));
        StampPattern.Scmp.WithResolver(StampResolver.Earlier).Parse("Sunday, 13 May, 1979, 3:45am", HongKong)
            .Value.Instant.Should().Be(Utc(1979, 5, 12, 18, 45));
    }

    [Fact]
    public void Scmp_HongKong1979Ambiguity_FailsOrResolves()
    {
        // 21 October 1979: clocks went back from 03:30 to 02:30.
        const string text = "Sunday, 21 October, 1979, 3:00am";
        var result = ParseFails(StampPattern.Scmp, text, HongKong);
        result.Message.Should().Be(Message(
            TextErrorMessages.AmbiguousTime,
            26,
            "1979-10-21T03:00",
            "Asia/Hong_Kong",
            "1979-10-20T18:00:00Z (at +09:00, HKST) or 1979-10-20T19:00:00Z (at +08:00, HKT)"));
        StampPattern.Scmp.WithResolver(StampResolver.Earlier).Parse(text, HongKong).Value.Instant.Should().Be(Utc(1979, 10, 20, 18, 0));
        StampPattern.Scmp.WithResolver(StampResolver.Later).Parse(text, HongKong).Value.Instant.Should().Be(Utc(1979, 10, 20, 19, 0));
    }

    [Theory]
    [InlineData("10:00am, 20 Jan, 2020", 2020, 1, 20, 2, 0)]
    [InlineData("Published: 10:00am, 20 Jan, 2020", 2020, 1, 20, 2, 0)]
    [InlineData("PUBLISHED : 9:05pm, 3 Sept, 2019", 2019, 9, 3, 13, 5)]
    [InlineData("Updated: 11:59pm, 31 December, 2019", 2019, 12, 31, 15, 59)]
    public void ScmpShort_Parse_ReadsHongKongTime(string text, int year, int month, int day, int hour, int minute)
    {
        var moment = ParseOk(StampPattern.ScmpShort, text, HongKong);
        moment.Instant.Should().Be(Utc(year, month, day, hour, minute));
        moment.Printed.Should().NotContainAny("Published", "PUBLISHED", "Updated");
        text.Should().EndWith(moment.Printed);
    }

    [Fact]
    public void ScmpShort_Format_PrintsShortStyle()
    {
        StampPattern.ScmpShort.Format(new Moment(Utc(2020, 1, 20, 2, 0), HongKong)).Should().Be("10:00am, 20 Jan, 2020");
        StampPattern.ScmpShort.Format(new Moment(Utc(2019, 9, 3, 13, 5), HongKong)).Should().Be("9:05pm, 3 Sep, 2019");
    }

    [Fact]
    public void StampPattern_DetectLabel_ReadsLabels()
    {
        StampPattern.DetectLabel("PUBLISHED : Monday, 31 March, 2014, 5:31am").Should().Be(StampLabel.Published);
        StampPattern.DetectLabel(" UPDATED : Monday").Should().Be(StampLabel.Updated);
        StampPattern.DetectLabel("Last updated: 10:00am, 20 Jan, 2020").Should().Be(StampLabel.Updated);
        StampPattern.DetectLabel("Published yesterday").Should().Be(StampLabel.Published, "a label word standing apart labels what follows, here a relative stamp");
        StampPattern.DetectLabel("Posted on May 14, 2020").Should().Be(StampLabel.Published);
        StampPattern.DetectLabel("Publishedness").Should().Be(StampLabel.None);
        StampPattern.DetectLabel("Published").Should().Be(StampLabel.None, "a label stands before a stamp");
        StampPattern.DetectLabel("Monday, 31 March").Should().Be(StampLabel.None);
    }
}
