using BenchmarkDotNet.Attributes;
using NodaTime;

namespace NewsModel.Benchmarks;

/// <summary>
/// The cost of the model's zoned view against NodaTime's own <see cref="ZonedDateTime"/> (the baseline a user
/// would otherwise hold).
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly Instant At = Instant.FromUtc(2014, 3, 30, 21, 31);
    private readonly Moment _moment = new(At, HongKong, "Monday, 31 March, 2014, 5:31am");
    private readonly Moment _same = new(At, HongKong, "Monday, 31 March, 2014, 5:31am");

    /// <summary>Baseline: NodaTime converting the instant into the zone.</summary>
    [Benchmark(Baseline = true)]
    public LocalDateTime NodaTime_InZone() => At.InZone(HongKong).LocalDateTime;

    /// <summary>The model's local view of a moment.</summary>
    [Benchmark]
    public LocalDateTime Moment_LocalDateTime() => _moment.LocalDateTime;

    /// <summary>Value equality of two equal moments.</summary>
    [Benchmark]
    public bool Moment_Equals() => _moment.Equals(_same);
}
