using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsModel.Formats.Ans;
using NewsModel.Formats.Feeds;
using NewsModel.Formats.Ninjs;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Formats.WordPress;
using NewsModel.Import;
using NewsModel.Json;
using NewsModel.Text;
using NewsModel.Validation;
using NodaTime;

namespace NewsModel.Benchmarks.Scaling;

/// <summary>
/// The scaling curves of every parser, validator and writer entry point (issue 14): for n, 2n, ... 64n elements,
/// the best of several timed runs, and the ratio between 8n and n (linear work gives about 8, quadratic about 64).
/// The unit tests check the same inputs at two small sizes; this prints the whole curve for docs/benchmarks.md.
/// Run with <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --scaling [filter]</c>.
/// </summary>
public static class ScalingCurves
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly Publication Paper = new("Harbour Herald", HongKong, "HH");
    private static readonly ArticleValidator Validator = new(ValidationProfile.Publish, new FixedClock(Instant.FromUtc(2014, 4, 1, 0, 0)));
    private static readonly NewsModelJsonOptions Lenient = new() { ReadMode = NewsModelJsonReadMode.Lenient };
    private static readonly NinjsReadOptions Foreign = new() { DefaultPublication = Paper };
    private static readonly TextImporter Importer = new TextImporterBuilder().WithPublication(Paper).Build();
    private const string Quoted = "\u201cWe held fares as long as we could,\u201d Margaret Leung said.";

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private sealed record Curve(string Name, int Start, Func<int, object> Make, Action<object> Run);

    private static Curve For<T>(string name, int start, Func<int, T> make, Action<T> run)
        where T : notnull =>
        new(name, start, n => make(n), input => run((T)input));

    private static IEnumerable<Curve> Curves()
    {
        yield return For("NewsModelJson.Deserialize (span, fast reading): quotes", 250, QuotesJson, bytes => NewsModelJson.Deserialize(bytes));
        yield return For("NewsModelJson.Deserialize (sequence, Utf8JsonReader): quotes", 250, n => new ReadOnlySequence<byte>(QuotesJson(n)), s => NewsModelJson.Deserialize(s));
        yield return For("NewsModelJson.Deserialize (lenient): unknown members", 1_000, UnknownMembersJson, bytes => NewsModelJson.Deserialize(bytes, Lenient));
        yield return For("NewsModelJson.DeserializeWithExtras: unknown members", 1_000, UnknownMembersJson, bytes => NewsModelJson.DeserializeWithExtras(bytes));
        yield return For("NewsModelJson.Serialize: quotes", 250, WithQuotes, article => NewsModelJson.Serialize(article));
        yield return For("ArticleValidator.Validate: parties (half duplicates)", 1_000, WithParties, article => Validator.Validate(article));
        yield return For("ArticleValidator.Validate: credits (half duplicates)", 1_000, WithCredits, article => Validator.Validate(article));
        yield return For("ArticleValidator.Validate: quotes (same words, other speakers)", 1_000, WithQuotes, article => Validator.Validate(article));
        yield return For("ArticleValidator.ValidateJson: quotes", 250, n => NewsModelJson.Serialize(WithQuotes(n)), json => Validator.ValidateJson(json));
        yield return For("ArticleValidator.ValidateJson: quotes outside the body", 250, n => NewsModelJson.Serialize(WithQuotes(n)).Replace("\"paragraph\":1", "\"paragraph\":7", StringComparison.Ordinal), json => Validator.ValidateJson(json));
        yield return For("NewsModelJson.Deserialize: blocks with marks", 250, n => Encoding.UTF8.GetBytes(NewsModelJson.Serialize(WithBlocks(n))), bytes => NewsModelJson.Deserialize(bytes));
        yield return For("NewsModelJson.Serialize: blocks with marks", 250, WithBlocks, article => NewsModelJson.Serialize(article));
        yield return For("ArticleValidator.Validate: blocks with marks", 250, WithBlocks, article => Validator.Validate(article));
        yield return For("ArticleValidator.ValidateJson: blocks with marks", 250, n => NewsModelJson.Serialize(WithBlocks(n)), json => Validator.ValidateJson(json));
        yield return For("HtmlBlocks.Read: paragraphs with marks, lists, tables", 250, BlocksHtml, html => NewsModel.Html.HtmlBlocks.Read(html));
        yield return For("NinjsSerializer.Deserialize: body of '&#'", 25_000, n => NinjsBody("<p>" + string.Concat(Enumerable.Repeat("&#", n)) + "</p>"), json => NinjsSerializer.Deserialize(json, Foreign));
        yield return For("NinjsSerializer.Deserialize: quotes", 250, n => NinjsSerializer.SerializeToUtf8Bytes(WithQuotes(n)).Value, bytes => NinjsSerializer.Deserialize(bytes.AsSpan()));
        yield return For("NinjsSerializer.Serialize: quotes", 250, WithQuotes, article => NinjsSerializer.SerializeToUtf8Bytes(article));
        yield return For("NewsArticleJsonLd.Serialize: quotes", 250, WithQuotes, article => NewsArticleJsonLd.SerializeToUtf8Bytes(article));
        yield return For("WordPressSerializer.Deserialize: blocks of markup", 250, n => Encoding.UTF8.GetBytes(WordPressBlocksPost(n)), json => WordPressSerializer.Deserialize(json.AsSpan(), WordPressSite));
        yield return For("WordPressSerializer.Deserialize (no HTML reader): blocks of markup", 250, n => Encoding.UTF8.GetBytes(WordPressBlocksPost(n)), json => WordPressSerializer.Deserialize(json.AsSpan(), WordPressSite with { BodyHtml = null }));
        yield return For("WordPressSerializer.DeserializeAll: posts", 25, n => Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(WordPressBlocksPost(4), n)) + "]"), bytes => WordPressSerializer.DeserializeAll(bytes, WordPressSite));
        yield return For("AnsSerializer.Deserialize: content elements", 250, AnsStory, bytes => AnsSerializer.Deserialize(bytes, AnsOptions));
        yield return For("AnsSerializer.Serialize (to a reused buffer): blocks with marks", 250, WithBlocks, article =>
        {
            ReusedBuffer.ResetWrittenCount();
            AnsSerializer.Serialize(article, ReusedBuffer);
        });
        yield return For("FeedSerializer.Deserialize: RSS items", 100, RssItems, bytes => FeedSerializer.Deserialize(bytes));
        yield return For("FeedSerializer.Deserialize: JSON Feed items", 100, JsonFeedItems, bytes => FeedSerializer.Deserialize(bytes));
        yield return For("WordPressSerializer.Serialize (to a reused buffer): blocks with marks", 250, WithBlocks, article =>
        {
            ReusedBuffer.ResetWrittenCount();
            WordPressSerializer.Serialize(article, ReusedBuffer);
        });
        yield return For("StampPattern.ParseAny: characters after a stamp", 20_000, n => "PUBLISHED : Monday, 31 March, 2014, 5:31am" + new string(' ', n) + "x", text => StampPattern.ParseAny(text, HongKong));
        yield return For("StampReader.Parse: digits after a label", 20_000, n => "Published " + new string('9', n), text => StampReader.Default.Parse(text, HongKong));
        yield return For("TextImporter.Import: lines of stamps", 250, StampPage, text => Importer.Import(text));
        yield return For("TextImporter.Import: paragraphs with quotes", 250, QuotePage, text => Importer.Import(text));
    }

    /// <summary>Prints the curves whose names contain <paramref name="filter"/> (all when null).</summary>
    public static void Run(string? filter)
    {
        Console.WriteLine("| entry point: what grows | n | time at n | 2n | 4n | 8n | 16n | 32n | 64n | 8n / n | 64n / 8n |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var curve in Curves())
        {
            if (filter is not null && !curve.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var times = new double[7];
            for (int k = 0; k < times.Length; k++)
            {
                var input = curve.Make(curve.Start << k);
                times[k] = Best(input, curve.Run);
            }
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {curve.Name} | {curve.Start:N0} | {string.Join(" | ", times.Select(Format))} | {times[3] / times[0]:0.0} | {times[6] / times[3]:0.0} |"));
        }
    }

    private static string Format(double milliseconds) =>
        milliseconds >= 1000 ? (milliseconds / 1000).ToString("0.00 's'", CultureInfo.InvariantCulture)
        : milliseconds >= 1 ? milliseconds.ToString("0.0 'ms'", CultureInfo.InvariantCulture)
        : milliseconds >= 0.01 ? (milliseconds * 1000).ToString("0 'µs'", CultureInfo.InvariantCulture)
        : (milliseconds * 1_000_000).ToString("0 'ns'", CultureInfo.InvariantCulture);

    /// <summary>The best time of one run: after a warm-up of 50 runs (so the code is fully compiled), five timings of
    /// enough runs to take 10 ms each, every timing from a collected heap.</summary>
    private static double Best(object input, Action<object> run)
    {
        for (int i = 0; i < 50; i++)
        {
            run(input);
        }
        long once = Stopwatch.GetTimestamp();
        run(input);
        double single = Math.Max(Stopwatch.GetElapsedTime(once).TotalMilliseconds, 1e-4);
        int repeats = (int)Math.Clamp(10 / single, 1, 100_000);
        double best = double.MaxValue;
        for (int timing = 0; timing < 5; timing++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long start = Stopwatch.GetTimestamp();
            for (int k = 0; k < repeats; k++)
            {
                run(input);
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeats);
        }
        return best;
    }

    /// <summary>An article of <paramref name="n"/> blocks: paragraphs with a link over nested emphasis, and every fifth a
    /// list, every seventh a table, every eleventh the image.</summary>
    private static Article WithBlocks(int n)
    {
        const string text = "Fares will rise by 8 per cent, the operator said on Tuesday.";
        var marks = new[] { Mark.Link(new TextRange(0, 29), "https://example.com/fares"), Mark.Emphasis(new TextRange(19, 10)) };
        var blocks = new List<Block>(n);
        for (int i = 0; i < n; i++)
        {
            blocks.Add((i % 11) == 10 ? new MediaBlock("m0")
                : (i % 7) == 6 ? new TableBlock([[new InlineText("Adult"), new InlineText("HK$5", [Mark.Strong(new TextRange(0, 4))])], [new InlineText("Child"), new InlineText("HK$3")]], headerRow: false)
                : (i % 5) == 4 ? new ListBlock([new InlineText(text, marks), new InlineText("Second item")])
                : new ParagraphBlock(new InlineText(text, marks)));
        }
        var image = new MediaAsset("m0", MediaKind.Image, "https://example.com/f.jpg", altText: "A ferry", credit: new Credit("Lee Ka-ming", PartyKind.Person, CreditRole.Photographer));
        return Build().WithMedia([image], "m0").WithBlocks(blocks);
    }

    /// <summary>The HTML of an article body of about <paramref name="n"/> blocks.</summary>
    private static string BlocksHtml(int n)
    {
        var html = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            html.Append((i % 7) == 6 ? "<table><tr><th>Fare</th><th>Now</th></tr><tr><td>Adult</td><td><b>HK$5</b></td></tr></table>"
                : (i % 5) == 4 ? "<ul><li>One <em>item</em></li><li>Two</li></ul>"
                : "<p>Fares will rise by <a href=\"https://example.com/fares\">8 per <em>cent</em></a>, the operator said.</p>");
        }
        return html.ToString();
    }

    private static string Name(int i) => "Person " + i.ToString(CultureInfo.InvariantCulture);

    private static Article Build(IEnumerable<Party>? parties = null, IEnumerable<Credit>? credits = null, IEnumerable<Quote>? quotes = null) =>
        new("hh-1", "Ferry fares to rise", "en", Paper, new Timeline(new Moment(Instant.FromUtc(2014, 3, 30, 21, 31), HongKong, "Monday, 31 March, 2014, 5:31am")),
            ["Ferry fares will rise by 8 per cent, the operator said on Monday.", Quoted],
            credits ?? [new Credit("Jane Chan", PartyKind.Person, CreditRole.Author)],
            parties ?? [new Party("Margaret Leung", PartyKind.Person)],
            quotes);

    private static Article WithParties(int n) =>
        Build(parties: Enumerable.Range(0, n).Select(i => new Party(Name(i / 2), PartyKind.Person, i % 2 == 0 ? "minister" : "spokesman")));

    private static Article WithCredits(int n) =>
        Build(credits: Enumerable.Range(0, n).Select(i => new Credit(Name(i / 2), PartyKind.Person, i % 2 == 0 ? CreditRole.Author : CreditRole.Photographer)));

    private static Article WithQuotes(int n)
    {
        var speakers = Enumerable.Range(0, n).Select(i => new Party(Name(i), PartyKind.Person)).ToArray();
        return Build(parties: speakers, quotes: speakers.Select((speaker, i) => new Quote(
            "We held fares as long as we could,", QuoteKind.Direct, 1, new TextRange(1, 34),
            new Attribution(speaker, cue: "said", via: i % 3 == 0 ? "Agency " + (i % 7).ToString(CultureInfo.InvariantCulture) + " news agency" : null))));
    }

    private static byte[] QuotesJson(int n) => Encoding.UTF8.GetBytes(NewsModelJson.Serialize(WithQuotes(n)));

    private static byte[] UnknownMembersJson(int n) =>
        Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"m{i}\":{{\"a\":[{i}]}}")) + "," + NewsModelJson.Serialize(Build())[1..]);

    private static readonly ArrayBufferWriter<byte> ReusedBuffer = new(1 << 20);

    private static readonly WordPressReadOptions WordPressSite = new() { SiteZone = HongKong, Publication = Paper, Language = "en", BodyHtml = NewsModel.Html.HtmlBlocks.Reader };

    /// <summary>A post whose raw content is <paramref name="n"/> paragraph blocks with marks.</summary>
    private static string WordPressBlocksPost(int n) =>
        "{\"id\":1,\"date\":\"2014-03-31T05:31:00\",\"date_gmt\":\"2014-03-30T21:31:00\",\"status\":\"publish\",\"title\":{\"raw\":\"Fares\"},\"content\":{\"raw\":\""
        + string.Concat(Enumerable.Repeat("<!-- wp:paragraph {\\\"x\\\":1} --><p>Fares <em>rise</em> again.</p><!-- /wp:paragraph -->\\n", n)) + "\"}}";

    private static readonly AnsReadOptions AnsOptions = new() { Publication = Paper, BodyHtml = NewsModel.Html.HtmlBlocks.Reader };

    /// <summary>A story of <paramref name="n"/> text elements with markup and <paramref name="n"/> lists.</summary>
    private static byte[] AnsStory(int n) => Encoding.UTF8.GetBytes("{\"type\":\"story\",\"version\":\"0.10.12\",\"headlines\":{\"basic\":\"H\"},\"content_elements\":["
        + string.Join(",", Enumerable.Repeat("{\"type\":\"text\",\"content\":\"Fares <em>rise</em> again.\"},{\"type\":\"list\",\"items\":[{\"type\":\"text\",\"content\":\"i\"}]}", n)) + "]}");

    private static byte[] RssItems(int n) => Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title>" + string.Concat(Enumerable.Range(0, n).Select(i =>
        "<item><title>Item " + i.ToString(CultureInfo.InvariantCulture) + "</title><guid>" + i.ToString(CultureInfo.InvariantCulture)
        + "</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>&lt;p&gt;Fares &lt;em&gt;rise&lt;/em&gt;.&lt;/p&gt;</description></item>")) + "</channel></rss>");

    private static byte[] JsonFeedItems(int n) => Encoding.UTF8.GetBytes("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[" + string.Join(",", Enumerable.Range(0, n).Select(i =>
        "{\"id\":\"" + i.ToString(CultureInfo.InvariantCulture) + "\",\"title\":\"Item\",\"content_text\":\"Fares rise.\",\"date_published\":\"2018-01-31T07:26:05Z\"}")) + "]}");

    private static string NinjsBody(string html) =>
        "{\"uri\":\"http://example.com/1\",\"type\":\"text\",\"versioncreated\":\"2021-05-26T14:00:00+02:00\",\"language\":\"en\"," +
        "\"headlines\":[{\"role\":\"main\",\"value\":\"Headline\"}],\"by\":\"Anna Berg\"," +
        "\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/html\",\"value\":\"" + html + "\"}]}";

    private static string Page(IEnumerable<string> lines) =>
        "Ferry fares to rise\n\nPUBLISHED : Monday, 31 March, 2014, 5:31am\n\n" + string.Join("\n\n", lines) + "\n";

    private static string StampPage(int n) =>
        Page(Enumerable.Range(0, n).Select(i => $"Updated {1 + (i % 28)} March 2020, 10:{i % 60:00} | Published 1 March 2020 | 5.31pm HKT 31/3/2014"));

    private static string QuotePage(int n) =>
        Page(Enumerable.Range(0, n).Select(i => $"\u201cFares rise on route {i},\u201d Margaret Leung said. Lam Chi-keung warned: \u201cEvery dollar matters.\u201d"));
}
