using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Html;
using NodaTime;

namespace NewsModel.ImportAccuracy;

/// <summary>
/// The HTML importer against SmartReader (Mozilla Readability's .NET port) on the same pages with the same scoring:
/// title exact match after white-space and quotation-mark normalisation, author (every expected name among the
/// credits), publication day (where the page has a date), body segments in, boilerplate segments out.
/// </summary>
internal static class HtmlScore
{
    private sealed class Tally
    {
        internal int TitleCases, TitleHits, AuthorCases, AuthorHits, DateCases, DateHits, InCount, InFound, OutCount, OutKept;

        internal void Add(Tally other)
        {
            TitleCases += other.TitleCases; TitleHits += other.TitleHits; AuthorCases += other.AuthorCases; AuthorHits += other.AuthorHits;
            DateCases += other.DateCases; DateHits += other.DateHits; InCount += other.InCount; InFound += other.InFound; OutCount += other.OutCount; OutKept += other.OutKept;
        }
    }

    /// <summary>What a reader found on one page.</summary>
    private sealed record Reading(string? Title, IReadOnlyList<string> Authors, string? Day, string Text);

    internal static int Run(string folder, bool verbose)
    {
        var importer = new HtmlImporterBuilder().WithPublication("Web page", DateTimeZone.Utc, "web").Build();
        var cases = Directory.EnumerateFiles(folder, "page.html", SearchOption.AllDirectories)
            .Where(p => File.Exists(Path.Combine(Path.GetDirectoryName(p)!, "expected.json")))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var ours = new Tally();
        var theirs = new Tally();
        Console.WriteLine($"{"case",-48} {"NewsModel: title author day in out",-36} SmartReader: title author day in out");
        foreach (var path in cases)
        {
            var name = Path.GetFileName(Path.GetDirectoryName(path)!);
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "expected.json")));
            var root = expected.RootElement;
            string? url = root.TryGetProperty("url", out var u) ? u.GetString() : null;
            var bytes = File.ReadAllBytes(path);

            var result = importer.Import(bytes, url);
            var report = result.Report;
            var our = new Reading(
                report.Headline,
                report.Credits.Where(c => c.Role == CreditRole.Author).Select(c => c.Name).ToList(),
                report.Published is { } p ? p.Instant.InZone(p.Zone).Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null,
                string.Join("\n", (report.Standfirst is { } s ? new[] { s } : []).Concat(report.Body)));

            var their = Smart(url ?? "https://example.invalid/", bytes);
            var a = Score(root, our);
            var b = Score(root, their);
            ours.Add(a);
            theirs.Add(b);
            Console.WriteLine($"{name,-48} {Cells(a),-36} {Cells(b)}");
            if (verbose)
            {
                foreach (var source in report.Sources.Where(x => x.Field == "Blocks"))
                {
                    Console.WriteLine("    body from: " + source.Value);
                }
                Console.WriteLine($"    ours:  title={our.Title} | authors={string.Join("; ", our.Authors)} | day={our.Day}{(result.Success ? "" : " | " + result.Message)}");
                Console.WriteLine($"    smart: title={their.Title} | authors={string.Join("; ", their.Authors)} | day={their.Day}");
                foreach (var d in report.Disagreements)
                {
                    Console.WriteLine("    ! " + d);
                }
                Misses(root, our.Text);
            }
        }
        Console.WriteLine();
        Console.WriteLine($"pages: {cases.Count}");
        Console.WriteLine($"{"measure",-22} {"NewsModel",-22} SmartReader");
        Console.WriteLine($"{"title exact",-22} {Ratio(ours.TitleHits, ours.TitleCases),-22} {Ratio(theirs.TitleHits, theirs.TitleCases)}");
        Console.WriteLine($"{"author",-22} {Ratio(ours.AuthorHits, ours.AuthorCases),-22} {Ratio(theirs.AuthorHits, theirs.AuthorCases)}");
        Console.WriteLine($"{"publication day",-22} {Ratio(ours.DateHits, ours.DateCases),-22} {Ratio(theirs.DateHits, theirs.DateCases)}");
        Console.WriteLine($"{"body segments in",-22} {Ratio(ours.InFound, ours.InCount),-22} {Ratio(theirs.InFound, theirs.InCount)}");
        Console.WriteLine($"{"boilerplate out",-22} {Ratio(ours.OutKept, ours.OutCount),-22} {Ratio(theirs.OutKept, theirs.OutCount)}");
        return 0;
    }

    private static Reading Smart(string url, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            var article = SmartReader.Reader.ParseArticle(url, stream);
            var authors = new List<string>();
            if (!string.IsNullOrWhiteSpace(article.Author))
            {
                authors.AddRange(article.Author.Split([",", ";", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            if (!string.IsNullOrWhiteSpace(article.Byline))
            {
                authors.Add(article.Byline.Trim());
            }
            return new Reading(article.Title, authors, article.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.TextContent ?? "");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Reading(null, [], null, "");
        }
    }

    private static Tally Score(JsonElement root, Reading reading)
    {
        var tally = new Tally();
        var exp = root.GetProperty("expected");
        if (exp.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } t)
        {
            tally.TitleCases++;
            tally.TitleHits += string.Equals(Normalise(reading.Title ?? ""), Normalise(t), StringComparison.Ordinal) ? 1 : 0;
        }
        if (exp.TryGetProperty("author", out var author) && author.GetString() is { Length: > 0 } a)
        {
            tally.AuthorCases++;
            var found = Normalise(string.Join(" | ", reading.Authors));
            // Names joined as the page's language joins them ("und", "y", "et"), a trailing full stop not part of a name.
            var wanted = a.Split([";", ",", " and ", " und ", " y ", " et ", " e "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => Normalise(n).TrimEnd('.'));
            tally.AuthorHits += wanted.All(w => reading.Authors.Any(x => Normalise(x) == w) || found.Contains(w, StringComparison.Ordinal)) ? 1 : 0;
        }
        if (exp.TryGetProperty("date", out var date) && date.GetString() is { Length: > 0 } d)
        {
            tally.DateCases++;
            tally.DateHits += reading.Day == d ? 1 : 0;
        }
        var text = Normalise(reading.Text);
        if (root.TryGetProperty("body_must_contain", out var must))
        {
            foreach (var seg in must.EnumerateArray())
            {
                tally.InCount++;
                tally.InFound += text.Contains(Normalise(seg.GetString()!), StringComparison.Ordinal) ? 1 : 0;
            }
        }
        if (root.TryGetProperty("body_must_not_contain", out var mustNot))
        {
            foreach (var seg in mustNot.EnumerateArray())
            {
                tally.OutCount++;
                tally.OutKept += text.Contains(Normalise(seg.GetString()!), StringComparison.Ordinal) ? 0 : 1;
            }
        }
        return tally;
    }

    private static void Misses(JsonElement root, string text)
    {
        var normal = Normalise(text);
        if (root.TryGetProperty("body_must_contain", out var must))
        {
            foreach (var seg in must.EnumerateArray().Select(s => s.GetString()!).Where(s => !normal.Contains(Normalise(s), StringComparison.Ordinal)))
            {
                Console.WriteLine("    missing: " + seg);
            }
        }
        if (root.TryGetProperty("body_must_not_contain", out var mustNot))
        {
            foreach (var seg in mustNot.EnumerateArray().Select(s => s.GetString()!).Where(s => normal.Contains(Normalise(s), StringComparison.Ordinal)))
            {
                Console.WriteLine("    kept in: " + seg);
            }
        }
    }

    private static string Cells(Tally t) =>
        $"{Mark(t.TitleHits, t.TitleCases),-6}{Mark(t.AuthorHits, t.AuthorCases),-7}{Mark(t.DateHits, t.DateCases),-4}{t.InFound}/{t.InCount,-3}{t.OutKept}/{t.OutCount}";

    private static string Mark(int hits, int cases) => cases == 0 ? "-" : hits == cases ? "yes" : "NO";

    private static string Ratio(int hits, int total) =>
        total == 0 ? "n/a" : $"{hits}/{total} = {(double)hits / total:0.000}";

    internal static string Normalise(string s)
    {
        var b = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c0 in s.Normalize(NormalizationForm.FormC))
        {
            char c = c0 switch { '’' or '‘' or '`' or '´' => '\'', '“' or '”' or '„' or '«' or '»' => '"', '\u00A0' => ' ', _ => char.ToLowerInvariant(c0) };
            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }
            if (space)
            {
                b.Append(' ');
                space = false;
            }
            b.Append(c);
        }
        return b.ToString().Trim();
    }
}
