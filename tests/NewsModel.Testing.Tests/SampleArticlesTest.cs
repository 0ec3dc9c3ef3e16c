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

/// <summary>The rich sample holds every part of Model 2, is valid and round-trips through the native format.</summary>
public class FerryFaresExplainedTest
{
    private static readonly Article Article = SampleArticles.FerryFaresExplained;

    [Fact]
    public void FerryFaresExplained_Blocks_HoldEveryBlockKindAndEveryMarkKind()
    {
        Article.Blocks.Select(b => b.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<BlockKind>());
        RandomArticlesTest.Texts([Article]).SelectMany(t => t.Marks).Select(m => m.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<MarkKind>());
    }

    [Fact]
    public void FerryFaresExplained_Quotes_PointAtTheirTextWithEveryAttributionKind()
    {
        Article.Quotes.Select(q => q.Attribution.Kind).Should().BeEquivalentTo(new[] { AttributionKind.Resolved, AttributionKind.Unresolved, AttributionKind.Anonymous });
        foreach (var quote in Article.Quotes)
        {
            quote.Range.Slice(Article.Body[quote.Paragraph]).ToString().Should().Be(quote.Text);
        }
        Article.Quotes.Should().Contain(q => q.Attribution.Mention == "she" && q.Attribution.Speaker == null);
        Article.Quotes.Should().Contain(q => q.Attribution.Mention == "a ferry operator official");
    }

    [Fact]
    public void FerryFaresExplained_MediaTaxonomyRightsAndIdentity_AreSet()
    {
        var image = Article.Media.Single();
        Article.LeadMedia.Should().Be(image.Id);
        image.AltText.Should().NotBeNull();
        image.Caption!.Marks.Should().NotBeEmpty();
        image.Credit!.Role.Should().Be(CreditRole.Photographer);
        image.Rights!.Holder.Should().NotBeNull();
        image.Renditions.Should().HaveCount(3);
        Article.Taxonomy.PrimarySection!.Name.Should().Be("Hong Kong");
        Article.Taxonomy.Subjects.Should().OnlyContain(s => s.Code!.StartsWith("medtop:", StringComparison.Ordinal));
        Article.Taxonomy.Keywords.Should().NotBeEmpty();
        Article.Taxonomy.Genres.Should().ContainSingle();
        Article.Taxonomy.Urgency.Should().Be(4);
        Article.Rights!.Notice.Should().StartWith("\u00a9 2025");
        Article.Credits.Single().ProfileUrl.Should().StartWith("https://");
        Article.Parties.Single().Id.Should().NotBeNull();
        Article.Timeline.Revisions.Should().ContainSingle();
        ((RelatedLinkBlock)Article.Blocks.Single(b => b.Kind == BlockKind.RelatedLink)).ArticleId.Should().Be(SampleArticles.HarbourFerryFares.Id);
    }

    [Fact]
    public void FerryFaresExplained_NativeJson_RoundTripsExactly()
    {
        var read = NewsModel.Json.NewsModelJson.Deserialize(NewsModel.Json.NewsModelJson.Serialize(Article));
        read.Equals(Article).Should().BeTrue(ArticleDiff.Describe(Article, read));
    }

    [Fact]
    public void FerryFaresExplained_PublishProfile_NoErrorsAndOnlyTheUnresolvedSpeakerWarned()
    {
        var validator = new NewsModel.Validation.ArticleValidator(NewsModel.Validation.ValidationProfile.Publish, SystemClock.Instance);
        var report = validator.Validate(Article).ToList();
        report.Where(f => f.Severity == NewsModel.Validation.Severity.Error).Should().BeEmpty(string.Join("\n", report));
        int unresolved = Article.Quotes.IndexOf(Article.Quotes.Single(q => q.Attribution.Kind == AttributionKind.Unresolved));
        report.Where(f => f.Severity == NewsModel.Validation.Severity.Warning).Should().NotContain(f => !f.Path.StartsWith($"quotes[{unresolved}]", StringComparison.Ordinal), string.Join("\n", report));
    }
}
