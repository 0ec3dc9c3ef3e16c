using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NewsModel.Formats.Ninjs;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Testing;
using Newtonsoft.Json;

namespace NewsModel.Benchmarks.Formats;

/// <summary>
/// The standard-format writers and the ninjs reader on the sample article, side by side with the alternative a
/// user would otherwise pick: Newtonsoft.Json serializing an equivalent hand-mapped ninjs object graph
/// (baseline), and the native JSON writer, against which the issue budgets each writer at 1.2x.
/// </summary>
[MemoryDiagnoser]
public class FormatsBenchmarks
{
    private static readonly NinjsWriteOptions Ninjs21 = new() { Version = NinjsVersion.Ninjs21 };
    private static readonly NinjsWriteOptions NoExtension = new() { IncludeExtension = false };
    private readonly Article _article = SampleArticles.HarbourFerryFares;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private byte[] _ninjs = [];

    /// <summary>Writes the sample article once, for the reader benchmark.</summary>
    [GlobalSetup]
    public void Setup() => _ninjs = NinjsSerializer.SerializeToUtf8Bytes(_article).Value;

    /// <summary>Baseline: Newtonsoft.Json writing the same ninjs fields from a dictionary graph mapped by hand.</summary>
    [Benchmark(Baseline = true)]
    public string Newtonsoft_NinjsGraph()
    {
        var a = _article;
        var graph = new Dictionary<string, object?>
        {
            ["uri"] = a.Id,
            ["type"] = "text",
            ["firstCreated"] = a.Timeline.Published!.ZonedDateTime.ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<m>", null),
            ["versionCreated"] = a.Timeline.Latest!.ZonedDateTime.ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<m>", null),
            ["language"] = a.Language,
            ["headlines"] = new[] { new Dictionary<string, string> { ["role"] = "main", ["value"] = a.Headline } },
            ["bodies"] = new[] { new Dictionary<string, string> { ["role"] = "main", ["contentType"] = "text/plain", ["value"] = string.Join('\n', a.Body) } },
            ["people"] = a.Parties.Select(p => new Dictionary<string, string> { ["name"] = p.Name, ["rel"] = "quoted" }).ToArray(),
            ["infoSources"] = new[] { new Dictionary<string, string> { ["name"] = a.Publication.Name, ["role"] = "publisher" } },
            ["places"] = a.Places.Select(p => new Dictionary<string, string> { ["name"] = p }).ToArray(),
        };
        return JsonConvert.SerializeObject(graph);
    }

    /// <summary>The native JSON writer (newsmodel/1): the reference, each format writer at most 1.2x its time.</summary>
    [Benchmark]
    public int Native_Write()
    {
        _buffer.ResetWrittenCount();
        NewsModel.Json.NewsModelJson.Serialize(_article, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>ninjs 3.1 with the NewsModel extension, to a reused buffer.</summary>
    [Benchmark]
    public int Ninjs31_Write()
    {
        _buffer.ResetWrittenCount();
        NinjsSerializer.Serialize(_article, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>ninjs 2.1 with the NewsModel extension, to a reused buffer.</summary>
    [Benchmark]
    public int Ninjs21_Write()
    {
        _buffer.ResetWrittenCount();
        NinjsSerializer.Serialize(_article, _buffer, Ninjs21);
        return _buffer.WrittenCount;
    }

    /// <summary>ninjs 3.1 without the NewsModel extension (plain ninjs, lossy), to show what the extension costs.</summary>
    [Benchmark]
    public int Ninjs31_Write_NoExtension()
    {
        _buffer.ResetWrittenCount();
        NinjsSerializer.Serialize(_article, _buffer, NoExtension);
        return _buffer.WrittenCount;
    }

    /// <summary>schema.org NewsArticle JSON-LD, to a reused buffer.</summary>
    [Benchmark]
    public int JsonLd_Write()
    {
        _buffer.ResetWrittenCount();
        NewsArticleJsonLd.Serialize(_article, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>Reading the ninjs 3.1 document (with extension) back to an equal article.</summary>
    [Benchmark]
    public Article Ninjs31_Read() => NinjsSerializer.Deserialize(_ninjs).Value;
}
