using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using NewsModel.Json;
using NewsModel.Testing;
using Newtonsoft.Json.Serialization;

namespace NewsModel.Benchmarks.Json;

/// <summary>
/// A sample article written and read by NewsModel.Json, against a source-generated System.Text.Json DTO of the same
/// shape (baseline) and Newtonsoft.Json on the same DTO, side by side: <see cref="SampleArticles.HarbourFerryFares"/>
/// (paragraphs and quotes) and the rich <see cref="SampleArticles.FerryFaresExplained"/> (every block kind, marks,
/// media, taxonomy, rights, attributions of every kind). All three read the same document and write back an equal one
/// (<see cref="Setup"/> checks it). Writers write into a reused buffer. The baseline writer has STJ's default options,
/// as a DTO user would, which escape more (non-ASCII, HTML-sensitive characters and apostrophes as <c>\uXXXX</c>);
/// <see cref="Serialize_SourceGeneratedDto_SameEscaping"/> writes with NewsModel's encoder
/// (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>), the very bytes NewsModel writes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory, BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class NewsModelJsonBenchmarks
{
    private static readonly Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        DateParseHandling = Newtonsoft.Json.DateParseHandling.DateTimeOffset,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private Utf8JsonWriter _stjWriter = null!;
    private Utf8JsonWriter _stjRelaxedWriter = null!;
    private Article _article = null!;
    private ArticleDto _dto = null!;
    private byte[] _utf8 = null!;
    private string _text = null!;

    /// <summary>Which sample: <c>HarbourFerryFares</c> (the first sample) or <c>FerryFaresExplained</c> (the rich one, issue 15).</summary>
    [Params("HarbourFerryFares", "FerryFaresExplained")]
    public string Sample { get; set; } = "HarbourFerryFares";

    /// <summary>The sample article's compact JSON (after <see cref="Setup"/>).</summary>
    internal byte[] Utf8 => _utf8;

    /// <summary>Whether the source-generated DTO wrote back the very bytes NewsModel wrote (after <see cref="Setup"/>).</summary>
    internal bool DtoBytesIdentical { get; private set; }

    /// <summary>Whether Newtonsoft on the DTO wrote back the very text NewsModel wrote (after <see cref="Setup"/>).</summary>
    internal bool NewtonsoftTextIdentical { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _article = Sample switch
        {
            "HarbourFerryFares" => SampleArticles.HarbourFerryFares,
            "FerryFaresExplained" => SampleArticles.FerryFaresExplained,
            _ => throw new ArgumentException("Unknown sample " + Sample),
        };
        _text = NewsModelJson.Serialize(_article);
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _dto = JsonSerializer.Deserialize(_utf8, ArticleDtoContext.Default.ArticleDto)!;
        _stjWriter = new Utf8JsonWriter(_buffer);
        _stjRelaxedWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        CheckSameDocument();
    }

    /// <summary>Fails unless every contender reads the sample and writes back the same document (equal as JSON
    /// values), so that they all do the same work.</summary>
    private void CheckSameDocument()
    {
        var expected = JsonNode.Parse(_utf8);
        Serialize_SourceGeneratedDto();
        Require(JsonNode.DeepEquals(expected, JsonNode.Parse(_buffer.WrittenSpan)), "the source-generated DTO");
        Serialize_SourceGeneratedDto_SameEscaping();
        byte[] stj = _buffer.WrittenSpan.ToArray();
        Require(JsonNode.DeepEquals(expected, JsonNode.Parse(stj)), "the source-generated DTO with NewsModel's encoder");
        DtoBytesIdentical = stj.AsSpan().SequenceEqual(_utf8);
        string newtonsoft = Newtonsoft.Json.JsonConvert.SerializeObject(Deserialize_NewtonsoftDto(), NewtonsoftSettings);
        Require(JsonNode.DeepEquals(expected, JsonNode.Parse(newtonsoft)), "Newtonsoft on the DTO");
        NewtonsoftTextIdentical = newtonsoft == _text;
        Serialize_NewsModelJson();
        Require(_buffer.WrittenSpan.SequenceEqual(_utf8), "NewsModel into the reused buffer");
        Require(Deserialize_NewsModelJson().Equals(_article), "NewsModel's reading");
    }

    private void Require(bool same, string who)
    {
        if (!same)
        {
            throw new InvalidOperationException($"{who} does not round-trip the {Sample} document; the comparison would not be fair");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize")]
    public int Serialize_SourceGeneratedDto()
    {
        _buffer.ResetWrittenCount();
        _stjWriter.Reset(_buffer);
        JsonSerializer.Serialize(_stjWriter, _dto, ArticleDtoContext.Default.ArticleDto);
        return _buffer.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public int Serialize_SourceGeneratedDto_SameEscaping()
    {
        _buffer.ResetWrittenCount();
        _stjRelaxedWriter.Reset(_buffer);
        JsonSerializer.Serialize(_stjRelaxedWriter, _dto, ArticleDtoContext.Default.ArticleDto);
        return _buffer.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public int Serialize_NewsModelJson()
    {
        _buffer.ResetWrittenCount();
        NewsModelJson.Serialize(_article, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public int Serialize_NewtonsoftDto() => Newtonsoft.Json.JsonConvert.SerializeObject(_dto, NewtonsoftSettings).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public object Deserialize_SourceGeneratedDto() => JsonSerializer.Deserialize(_utf8, ArticleDtoContext.Default.ArticleDto)!;

    [Benchmark, BenchmarkCategory("Deserialize")]
    public object Deserialize_NewsModelJson() => NewsModelJson.Deserialize(_utf8);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public object Deserialize_NewtonsoftDto() => Newtonsoft.Json.JsonConvert.DeserializeObject<ArticleDto>(_text, NewtonsoftSettings)!;
}
