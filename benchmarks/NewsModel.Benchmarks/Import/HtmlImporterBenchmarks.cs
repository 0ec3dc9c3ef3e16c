using System;
using System.IO;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsModel.Html;
using NodaTime;

namespace NewsModel.Benchmarks.Import;

/// <summary>
/// Importing a typical news page (The Independent, 370 KB, from <c>../shared/corpus/html/</c>) side by side with the
/// floor, AngleSharp's parse of the same bytes alone (baseline), and with SmartReader, the peer a .NET user would pick
/// (Mozilla Readability's port, which parses with AngleSharp too).
/// </summary>
[MemoryDiagnoser]
public class HtmlImporterBenchmarks
{
    private static readonly HtmlImporter Importer = new HtmlImporterBuilder().WithPublication("The Independent", DateTimeZoneProviders.Tzdb["Europe/London"]).Build();
    private byte[] _page = [];

    /// <summary>Reads the page from the corpus beside the repository.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", "html", "trafilatura_independent.co.uk.penalty", "page.html");
            if (File.Exists(path))
            {
                _page = File.ReadAllBytes(path);
                return;
            }
        }
        throw new InvalidOperationException("../shared/corpus/html/trafilatura_independent.co.uk.penalty/page.html not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The floor: AngleSharp's parse of the bytes, nothing more.</summary>
    [Benchmark(Baseline = true)]
    public int AngleSharp_Parse()
    {
        using var stream = new MemoryStream(_page, writable: false);
        using var document = new HtmlParser().ParseDocument(stream);
        return document.All.Length;
    }

    /// <summary>NewsModel's HTML import: metadata layers, visible stamps, main content, blocks, quotes.</summary>
    [Benchmark]
    public int NewsModel_Import() => Importer.Import(_page).Article!.Blocks.Length;

    /// <summary>SmartReader's article extraction of the same bytes.</summary>
    [Benchmark]
    public int SmartReader_Parse()
    {
        using var stream = new MemoryStream(_page, writable: false);
        return SmartReader.Reader.ParseArticle("https://www.independent.co.uk/news/uk/politics/coronavirus-fine-self-isolate.html", stream).Length;
    }
}
