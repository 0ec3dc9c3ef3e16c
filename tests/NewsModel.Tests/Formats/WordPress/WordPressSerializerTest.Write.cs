using System;
using System.Linq;
using System.Text.Json.Nodes;
using NewsModel.Formats;
using NewsModel.Formats.WordPress;
using NewsModel.Html;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Tests.Formats.WordPress;

/// <summary>Writing the body of a create or update request: block markup WordPress's parser reads back to the same
/// blocks, the status and GMT date, the terms, and a loss report of what a post cannot carry.</summary>
public class WordPressSerializerWriteTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private const string Raw =
        "<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Why fares rise</h3>\n<!-- /wp:heading -->\n\n"
        + "<!-- wp:paragraph -->\n<p>Fuel costs <em>doubled</em>, said <a href=\"https://herald.example/fuel\">the operator</a>.</p>\n<!-- /wp:paragraph -->\n\n"
        + "<!-- wp:list {\"ordered\":true} -->\n<ol class=\"wp-block-list\"><!-- wp:list-item -->\n<li>Adults: HK$4</li>\n<!-- /wp:list-item --><!-- wp:list-item -->\n<li>Children: HK$2</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->\n\n"
        + "<!-- wp:pullquote -->\n<figure class=\"wp-block-pullquote\"><blockquote><p>We had no choice.</p><cite>The operator</cite></blockquote></figure>\n<!-- /wp:pullquote -->\n\n"
        + "<!-- wp:image {\"id\":12} -->\n<figure class=\"wp-block-image\"><img src=\"https://herald.example/wp-content/uploads/ferry.jpg\" alt=\"A Star Ferry\" class=\"wp-image-12\"/><figcaption class=\"wp-element-caption\">The Star Ferry.</figcaption></figure>\n<!-- /wp:image -->\n\n"
        + "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->\n\n"
        + "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead><tr><th>Route</th><th>Fare</th></tr></thead><tbody><tr><td>Central</td><td>HK$4</td></tr></tbody></table></figure>\n<!-- /wp:table -->\n\n"
        + "<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=abc\",\"providerNameSlug\":\"youtube\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=abc\n</div></figure>\n<!-- /wp:embed -->";

    private static Article ReadBack(JsonObject written, string id = "41")
    {
        // What WordPress answers (context=edit) after saving the request: the same fields, raw, with its dates.
        var gmt = written["date_gmt"]?.GetValue<string>();
        var local = gmt is null ? null : NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(gmt).Value.InUtc().WithZone(HongKong).LocalDateTime.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", null);
        var response = new JsonObject
        {
            ["id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture),
            ["date"] = local,
            ["date_gmt"] = gmt,
            ["status"] = written["status"]!.GetValue<string>(),
            ["link"] = "https://herald.example/?p=" + id,
            ["title"] = new JsonObject { ["raw"] = written["title"]!.GetValue<string>() },
            ["content"] = new JsonObject { ["raw"] = written["content"]!.GetValue<string>() },
            ["excerpt"] = new JsonObject { ["raw"] = written["excerpt"]?.GetValue<string>() },
            ["categories"] = written["categories"]?.DeepClone(),
            ["tags"] = written["tags"]?.DeepClone(),
            ["featured_media"] = written["featured_media"]?.DeepClone(),
            ["author"] = written["author"]?.DeepClone(),
            ["_embedded"] = JsonNode.Parse(WordPressSerializerTest.Post())!["_embedded"]!.DeepClone(),
        };
        return WordPressSerializer.Deserialize(response.ToJsonString(), WordPressSerializerTest.HongKongSite).Value;
    }

    [Fact]
    public void Serialize_ReadPost_WordPressReadsBackTheSameTitleBlocksStatusDatesAndTerms()
    {
        var original = WordPressSerializer.Deserialize(WordPressSerializerTest.Post(raw: Raw), WordPressSerializerTest.HongKongSite).Value;

        var written = WordPressSerializer.SerializeToString(original, new WordPressWriteOptions { SiteZone = HongKong });
        var again = ReadBack(JsonNode.Parse(written.Value)!.AsObject());

        again.Headline.Should().Be(original.Headline);
        again.Standfirst.Should().Be(original.Standfirst);
        original.Blocks.Select(b => b.Kind).Should().Equal(
            BlockKind.Heading, BlockKind.Paragraph, BlockKind.List, BlockKind.PullQuote, BlockKind.Media, BlockKind.Divider, BlockKind.Table, BlockKind.Embed);
        again.Blocks.Should().Equal(original.Blocks);
        again.Status.Should().Be(ArticleStatus.Published);
        again.Timeline.Published.Should().Be(original.Timeline.Published);
        again.Taxonomy.Should().Be(original.Taxonomy);
        again.Credits.Should().Equal(original.Credits);
        again.LeadMedia.Should().Be(original.LeadMedia);
        written.Losses.For("Timeline.Published.Zone").Should().BeEmpty("the moment is in the site's zone");
    }

    [Fact]
    public void Serialize_RichSample_EveryBlockAsMarkupOfItsKindAndTheLossesNamed()
    {
        var article = SampleArticles.FerryFaresExplained;

        var written = WordPressSerializer.SerializeToString(article);
        var content = JsonNode.Parse(written.Value)!["content"]!.GetValue<string>();
        var markup = BlockMarkup.Parse(content);

        markup.Where(b => b.Name is null).Should().OnlyContain(b => string.IsNullOrWhiteSpace(b.InnerHtml), "every block is delimited");
        var media = new System.Collections.Generic.List<MediaAsset>();
        var losses = new LossCollector();
        var read = WordPressBlocks.Read(markup, "$", HtmlBlocks.Reader, media, ref losses);
        read.Select(b => b.Kind).Should().Equal(article.Blocks.Select(b => b.Kind == BlockKind.RelatedLink ? BlockKind.Paragraph : b.Kind));
        read.Select(b => b.PlainText).Should().Equal(article.Blocks.Select(b => b is RelatedLinkBlock r ? r.Title : b.PlainText));
        var fields = written.Losses.Entries.Select(e => e.Field).ToList();
        fields.Should().Contain(["Id", "Language", "Publication", "Quotes", "Parties", "Timeline.Published.Zone"]);
    }

    [Theory]
    [InlineData(ArticleStatus.Scheduled, "future", true)]
    [InlineData(ArticleStatus.Draft, "draft", false)]
    [InlineData(ArticleStatus.Withdrawn, "draft", true)]
    public void Serialize_Status_WordPressStatusAndDate(ArticleStatus status, string expected, bool dated)
    {
        var at = new Moment(Instant.FromUtc(2014, 3, 30, 21, 31), HongKong);
        var timeline = status switch
        {
            ArticleStatus.Scheduled => new Timeline(null, scheduled: at),
            ArticleStatus.Withdrawn => new Timeline(at, withdrawal: new Withdrawal(new Moment(Instant.FromUtc(2014, 4, 1, 0, 0), HongKong), "legal")),
            _ => new Timeline(null),
        };
        var article = SampleArticles.HarbourFerryFares.WithTimeline(timeline).WithStatus(status);

        var written = WordPressSerializer.SerializeToString(article);
        var json = JsonNode.Parse(written.Value)!;

        json["status"]!.GetValue<string>().Should().Be(expected);
        json["date_gmt"]?.GetValue<string>().Should().Be(dated ? "2014-03-30T21:31:00" : null);
        if (status == ArticleStatus.Withdrawn)
        {
            written.Losses.For("Status").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Approximated);
            written.Losses.For("Timeline.Withdrawal").Should().ContainSingle();
        }
    }

    [Fact]
    public void Serialize_EmbedUrlWithCommentEndingCharacters_AttributesEscapedAndReadBack()
    {
        var url = "https://example.com/a--b?x=<y>&z='1'";
        var article = SampleArticles.HarbourFerryFares.WithQuotes(null).WithBlocks([new EmbedBlock(url, "example")]);

        var content = JsonNode.Parse(WordPressSerializer.SerializeToString(article).Value)!["content"]!.GetValue<string>();

        content.Split('\n')[0].Should().NotContain("a--b", "\"--\" would end the comment");
        var block = BlockMarkup.Parse(content).Should().ContainSingle().Subject;
        WordPressBlocks.Attribute(block, "url").Should().Be(url);
    }
}
