using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsModel.Formats;
using NewsModel.Formats.Feeds;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats.Feeds;

/// <summary>Reading the 42 corpus feeds: every format and version, the suites' expected values, dates through the
/// stamp patterns with the publication's zone rules, one result per item.</summary>
public class FeedSerializerTest
{
    private static readonly FeedReadOptions WithHtml = new() { BodyHtml = HtmlBlocks.Reader };

    private static string FeedsRoot => SharedData.PathOf("corpus/feeds");

    private static FeedReadResult Read(string relative, FeedReadOptions? options = null) =>
        FeedSerializer.Deserialize(File.ReadAllBytes(Path.Combine(FeedsRoot, relative)), options ?? WithHtml);

    public static TheoryData<string> Feeds()
    {
        var data = new TheoryData<string>();
        if (!SharedData.Available)
        {
            data.Add("(shared data absent)");
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(FeedsRoot, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(FeedsRoot, file));
        }
        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Feeds))]
    public void Deserialize_CorpusFeed_ReadsItsFormatAndMatchesWhatTheSuiteExpects(string relative)
    {
        if (relative.EndsWith("InvalidDateFormat.xml", StringComparison.Ordinal))
        {
            // The file ends in the middle of the feed (a test of its suite's leniency): refused, with where.
            var error = FluentActions.Invoking(() => Read(relative)).Should().Throw<FeedException>().Which;
            (error.LineNumber, error.Message).Should().Match<(int, string)>(e => e.Item1 == 21 && e.Item2.StartsWith("Feed: expected well-formed XML; ", StringComparison.Ordinal));
            return;
        }
        var feed = Read(relative);

        feed.Format.Should().Be(Path.GetDirectoryName(relative) switch
        {
            "atom" => FeedFormat.Atom,
            "jsonfeed" => FeedFormat.JsonFeed,
            "rdf" => FeedFormat.Rdf,
            _ => FeedFormat.Rss,
        });
        feed.Items.Should().NotBeEmpty();
        var expected = Path.Combine(FeedsRoot, relative + ".expected.json");
        if (File.Exists(expected))
        {
            Expect(feed, File.ReadAllText(expected), relative);
        }
        foreach (var item in feed.Items)
        {
            // An item either reads, or says which item and why.
            if (item.Error is { } e)
            {
                e.Should().BeOfType<FeedException>().Which.Path.Should().NotBeNullOrEmpty();
            }
            else
            {
                item.Result!.Value.Headline.Should().NotBeNullOrEmpty();
            }
        }
    }

    /// <summary>What the suite's file says plainly: FeedReader's assertions on feed.Title and item.Title; rss-parser's
    /// and gofeed's parsed feeds (title, number of items, first item's title and date).</summary>
    private static void Expect(FeedReadResult feed, string json, string relative)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var first = feed.Items[0].Result?.Value;
        if (root.TryGetProperty("assertions", out var assertions))
        {
            bool firstItem = true;
            foreach (var line in assertions.EnumerateArray().Select(a => a.GetString()!))
            {
                var m = Regex.Match(line, "^Eq\\(\"((?:[^\"\\\\]|\\\\.)*)\", (feed|item)\\.Title\\);");
                if (m.Success && m.Groups[2].Value == "feed")
                {
                    Collapse(feed.Title).Should().Be(Collapse(Regex.Unescape(m.Groups[1].Value)), relative);
                }
                else if (m.Success && first is not null && firstItem)
                {
                    // The suite asserts the first item's title first (later lines are of other items).
                    Collapse(first.Headline).Should().Be(Collapse(Regex.Unescape(m.Groups[1].Value)), relative);
                    firstItem = false;
                }
            }
            return;
        }
        var parsed = root.TryGetProperty("feed", out var f) ? f : root;
        if (parsed.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            Collapse(feed.Title).Should().Be(Collapse(title.GetString()), relative);
        }
        if ((parsed.TryGetProperty("items", out var items) || parsed.TryGetProperty("entries", out items)) && items.ValueKind == JsonValueKind.Array)
        {
            feed.Items.Should().HaveCount(items.GetArrayLength(), relative);
            var item = items[0];
            if (first is not null && item.TryGetProperty("title", out var itemTitle))
            {
                // rss-parser keeps character references in titles as printed (craigslist: "&#x0024;4300"); NewsModel reads
                // them, as a browser shows the title ("$4300"). Compared after reading both the same way.
                Collapse(first.Headline).Should().Be(Collapse(System.Net.WebUtility.HtmlDecode(itemTitle.GetString())), relative);
            }
            foreach (var name in new[] { "publishedParsed", "isoDate" })
            {
                if (first is not null && item.TryGetProperty(name, out var date) && DateTimeOffset.TryParse(date.GetString(), out var instant))
                {
                    first.Timeline.Published!.Instant.Should().Be(Instant.FromDateTimeOffset(instant), relative);
                    break;
                }
            }
        }
    }

    private static string? Collapse(string? s) => s is null ? null : Regex.Replace(s, "\\s+", " ").Trim();

    [SharedDataFact]
    public void Deserialize_RssItem_TitleBodyAuthorCategoriesMediaAndTheDateAsPrinted()
    {
        var guardian = Read("rss/rss-parser__guardian.rss").Items[0].Result!;
        var article = guardian.Value;

        article.Headline.Should().Be("Trump State of the Union address promised unity but emphasized discord");
        article.Timeline.Published!.Printed.Should().Be("Wed, 31 Jan 2018 07:26:05 GMT");
        article.Timeline.Published.Instant.Should().Be(Instant.FromUtc(2018, 1, 31, 7, 26, 5));
        article.Credits.Should().ContainSingle().Which.Name.Should().Be("David Smith in Washington");
        article.CanonicalUrl.Should().Be("https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord");
        article.Taxonomy!.Keywords.Should().NotBeEmpty();
        article.Media.Should().NotBeEmpty().And.OnlyContain(m => m.Kind == MediaKind.Image);
        article.LeadMedia.Should().Be(article.Media[0].Id);
        article.Blocks.Should().NotBeEmpty();
    }

    [SharedDataFact]
    public void Deserialize_LegacyEncodings_DecodedFromTheDeclaration()
    {
        Read("rss/FeedReader__Rss20ISO88591Intranet30.xml").Items[0].Result!.Value.Headline.Should().Be("SVART MÅNAD - DÖDSOLYCKA i Vetlanda");
        var cyrillic = Read("rss/node-feedparser__iconv.xml");
        cyrillic.Items.Should().OnlyContain(i => i.Succeeded);
        cyrillic.Title.Should().MatchRegex("^[А-Яа-яЁё ./]+$", "windows-1251 text decoded, not mojibake");
    }

    [SharedDataFact]
    public void Deserialize_AbbreviationOfThePublicationZone_ReadOnlyWhenTheZoneNamesIt()
    {
        const string feed = "rss/rss-parser__itunes-category.rss"; // pubDate "07 Nov 2015 12:00:00 EST"
        var utc = Read(feed).Items[0];
        utc.Succeeded.Should().BeFalse("EST is no name of UTC, and the same letters mean other zones elsewhere");
        ((FeedException)utc.Error!).Path.Should().Be("/rss/channel/item[1]/pubDate");
        utc.Error!.Message.Should().Contain("The zone abbreviation EST");

        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var read = Read(feed, WithHtml with { Publication = new Publication("Taverncast", newYork) }).Items[0].Result!.Value;
        read.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2015, 11, 7, 17, 0));
        read.Timeline.Published.Zone.Should().Be(newYork);
    }

    [SharedDataFact]
    public void Deserialize_EstPrintedInSummer_RefusedEvenForNewYork()
    {
        // "Tue, 21 Aug 2012 10:33:00 EST": New York was on EDT; the stamp names an offset the zone did not have.
        var newYork = new Publication("Washington Post", DateTimeZoneProviders.Tzdb["America/New_York"]);
        var feed = Read("rss/node-feedparser__wapowellness.xml", WithHtml with { Publication = newYork });
        var read = feed.Items.Where(i => i.Succeeded).Select(i => i.Result!.Value.Timeline.Published!).ToList();
        var refused = feed.Items.Where(i => !i.Succeeded).ToList();
        read.Should().NotBeEmpty().And.OnlyContain(m => m.Zone.GetUtcOffset(m.Instant) == Offset.FromHours(-5), "EST is read where New York was on EST (December)");
        refused.Should().NotBeEmpty().And.OnlyContain(i => i.Error!.Message.Contains("The zone abbreviation EST", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Deserialize_ItemsWithoutAnyDate_FailUnlessDefaultPublishedStandsIn()
    {
        const string feed = "rdf/FeedReader__Rss10FeedWebResourceSample.xml";
        Read(feed).Items.Should().OnlyContain(i => !i.Succeeded && i.Error!.Message.Contains("DefaultPublished", StringComparison.Ordinal));

        var fetched = Instant.FromUtc(2024, 5, 1, 12, 0);
        var read = Read(feed, WithHtml with { DefaultPublished = fetched });
        read.Items.Should().OnlyContain(i => i.Succeeded && i.Result!.Value.Timeline.Published!.Instant == fetched
            && i.Result.Losses.Entries.Any(e => e.Kind == LossKind.Substituted && e.Detail.Contains("DefaultPublished", StringComparison.Ordinal)));
    }

    [SharedDataFact]
    public void Deserialize_Rss092WithoutGuidsOrLinks_IdFromTheFeedAndThePlaceReported()
    {
        var feed = Read("rss/FeedReader__Rss092FullSample.xml");
        var ids = feed.Items.Select(i => i.Result!.Value.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        feed.Items[0].Result!.Losses.Entries.Should().Contain(e => e.Detail.StartsWith("no id, guid or link", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Deserialize_JsonFeed11_EveryMemberMapped()
    {
        var feed = Read("jsonfeed/gofeed__json11_full.json");
        var article = feed.Items.Should().ContainSingle().Subject.Result!.Value;

        feed.Version.Should().Be("1.1", "as the file declares it (JSON Feed's own spelling is the URL)");
        article.Id.Should().Be("id");
        article.Headline.Should().Be("title");
        article.Standfirst.Should().Be("summary");
        article.Language.Should().Be("en");
        article.Blocks.Should().Equal(new ParagraphBlock(InlineText.Plain("content_html")));
        article.Taxonomy!.Keywords.Should().Equal("tag1", "tag2");
        article.Media.Select(m => m.Kind).Should().Contain(MediaKind.Audio);
        article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2019, 10, 12, 7, 20, 50) + Duration.FromMilliseconds(520));
    }

    [Fact]
    public void Deserialize_BadDateInOneItem_ThatItemFailsAndTheOthersRead()
    {
        var rss = "<rss version=\"2.0\"><channel><title>T</title><link>https://e.x/</link>"
            + "<item><title>One</title><guid>1</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate></item>"
            + "<item><title>Two</title><guid>2</guid><pubDate>yesterday</pubDate></item>"
            + "<item><title>Three</title><guid>3</guid><pubDate>Thu, 07 Dec 17 10:00:29 -0800</pubDate></item></channel></rss>";

        var feed = FeedSerializer.Deserialize(Encoding.UTF8.GetBytes(rss));

        feed.Items.Select(i => i.Succeeded).Should().Equal(true, false, true);
        var error = (FeedException)feed.Items[1].Error!;
        error.Path.Should().Be("/rss/channel/item[2]/pubDate");
        error.Message.Should().Contain("expected a date as RFC 822").And.Contain("\"yesterday\"");
        feed.Items[2].Result!.Value.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2017, 12, 7, 18, 0, 29), "RFC 822's two-digit year");
    }

    [Theory]
    [InlineData("<html><body>no feed</body></html>", "<rss>, <rdf:RDF> or <feed>")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\"}", "$.items: expected the array of items")]
    [InlineData("{\"items\":[", "JSON Feed: expected well-formed JSON")]
    public void Deserialize_NoFeed_FeedExceptionSayingWhatWasExpected(string text, string expected) =>
        FluentActions.Invoking(() => FeedSerializer.Deserialize(Encoding.UTF8.GetBytes(text)))
            .Should().Throw<FeedException>().Which.Message.Should().Contain(expected);

    /// <summary>Found by the mutation property (one byte turned utf-8 into utf-7): .NET refuses UTF-7 with a
    /// NotSupportedException, which escaped the reader.</summary>
    [Fact]
    public void Deserialize_DeclaredUtf7_ReadAsUtf8()
    {
        var feed = FeedSerializer.Deserialize(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-7\"?><rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>One</title><guid>1</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate></item></channel></rss>"));
        feed.Items.Should().ContainSingle().Which.Result!.Value.Headline.Should().Be("One");
    }

    [Fact]
    public void Deserialize_MutatedFeeds_OnlyEverThrowFeedException()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T &amp; U</title>"
            + "<item><title>One</title><link>https://e.x/1</link><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><content:encoded><![CDATA[<p>Fares <em>rise</em>.</p>]]></content:encoded>"
            + "<enclosure url=\"https://e.x/a.mp3\" type=\"audio/mpeg\"/></item></channel></rss>");
        Mutations.OnlyThrow<FeedException>(bytes, mutated => FeedSerializer.Deserialize(mutated, WithHtml), iterations: 3000);
    }
}

/// <summary>The feed reader's cost grows with the feed.</summary>
[Collection(Scaling.Collection)]
public class FeedSerializerScalingTest
{
    [Fact]
    public void Deserialize_ManyItems_Linear() =>
        Scaling.IsLinear(
            n => Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title>" + string.Concat(Enumerable.Range(0, n).Select(i =>
                "<item><title>Item " + i + "</title><guid>" + i + "</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>&lt;p&gt;Text&lt;/p&gt;</description></item>")) + "</channel></rss>"),
            bytes => FeedSerializer.Deserialize(bytes),
            n: 100);

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    [InlineData(FeedFormat.JsonFeed)]
    public void Serialize_ManyArticles_Linear(FeedFormat format) =>
        Scaling.IsLinear(
            n => Enumerable.Repeat(NewsModel.Testing.SampleArticles.HarbourFerryFares, n).ToList(),
            articles => FeedSerializer.SerializeToString(articles, new FeedWriteOptions("T", "https://e.x/") { Format = format }),
            n: 20);
}
