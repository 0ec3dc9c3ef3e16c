using System;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests;

public class QuoteTest
{
    private static readonly Attribution Said = new(new Party("Junichi Ihara"), cue: "said");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Constructor_InvalidText_ThrowsNamingText(string? text) =>
        FluentActions.Invoking(() => new Quote(text!, QuoteKind.Direct, 0, new TextRange(0, 1), Said)).Should().Throw<ArgumentException>().WithParameterName("text");

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind() =>
        FluentActions.Invoking(() => new Quote("Hi", (QuoteKind)9, 0, new TextRange(0, 2), Said)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");

    [Fact]
    public void Constructor_NegativeParagraph_ThrowsNamingParagraph() =>
        FluentActions.Invoking(() => new Quote("Hi", QuoteKind.Direct, -1, new TextRange(0, 2), Said)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("paragraph");

    [Fact]
    public void Constructor_NullAttribution_ThrowsNamingAttribution() =>
        FluentActions.Invoking(() => new Quote("Hi", QuoteKind.Direct, 0, new TextRange(0, 2), null!)).Should().Throw<ArgumentNullException>().WithParameterName("attribution");

    [Fact]
    public void WithAttribution_NewSpeaker_KeepsTextAndPlace()
    {
        var quote = new Quote("I completely feel the same way.", QuoteKind.Direct, 3, new TextRange(91, 31), Said);
        var changed = quote.WithAttribution(new Attribution(new Party("Song Il-ho"), cue: "replied"));
        changed.Text.Should().Be(quote.Text);
        changed.Range.Should().Be(quote.Range);
        changed.Attribution.Cue.Should().Be("replied");
        changed.ToString().Should().Be("Direct quote in paragraph 3 [91..122): \u201cI completely feel the same way.\u201d \u2014 Song Il-ho replied");
    }

    [Fact]
    public void Equals_ValueSemantics_AllMembersCount() =>
        EqualityAssert.Contract(
            new Quote("in a positive direction", QuoteKind.Partial, 4, new TextRange(10, 23), Said),
            new Quote("in a positive direction", QuoteKind.Partial, 4, new TextRange(10, 23), new Attribution(new Party("Junichi Ihara"), cue: "said")),
            new Quote("in a positive direction", QuoteKind.Direct, 4, new TextRange(10, 23), Said),
            new Quote("in a positive direction", QuoteKind.Partial, 3, new TextRange(10, 23), Said),
            new Quote("in a positive direction", QuoteKind.Partial, 4, new TextRange(11, 23), Said),
            new Quote("in a positive direction.", QuoteKind.Partial, 4, new TextRange(10, 23), Said),
            new Quote("in a positive direction", QuoteKind.Partial, 4, new TextRange(10, 23), new Attribution(new Party("Junichi Ihara"), cue: "told")));
}
