using System;
using System.IO;
using System.Linq;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Testing.Tests;

/// <summary>The hand-built sample article agrees with its page text in <c>samples/</c>.</summary>
public class SampleArticlesTest
{
    private static readonly string[] Lines =
        File.ReadAllLines(SharedData.RepositoryPath("samples/harbour-ferry-fares.txt"));

    [Fact]
    public void HarbourFerryFares_Body_IsThePageParagraphsBetweenStampsAndCredit()
    {
        var article = SampleArticles.HarbourFerryFares;
        int first = Array.FindIndex(Lines, l => l.StartsWith("UPDATED : ", StringComparison.Ordinal)) + 1;
        int credit = Array.FindIndex(Lines, l => l.StartsWith("Additional reporting by ", StringComparison.Ordinal));
        article.Body.Should().Equal(Lines[first..credit].Where(l => l.Length > 0));
        article.Headline.Should().Be(Lines[0]);
        article.Credits.Single().Printed.Should().Be(Lines[credit]);
    }

    [Fact]
    public void HarbourFerryFares_Stamps_ArePrintedHongKongTimesWithMatchingWeekday()
    {
        var timeline = SampleArticles.HarbourFerryFares.Timeline;
        timeline.Published!.Printed.Should().Be(Lines.Single(l => l.StartsWith("PUBLISHED : ", StringComparison.Ordinal))["PUBLISHED : ".Length..]);
        timeline.Updated!.Printed.Should().Be(Lines.Single(l => l.StartsWith("UPDATED : ", StringComparison.Ordinal))["UPDATED : ".Length..]);
        timeline.Published!.Utc.LocalDateTime.Should().Be(new LocalDateTime(2025, 10, 14, 1, 15));
        timeline.Updated.Utc.LocalDateTime.Should().Be(new LocalDateTime(2025, 10, 14, 10, 42));
        timeline.Published!.Printed.Should().StartWith(timeline.Published!.LocalDateTime.DayOfWeek.ToString());
    }

    [Fact]
    public void HarbourFerryFares_Quotes_PointAtTheirTextAndSpeakersAreParties()
    {
        var article = SampleArticles.HarbourFerryFares;
        article.Quotes.Select(q => q.Kind).Distinct().Should().BeEquivalentTo(new[] { QuoteKind.Direct, QuoteKind.Partial, QuoteKind.Indirect });
        foreach (var quote in article.Quotes)
        {
            quote.Range.Slice(article.Body[quote.Paragraph]).ToString().Should().Be(quote.Text);
            article.Parties.Should().Contain(quote.Attribution.Speaker!);
        }
        article.Quotes.Should().Contain(q => q.Attribution.Via != null && q.Attribution.Speaker!.Kind == PartyKind.Organisation);
        article.Quotes.Should().Contain(q => q.Attribution.Mention == "He");
    }

    [Fact]
    public void HarbourFerryFares_Property_ReturnsOneCachedInstance() =>
        SampleArticles.HarbourFerryFares.Should().BeSameAs(SampleArticles.HarbourFerryFares);
}
