using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using NewsModel.Formats.Html;
using NewsModel.Formats.WordPress;
using NewsModel.Html;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Benchmarks.Formats;

/// <summary>
/// Reading a WordPress REST post (the rich sample as WordPress would serve it, with <c>_embed</c>) side by side with
/// what a user would otherwise write: <see cref="JsonDocument"/> and <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/>
/// mapping the same fields naively (no date check, no loss report, no status rules) (baseline). Both read the body's
/// HTML with the same HTML reader, and both once without it (the body kept as one raw HTML block).
/// </summary>
[MemoryDiagnoser]
public class WordPressBenchmarks
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly Publication Herald = new("Harbour Herald", HongKong, "HH");
    private static readonly WordPressReadOptions WithHtml = new() { SiteZone = HongKong, Publication = Herald, Language = "en", BodyHtml = HtmlBlocks.Reader };
    private static readonly WordPressReadOptions WithoutHtml = WithHtml with { BodyHtml = null };
    private byte[] _post = [];

    /// <summary>The rich sample as a REST response: rendered title, content and excerpt, both dates, status, terms.</summary>
    [GlobalSetup]
    public void Setup() => _post = Post(SampleArticles.FerryFaresExplained);

    internal static byte[] Post(Article article)
    {
        var published = article.Timeline.Published!;
        var updated = article.Timeline.Latest!;
        var post = new JsonObject
        {
            ["id"] = 41,
            ["date"] = Local(published.Instant),
            ["date_gmt"] = WordPressGmt(published.Instant),
            ["guid"] = new JsonObject { ["rendered"] = "https://herald.example/?p=41" },
            ["modified"] = Local(updated.Instant),
            ["modified_gmt"] = WordPressGmt(updated.Instant),
            ["slug"] = "ferry-fares-explained",
            ["status"] = "publish",
            ["type"] = "post",
            ["link"] = "https://herald.example/2014/04/01/ferry-fares-explained/",
            ["title"] = new JsonObject { ["rendered"] = BlockHtml.Escape(article.Headline) },
            ["content"] = new JsonObject { ["rendered"] = BlockHtml.Render(article).Value, ["protected"] = false },
            ["excerpt"] = new JsonObject { ["rendered"] = "<p>" + BlockHtml.Escape(article.Standfirst ?? "") + "</p>\n", ["protected"] = false },
            ["author"] = 3,
            ["featured_media"] = 0,
            ["categories"] = new JsonArray(5),
            ["tags"] = new JsonArray(8, 9),
            ["_embedded"] = new JsonObject
            {
                ["author"] = new JsonArray(new JsonObject { ["id"] = 3, ["name"] = "Mary Chan", ["link"] = "https://herald.example/author/mary/" }),
                ["wp:term"] = new JsonArray(
                    new JsonArray(new JsonObject { ["id"] = 5, ["name"] = "Transport", ["taxonomy"] = "category" }),
                    new JsonArray(new JsonObject { ["id"] = 8, ["name"] = "Ferries", ["taxonomy"] = "post_tag" }, new JsonObject { ["id"] = 9, ["name"] = "Fares", ["taxonomy"] = "post_tag" })),
            },
        };
        return Encoding.UTF8.GetBytes(post.ToJsonString());
    }

    private static string Local(Instant instant) => instant.InZone(HongKong).LocalDateTime.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);

    private static string WordPressGmt(Instant instant) => instant.InUtc().LocalDateTime.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);

    /// <summary>Baseline: JsonDocument, DateTime.ParseExact and the same HTML reader, mapped by hand.</summary>
    [Benchmark(Baseline = true)]
    public Article JsonDocument_NaiveMapping() => Naive(_post, html: true);

    /// <summary>NewsModel's reader with the HTML reader.</summary>
    [Benchmark]
    public Article WordPress_Read() => WordPressSerializer.Deserialize(_post, WithHtml).Value;

    /// <summary>The baseline keeping the body as raw HTML.</summary>
    [Benchmark]
    public Article JsonDocument_NaiveMapping_NoHtml() => Naive(_post, html: false);

    /// <summary>NewsModel's reader without an HTML reader (the body as raw HTML, reported).</summary>
    [Benchmark]
    public Article WordPress_Read_NoHtml() => WordPressSerializer.Deserialize(_post, WithoutHtml).Value;

    private static Article Naive(byte[] utf8, bool html)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var gmt = DateTime.ParseExact(root.GetProperty("date_gmt").GetString()!, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var modified = DateTime.ParseExact(root.GetProperty("modified_gmt").GetString()!, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var content = root.GetProperty("content").GetProperty("rendered").GetString()!;
        var body = html ? HtmlBlocks.Read(content) : null;
        var embedded = root.GetProperty("_embedded");
        var author = embedded.GetProperty("author")[0].GetProperty("name").GetString()!;
        var terms = embedded.GetProperty("wp:term");
        var section = new Section(terms[0][0].GetProperty("name").GetString()!, "5");
        var timeline = new Timeline(new Moment(Instant.FromDateTimeUtc(gmt), HongKong), new Moment(Instant.FromDateTimeUtc(modified), HongKong));
        return new Article(
            root.GetProperty("guid").GetProperty("rendered").GetString()!,
            System.Net.WebUtility.HtmlDecode(root.GetProperty("title").GetProperty("rendered").GetString()!),
            "en",
            Herald,
            timeline,
            body is null ? [new RawHtmlBlock(content)] : body.Blocks,
            [new Credit(author, PartyKind.Person, CreditRole.Author)],
            canonicalUrl: root.GetProperty("link").GetString(),
            media: body?.Media,
            taxonomy: new Taxonomy(section));
    }
}
