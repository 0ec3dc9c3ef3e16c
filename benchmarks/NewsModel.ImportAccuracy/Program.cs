using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsModel;
using NewsModel.Import;
using NodaTime;

// Accuracy of the text importer over a folder of cases laid out like ../shared/corpus/pages/: any depth, each case
// a page.txt with an expected.json. Prints per case and overall: headline exact match, author match, publication
// day match, and the shares of body_must_contain segments found and body_must_not_contain segments kept out.
//
//   dotnet run -c Release --project benchmarks/NewsModel.ImportAccuracy -- ../shared/corpus/pages
//   dotnet run -c Release --project benchmarks/NewsModel.ImportAccuracy -- --show path/to/page.txt

if (args.Length == 2 && args[0] == "--time")
{
    // A quick loop for profiling by hand; the measured figures come from NewsModel.Benchmarks.
    var importer0 = MakeImporter();
    var text0 = File.ReadAllText(args[1]);
    for (int i = 0; i < 2000; i++)
    {
        importer0.Import(text0);
    }
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    const int n = 20000;
    for (int i = 0; i < n; i++)
    {
        importer0.Import(text0);
    }
    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0;
    Console.WriteLine($"CPU {cpu.TotalMilliseconds * 1000 / n:0.0} µs per import");
    Console.WriteLine($"{watch.Elapsed.TotalMilliseconds * 1000 / n:0.0} µs per import, {text0.Length * (double)n / watch.Elapsed.TotalSeconds / 1e6:0.0} M chars/s");
    return 0;
}
if (args.Length >= 1 && args[0] == "--quotes")
{
    // Quote accuracy against the hand-made gold set (QuoteGold/README.md):
    //   dotnet run -c Release --project benchmarks/NewsModel.ImportAccuracy -- --quotes [--verbose]
    bool verbose = args.Contains("--verbose");
    var folders = args.Skip(1).Where(a => a != "--verbose").ToArray();
    string gold = folders.Length > 0 ? folders[0] : Path.Combine(AppContext.BaseDirectory, "QuoteGold");
    string corpus = folders.Length > 1 ? folders[1] : Path.Combine("..", "shared", "corpus");
    return NewsModel.ImportAccuracy.QuoteScore.Run(gold, corpus, verbose);
}
if (args.Length >= 1 && args[0] == "--html")
{
    // The HTML importer beside SmartReader on the same pages (issue 18):
    //   dotnet run -c Release --project benchmarks/NewsModel.ImportAccuracy -- --html [FOLDER] [--verbose]
    var rest = args.Skip(1).Where(a => a != "--verbose").ToArray();
    return NewsModel.ImportAccuracy.HtmlScore.Run(rest.Length > 0 ? rest[0] : Path.Combine("..", "shared", "corpus", "html"), args.Contains("--verbose"));
}
if (args.Length == 2 && args[0] == "--time-html")
{
    // Where an HTML import's time goes, roughly (the measured figures come from NewsModel.Benchmarks).
    var bytes = File.ReadAllBytes(args[1]);
    var pageImporter = new NewsModel.Html.HtmlImporterBuilder().WithPublication("P", DateTimeZone.Utc).Build();
    var visible = NewsModel.ImportAccuracy.VisibleText.OfFile(args[1]);
    double Time(Action action)
    {
        for (int i = 0; i < 5; i++) action();
        var w = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 20; i++) action();
        return w.Elapsed.TotalMilliseconds / 20;
    }
    Console.WriteLine($"parse {Time(() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(new MemoryStream(bytes)).Dispose()):0.0} ms");
    Console.WriteLine($"import {Time(() => pageImporter.Import(bytes)):0.0} ms");
    Console.WriteLine($"text import of the visible text ({visible.Length:N0} chars) {Time(() => pageImporter.TextImporter.Import(visible)):0.0} ms");
    return 0;
}
if (args.Length == 1 && args[0] == "--parse-scaling")
{
    // AngleSharp's parse alone on the hostile shapes, n and 8n (for docs/benchmarks.md).
    foreach (var (name, make) in new (string, Func<int, string>)[]
    {
        ("paragraphs", n => "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>A paragraph, with a comma, long enough to count as text.</p>", n)) + "</article></body></html>"),
        ("nested divs", n => "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"share\">", n)) + "<p>x</p></body></html>"),
        ("unclosed p b i", n => "<html><body>" + string.Concat(Enumerable.Repeat("<p><b><i>text that goes on ", n))),
        ("nested b", n => "<html><body>" + string.Concat(Enumerable.Repeat("<b>x", n))),
        ("p font unclosed", n => "<html><body>" + string.Concat(Enumerable.Repeat("<p><font face=\"Arial\">text that goes on ", n))),
        ("1000 deep, paras", n => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1000)) + string.Concat(Enumerable.Repeat("<p>A paragraph, with a comma, long enough to count as text.</p>", n / 8))),
    })
    {
        foreach (int n in new[] { 2000, 16000 })
        {
            var html = make(n);
            var parser = new AngleSharp.Html.Parser.HtmlParser();
            parser.ParseDocument(html);
            var w = System.Diagnostics.Stopwatch.StartNew();
            parser.ParseDocument(html);
            var parse = w.Elapsed.TotalMilliseconds;
            var htmlImporter = new NewsModel.Html.HtmlImporterBuilder().WithPublication("P", DateTimeZone.Utc).Build();
            htmlImporter.Import(html);
            w.Restart();
            htmlImporter.Import(html);
            var import = w.Elapsed.TotalMilliseconds;
            var lines = Enumerable.Repeat("A paragraph, with a comma, long enough to count as text.", n).ToList();
            var text = "Headline of the page\nPublished May 14, 2020\n" + string.Join("\n", lines);
            w.Restart();
            htmlImporter.TextImporter.Import(text);
            var textImport = w.Elapsed.TotalMilliseconds;
            w.Restart();
            htmlImporter.TextImporter.ReadQuotes(lines);
            var quotes = w.Elapsed.TotalMilliseconds;
            w.Restart();
            NewsModel.Html.HtmlBlocks.Read(html);
            var blocks = w.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{name,-16} n={n,6}: parse {parse,8:0.0} ms, import {import,8:0.0} ms, text import {textImport,8:0.0}, quotes {quotes,8:0.0}, blocks {blocks,8:0.0}");
        }
    }
    return 0;
}
if (args.Length == 3 && args[0] == "--ancestors")
{
    // Where a piece of text sits on a page: the chain of elements above it (for tuning the main-content finder).
    using var stream = File.OpenRead(args[1]);
    var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(stream);
    foreach (var node in AngleSharp.Dom.NodeExtensions.GetDescendants(document.Body!).OfType<AngleSharp.Dom.IText>().Where(t => t.Data.Contains(args[2], StringComparison.Ordinal)).Take(2))
    {
        var chain = new List<string>();
        for (var e = node.ParentElement; e is not null; e = e.ParentElement)
        {
            chain.Add(e.LocalName + (string.IsNullOrEmpty(e.Id) ? "" : "#" + e.Id) + string.Concat(e.ClassList.Select(c => "." + c))
                + (e.HasAttribute("hidden") ? "[hidden]" : "") + (e.GetAttribute("style") is { } st ? "[style=" + st + "]" : "") + (e.GetAttribute("role") is { } r ? "[role=" + r + "]" : ""));
        }
        Console.WriteLine(string.Join(" < ", chain));
    }
    return 0;
}
if (args.Length == 2 && args[0] == "--visible-text")
{
    Console.Write(NewsModel.ImportAccuracy.VisibleText.OfFile(args[1]));
    return 0;
}
if (args.Length is 2 or 3 && args[0] == "--show")
{
    Show(args[1], args.Length == 3 ? args[2] : "en");
    return 0;
}
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: NewsModel.ImportAccuracy FOLDER   (cases: FOLDER/**/page.txt + expected.json)");
    Console.Error.WriteLine("       NewsModel.ImportAccuracy --show FILE");
    return 2;
}

var importer = MakeImporter();
var cases = Directory.EnumerateFiles(args[0], "page.txt", SearchOption.AllDirectories)
    .Where(p => File.Exists(Path.Combine(Path.GetDirectoryName(p)!, "expected.json")))
    .OrderBy(p => p, StringComparer.Ordinal)
    .ToList();
int headlineCases = 0, headlineHits = 0, authorCases = 0, authorHits = 0, dateCases = 0, dateHits = 0, visibleDateCases = 0, visibleDateHits = 0;
int mustCount = 0, mustFound = 0, mustNotCount = 0, mustNotOut = 0;
Console.WriteLine($"{"case",-42} {"headline",-9} {"author",-7} {"date",-5} {"body in",-8} {"kept out",-8}");
foreach (var path in cases)
{
    var name = Path.GetRelativePath(args[0], Path.GetDirectoryName(path)!);
    using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "expected.json")));
    var root = expected.RootElement;
    var exp = root.GetProperty("expected");
    var result = importer.Import(File.ReadAllText(path));
    var report = result.Report;
    // The article text as the evaluation sets define it: standfirst (lead) and body paragraphs.
    var text = string.Join("\n", (result.Article?.Standfirst is { } s ? new[] { s } : []).Concat(report.Body));

    string headlineCell = "-", authorCell = "-", dateCell = "-", inCell = "-", outCell = "-";
    if (exp.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } t)
    {
        headlineCases++;
        bool hit = string.Equals(Normalise(report.Headline ?? ""), Normalise(t), StringComparison.Ordinal);
        headlineHits += hit ? 1 : 0;
        headlineCell = hit ? "yes" : "NO";
    }
    if (exp.TryGetProperty("author", out var author) && author.GetString() is { Length: > 0 } a)
    {
        authorCases++;
        var ours = report.Credits.Where(c => c.Role == CreditRole.Author).Select(c => Normalise(c.Name)).ToHashSet();
        var wanted = a.Split([";", ",", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalise);
        bool hit = wanted.All(ours.Contains);
        authorHits += hit ? 1 : 0;
        authorCell = hit ? "yes" : "NO";
    }
    if (exp.TryGetProperty("date", out var date) && date.GetString() is { Length: > 0 } d)
    {
        dateCases++;
        bool visible = !root.TryGetProperty("date_visible_in_page_txt", out var v) || !v.TryGetProperty("found", out var f) || f.GetBoolean();
        bool hit = report.Published is { } p && p.LocalDateTime.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) == d;
        dateHits += hit ? 1 : 0;
        if (visible)
        {
            visibleDateCases++;
            visibleDateHits += hit ? 1 : 0;
        }
        dateCell = hit ? "yes" : "NO";
    }
    if (root.TryGetProperty("body_must_contain", out var must))
    {
        int n = 0, k = 0;
        foreach (var seg in must.EnumerateArray())
        {
            n++;
            k += Normalise(text).Contains(Normalise(seg.GetString()!), StringComparison.Ordinal) ? 1 : 0;
        }
        mustCount += n;
        mustFound += k;
        inCell = $"{k}/{n}";
    }
    if (root.TryGetProperty("body_must_not_contain", out var mustNot))
    {
        int n = 0, k = 0;
        foreach (var seg in mustNot.EnumerateArray())
        {
            n++;
            k += Normalise(text).Contains(Normalise(seg.GetString()!), StringComparison.Ordinal) ? 0 : 1;
        }
        mustNotCount += n;
        mustNotOut += k;
        outCell = $"{k}/{n}";
    }
    Console.WriteLine($"{name,-42} {headlineCell,-9} {authorCell,-7} {dateCell,-5} {inCell,-8} {outCell,-8}{(result.Success ? "" : "  (" + result.Message + ")")}");
}
Console.WriteLine();
Console.WriteLine($"cases: {cases.Count}");
Console.WriteLine($"headline exact match: {Ratio(headlineHits, headlineCases)}");
Console.WriteLine($"author match:         {Ratio(authorHits, authorCases)}");
Console.WriteLine($"date (day) match:     {Ratio(dateHits, dateCases)} (date visible in text: {Ratio(visibleDateHits, visibleDateCases)})");
Console.WriteLine($"body segments found:  {Ratio(mustFound, mustCount)}");
Console.WriteLine($"boilerplate kept out: {Ratio(mustNotOut, mustNotCount)}");
return 0;

static string Ratio(int hits, int total) =>
    total == 0 ? "n/a" : $"{hits}/{total} = {100.0 * hits / total:0.0}%";

// Case, typographic quotes and runs of white space do not count as differences.
static string Normalise(string s)
{
    var b = new System.Text.StringBuilder(s.Length);
    bool space = false;
    foreach (char c0 in s)
    {
        char c = c0 switch { '’' or '‘' => '\'', '“' or '”' => '"', _ => char.ToLowerInvariant(c0) };
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
    return b.ToString();
}

static TextImporter MakeImporter() =>
    new TextImporterBuilder().WithPublication("Web page", DateTimeZone.Utc, "web").Build();

static void Show(string file, string language)
{
    var input = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? NewsModel.ImportAccuracy.VisibleText.OfFile(file) : File.ReadAllText(file);
    var result = new TextImporterBuilder().WithPublication("Web page", DateTimeZone.Utc, "web").WithLanguage(language).Build().Import(input);
    Console.WriteLine(result);
    foreach (var line in result.Report.Lines)
    {
        var text = line.Text.Length > 100 ? line.Text[..100] + "…" : line.Text;
        Console.WriteLine($"{line.Number,4} {line.Role,-11} {text}{(line.Reason is null ? "" : "   [" + line.Reason + "]")}");
    }
    Console.WriteLine($"headline: {result.Report.Headline}");
    Console.WriteLine($"published: {result.Report.Published}   updated: {result.Report.Updated}");
    foreach (var c in result.Report.Credits)
    {
        Console.WriteLine($"credit: {c} printed={c.Printed}");
    }
    if (result.Article is { } article)
    {
        Console.WriteLine($"id: {article.Id}  standfirst: {article.Standfirst}  dateline: {article.Dateline}");
        foreach (var p in article.Parties)
        {
            Console.WriteLine($"party: {p.Name} | {p.Kind} | role={p.Role} | aff={p.Affiliation}");
        }
        foreach (var q in article.Quotes)
        {
            Console.WriteLine($"quote p{q.Paragraph} {q.Kind} [{q.Text}] by {q.Attribution.PrintedMention} mention={q.Attribution.Mention} cue={q.Attribution.Cue} via={q.Attribution.Via} ok={q.Range.Slice(article.Body[q.Paragraph]).SequenceEqual(q.Text)}");
        }
    }
    foreach (var u in result.Report.Uncertainties)
    {
        Console.WriteLine("? " + u);
    }
}
