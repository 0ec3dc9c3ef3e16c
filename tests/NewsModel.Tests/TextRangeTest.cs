using System;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests;

public class TextRangeTest
{
    [Theory]
    [InlineData(-1, 0, "start")]
    [InlineData(0, -1, "length")]
    [InlineData(int.MaxValue, 1, "length")]
    public void Constructor_OutOfRange_ThrowsNamingParameter(int start, int length, string parameter) =>
        FluentActions.Invoking(() => new TextRange(start, length)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Slice_InParagraph_ReturnsCoveredText()
    {
        var range = new TextRange(4, 5);
        range.End.Should().Be(9);
        range.Slice("The quick fox").ToString().Should().Be("quick");
        range.ToString().Should().Be("[4..9)");
    }

    [Fact]
    public void Slice_BeyondParagraph_Throws() =>
        FluentActions.Invoking(() => new TextRange(4, 50).Slice("short").ToString()).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Equals_ValueSemantics_StartAndLength()
    {
        EqualityAssert.Contract(new TextRange(3, 4), new TextRange(3, 4), new TextRange(3, 5), new TextRange(4, 4), default);
        (new TextRange(3, 4) == new TextRange(3, 4)).Should().BeTrue();
        (new TextRange(3, 4) != new TextRange(3, 5)).Should().BeTrue();
    }
}
