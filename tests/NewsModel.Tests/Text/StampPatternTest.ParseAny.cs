using System;
using CsCheck;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    [Theory]
    [InlineData("PUBLISHED : Monday, 31 March, 2014, 5:31am", "Monday, 31 March, 2014, 5:31am", StampLabel.Published)]
    [InlineData("UPDATED : Monday, 31 March, 2014, 5:31am", "Monday, 31 March, 2014, 5:31am", StampLabel.Updated)]
    [InlineData("Published: 1:31pm, 31 Mar, 2014", "1:31pm, 31 Mar, 2014", StampLabel.Published)]
    [InlineData("2014-03-31T05:31:00+08:00", "2014-03-31T05:31:00+08:00", StampLabel.None)]
    [InlineData("2014-03-31T05:31:00+08:00[Asia/Hong_Kong]", "2014-03-31T05:31:00+08:00[Asia/Hong_Kong]", StampLabel.None)]
    public void ParseAny_KnownStyles_Parse(string text, string printed, StampLabel label)
    {
        var result = StampPattern.ParseAny(text, HongKong, null, out var readLabel);
        result.Success.Should().BeTrue(result.Message);
        result.Value.Printed.Should().Be(printed);
        result.Value.Zone.Id.Should().Be("Asia/Hong_Kong");
        readLabel.Should().Be(label);
        (result.Value.Instant == Utc(2014, 3, 30, 21, 31) || result.Value.Instant == Utc(2014, 3, 31, 5, 31)).Should().BeTrue();
    }

    [Theory]
    [InlineData("The minister said talks would resume.")]
    [InlineData("Kyodo news agency reported on Monday")]
    [InlineData("31")]
    [InlineData("\u201cWe will talk,\u201d he said.")]
    public void ParseAny_NotAStamp_FailsAtStart(string text)
    {
        var result = StampPattern.ParseAny(text, HongKong);
        result.Success.Should().BeFalse();
        result.Position.Should().BeLessThan(4);
    }

    [Fact]
    public void ParseAny_NoStyleRecognisesText_SaysNotAStamp()
    {
        StampPattern.ParseAny("  The minister said talks would resume.", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.NotAStamp, 2));
        StampPattern.ParseAny("Monday, 31 March", HongKong).Message.Should().NotBe(Message(TextErrorMessages.NotAStamp, 0));
        StampPattern.ParseAny("", HongKong).Message.Should().Be(Message(TextErrorMessages.TextEmpty, 0));
    }

    [Fact]
    public void ParseAny_WeekdayDisagrees_ReportsWeekdayNotSyntax()
    {
        var result = StampPattern.ParseAny("Tuesday, 31 March, 2014, 5:31am", HongKong);
        result.Message.Should().Be(Message(TextErrorMessages.WeekdayMismatch, 0, "Tuesday", "2014-03-31", "Monday"));
    }

    [Fact]
    public void ParseAny_ArbitraryText_NeverThrows()
    {
        Gen.Frequency(
            (3, ArticleGen.TextOrEmpty(60)),
            (1, Gen.OneOf(
                Gen.Const("Monday, 31 March, 2014, 5:31am"),
                Gen.Const("2014-03-31T05:31:00+08:00[Asia/Hong_Kong]"),
                Gen.Const("10:00am, 20 Jan, 2020")).SelectMany(s => Gen.Int[0, s.Length].Select(ArticleGen.TextOrEmpty(5), (i, junk) => s.Insert(i, junk)))))
            .Sample(text =>
            {
                var result = StampPattern.ParseAny(text.AsSpan(), HongKong);
                if (!result.Success)
                {
                    result.Message.Should().NotBeNullOrEmpty();
                    result.Position.Should().BeInRange(0, text.Length);
                }
            }, iter: 3000);
    }
}
