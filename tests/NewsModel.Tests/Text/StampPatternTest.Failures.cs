using System;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    public static TheoryData<StampPattern> Patterns() => [.. StampPattern.Known];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Parse_EmptyOrWhitespace_FailsSayingSo(StampPattern pattern)
    {
        pattern.Parse("", HongKong).Message.Should().Be(Message(TextErrorMessages.TextEmpty, 0));
        pattern.Parse(" \t\n ", HongKong).Message.Should().Be(Message(TextErrorMessages.TextEmpty, 4));
        pattern.Parse((string?)null, HongKong).Message.Should().Be(Message(TextErrorMessages.TextNull, 0));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Parse_VeryLongInput_FailsWithoutScanningIt(StampPattern pattern)
    {
        var text = "Monday, 31 March, 2014, 5:31am" + new string('x', 1_000_000);
        var result = pattern.Parse(text, HongKong);
        result.Message.Should().Be(Message(TextErrorMessages.TextTooLong, 0, "1000030", "256"));
    }

    [Fact]
    public void Parse_TrailingJunk_FailsAtJunk()
    {
        var result = ParseFails(StampPattern.Scmp, "Monday, 31 March, 2014, 5:31am HKT extra", HongKong);
        result.Message.Should().Be(Message(TextErrorMessages.TrailingText, 30));
        ParseFails(StampPattern.ScmpShort, "10:00am, 20 Jan, 2020x", HongKong).Position.Should().Be(21);
    }

    [Fact]
    public void Parse_ImpossibleDate_FailsNamingDayAndMonth()
    {
        ParseFails(StampPattern.Scmp, "Saturday, 29 February, 2014, 5:31am", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.DayNotInMonth, 10, "29", "February 2014"));
        ParseFails(StampPattern.Rfc9557, "2014-02-30T05:31:00+08:00[Asia/Hong_Kong]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.DayNotInMonth, 8, "30", "February 2014"));
        ParseFails(StampPattern.Rfc9557, "2014-13-01T05:31:00+08:00[Asia/Hong_Kong]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 5, "month", "13", "1 to 12"));
        ParseFails(StampPattern.ScmpShort, "10:00am, 32 Jan, 2020", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 9, "day", "32", "1 to 31"));
    }

    [Fact]
    public void Parse_LeapDay_Succeeds() =>
        ParseOk(StampPattern.Scmp, "Saturday, 29 February, 2020, 5:31am", HongKong).Instant.Should().Be(Utc(2020, 2, 28, 21, 31));

    [Fact]
    public void Parse_Hour24_Fails()
    {
        ParseFails(StampPattern.Rfc3339, "2014-03-31T24:00:00+08:00", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 11, "hour", "24", "0 to 23"));
        ParseFails(StampPattern.Scmp, "Monday, 31 March, 2014, 13:31pm", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 24, "hour", "13", "1 to 12 before am or pm"));
        ParseFails(StampPattern.ScmpShort, "0:30am, 20 Jan, 2020", HongKong).Position.Should().Be(0);
        ParseFails(StampPattern.Rfc3339, "2014-03-31T23:60:00+08:00", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 14, "minute", "60", "0 to 59"));
        ParseFails(StampPattern.Rfc3339, "2014-03-31T23:59:60+08:00", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 17, "second", "60", "0 to 59"));
    }

    [Fact]
    public void Parse_SyntaxErrors_NameWhatWasExpectedAndWhere()
    {
        ParseFails(StampPattern.Scmp, "Monday 31 March, 2014, 5:31am", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.Expected, 6, TextErrorMessages.Comma));
        ParseFails(StampPattern.Scmp, "Monday, 31 Marchember, 2014, 5:31am", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.Expected, 11, TextErrorMessages.MonthName));
        ParseFails(StampPattern.Scmp, "Monday, 31 March, 14, 5:31am", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.Expected, 18, TextErrorMessages.YearDigits));
        ParseFails(StampPattern.Scmp, "Monday, 31 March, 2014, 5:31", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.Expected, 28, TextErrorMessages.Meridiem));
        ParseFails(StampPattern.Scmp, "Someday, 31 March, 2014, 5:31am", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.Expected, 0, TextErrorMessages.WeekdayName));
        ParseFails(StampPattern.Rfc9557, "2014-03-31T05:31:00+08:00", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.Expected, 25, TextErrorMessages.ZoneIdText));
    }

    [Fact]
    public void Parse_Year0_Fails() =>
        ParseFails(StampPattern.Rfc3339, "0000-01-01T00:00:00Z", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 0, "year", "0", "1 to 9999"));

    [Fact]
    public void Parse_EndOfTime_FailsOutOfRange() =>
        ParseFails(StampPattern.Rfc3339, "9999-12-31T23:00:00-05:00", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.OutOfRange, 0));

    [Fact]
    public void Parse_NullZone_Throws()
    {
        var act = () => StampPattern.Scmp.Parse("Monday, 31 March, 2014, 5:31am", null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void WithResolver_Undefined_Throws()
    {
        var act = () => StampPattern.Scmp.WithResolver((StampResolver)7);
        act.Should().Throw<ArgumentOutOfRangeException>();
        StampPattern.Scmp.WithResolver(StampResolver.Strict).Should().BeSameAs(StampPattern.Scmp);
        StampPattern.Scmp.WithResolver(StampResolver.Later).Resolver.Should().Be(StampResolver.Later);
        StampPattern.Scmp.Resolver.Should().Be(StampResolver.Strict);
    }
}
