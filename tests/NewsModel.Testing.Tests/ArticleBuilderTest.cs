using System;
using System.Linq;
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
            .Should().Throw<InvalidOperationException>().WithMessage("The quote \"Something\" does not occur in block 0.");

    [Fact]
    public void AddQuote_TextTwiceInBlock_ThrowsSayingAmbiguous() =>
        FluentActions.Invoking(() => new ArticleBuilder().AddParagraph("\"Yes,\" she said. \"Yes,\" he said.").AddQuote("Yes", new Party("X")))
            .Should().Throw<InvalidOperationException>().WithMessage("The quote \"Yes\" occurs 2 times in block 0; *");

    [Fact]
    public void AddQuote_AfterMediaBlock_StandsInLastBlockWithText()
    {
        var image = new MediaAsset("m1", MediaKind.Image, "https://example.com/a.jpg", altText: "A pier");
        var article = new ArticleBuilder()
            .AddParagraph("\"Fine,\" she said.")
            .AddMedia(image)
            .AddUnresolvedQuote("Fine,", "she")
            .Build();
        article.Quotes.Single().Paragraph.Should().Be(0);
        article.Quotes.Single().Attribution.Kind.Should().Be(AttributionKind.Unresolved);
        article.Parties.Should().BeEmpty();
        article.Media.Should().Equal(image);
    }

    [Fact]
    public void AddQuoteIn_QuoteInListBlock_RangeIsInItsPlainText()
    {
        var article = new ArticleBuilder()
            .AddList("Fares rise", "\"No comment,\" said an official")
            .AddParagraph("Nothing else.")
            .AddQuoteIn(0, "No comment,", Attribution.Anonymous("an official", "said"))
            .Build();
        var quote = article.Quotes.Single();
        quote.Range.Slice(article.Body[0]).ToString().Should().Be("No comment,");
        quote.Range.Start.Should().Be("Fares rise\n\"".Length);
    }

    [Fact]
    public void Build_EveryBlockKind_InOrderAndMediaKnown()
    {
        var image = new MediaAsset("m1", MediaKind.Image, "https://example.com/a.jpg", altText: "A pier");
        var article = new ArticleBuilder()
            .AddParagraph(new InlineTextBuilder("Fares rise today.").Strong("today").Build())
            .AddHeading("Details")
            .AddList("One", "Two")
            .AddOrderedList("First")
            .AddBlockQuote("Quoted.", "Someone")
            .AddPullQuote("Pulled.")
            .AddMedia(image)
            .AddEmbed("https://video.example/1", "Video")
            .AddTable(true, ["Route", "Fare"], ["Central", "HK$5.00"])
            .AddDivider()
            .AddPreformatted("a  b")
            .AddRelatedLink("https://example.com/1", "Earlier", "a-1")
            .AddRawHtml("<hr>")
            .WithLeadMedia("m1")
            .Build();
        article.Blocks.Select(b => b.Kind).Should().Equal(
            BlockKind.Paragraph, BlockKind.Heading, BlockKind.List, BlockKind.List, BlockKind.BlockQuote, BlockKind.PullQuote, BlockKind.Media,
            BlockKind.Embed, BlockKind.Table, BlockKind.Divider, BlockKind.Preformatted, BlockKind.RelatedLink, BlockKind.RawHtml);
        ((HeadingBlock)article.Blocks[1]).Level.Should().Be(2);
        ((ListBlock)article.Blocks[3]).Ordered.Should().BeTrue();
        ((TableBlock)article.Blocks[8]).Rows[1][1].Text.Should().Be("HK$5.00");
        ((ParagraphBlock)article.Blocks[0]).Text.Marks.Should().Equal(Mark.Strong(new TextRange(11, 5)));
        article.LeadMedia.Should().Be("m1");
    }

    [Fact]
    public void Build_TaxonomyRightsAndIdentity_AreKept()
    {
        var article = new ArticleBuilder()
            .WithPrimarySection(new Section("News"))
            .AddSection(new Section("Transport", "transport"))
            .AddSubject(new Concept("society", "medtop:14000000", "medtop"))
            .AddGenre(new Concept("Current", "genre:Current"))
            .AddKeywords("ferry", "fares")
            .WithUrgency(3)
            .WithRights(new Rights("Harbour Herald", usageTerms: "Editorial use only."))
            .WithCopyright("(c) 2025 Harbour Herald")
            .AddCredit(new Credit("Chloe Wong", PartyKind.Person, CreditRole.Author, id: "cw", profileUrl: "https://example.com/cw"))
            .Build();
        article.Taxonomy.Should().Be(new Taxonomy(new Section("News"), [new Section("Transport", "transport")], [new Concept("society", "medtop:14000000", "medtop")],
            ["ferry", "fares"], [new Concept("Current", "genre:Current")], 3));
        article.Rights.Should().Be(new Rights("Harbour Herald", "(c) 2025 Harbour Herald", usageTerms: "Editorial use only."));
        article.Credits.Single().ProfileUrl.Should().Be("https://example.com/cw");
    }

    [Fact]
    public void WithCopyright_Null_ClearsNoticeOnlyAndNothingLeftMeansNoRights()
    {
        new ArticleBuilder().WithCopyright("(c) Paper").WithCopyright(null).Build().Rights.Should().BeNull();
        new ArticleBuilder().WithRights(new Rights("Paper", "(c) Paper")).WithCopyright(null).Build().Rights.Should().Be(new Rights("Paper"));
    }

    [Fact]
    public void Build_Lifecycle_StatusAndMomentsAgree()
    {
        var draft = new ArticleBuilder().AsDraft().Build();
        draft.Status.Should().Be(ArticleStatus.Draft);
        draft.Timeline.Published.Should().BeNull();

        var scheduled = new ArticleBuilder().AsScheduled(new LocalDateTime(2025, 2, 1, 7, 0)).Build();
        scheduled.Status.Should().Be(ArticleStatus.Scheduled);
        scheduled.Timeline.Published.Should().BeNull();
        scheduled.Timeline.Scheduled!.LocalDateTime.Should().Be(new LocalDateTime(2025, 2, 1, 7, 0));

        var withdrawn = new ArticleBuilder().AddRevision(new LocalDateTime(2025, 1, 15, 12, 0), "Fixes a name").AsWithdrawn(new LocalDateTime(2025, 1, 16, 9, 0), "Legal advice").Build();
        withdrawn.Status.Should().Be(ArticleStatus.Withdrawn);
        withdrawn.Timeline.Published.Should().NotBeNull();
        withdrawn.Timeline.Withdrawal!.Reason.Should().Be("Legal advice");
        withdrawn.Timeline.Revisions.Single().Note.Should().Be("Fixes a name");
    }

    [Fact]
    public void InlineTextBuilder_MarksByText_RangesCoverTheirText()
    {
        var text = new InlineTextBuilder("Fares \U0001F6A2 rise by 8 per cent, says TD.")
            .Strong("rise by 8 per cent").Emphasis("8").Link("TD", "https://www.td.gov.hk/").Mark(MarkKind.Code, "\U0001F6A2").Build();
        text.Marks.Select(m => text.Covered(m)).Should().Equal("\U0001F6A2", "rise by 8 per cent", "8", "TD");
    }

    [Fact]
    public void InlineTextBuilder_AbsentOrAmbiguousText_Throws()
    {
        FluentActions.Invoking(() => new InlineTextBuilder("a b a").Strong("a")).Should().Throw<InvalidOperationException>().WithMessage("*occurs 2 times*");
        FluentActions.Invoking(() => new InlineTextBuilder("a b").Strong("c")).Should().Throw<InvalidOperationException>().WithMessage("*does not occur*");
    }

    [Fact]
    public void InlineTextBuilder_CrossingMarks_ThrowOnBuild() =>
        FluentActions.Invoking(() => new InlineTextBuilder("one two three").Strong("one two").Emphasis("two three").Build()).Should().Throw<ArgumentException>();

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
