using System;
using System.IO;
using System.Text;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using NewsModel.Import;
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
        if (!_importer.Import(Encoding.UTF8.GetString(_bytes)).Success)
        {
            throw new InvalidOperationException("The benchmark text does not import: " + path);
        }
    }

    /// <summary>Baseline: validating the bytes as UTF-8.</summary>
    [Benchmark(Baseline = true)]
    public bool Utf8_IsValid() => Utf8.IsValid(_bytes);

    /// <summary>Decoding the bytes and importing the article (structure, stamps, quotes, report).</summary>
    [Benchmark]
    public Article? TextImporter_Import() => _importer.Import(Encoding.UTF8.GetString(_bytes)).Article;

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
