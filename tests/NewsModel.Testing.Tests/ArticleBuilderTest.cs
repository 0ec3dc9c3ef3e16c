using System;
using NodaTime;

namespace NewsModel.Testing.Tests;

public class ArticleBuilderTest
{
    [Fact]
    public void Build_Defaults_GiveAValidHongKongArticle()
    {
        var article = new ArticleBuilder().Build();
        article.Id.Should().Be("article-1");
        article.Publication.Zone.Id.Should().Be("Asia/Hong_Kong");
        article.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2025, 1, 15, 9, 0));
        article.Body.Should().ContainSingle();
    }

    [Fact]
    public void Build_TwiceFromOneBuilder_GivesEqualIndependentArticles()
    {
        var builder = new ArticleBuilder().WithHeadline("One");
        var first = builder.Build();
        builder.WithHeadline("Two");
        first.Headline.Should().Be("One");
        builder.Build().Headline.Should().Be("Two");
    }

    [Fact]
    public void AddQuote_TextInLastParagraph_FindsRangeAndAddsSpeakerOnce()
    {
        var speaker = new Party("Ana Ferreira", PartyKind.Person, "the mayor");
        var article = new ArticleBuilder()
            .AddParagraph("\"Safety first,\" Ana Ferreira said. \"And then cost.\"")
            .AddQuote("Safety first", speaker)
            .AddQuote("And then cost.", speaker)
            .Build();
        article.Quotes.Should().HaveCount(2);
        article.Quotes[1].Range.Should().Be(new TextRange(36, 14));
        article.Parties.Should().Equal(speaker);
    }

    [Fact]
    public void AddQuote_TextNotInParagraph_ThrowsSayingWhich() =>
        FluentActions.Invoking(() => new ArticleBuilder().AddParagraph("Nothing said.").AddQuote("Something", new Party("X")))
            .Should().Throw<InvalidOperationException>().WithMessage("The quote \"Something\" does not occur in paragraph 0.");

    [Fact]
    public void AddQuote_NoParagraph_Throws() =>
        FluentActions.Invoking(() => new ArticleBuilder().AddQuote("Something", new Party("X")))
            .Should().Throw<InvalidOperationException>();

    [Fact]
    public void WithPublished_LocalTimeInGap_ThrowsFromStrictMapping() =>
        FluentActions.Invoking(() => new ArticleBuilder().WithPublication("Valley Courier", "America/New_York").WithPublished(new LocalDateTime(2019, 3, 10, 2, 30)))
            .Should().Throw<SkippedTimeException>();
}

public class SampleArticlesShapesTest
{
    [Fact]
    public void SpringForwardStorm_UpdatedAfterDaylightSavingChange_OffsetsDifferAndGapIsFortyFiveMinutes()
    {
        var timeline = SampleArticles.SpringForwardStorm.Timeline;
        timeline.Published!.Offset.Should().Be(Offset.FromHours(-5));
        timeline.Updated!.Offset.Should().Be(Offset.FromHours(-4));
        (timeline.Updated.Instant - timeline.Published!.Instant).Should().Be(Duration.FromMinutes(45));
    }

    [Fact]
    public void CouncilDebate_ManyQuotes_CoverEveryKindAndPointAtTheirText()
    {
        var article = SampleArticles.CouncilDebate;
        article.Quotes.Should().HaveCountGreaterThanOrEqualTo(6);
        article.Quotes.Should().Contain(q => q.Kind == QuoteKind.Partial && q.Attribution.Via != null);
        article.Quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Attribution.Speaker!.Kind == PartyKind.Organisation);
        foreach (var q in article.Quotes)
        {
            q.Range.Slice(article.Body[q.Paragraph]).ToString().Should().Be(q.Text);
        }
    }

    [Fact]
    public void CorrectedBudget_Corrections_FollowPublicationInOrder()
    {
        var timeline = SampleArticles.CorrectedBudget.Timeline;
        timeline.Corrections.Should().HaveCount(2);
        timeline.Corrections[0].Moment.Instant.Should().BeGreaterThan(timeline.Published!.Instant);
        timeline.Corrections[1].Moment.Instant.Should().BeGreaterThan(timeline.Corrections[0].Moment.Instant);
    }
}
