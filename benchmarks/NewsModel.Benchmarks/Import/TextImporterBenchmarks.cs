using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using NewsModel.Import;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Benchmarks.Import;

/// <summary>
/// Importing an article copied as text (the SCMP page from ../shared/corpus/ and the project's sample), against
/// the floor of any text processing: <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/> over the same bytes. MB/s =
/// bytes / mean time; the ratio column says how many times slower the import is than validation.
/// </summary>
[MemoryDiagnoser]
public class TextImporterBenchmarks
{
    private TextImporter _importer = null!;
    private byte[] _bytes = [];
    private ImportResult _expected = null!;

    /// <summary>Which text: the SCMP page or the project's sample.</summary>
    [Params("scmp", "sample")]
    public string Text { get; set; } = "scmp";

    /// <summary>Reads the text and builds the importer once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string root = FindRepositoryRoot();
        string path = Text == "scmp"
            ? Path.Combine(Path.GetDirectoryName(root)!, "shared", "corpus", "scmp-2014-03-31-japan-north-korea-talks.txt")
            : Path.Combine(root, "samples", "harbour-ferry-fares.txt");
        _bytes = File.ReadAllBytes(path);
        _importer = new TextImporterBuilder()
            .WithPublication("South China Morning Post", DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"], "SCMP")
            .Build();
        _expected = _importer.ImportUtf8(_bytes);
        if (!_expected.Success)
        {
            throw new InvalidOperationException("The benchmark text does not import: " + path);
        }
    }

    /// <summary>Baseline: validating the bytes as UTF-8.</summary>
    [Benchmark(Baseline = true)]
    public bool Utf8_IsValid() => Utf8.IsValid(_bytes);

    /// <summary>Importing the article from its bytes: checking and decoding the UTF-8, then structure, stamps,
    /// quotes, report.</summary>
    [Benchmark]
    public Article? TextImporter_ImportUtf8() => _importer.ImportUtf8(_bytes).Article;

    /// <summary>
    /// The floor under any importer that returns what this one returns, with no analysis at all: decode the bytes,
    /// cut out the lines for the report, copy the body, parse the two printed stamps, and build the report, the
    /// parties, quotes, credits and the <see cref="Article"/> from parts already known (taken from one real import
    /// in setup). What an importer may spend on finding those parts is its time minus this.
    /// </summary>
    [Benchmark]
    public Article Floor_DecodeAndBuild() => Floor(withReport: true);

    /// <summary>The floor under any importer at all that returns the <see cref="Article"/>: as
    /// <see cref="Floor_DecodeAndBuild"/>, without the report (no line texts, no line records).</summary>
    [Benchmark]
    public Article Floor_DecodeAndBuildArticleOnly() => Floor(withReport: false);

    private Article Floor(bool withReport)
    {
        string text = Encoding.UTF8.GetString(_bytes);
        var known = _expected.Article!;
        var lines = _expected.Report.Lines;
        var reported = ImmutableArray.CreateBuilder<ImportedLine>(lines.Length);
        string headline = "";
        foreach (var line in lines)
        {
            if (withReport || line.Role == LineRole.Headline)
            {
                string lineText = text.Substring(line.Offset, line.Text.Length);
                if (withReport)
                {
                    reported.Add(new ImportedLine(line.Number, line.Offset, lineText, line.Role, line.Reason));
                }
                if (line.Role == LineRole.Headline)
                {
                    headline = lineText;
                }
            }
        }
        var body = new string[known.Body.Length];
        for (int i = 0; i < body.Length; i++)
        {
            body[i] = new string(known.Body[i].AsSpan());
        }
        var zone = known.Publication.Zone;
        var published = StampPattern.ParseAny(known.Timeline.Published!.Printed, zone).Value;
        var updated = known.Timeline.Updated is { } u ? StampPattern.ParseAny(u.Printed, zone).Value : null;
        var parties = new Party[known.Parties.Length];
        for (int i = 0; i < parties.Length; i++)
        {
            var p = known.Parties[i];
            parties[i] = new Party(p.Name, p.Kind, p.Role, p.Affiliation);
        }
        var quotes = new Quote[known.Quotes.Length];
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = known.Quotes[i];
            var a = q.Attribution;
            quotes[i] = new Quote(body[q.Paragraph].Substring(q.Range.Start, q.Range.Length), q.Kind, q.Paragraph, q.Range,
                new Attribution(parties[known.Parties.IndexOf(a.Speaker!)], a.Mention, a.Cue, a.Via));
        }
        var credits = new Credit[known.Credits.Length];
        for (int i = 0; i < credits.Length; i++)
        {
            var c = known.Credits[i];
            credits[i] = new Credit(c.Name, c.Kind, c.Role, c.Printed);
        }
        if (withReport)
        {
            _ = new ImportReport(reported.MoveToImmutable(), _expected.Report.Uncertainties, headline, [.. body], [.. credits], published, updated);
        }
        return new Article(known.Id, headline, known.Language, known.Publication,
            new Timeline(published, updated), body, credits, parties, quotes, known.Standfirst, known.Dateline);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsModel.sln not found above " + AppContext.BaseDirectory);
    }
}
