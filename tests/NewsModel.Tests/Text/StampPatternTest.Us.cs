using System.Globalization;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    [Theory]
    [InlineData("March 31, 2014, 5:31 a.m. EDT", 2014, 3, 31, 9, 31)]
    [InlineData("March 31, 2014, 5:31 a.m.", 2014, 3, 31, 9, 31)]
    [InlineData("Mar. 31, 2014 5:31 AM EDT", 2014, 3, 31, 9, 31)]
    [InlineData("Sept. 3, 2019, 12:00 p.m. EDT", 2019, 9, 3, 16, 0)]
    [InlineData("Dec. 25, 2019, 11:59 p.m. EST", 2019, 12, 26, 4, 59)]
    public void UsMonthDay_Parse_ReadsNewYorkTime(string text, int year, int month, int day, int hour, int minute)
    {
        var moment = ParseOk(StampPattern.UsMonthDay, text, NewYork);
        moment.Instant.Should().Be(Utc(year, month, day, hour, minute));
        moment.Printed.Should().Be(text);
    }

    [Fact]
    public void UsMonthDay_Format_PrintsApStyleWithAbbreviation()
    {
        StampPattern.UsMonthDay.Format(new Moment(Utc(2014, 3, 31, 9, 31), NewYork)).Should().Be("March 31, 2014, 5:31 a.m. EDT");
        StampPattern.UsMonthDay.Format(new Moment(Utc(2019, 12, 26, 4, 59), NewYork)).Should().Be("Dec. 25, 2019, 11:59 p.m. EST");
        // TZDB has no letter abbreviation for Dhaka (its name is "+06"), so none is printed.
        StampPattern.UsMonthDay.Format(new Moment(Utc(2019, 12, 26, 4, 59), Dhaka)).Should().Be("Dec. 26, 2019, 10:59 a.m.");
    }

    [Theory]
    [InlineData("12/30/2019 05:03 AM EST", 2019, 12, 30, 10, 3)]
    [InlineData("12/30/2019 5:03 pm", 2019, 12, 30, 22, 3)]
    [InlineData("7/4/2019 17:03:30 EDT", 2019, 7, 4, 21, 3, 30)]
    public void UsNumeric_Parse_ReadsMonthFirst(string text, int year, int month, int day, int hour, int minute, int second = 0) =>
        ParseOk(StampPattern.UsNumeric, text, NewYork).Instant.Should().Be(Utc(year, month, day, hour, minute, second));

    [Fact]
    public void UsNumeric_Format_PrintsMonthFirstTwelveHour() =>
        StampPattern.UsNumeric.Format(new Moment(Utc(2019, 12, 30, 10, 3), NewYork)).Should().Be("12/30/2019 05:03 AM EST");

    [Fact]
    public void DayMonthNumeric_Parse_ReadsDayFirst()
    {
        ParseOk(StampPattern.DayMonthNumeric, "30/12/2019 17:03", London).Instant.Should().Be(Utc(2019, 12, 30, 17, 3));
        ParseOk(StampPattern.DayMonthNumeric, "01/07/2019 09:00 BST", London).Instant.Should().Be(Utc(2019, 7, 1, 8, 0));
        StampPattern.DayMonthNumeric.Format(new Moment(Utc(2019, 7, 1, 8, 0), London)).Should().Be("01/07/2019 09:00 BST");
        ParseFails(StampPattern.UsNumeric, "30/12/2019 17:03", London)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 0, "month", "30", "1 to 12"));
    }

    [Fact]
    public void NumericFor_Culture_ChoosesOrder()
    {
        StampPattern.NumericFor(CultureInfo.GetCultureInfo("en-US")).Should().BeSameAs(StampPattern.UsNumeric);
        StampPattern.NumericFor(CultureInfo.InvariantCulture).Should().BeSameAs(StampPattern.UsNumeric);
        StampPattern.NumericFor(CultureInfo.GetCultureInfo("en-GB")).Should().BeSameAs(StampPattern.DayMonthNumeric);
        StampPattern.NumericFor(CultureInfo.GetCultureInfo("en-HK")).Should().BeSameAs(StampPattern.DayMonthNumeric);
    }

    [Fact]
    public void ParseAny_Culture_DecidesNumericOrder()
    {
        StampPattern.ParseAny("04/07/2019 09:00", London, CultureInfo.GetCultureInfo("en-GB")).Value.Instant.Should().Be(Utc(2019, 7, 4, 8, 0));
        StampPattern.ParseAny("04/07/2019 09:00", NewYork, CultureInfo.GetCultureInfo("en-US")).Value.Instant.Should().Be(Utc(2019, 4, 7, 13, 0));
        StampPattern.ParseAny("04/07/2019 09:00", NewYork).Value.Instant.Should().Be(Utc(2019, 4, 7, 13, 0));
    }

    [Theory]
    [InlineData("November 28, 2013 -- Updated 0203 GMT (1003 HKT)", 2013, 11, 28, 2, 3)]
    [InlineData("November 28, 2013 -- Updated 2203 GMT (0603 HKT)", 2013, 11, 28, 22, 3)]
    [InlineData("November 28, 2013 \u2014 Updated 0203 GMT", 2013, 11, 28, 2, 3)]
    public void Wire_Parse_GmtTimeFixesInstant(string text, int year, int month, int day, int hour, int minute)
    {
        var moment = ParseOk(StampPattern.Wire, text, HongKong);
        moment.Instant.Should().Be(Utc(year, month, day, hour, minute));
        moment.Printed.Should().Be(text);
    }

    [Fact]
    public void Wire_LocalTimeOrAbbreviationDisagrees_Fails()
    {
        ParseFails(StampPattern.Wire, "November 28, 2013 -- Updated 0203 GMT (1103 HKT)", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.LocalTimeMismatch, 39, "1103", "Asia/Hong_Kong", "1003"));
        ParseFails(StampPattern.Wire, "November 28, 2013 -- Updated 0203 GMT (1003 JST)", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 44, "JST", "Asia/Hong_Kong", "HKT"));
        ParseFails(StampPattern.Wire, "November 28, 2013 -- Updated 0203 GMT (2503 HKT)", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 39, "local time", "2503", "0000 to 2359"));
    }

    [Fact]
    public void Wire_Format_PrintsGmtDateAndLocalTime()
    {
        StampPattern.Wire.Format(new Moment(Utc(2013, 11, 28, 2, 3), HongKong)).Should().Be("November 28, 2013 -- Updated 0203 GMT (1003 HKT)");
        StampPattern.Wire.Format(new Moment(Utc(2013, 11, 28, 22, 3), HongKong)).Should().Be("November 28, 2013 -- Updated 2203 GMT (0603 HKT)");
    }

    [Theory]
    [InlineData("Mon, 31 Mar 2014 05:31:00 +0800", 2014, 3, 30, 21, 31)]
    [InlineData("Mon, 31 Mar 2014 05:31:00 GMT", 2014, 3, 31, 5, 31)]
    [InlineData("31 Mar 2014 05:31 UT", 2014, 3, 31, 5, 31)]
    [InlineData("Mon, 31 Mar 2014 05:31:00 HKT", 2014, 3, 30, 21, 31)]
    [InlineData("Mon, 31 Mar 2014 05:31:00 -0430", 2014, 3, 31, 10, 1)]
    public void Rfc1123_Parse_ReadsOffsetOrZoneName(string text, int year, int month, int day, int hour, int minute)
    {
        var moment = ParseOk(StampPattern.Rfc1123, text, HongKong);
        moment.Instant.Should().Be(Utc(year, month, day, hour, minute));
        moment.Zone.Should().BeSameAs(HongKong);
    }

    [Fact]
    public void Rfc1123_WrongWeekdayOrForeignAbbreviation_Fails()
    {
        ParseFails(StampPattern.Rfc1123, "Tue, 31 Mar 2014 05:31:00 +0800", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.WeekdayMismatch, 0, "Tuesday", "2014-03-31", "Monday"));
        ParseFails(StampPattern.Rfc1123, "Mon, 31 Mar 2014 05:31:00 EST", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.AbbreviationMismatch, 26, "EST", "Asia/Hong_Kong", "HKT"));
    }

    [Fact]
    public void Rfc1123_Format_PrintsOffsetOrGmt()
    {
        StampPattern.Rfc1123.Format(new Moment(Utc(2014, 3, 30, 21, 31), HongKong)).Should().Be("Mon, 31 Mar 2014 05:31:00 +0800");
        StampPattern.Rfc1123.Format(new Moment(Utc(2014, 3, 31, 9, 31), NewYork)).Should().Be("Mon, 31 Mar 2014 05:31:00 -0400");
        StampPattern.Rfc1123.Format(new Moment(Utc(1971, 6, 1, 12, 0), Monrovia)).Should().Be("Tue, 01 Jun 1971 12:00:00 GMT");
    }
}
