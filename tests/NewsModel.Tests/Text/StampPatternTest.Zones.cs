using CsCheck;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    [Fact]
    public void NewYork_SpringForwardGap_FailsNamingCandidates()
    {
        var result = ParseFails(StampPattern.UsMonthDay, "March 10, 2019, 2:30 a.m.", NewYork);
        result.Message.Should().Be(Message(
            TextErrorMessages.SkippedTime, 16, "2019-03-10T02:30", "America/New_York",
            "2019-03-10T06:30:00Z (at -04:00, EDT) or 2019-03-10T07:30:00Z (at -05:00, EST)"));
        StampPattern.UsMonthDay.WithResolver(StampResolver.Later).Parse("March 10, 2019, 2:30 a.m.", NewYork)
            .Value.Instant.Should().Be(Utc(2019, 3, 10, 7, 30));
    }

    [Fact]
    public void NewYork_FallBackAmbiguity_FailsOrAbbreviationDecides()
    {
        ParseFails(StampPattern.UsMonthDay, "November 3, 2019, 1:30 a.m.", NewYork).Message.Should().Be(Message(
            TextErrorMessages.AmbiguousTime, 18, "2019-11-03T01:30", "America/New_York",
            "2019-11-03T05:30:00Z (at -04:00, EDT) or 2019-11-03T06:30:00Z (at -05:00, EST)"));
        ParseOk(StampPattern.UsMonthDay, "November 3, 2019, 1:30 a.m. EDT", NewYork).Instant.Should().Be(Utc(2019, 11, 3, 5, 30));
        ParseOk(StampPattern.UsMonthDay, "November 3, 2019, 1:30 a.m. EST", NewYork).Instant.Should().Be(Utc(2019, 11, 3, 6, 30));
        ParseFails(StampPattern.UsMonthDay, "November 3, 2019, 1:30 a.m. CST", NewYork)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 28, "CST", "America/New_York", "EDT or EST"));
    }

    [Fact]
    public void NewYork_AbbreviationOfOtherHalfOfYear_Fails() =>
        ParseFails(StampPattern.UsMonthDay, "March 31, 2014, 5:31 a.m. EST", NewYork)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 26, "EST", "America/New_York", "EDT"));

    [Fact]
    public void London_GapAndAmbiguity_NameCandidates()
    {
        ParseFails(StampPattern.DayMonthNumeric, "31/03/2019 01:30", London).Message.Should().Be(Message(
            TextErrorMessages.SkippedTime, 11, "2019-03-31T01:30", "Europe/London",
            "2019-03-31T00:30:00Z (at +01:00, BST) or 2019-03-31T01:30:00Z (at +00:00, GMT)"));
        ParseFails(StampPattern.DayMonthNumeric, "27/10/2019 01:30", London).Message.Should().Be(Message(
            TextErrorMessages.AmbiguousTime, 11, "2019-10-27T01:30", "Europe/London",
            "2019-10-27T00:30:00Z (at +01:00, BST) or 2019-10-27T01:30:00Z (at +00:00, GMT)"));
        StampPattern.DayMonthNumeric.WithResolver(StampResolver.Earlier).Parse("27/10/2019 01:30", London).Value.Instant.Should().Be(Utc(2019, 10, 27, 0, 30));
        ParseOk(StampPattern.DayMonthNumeric, "27/10/2019 01:30 GMT", London).Instant.Should().Be(Utc(2019, 10, 27, 1, 30));
    }

    [Fact]
    public void LordHowe_ThirtyMinuteGapAndAmbiguity()
    {
        // Lord Howe Island moves its clocks by 30 minutes: +10:30 standard, +11:00 summer.
        var summer = LordHowe.GetZoneInterval(Utc(2019, 12, 1, 0, 0)).Name;
        var standard = LordHowe.GetZoneInterval(Utc(2019, 7, 1, 0, 0)).Name;
        ParseFails(StampPattern.DayMonthNumeric, "06/10/2019 02:15", LordHowe).Message.Should().Be(Message(
            TextErrorMessages.SkippedTime, 11, "2019-10-06T02:15", "Australia/Lord_Howe",
            $"2019-10-05T15:15:00Z (at +11:00, {summer}) or 2019-10-05T15:45:00Z (at +10:30, {standard})"));
        ParseFails(StampPattern.DayMonthNumeric, "07/04/2019 01:45", LordHowe).Message.Should().Be(Message(
            TextErrorMessages.AmbiguousTime, 11, "2019-04-07T01:45", "Australia/Lord_Howe",
            $"2019-04-06T14:45:00Z (at +11:00, {summer}) or 2019-04-06T15:15:00Z (at +10:30, {standard})"));
        ParseOk(StampPattern.DayMonthNumeric, "07/04/2019 02:00", LordHowe).Instant.Should().Be(Utc(2019, 4, 6, 15, 30));
        ParseOk(StampPattern.DayMonthNumeric, "06/10/2019 02:30", LordHowe).Instant.Should().Be(Utc(2019, 10, 5, 15, 30));
    }

    [Fact]
    public void Abbreviations_AcceptedOnlyWhereTheZoneUsesThem()
    {
        // BST: British Summer Time in London; Dhaka's TZDB name is "+06", so BST is refused there.
        ParseOk(StampPattern.UsMonthDay, "June 1, 2019, 9:00 a.m. BST", London).Instant.Should().Be(Utc(2019, 6, 1, 8, 0));
        ParseFails(StampPattern.UsMonthDay, "June 1, 2019, 9:00 a.m. BST", Dhaka)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 24, "BST", "Asia/Dhaka", "+06"));
        ParseFails(StampPattern.UsMonthDay, "January 15, 2019, 9:00 a.m. BST", London)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 28, "BST", "Europe/London", "GMT"));
        // IST: India in Kolkata, Irish Standard Time in Dublin's summer only.
        ParseOk(StampPattern.UsMonthDay, "March 31, 2014, 11:01 a.m. IST", Kolkata).Instant.Should().Be(Utc(2014, 3, 31, 5, 31));
        ParseOk(StampPattern.UsMonthDay, "June 1, 2019, 9:00 a.m. IST", Dublin).Instant.Should().Be(Utc(2019, 6, 1, 8, 0));
        ParseFails(StampPattern.UsMonthDay, "January 15, 2019, 9:00 a.m. IST", Dublin).Success.Should().BeFalse();
        // CST: China in Shanghai, Central Standard Time in Chicago's winter only.
        ParseOk(StampPattern.UsMonthDay, "March 31, 2014, 5:31 a.m. CST", Shanghai).Instant.Should().Be(Utc(2014, 3, 30, 21, 31));
        ParseOk(StampPattern.UsMonthDay, "January 15, 2019, 9:00 a.m. CST", Chicago).Instant.Should().Be(Utc(2019, 1, 15, 15, 0));
        ParseFails(StampPattern.UsMonthDay, "June 1, 2019, 9:00 a.m. CST", Chicago)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 24, "CST", "America/Chicago", "CDT"));
        // HKT: Hong Kong; refused in New York.
        ParseOk(StampPattern.UsNumeric, "03/31/2014 05:31 AM HKT", HongKong).Instant.Should().Be(Utc(2014, 3, 30, 21, 31));
        ParseFails(StampPattern.UsNumeric, "03/31/2014 05:31 AM HKT", NewYork).Success.Should().BeFalse();
    }

    public static TheoryData<string> RoundTripPatterns() => [.. System.Linq.Enumerable.Select(StampPattern.Known, p => p.Name)];

    [Theory]
    [MemberData(nameof(RoundTripPatterns))]
    public void FormatThenParse_EveryStyleInDstZones_GivesSameInstantOrReportsAmbiguity(string name)
    {
        var pattern = System.Linq.Enumerable.Single(StampPattern.Known, p => p.Name == name);
        var zones = new[] { HongKong, NewYork, London, LordHowe, Kolkata, Dublin, Chicago };
        Gen.Select(Gen.Long[0, 2_145_916_800L / 60], Gen.Int[0, zones.Length - 1], (minutes, z) => new Moment(Instant.FromUnixTimeSeconds(minutes * 60), zones[z]))
            .Sample(moment =>
            {
                var text = pattern.Format(moment);
                var parsed = pattern.Parse(text, moment.Zone);
                if (parsed.Success)
                {
                    parsed.Value.Instant.Should().Be(moment.Instant, "'{0}' should read back", text);
                    parsed.Value.Printed.Should().Be(text);
                }
                else
                {
                    // Only styles that print no zone information can lose the instant, and only in a repeated hour.
                    parsed.Message.Should().StartWith("The local time", "'{0}': {1}", text, parsed.Message);
                    parsed.Message.Should().Contain("ambiguous");
                }
            }, iter: 3000);
    }
}
