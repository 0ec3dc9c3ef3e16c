using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsModel.Json;
using NewsModel.Testing;
using Newtonsoft.Json.Serialization;

namespace NewsModel.Benchmarks.Json;

/// <summary>
/// The sample article (<see cref="SampleArticles.HarbourFerryFares"/>) written and read by NewsModel.Json, against a
/// source-generated System.Text.Json DTO of the same shape (baseline) and Newtonsoft.Json on the same DTO.
/// Writers write into a reused buffer.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
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
    private Article _article = null!;
    private ArticleDto _dto = null!;
    private byte[] _utf8 = null!;
    private string _text = null!;

    /// <summary>The sample article's compact JSON (after <see cref="Setup"/>).</summary>
    internal byte[] Utf8 => _utf8;

    [GlobalSetup]
    public void Setup()
    {
        _article = SampleArticles.HarbourFerryFares;
        _text = NewsModelJson.Serialize(_article);
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _dto = JsonSerializer.Deserialize(_utf8, ArticleDtoContext.Default.ArticleDto)!;
        _stjWriter = new Utf8JsonWriter(_buffer);
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
