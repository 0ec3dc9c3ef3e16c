using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsModel.Import;
using NodaTime;

namespace NewsModel.ImportAccuracy;

/// <summary>
/// Scores the text importer's quotes against the hand-made gold set (QuoteGold/*.json, see its README) and the SCMP
/// article's hand-checked reading: precision, recall and F1 of quotations (a found quote matches a gold one when their
/// words overlap by at least 0.8 of the longer), and speaker accuracy over the matched ones (the same named speaker,
/// by full name or surname; or the same kind of unnamed attribution). Prints a line per page, the misses and false
/// finds with <c>--verbose</c>, and the totals.
/// </summary>
internal static class QuoteScore
{
    internal const double MinOverlap = 0.8;

    internal sealed record GoldQuote(string Text, string? Speaker, string Attribution);

    internal sealed record Case(string Name, string Page, string Language, string Zone, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<string> NotQuotes);

    internal static int Run(string goldFolder, string corpus, bool verbose)
    {
        var cases = Directory.EnumerateFiles(goldFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(Load).ToList();
        cases.Add(Scmp(corpus));
        int gold = 0, found = 0, matched = 0, speakers = 0, notQuotesTaken = 0;
        Console.WriteLine($"{"page",-52} {"gold",4} {"found",5} {"match",5} {"speaker",7}");
        foreach (var c in cases)
        {
            var path = Path.Combine(corpus, c.Page);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The gold set's page {c.Page} is not under {corpus}: the shared corpus is needed.", path);
            }
            string text = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? VisibleText.OfFile(path) : File.ReadAllText(path);
            var importer = new TextImporterBuilder().WithPublication("Web page", DateTimeZoneProviders.Tzdb[c.Zone], "web").WithLanguage(c.Language).Build();
            var result = importer.Import(text);
            var quotes = result.Article?.Quotes ?? [];
            var pairs = Match(c.Quotes, quotes);
            int right = pairs.Count(pair => SameSpeaker(c.Quotes[pair.Gold], quotes[pair.Found].Attribution));
            int taken = c.NotQuotes.Count(n => quotes.Any(q => Overlap(n, q.Text) >= MinOverlap));
            gold += c.Quotes.Count;
            found += quotes.Length;
            matched += pairs.Count;
            speakers += right;
            notQuotesTaken += taken;
            Console.WriteLine($"{c.Name,-52} {c.Quotes.Count,4} {quotes.Length,5} {pairs.Count,5} {right,7}{(result.Success ? "" : "  (not imported: " + result.Message + ")")}");
            if (verbose)
            {
                var goldMatched = pairs.Select(p => p.Gold).ToHashSet();
                var foundMatched = pairs.Select(p => p.Found).ToHashSet();
                for (int i = 0; i < c.Quotes.Count; i++)
                {
                    if (!goldMatched.Contains(i))
                    {
                        Console.WriteLine($"    missed: {Short(c.Quotes[i].Text)} ({c.Quotes[i].Speaker ?? c.Quotes[i].Attribution})");
                    }
                }
                for (int i = 0; i < quotes.Length; i++)
                {
                    if (!foundMatched.Contains(i))
                    {
                        Console.WriteLine($"    extra:  {Short(quotes[i].Text)} ({quotes[i].Attribution.PrintedMention})");
                    }
                }
                foreach (var (g, f) in pairs)
                {
                    if (!SameSpeaker(c.Quotes[g], quotes[f].Attribution))
                    {
                        var a = quotes[f].Attribution;
                        Console.WriteLine($"    speaker: {Short(c.Quotes[g].Text)}: gold {c.Quotes[g].Speaker ?? c.Quotes[g].Attribution}, found {a.Speaker?.Name ?? a.Kind + " " + a.Mention}");
                    }
                }
            }
        }
        double precision = found == 0 ? 0 : (double)matched / found;
        double recall = gold == 0 ? 0 : (double)matched / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine();
        Console.WriteLine($"pages: {cases.Count}, gold quotes: {gold}, found: {found}, matched (overlap >= {MinOverlap}): {matched}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000}  recall {recall:0.000}  F1 {f1:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker accuracy (of matched): {speakers}/{matched} = {(matched == 0 ? 0 : (double)speakers / matched):0.000}"));
        Console.WriteLine($"not-quotes (scare quotes, titles, headline) taken as quotes: {notQuotesTaken}");
        return 0;
    }

    private static string Short(string s) => s.Length > 70 ? s[..70] + "…" : s;

    private static Case Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var root = document.RootElement;
        var quotes = root.GetProperty("quotes").EnumerateArray()
            .Select(q => new GoldQuote(q.GetProperty("text").GetString()!, q.GetProperty("speaker").GetString(), q.GetProperty("attribution").GetString()!))
            .ToList();
        var notQuotes = root.TryGetProperty("notQuotes", out var n)
            ? n.EnumerateArray().Select(x => x.GetProperty("text").GetString()!).ToList()
            : [];
        return new Case(Path.GetFileNameWithoutExtension(file), root.GetProperty("page").GetString()!,
            root.TryGetProperty("language", out var l) ? l.GetString() ?? "en" : "en",
            root.TryGetProperty("zone", out var z) ? z.GetString() ?? "UTC" : "UTC", quotes, notQuotes);
    }

    /// <summary>The SCMP article's quotes from its hand-checked reading (in the shared corpus).</summary>
    private static Case Scmp(string corpus)
    {
        const string name = "scmp-2014-03-31-japan-north-korea-talks";
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, name + ".expected.json")));
        var quotes = document.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => new GoldQuote(q.GetProperty("text").GetString()!, q.GetProperty("speaker").GetString(), "resolved"))
            .ToList();
        var notQuotes = document.RootElement.GetProperty("reported_speech_not_quotes").EnumerateArray()
            .Select(x => x.GetProperty("content").GetString()!)
            .ToList();
        return new Case(name, name + ".txt", "en", "Asia/Hong_Kong", quotes, notQuotes);
    }

    /// <summary>Pairs gold and found quotes, best overlap first, each used once.</summary>
    internal static List<(int Gold, int Found)> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> found)
    {
        var candidates = new List<(double Overlap, int Gold, int Found)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int f = 0; f < found.Count; f++)
            {
                double overlap = Overlap(gold[g].Text, found[f].Text);
                if (overlap >= MinOverlap)
                {
                    candidates.Add((overlap, g, f));
                }
            }
        }
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, f) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (!usedGold.Contains(g) && !usedFound.Contains(f))
            {
                usedGold.Add(g);
                usedFound.Add(f);
                pairs.Add((g, f));
            }
        }
        return pairs;
    }

    /// <summary>The words two texts share (as multisets, case and typographic marks ignored), over the longer's
    /// word count.</summary>
    internal static double Overlap(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in x)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        int shared = 0;
        foreach (var w in y)
        {
            if (counts.GetValueOrDefault(w) > 0)
            {
                counts[w]--;
                shared++;
            }
        }
        return (double)shared / Math.Max(x.Count, y.Count);
    }

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '\'' or '’' or '-'))
            {
                i++;
            }
            words.Add(s[start..i].Replace('’', '\'').ToLowerInvariant());
        }
        return words;
    }

    /// <summary>The same speaker: a named one by full name or any of its words (a surname), or the same kind of
    /// unnamed attribution.</summary>
    internal static bool SameSpeaker(GoldQuote gold, Attribution found)
    {
        switch (gold.Attribution)
        {
            case "unresolved":
                return found.Kind == AttributionKind.Unresolved;
            case "anonymous":
                return found.Kind == AttributionKind.Anonymous;
        }
        if (found.Kind != AttributionKind.Resolved || gold.Speaker is null)
        {
            return false;
        }
        var expected = Words(gold.Speaker);
        var actual = Words(found.Speaker!.Name);
        return actual.Count > 0 && (actual.All(expected.Contains) || expected.All(actual.Contains));
    }
}
