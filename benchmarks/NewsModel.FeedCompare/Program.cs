using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace NewsModel.FeedCompare;

/// <summary>
/// Issue 17's comparison, before choosing a feed library: System.ServiceModel.Syndication and CodeHollow.FeedReader
/// on every feed of <c>../shared/corpus/feeds/</c>. For each feed and library: whether it reads at all, the items it
/// finds, how many have a title and a date, and where the upstream suite gives expected values (the feed's title,
/// the number of items, the first item's title and date) whether they match. Usage:
/// <c>dotnet run -c Release --project benchmarks/NewsModel.FeedCompare -- ../shared/corpus/feeds [--verbose]</c>.
/// </summary>
internal static class Program
{
    private sealed record Reading(bool Ok, string? Error, string? Title, int Items, int Titled, int Dated, string? FirstTitle, DateTimeOffset? FirstDate, double Milliseconds);

    private sealed record Expected(string? Title, int? Items, string? FirstTitle, DateTimeOffset? FirstDate);

    private static int Main(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: NewsModel.FeedCompare FEEDS_FOLDER [--verbose]");
            return 2;
        }
        bool verbose = args.Contains("--verbose");
        var files = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var totals = new Dictionary<string, int[]>(StringComparer.Ordinal) { ["Syndication"] = new int[8], ["FeedReader"] = new int[8] };
        Console.WriteLine("| feed | kind | Syndication: read, items (titled/dated) | FeedReader: read, items (titled/dated) | expected (suite) | Syndication matches | FeedReader matches |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var kind = Path.GetFileName(Path.GetDirectoryName(file))!;
            var expected = ReadExpected(file + ".expected.json");
            var syndication = Time(() => Syndication(bytes));
            var feedReader = Time(() => FeedReaderRead(bytes));
            var name = Path.GetFileName(file);
            string Cell(Reading r) => r.Ok ? $"yes, {r.Items} ({r.Titled}/{r.Dated})" : "NO: " + Short(r.Error);
            Console.WriteLine($"| {name} | {kind} | {Cell(syndication)} | {Cell(feedReader)} | {Describe(expected)} | {Match(syndication, expected, totals["Syndication"])} | {Match(feedReader, expected, totals["FeedReader"])} |");
            Tally(syndication, totals["Syndication"]);
            Tally(feedReader, totals["FeedReader"]);
            if (verbose)
            {
                Console.WriteLine($"    Syndication: title={syndication.Title} first={syndication.FirstTitle} date={syndication.FirstDate:o} ({syndication.Milliseconds:0.00} ms)");
                Console.WriteLine($"    FeedReader:  title={feedReader.Title} first={feedReader.FirstTitle} date={feedReader.FirstDate:o} ({feedReader.Milliseconds:0.00} ms)");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"feeds: {files.Count}");
        foreach (var (library, t) in totals)
        {
            Console.WriteLine($"{library}: read {t[0]}/{files.Count}; items {t[1]}, titled {t[2]}, dated {t[3]}; expected values matched {t[4]}/{t[5]}; time {t[6] / 1000.0:0.0} ms in all");
        }
        return 0;
    }

    private static Reading Time(Func<Reading> read)
    {
        var start = Stopwatch.GetTimestamp();
        var reading = read();
        return reading with { Milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds };
    }

    private static void Tally(Reading r, int[] t)
    {
        t[0] += r.Ok ? 1 : 0;
        t[1] += r.Items;
        t[2] += r.Titled;
        t[3] += r.Dated;
        t[6] += (int)(r.Milliseconds * 1000);
    }

    private static Reading Syndication(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            var feed = SyndicationFeed.Load(xml);
            var items = feed.Items.ToList();
            var first = items.FirstOrDefault();
            DateTimeOffset? Date(SyndicationItem i) => i.PublishDate != default ? i.PublishDate : i.LastUpdatedTime != default ? i.LastUpdatedTime : null;
            return new Reading(true, null, feed.Title?.Text, items.Count, items.Count(i => !string.IsNullOrWhiteSpace(i.Title?.Text)), items.Count(i => Date(i) is not null),
                first?.Title?.Text, first is null ? null : Date(first), 0);
        }
        catch (Exception e)
        {
            return new Reading(false, e.GetType().Name + ": " + e.Message, null, 0, 0, 0, null, null, 0);
        }
    }

    private static Reading FeedReaderRead(byte[] bytes)
    {
        try
        {
            var feed = CodeHollow.FeedReader.FeedReader.ReadFromByteArray(bytes);
            var items = feed.Items.ToList();
            var first = items.FirstOrDefault();
            static DateTimeOffset? Date(CodeHollow.FeedReader.FeedItem i) => i.PublishingDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)) : null;
            return new Reading(true, null, feed.Title, items.Count, items.Count(i => !string.IsNullOrWhiteSpace(i.Title)), items.Count(i => Date(i) is not null),
                first?.Title, first is null ? null : Date(first), 0);
        }
        catch (Exception e)
        {
            return new Reading(false, e.GetType().Name + ": " + e.Message, null, 0, 0, 0, null, null, 0);
        }
    }

    /// <summary>What the upstream suite expects, as far as its file says it plainly: rss-parser's and gofeed's parsed
    /// feeds (title, items, first item's title and date), FeedReader's assertions on feed.Title and item.Title.</summary>
    private static Expected? ReadExpected(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        if (root.TryGetProperty("assertions", out var assertions))
        {
            string? title = null, first = null;
            foreach (var line in assertions.EnumerateArray().Select(a => a.GetString() ?? ""))
            {
                var m = Regex.Match(line, "^Eq\\(\"((?:[^\"\\\\]|\\\\.)*)\", (feed|item)\\.Title\\);");
                if (m.Success)
                {
                    var value = Regex.Unescape(m.Groups[1].Value);
                    if (m.Groups[2].Value == "feed")
                    {
                        title ??= value;
                    }
                    else
                    {
                        first ??= value;
                    }
                }
            }
            return new Expected(title, null, first, null);
        }
        var feed = root.TryGetProperty("feed", out var f) ? f : root;
        string? feedTitle = feed.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        JsonElement items = default;
        bool hasItems = feed.TryGetProperty("items", out items) || feed.TryGetProperty("entries", out items);
        if (!hasItems || items.ValueKind != JsonValueKind.Array)
        {
            return new Expected(feedTitle, null, null, null);
        }
        string? firstTitle = null;
        DateTimeOffset? firstDate = null;
        if (items.GetArrayLength() > 0)
        {
            var item = items[0];
            firstTitle = item.TryGetProperty("title", out var it) && it.ValueKind == JsonValueKind.String ? it.GetString() : null;
            foreach (var name in new[] { "publishedParsed", "isoDate", "updatedParsed" })
            {
                if (item.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(d.GetString(), out var parsed))
                {
                    firstDate = parsed;
                    break;
                }
            }
        }
        return new Expected(feedTitle, items.GetArrayLength(), firstTitle, firstDate);
    }

    private static string Describe(Expected? e) => e is null ? "–"
        : string.Join(", ", new[]
        {
            e.Title is null ? null : "title",
            e.Items is null ? null : e.Items + " items",
            e.FirstTitle is null ? null : "first title",
            e.FirstDate is null ? null : "first date",
        }.Where(x => x is not null)) is { Length: > 0 } s ? s : "–";

    /// <summary>How many of the expected values the reading matches (titles after trimming and collapsing white space,
    /// dates as instants), as "k/n".</summary>
    private static string Match(Reading r, Expected? e, int[] t)
    {
        if (e is null)
        {
            return "–";
        }
        int n = 0, k = 0;
        void Check(bool applies, bool ok)
        {
            if (applies)
            {
                n++;
                k += ok ? 1 : 0;
            }
        }
        Check(e.Title is not null, Same(r.Title, e.Title));
        Check(e.Items is not null, r.Items == e.Items);
        Check(e.FirstTitle is not null, Same(r.FirstTitle, e.FirstTitle));
        Check(e.FirstDate is not null, r.FirstDate is { } d && e.FirstDate is { } ed && d.UtcDateTime == ed.UtcDateTime);
        t[4] += k;
        t[5] += n;
        return n == 0 ? "–" : $"{k}/{n}";
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && Collapse(a) == Collapse(b);

    private static string Collapse(string s) => Regex.Replace(s, "\\s+", " ").Trim();

    private static string Short(string? s) => s is null ? "" : (s.Length > 70 ? s[..70] + "…" : s).Replace("|", "/").Replace("\n", " ");
}
