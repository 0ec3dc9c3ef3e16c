using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.Ans;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests.Formats.Ans;

/// <summary>Reading ANS stories: the field mapping, the time rules and the loss report.</summary>
public class AnsSerializerTest
{
    private static ConversionResult<Article> ReadGood() => AnsSerializer.Deserialize(AnsSchemas.Fixture("story-fixture-good.json"), AnsSerializerFixturesTest.Post);

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    [SharedDataFact]
    public void Deserialize_GoodStory_HeadlineStandfirstLanguageIdAndUrl()
    {
        var article = ReadGood().Value;
        article.Headline.Should().Be("The default headline for this story");
        article.Standfirst.Should().Be("A Vienna man went in for a colonoscopy and intended to record his doctor");
        article.Language.Should().Be("en");
        article.Id.Should().NotBeNullOrEmpty();
        article.CanonicalUrl.Should().StartWith("/local/anesthesiologist-trashes-sedated-patient");
        article.Rights!.Notice.Should().Be("Copyright © 2018 Thomson Reuters.");
    }

    [SharedDataFact]
    public void Deserialize_GoodStory_InstantsExactInThePublicationZone()
    {
        var result = ReadGood();
        var timeline = result.Value.Timeline;
        result.Value.Status.Should().Be(ArticleStatus.Published);
        timeline.Published!.Instant.Should().Be(At("2015-06-24T09:49:00.1Z"));
        timeline.Published.Zone.Should().Be(AnsSerializerFixturesTest.NewYork);
        timeline.Published.Precision.Should().Be(MomentPrecision.Exact);
        timeline.Updated!.Instant.Should().Be(At("2015-06-24T09:50:50.52Z"));
        timeline.Created!.Instant.Should().Be(At("2015-06-24T09:50:50.52Z"));
        result.Losses.Entries.Should().Contain(e => e.Field == "$.display_date" && e.Kind == LossKind.Dropped,
            "the display date (a day later) is not the first publication, and the article has no place for it");
    }

    [SharedDataFact]
    public void Deserialize_StoryWithoutPublication_UtcAndSaysSo()
    {
        var result = AnsSerializer.Deserialize(AnsSchemas.Fixture("story-fixture-good.json"));
        result.Value.Timeline.Published!.Zone.Should().Be(DateTimeZone.Utc);
        result.Losses.Entries.Should().Contain(e => e.Field == "$" && e.Kind == LossKind.Substituted && e.Detail.Contains("UTC", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Deserialize_GoodStory_BlocksOfEachElementKind()
    {
        var article = ReadGood().Value;
        article.Blocks.Select(b => b.Kind).Should().Equal(
            BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Media, BlockKind.List, BlockKind.BlockQuote, BlockKind.BlockQuote,
            BlockKind.RawHtml, BlockKind.Embed, BlockKind.RelatedLink, BlockKind.Media, BlockKind.Media);
        var list = article.Blocks.OfType<ListBlock>().Single();
        list.Items.Select(i => i.Text).Should().Equal("Foo", "Bar", "Hi", "Mom");
        var quote = (QuoteBlock)article.Blocks[5];
        quote.Text.Text.Should().StartWith("I really like this sample sentence.");
        quote.Citation.Should().Be("Me, on Slack, two minutes ago.");
        ((QuoteBlock)article.Blocks[4]).Text.Marks.Should().ContainSingle(m => m.Kind == MarkKind.Emphasis);
        var embed = article.Blocks.OfType<EmbedBlock>().Single();
        embed.Provider.Should().Be("Vimeo");
        article.Blocks.OfType<RelatedLinkBlock>().Single().Title.Should().StartWith("Can Clinton and Trump");
    }

    [SharedDataFact]
    public void Deserialize_GoodStory_MediaCreditsTaxonomyAndCorrections()
    {
        var result = ReadGood();
        var article = result.Value;
        var image = article.FindMedia(((MediaBlock)article.Blocks[2]).MediaId)!;
        (image.Uri, image.Width, image.Height, image.Caption!.Text, image.Credit!.Name, image.Credit.Role)
            .Should().Be(("https://tinyurl.com/mqyonhb", 800, 640, "Never gonna give you up", "Ansel Adams", CreditRole.Photographer));
        article.LeadMedia.Should().NotBeNull();
        article.FindMedia(article.LeadMedia!)!.Uri.Should().Be("https://tinyurl.com/mqyonhb");
        article.Credits.Should().ContainSingle().Which.Should().Be(
            new Credit("John Q. Reporter", PartyKind.Person, CreditRole.Author, "John Q. Reporter", profileUrl: "https://www.washingtonpost.com/people/anthony-faiola"));
        article.Taxonomy.Subjects.Select(s => (s.Name, s.Code, s.Scheme)).Should().Equal(("Fred", "fred", AnsSerializer.TagScheme), ("Writing", "writing", AnsSerializer.TagScheme));
        article.Taxonomy.Keywords.Should().Contain("Anesthesiologist");
        article.Timeline.Corrections.Select(c => c.Text).Should().Equal(
            "What I said before was not exactly true.", "What I said before was false and not true.",
            "An earlier version of this article attributed the above quote to David Foster Wallace.");
        result.Losses.Entries.Should().Contain(e => e.Field == "$.content_elements" && e.Detail.StartsWith("reference element", StringComparison.Ordinal));
        result.Losses.Entries.Should().Contain(e => e.Field == "$.distributor");
        result.Losses.Entries.Should().Contain(e => e.Field == "$.headlines.twitter");
    }

    [SharedDataFact]
    public void Deserialize_StoryWithoutHtmlReader_MarkupKeptAsRawHtmlAndSaysSo()
    {
        var result = AnsSerializer.Deserialize(AnsSchemas.Fixture("story-fixture-good.json"));
        result.Value.Blocks[4].Should().Be(new RawHtmlBlock("<blockquote><i>Here's my html</i></blockquote>"));
        result.Losses.Entries.Should().Contain(e => e.Field == "$.content_elements" && e.Detail.StartsWith("HTML kept as a raw HTML block", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Deserialize_StoryWithoutDates_ADraft()
    {
        var article = AnsSerializer.Deserialize(AnsSchemas.Fixture("story-fixture-good-multi-site.json"), AnsSerializerFixturesTest.Post).Value;
        article.Status.Should().Be(ArticleStatus.Draft);
        article.Timeline.Published.Should().BeNull();
    }

    [SharedDataFact]
    public void Deserialize_Embargo_EmbargoedUntilItsEnd() =>
        AnsSerializer.Deserialize(AnsSchemas.Fixture("story-fixture-good-embargo.json"), AnsSerializerFixturesTest.Post).Value
            .Timeline.EmbargoedUntil!.Instant.Should().Be(At("2020-11-30T05:00:00Z"));

    [Fact]
    public void Deserialize_NoIdNoUrl_IdFromTheDocumentsHashSameEachTime()
    {
        const string story = "{\"type\":\"story\",\"version\":\"0.10.12\",\"headlines\":{\"basic\":\"A\"}}";
        var first = AnsSerializer.Deserialize(story);
        first.Value.Id.Should().MatchRegex("^ans:[0-9a-f]{24}$");
        AnsSerializer.Deserialize(story).Value.Id.Should().Be(first.Value.Id);
        AnsSerializer.Deserialize(story.Replace("\"A\"", "\"B\"", StringComparison.Ordinal)).Value.Id.Should().NotBe(first.Value.Id);
    }
}
