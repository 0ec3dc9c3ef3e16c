using System;
using System.IO;
using System.Linq;
using System.Text;
using NewsModel.Formats;
using NewsModel.Formats.WordPress;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats.WordPress;

/// <summary>Reading WordPress REST posts: every post, page, revision and autosave of WordPress's own fixtures, the
/// dates in the site's zone checked against their GMT twins, the lifecycle, the embedded author, media and terms.</summary>
public class WordPressSerializerTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    internal static readonly WordPressReadOptions HongKongSite = new()
    {
        SiteZone = HongKong,
        Publication = new Publication("Harbour Herald", HongKong, "HH"),
        Language = "en-HK",
        BodyHtml = HtmlBlocks.Reader,
    };

    /// <summary>A post as WordPress's REST API gives it with <c>?_embed</c>, members replaced as given.</summary>
    internal static string Post(string status = "publish", string date = "2014-03-31T05:31:00", string dateGmt = "\"2014-03-30T21:31:00\"",
        string content = "<p>Ferry fares will rise by 8 per cent.</p>\n<p>The operator blamed fuel.</p>\n", string extra = "", string? raw = null) =>
        "{\"id\":41,\"date\":\"" + date + "\",\"date_gmt\":" + dateGmt + ",\"guid\":{\"rendered\":\"https://herald.example/?p=41\"},"
        + "\"modified\":\"2014-03-31T17:09:00\",\"modified_gmt\":\"2014-03-31T09:09:00\",\"slug\":\"ferry-fares\",\"status\":\"" + status + "\","
        + "\"type\":\"post\",\"link\":\"https://herald.example/2014/03/31/ferry-fares/\",\"title\":{\"rendered\":\"Ferry fares to rise &#8211; again\"},"
        + "\"content\":{\"rendered\":" + System.Text.Json.JsonSerializer.Serialize(content) + (raw is null ? "" : ",\"raw\":" + System.Text.Json.JsonSerializer.Serialize(raw)) + ",\"protected\":false},"
        + "\"excerpt\":{\"rendered\":\"<p>Fares rise 8 per cent &amp; more.</p>\\n\",\"protected\":false},"
        + "\"author\":3,\"featured_media\":12,\"comment_status\":\"open\",\"ping_status\":\"open\",\"sticky\":false,\"template\":\"\",\"format\":\"standard\","
        + "\"meta\":[],\"categories\":[5],\"tags\":[8,9],\"class_list\":[\"post-41\"]," + extra
        + "\"_links\":{\"self\":[{\"href\":\"https://herald.example/wp-json/wp/v2/posts/41\"}]},"
        + "\"_embedded\":{\"author\":[{\"id\":3,\"name\":\"Mary Chan\",\"link\":\"https://herald.example/author/mary/\",\"slug\":\"mary\"}],"
        + "\"wp:featuredmedia\":[{\"id\":12,\"source_url\":\"https://herald.example/wp-content/uploads/ferry.jpg\",\"alt_text\":\"A Star Ferry\","
        + "\"caption\":{\"rendered\":\"<p>The Star Ferry at Tsim Sha Tsui.</p>\\n\"},\"media_type\":\"image\",\"mime_type\":\"image/jpeg\","
        + "\"media_details\":{\"width\":1200,\"height\":800}}],"
        + "\"wp:term\":[[{\"id\":5,\"name\":\"Transport\",\"taxonomy\":\"category\",\"link\":\"https://herald.example/category/transport/\"}],"
        + "[{\"id\":8,\"name\":\"Ferries\",\"taxonomy\":\"post_tag\",\"link\":\"https://herald.example/tag/ferries/\"},"
        + "{\"id\":9,\"name\":\"Fares &amp; fees\",\"taxonomy\":\"post_tag\",\"link\":\"https://herald.example/tag/fares/\"}]]}}";

    private static string RestRoot => SharedData.PathOf("corpus/wordpress/rest");

    [SharedDataTheory]
    [InlineData("PostModel.json")]
    [InlineData("PostsCollection.json")]
    [InlineData("PageModel.json")]
    [InlineData("PagesCollection.json")]
    [InlineData("revision.json")]
    [InlineData("postRevisions.json")]
    [InlineData("pageRevision.json")]
    [InlineData("pageRevisions.json")]
    [InlineData("autosave.json")]
    [InlineData("postAutosaves.json")]
    [InlineData("pageAutosave.json")]
    [InlineData("pageAutosaves.json")]
    public void DeserializeAll_WordPressFixture_EveryItemReads(string file)
    {
        var results = WordPressSerializer.DeserializeAll(File.ReadAllBytes(Path.Combine(RestRoot, file)), new WordPressReadOptions { BodyHtml = HtmlBlocks.Reader });

        results.Should().NotBeEmpty();
        foreach (var item in results)
        {
            item.Error.Should().BeNull(file);
            item.Result!.Value.Headline.Should().NotBeNullOrEmpty();
            item.Result.Value.Blocks.Should().NotBeEmpty(file);
        }
    }

    [SharedDataFact]
    public void Deserialize_PostModelFixture_EveryMemberReadOrReported()
    {
        var result = WordPressSerializer.Deserialize(File.ReadAllBytes(Path.Combine(RestRoot, "PostModel.json")), new WordPressReadOptions { BodyHtml = HtmlBlocks.Reader });
        var article = result.Value;

        article.Id.Should().Be("http://example.org/?p=4");
        article.Headline.Should().Be("REST API Client Fixture: Post");
        article.Blocks.Should().Equal(new ParagraphBlock(InlineText.Plain("Updated post content.")));
        article.Standfirst.Should().Be("REST API Client Fixture: Post");
        article.Status.Should().Be(ArticleStatus.Published);
        article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2017, 2, 14, 0, 0));
        article.Timeline.Published.Zone.Id.Should().Be("UTC");
        article.CanonicalUrl.Should().Be("http://example.org/?p=4");
        result.Losses.Entries.Select(e => e.Field).Should().Contain(["$", "$.slug", "$.categories", "$.meta", "$.comment_status", "$.ping_status"]);
        result.Losses.Entries.Should().Contain(e => e.Kind == LossKind.Substituted && e.Detail.Contains("date − date_gmt implies, UTC", StringComparison.Ordinal));
    }

    [Fact]
    public void Deserialize_HongKongPost_PublishedAtTheGmtInstantInTheSiteZone()
    {
        var result = WordPressSerializer.Deserialize(Post(), HongKongSite);
        var published = result.Value.Timeline.Published!;

        published.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        published.Zone.Should().Be(HongKong);
        published.Precision.Should().Be(MomentPrecision.Second);
        result.Value.Timeline.Updated!.Instant.Should().Be(Instant.FromUtc(2014, 3, 31, 9, 9));
        result.Losses.Entries.Should().NotContain(e => e.Field == "$.date" || e.Field == "$.modified");
    }

    [Fact]
    public void Deserialize_LocalDateDisagreesWithGmtInTheSiteZone_GmtKeptAndReported()
    {
        // The site says Hong Kong, but the local date is eight hours off: an "offset stripped" post.
        var result = WordPressSerializer.Deserialize(Post(date: "2014-03-30T21:31:00"), HongKongSite);

        result.Value.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        var entry = result.Losses.For("$.date").Should().ContainSingle().Subject;
        entry.Kind.Should().Be(LossKind.Substituted);
        entry.Detail.Should().Be("2014-03-30T21:31:00 disagrees with date_gmt 2014-03-30T21:31:00, which is 2014-03-31T05:31:00 in Asia/Hong_Kong; the GMT date was kept");
    }

    [Fact]
    public void Deserialize_NoSiteZone_FixedOffsetOfTheTwoDatesStandsInAndIsReported()
    {
        var result = WordPressSerializer.Deserialize(Post(), new WordPressReadOptions { BodyHtml = HtmlBlocks.Reader });

        result.Value.Timeline.Published!.Zone.Should().Be(DateTimeZone.ForOffset(Offset.FromHours(8)));
        result.Value.Publication.Name.Should().Be("herald.example");
        result.Value.Language.Should().Be("und");
        result.Losses.For("$").Select(e => e.Kind).Should().Equal(LossKind.Substituted, LossKind.Substituted, LossKind.Substituted);
    }

    [Fact]
    public void Deserialize_EmbeddedAuthorMediaAndTerms_CreditLeadMediaSectionAndSubjects()
    {
        var article = WordPressSerializer.Deserialize(Post(), HongKongSite).Value;

        article.Headline.Should().Be("Ferry fares to rise – again");
        article.Standfirst.Should().Be("Fares rise 8 per cent & more.");
        article.Credits.Should().Equal(new Credit("Mary Chan", PartyKind.Person, CreditRole.Author, id: "wp-user-3", profileUrl: "https://herald.example/author/mary/"));
        article.LeadMedia.Should().Be("wp-media-12");
        var lead = article.Media.Should().ContainSingle().Subject;
        lead.Uri.Should().Be("https://herald.example/wp-content/uploads/ferry.jpg");
        (lead.AltText, lead.MediaType, lead.Width, lead.Height, lead.Caption!.Text).Should().Be(("A Star Ferry", "image/jpeg", 1200, 800, "The Star Ferry at Tsim Sha Tsui."));
        article.Taxonomy!.PrimarySection.Should().Be(new Section("Transport", "5", "https://herald.example/category/transport/"));
        article.Taxonomy.Subjects.Should().Equal(
            new Concept("Ferries", "8", WordPressSerializer.TagScheme, "https://herald.example/tag/ferries/"),
            new Concept("Fares & fees", "9", WordPressSerializer.TagScheme, "https://herald.example/tag/fares/"));
        article.Blocks.Select(b => b.PlainText).Should().Equal("Ferry fares will rise by 8 per cent.", "The operator blamed fuel.");
    }

    [Theory]
    [InlineData("publish", ArticleStatus.Published, true, null)]
    [InlineData("private", ArticleStatus.Published, true, LossKind.Approximated)]
    [InlineData("future", ArticleStatus.Scheduled, false, null)]
    [InlineData("draft", ArticleStatus.Draft, false, null)]
    [InlineData("auto-draft", ArticleStatus.Draft, false, null)]
    [InlineData("pending", ArticleStatus.Draft, false, LossKind.Approximated)]
    [InlineData("trash", ArticleStatus.Withdrawn, true, LossKind.Substituted)]
    [InlineData("archived", ArticleStatus.Draft, false, LossKind.Substituted)]
    public void Deserialize_Status_LifecycleAndTimeline(string status, ArticleStatus expected, bool published, LossKind? reported)
    {
        var result = WordPressSerializer.Deserialize(Post(status), HongKongSite);

        result.Value.Status.Should().Be(expected);
        (result.Value.Timeline.Published is not null).Should().Be(published);
        if (expected == ArticleStatus.Scheduled)
        {
            result.Value.Timeline.Scheduled!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        }
        if (expected == ArticleStatus.Withdrawn)
        {
            result.Value.Timeline.Withdrawal!.Moment.Instant.Should().Be(Instant.FromUtc(2014, 3, 31, 9, 9));
        }
        result.Losses.For("$.status").Select(e => (LossKind?)e.Kind).Should().Equal(reported is null ? [] : [reported]);
    }

    [Fact]
    public void Deserialize_DraftWithFloatingDate_CreatedOnTheSiteClockAndReported()
    {
        var result = WordPressSerializer.Deserialize(Post("draft", dateGmt: "null"), HongKongSite);

        result.Value.Timeline.Created!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        result.Losses.For("$.date").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Approximated);
    }

    [Fact]
    public void Deserialize_RawContentWithBlocks_BlocksReadFromTheMarkup()
    {
        var raw = "<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Why fares rise</h3>\n<!-- /wp:heading -->\n\n"
            + "<!-- wp:paragraph -->\n<p>Fuel costs <em>doubled</em>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:separator /-->\n\n"
            + "<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=abc\",\"providerNameSlug\":\"youtube\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=abc\n</div></figure>\n<!-- /wp:embed -->";
        var json = Post(content: "<p>What the site renders is not read when the raw blocks are there.</p>", raw: raw);

        var body = WordPressSerializer.Deserialize(json, HongKongSite).Value.Blocks;

        body.Select(b => b.Kind).Should().Equal(BlockKind.Heading, BlockKind.Paragraph, BlockKind.Divider, BlockKind.Embed);
        body[0].Should().Be(new HeadingBlock(3, InlineText.Plain("Why fares rise")));
        body[3].Should().Be(new EmbedBlock("https://www.youtube.com/watch?v=abc", "youtube"));
    }

    [Fact]
    public void Deserialize_EmptyTitle_WordPressNoTitleSubstitutedAndReported()
    {
        var result = WordPressSerializer.Deserialize(Post("draft").Replace("Ferry fares to rise &#8211; again", "", StringComparison.Ordinal), HongKongSite);

        result.Value.Headline.Should().Be("(no title)");
        result.Losses.For("$.title").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Substituted);
    }

    [Fact]
    public void DeserializeAll_OneBadItem_ItsErrorAndTheOthersRead()
    {
        var json = "[" + Post() + "," + Post(dateGmt: "\"2014-03-30 21:31\"") + "," + Post("draft") + "]";

        var results = WordPressSerializer.DeserializeAll(Encoding.UTF8.GetBytes(json), HongKongSite);

        results.Select(r => r.Succeeded).Should().Equal(true, false, true);
        results[1].Error.Should().BeOfType<WordPressException>().Which.Path.Should().Be("$[1].date_gmt");
        results[1].Error!.Message.Should().Contain("$[1].date_gmt").And.Contain("expected a date as YYYY-MM-DDTHH:MM:SS, or null; found the string \"2014-03-30 21:31\"");
    }
}
