using System.Globalization;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Theory]
    [InlineData("1:01 PM ET Thu, 14 May 2020", "America/New_York", 2020, 5, 14, 17, 1)]
    [InlineData("1:01 PM EST Tue, 14 Jan 2020", "America/New_York", 2020, 1, 14, 18, 1)]
    [InlineData("10:00am, 20 Jun, 2020 BST", "Europe/London", 2020, 6, 20, 9, 0)]
    [InlineData("14:32 GMT+8, 20 Jan 2020", "Europe/London", 2020, 1, 20, 6, 32)]
    [InlineData("14:32 UTC-05:30 20 Jan 2020", "Asia/Hong_Kong", 2020, 1, 20, 20, 2)]
    [InlineData("5pm HKT, Jan 20, 2020", "Asia/Hong_Kong", 2020, 1, 20, 9, 0)]
    public void TimeFirst_Parse_ReadsTimeZoneAndDate(string text, string zone, int y, int mo, int d, int h, int mi)
    {
        var moment = ParseOk(StampPattern.TimeFirst, text, DateTimeZoneProviders.Tzdb[zone]);

        moment.Instant.Should().Be(Utc(y, mo, d, h, mi));
        moment.Zone.Id.Should().Be(zone);
        moment.Printed.Should().Be(text);
    }

    [Fact]
    public void TimeFirst_HourWithoutMinutes_HasHourPrecision() =>
        ParseOk(StampPattern.TimeFirst, "5pm HKT, Jan 20, 2020", HongKong).Precision.Should().Be(MomentPrecision.Hour);

    [Theory]
    [InlineData("20:15 CET 14.05.2020", "The zone abbreviation CET at position 6")]
    [InlineData("02:30 29.03.2020", "does not exist in zone Europe/Berlin")]
    [InlineData("02:30 25.10.2020", "is ambiguous in zone Europe/Berlin")]
    public void TimeFirstNumeric_ZoneChecksInBerlin_RefusedWithTheReason(string text, string expected) =>
        ParseFails(StampPattern.TimeFirstNumeric, text, Berlin).Message.Should().Contain(expected);

    [Theory]
    [InlineData("20:15 CEST 14.05.2020", 2020, 5, 14, 18, 15)]
    [InlineData("02:30 CEST 25.10.2020", 2020, 10, 25, 0, 30)]
    [InlineData("02:30 CET 25.10.2020", 2020, 10, 25, 1, 30)]
    [InlineData("5.31pm 31/3/2014", 2014, 3, 31, 15, 31)]
    public void TimeFirstNumeric_Parse_DayFirstAndAbbreviationSettlesTheRepeatedHour(string text, int y, int mo, int d, int h, int mi) =>
        ParseOk(StampPattern.TimeFirstNumeric, text, Berlin).Instant.Should().Be(Utc(y, mo, d, h, mi));

    [Fact]
    public void TimeFirstUsNumeric_Parse_MonthFirstUnlessDottedOrTheNumbersTell()
    {
        ParseOk(StampPattern.TimeFirstUsNumeric, "5:31 PM EST 3/4/2014", NewYork).Date.Should().Be(new LocalDate(2014, 3, 4));
        ParseOk(StampPattern.TimeFirstUsNumeric, "5:31 PM EST 4.3.2014", NewYork).Date.Should().Be(new LocalDate(2014, 3, 4));
        ParseOk(StampPattern.TimeFirstUsNumeric, "5:31 PM EDT 31/3/2014", NewYork).Date.Should().Be(new LocalDate(2014, 3, 31));
    }

    [Fact]
    public void TimeFirst_Format_PrintsTheZonesAbbreviationOrGmtOffset()
    {
        var newYork = Instant.FromUtc(2020, 5, 14, 17, 1).InZone(NewYork);
        var kolkata = Instant.FromUtc(2020, 5, 14, 17, 1).InZone(DateTimeZoneProviders.Tzdb["Asia/Dubai"]);

        StampPattern.TimeFirst.Format(newYork).Should().Be("1:01 PM EDT Thu, 14 May 2020");
        StampPattern.TimeFirstNumeric.Format(newYork).Should().Be("13:01 EDT 14.05.2020");
        StampPattern.TimeFirstUsNumeric.Format(newYork).Should().Be("1:01 PM EDT 5/14/2020");
        StampPattern.TimeFirst.Format(kolkata).Should().Be("9:01 PM GMT+4 Thu, 14 May 2020");
    }

    [Theory]
    [InlineData("May 14, 2020", 2020, 5, 14)]
    [InlineData("Thursday, 14 May 2020", 2020, 5, 14)]
    [InlineData("2nd November 2023", 2023, 11, 2)]
    [InlineData("14. Mai 2020", 2020, 5, 14)]
    [InlineData("14 de mayo de 2020", 2020, 5, 14)]
    [InlineData("2020年5月14日", 2020, 5, 14)]
    [InlineData("2020년 5월 14일", 2020, 5, 14)]
    [InlineData("18-Jan-2020", 2020, 1, 18)]
    [InlineData("2020/01/18", 2020, 1, 18)]
    public void General_DateAlone_IsDateOnlyAtTheStartOfTheDay(string text, int y, int m, int d)
    {
        var moment = ParseOk(StampPattern.General, text, London);

        moment.Precision.Should().Be(MomentPrecision.Day);
        moment.Instant.Should().Be(London.AtStartOfDay(new LocalDate(y, m, d)).ToInstant());
    }

    [Theory]
    [InlineData("14 mai 2020 à 10h39", 10, 39, MomentPrecision.Minute)]
    [InlineData("14. Mai 2020, 10:39 Uhr", 10, 39, MomentPrecision.Minute)]
    [InlineData("May 14, 2020 at 3:04:05 p.m.", 15, 4, MomentPrecision.Second)]
    [InlineData("2020-05-14 | 09:30 BST", 9, 30, MomentPrecision.Minute)]
    public void General_DateThenTime_ReadsTheTimeAndItsPrecision(string text, int hour, int minute, MomentPrecision precision)
    {
        var moment = ParseOk(StampPattern.General, text, London);

        moment.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, hour, minute, moment.LocalDateTime.Second));
        moment.Precision.Should().Be(precision);
    }

    [Fact]
    public void General_WeekdayThatDisagrees_Refused() =>
        ParseFails(StampPattern.General, "Friday 2nd November 2023", London).Message
            .Should().Be(Message(TextErrorMessages.WeekdayMismatch, 0, "Friday", "2023-11-02", "Thursday"));

    [Theory]
    [InlineData("11/08/23 5:19pm", 2023, 11, 8, 17, 19)]
    [InlineData("11/08/49 5:19pm", 2049, 11, 8, 17, 19)]
    [InlineData("11/08/50 5:19pm", 1950, 11, 8, 17, 19)]
    [InlineData("3/31/99", 1999, 3, 31, 0, 0)]
    [InlineData("3/31/00", 2000, 3, 31, 0, 0)]
    public void General_TwoDigitYear_ReadUpTo2049(string text, int y, int mo, int d, int h, int mi)
    {
        var moment = ParseOk(StampPattern.General, text, London);

        moment.LocalDateTime.Should().Be(new LocalDateTime(y, mo, d, h, mi));
        moment.Printed.Should().Be(text);
    }

    [Theory]
    [InlineData("11/08/023 5:19pm", 6)]
    [InlineData("11/08/2", 6)]
    [InlineData("11/08/20231", 6)]
    public void General_YearOfThreeOrOneOrFiveDigits_RefusedAtTheYear(string text, int position) =>
        ParseFails(StampPattern.General, text, London).Message
            .Should().Be(Message(TextErrorMessages.Expected, position, TextErrorMessages.NumericYearDigits));

    [Fact]
    public void GeneralFor_DayFirstCulture_ReadsNumericDatesDayFirstUnlessTheNumbersTell()
    {
        var british = StampPattern.GeneralFor(CultureInfo.GetCultureInfo("en-GB"));

        ParseOk(british, "3/4/2014", London).Date.Should().Be(new LocalDate(2014, 4, 3));
        ParseOk(StampPattern.General, "3/4/2014", London).Date.Should().Be(new LocalDate(2014, 3, 4));
        ParseOk(british, "3/31/2014", London).Date.Should().Be(new LocalDate(2014, 3, 31));
        StampPattern.GeneralFor(CultureInfo.GetCultureInfo("en-GB")).Should().BeSameAs(british);
    }

    [Fact]
    public void General_FormatDateOnlyMoment_PrintsTheDateAlone()
    {
        var day = Moment.FromDate(new LocalDate(2020, 5, 14), London);

        StampPattern.General.Format(day).Should().Be("14 May 2020");
        StampPattern.General.Format(day.Instant.InZone(London)).Should().Be("14 May 2020, 00:00 BST");
    }

    [Fact]
    public void Create_HouseStyle_ReadsWithTheSharedChecks()
    {
        var house = StampPattern.Create("Aftenposten", "dd/MM/uuuu 'kl.' HH.mm");
        var oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

        var moment = ParseOk(house, "Published: 14/05/2020 kl. 10.39", oslo);

        moment.Instant.Should().Be(Utc(2020, 5, 14, 8, 39));
        moment.Printed.Should().Be("14/05/2020 kl. 10.39");
        moment.Precision.Should().Be(MomentPrecision.Minute);
        ParseFails(house, "29/03/2020 kl. 02.30", oslo).Message.Should().Contain("does not exist in zone Europe/Oslo");
        ParseOk(StampPattern.Create("Dato", "d. MMMM uuuu", CultureInfo.GetCultureInfo("nb-NO")), "14. mai 2020", oslo).Precision.Should().Be(MomentPrecision.Day);
        house.Format(moment).Should().Be("14/05/2020 kl. 10.39");
    }
}

public partial class StampPatternTest
{
    [Theory]
    [InlineData("General", "2020-03-08 02:30", "America/New_York", "does not exist in zone America/New_York")]
    [InlineData("General", "1 November 2020 at 1:30am", "America/New_York", "is ambiguous in zone America/New_York")]
    [InlineData("General", "29 March 2020, 01:30", "Europe/London", "does not exist in zone Europe/London")]
    [InlineData("TimeFirstUsNumeric", "2:30 AM 3/8/2020", "America/Chicago", "does not exist in zone America/Chicago")]
    [InlineData("TimeFirstUsNumeric", "1:30 AM 11/1/2020", "America/Chicago", "is ambiguous in zone America/Chicago")]
    [InlineData("TimeFirst", "1:30 AM Sun, 25 Oct 2020", "Europe/London", "is ambiguous in zone Europe/London")]
    public void Parse_GapOrRepeatedHourInTwoZones_RefusedWithTheZone(string name, string text, string zone, string expected)
    {
        var pattern = System.Linq.Enumerable.Single(StampPattern.Known, p => p.Name == name);

        ParseFails(pattern, text, DateTimeZoneProviders.Tzdb[zone]).Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("General", "1 November 2020 at 1:30am EST", "America/New_York", 2020, 11, 1, 6, 30)]
    [InlineData("TimeFirstUsNumeric", "1:30 AM CDT 11/1/2020", "America/Chicago", 2020, 11, 1, 6, 30)]
    [InlineData("TimeFirst", "1:30 AM GMT Sun, 25 Oct 2020", "Europe/London", 2020, 10, 25, 1, 30)]
    public void Parse_RepeatedHourWithAbbreviationOrOffset_Resolved(string name, string text, string zone, int y, int mo, int d, int h, int mi)
    {
        var pattern = System.Linq.Enumerable.Single(StampPattern.Known, p => p.Name == name);

        ParseOk(pattern, text, DateTimeZoneProviders.Tzdb[zone]).Instant.Should().Be(Utc(y, mo, d, h, mi));
    }
}
