using System;
using System.Buffers;
using BenchmarkDotNet.Attributes;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Validation;
using NodaTime;

namespace NewsModel.Benchmarks.Validation;

/// <summary>
/// Validating the sample article with the <see cref="ValidationProfile.Publish"/> profile, against serializing the
/// same article to native JSON (<see cref="NewsModelJson.Serialize(Article, IBufferWriter{byte}, NewsModelJsonOptions?)"/>
/// into a reused buffer), in the same run. Target: validation at most 0.25x the serializer's time, zero bytes
/// allocated.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly Article _article = SampleArticles.HarbourFerryFares;
    private readonly ArticleValidator _validator = new(ValidationProfile.Publish, SystemClock.Instance);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <summary>Checks the article is valid, so the benchmark measures the clean path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var report = _validator.Validate(_article);
        if (!report.IsEmpty)
        {
            throw new InvalidOperationException("The sample article is expected to validate clean:\n" + report);
        }
    }

    /// <summary>Baseline: serializing the article to native JSON into a reused buffer.</summary>
    [Benchmark(Baseline = true)]
    public int Serialize_NativeJson()
    {
        _buffer.ResetWrittenCount();
        NewsModelJson.Serialize(_article, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>Validating the article with the Publish profile.</summary>
    [Benchmark]
    public ValidationReport Validate_Publish() => _validator.Validate(_article);
}
