using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NewsModel.Text;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Benchmarks.Text;

/// <summary>Shared inputs: the SCMP stamp, Hong Kong, and the patterns a user would otherwise pick.</summary>
public abstract class StampBenchmarkBase
{
    /// <summary>The stamp as SCMP prints it.</summary>
    protected const string Stamp = "Monday, 31 March, 2014, 5:31am";

    /// <summary>The same layout in NodaTime's pattern language.</summary>
    protected static readonly LocalDateTimePattern NodaPattern =
        LocalDateTimePattern.Create("dddd, d MMMM, uuuu, h:mmtt", CultureInfo.GetCultureInfo("en-US"));

    /// <summary>The same layout in the BCL's custom format language.</summary>
    protected const string BclFormat = "dddd, d MMMM, yyyy, h:mmtt";

    /// <summary>The culture for both alternatives.</summary>
    protected static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The publication's zone.</summary>
    protected static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    /// <summary>Hong Kong for the BCL.</summary>
    protected static readonly TimeZoneInfo HongKongInfo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
}

/// <summary>
/// Parsing the SCMP stamp into a zoned value: NodaTime's <see cref="LocalDateTimePattern"/> plus
/// <c>InZoneStrictly</c> (baseline), the BCL's <c>DateTime.ParseExact</c> (with and without the zone offset),
/// and <see cref="StampPattern.Scmp"/> into a zoned value (span, allocation-free) and into a <see cref="Moment"/>.
/// </summary>
[MemoryDiagnoser]
public class StampParseBenchmarks : StampBenchmarkBase
{
    /// <summary>Checks that every contender reads the same instant.</summary>
    [GlobalSetup]
    public void Check()
    {
        var expected = Instant.FromUtc(2014, 3, 30, 21, 31);
        if (NodaTime_LocalDateTimePattern_InZoneStrictly().ToInstant() != expected
            || Bcl_ParseExact_WithZoneOffset().UtcDateTime != expected.ToDateTimeUtc()
            || StampPattern_ParseZoned_Span().ToInstant() != expected
            || StampPattern_Parse_Moment().Instant != expected)
        {
            throw new InvalidOperationException("The contenders disagree.");
        }
    }

    /// <summary>Baseline: NodaTime pattern, then the zone strictly.</summary>
    [Benchmark(Baseline = true)]
    public ZonedDateTime NodaTime_LocalDateTimePattern_InZoneStrictly() =>
        NodaPattern.Parse(Stamp).Value.InZoneStrictly(HongKong);

    /// <summary>The BCL: parse to a local value only (no zone).</summary>
    [Benchmark]
    public DateTime Bcl_ParseExact() =>
        DateTime.ParseExact(Stamp, BclFormat, English, DateTimeStyles.None);

    /// <summary>The BCL: parse, then attach Hong Kong's offset.</summary>
    [Benchmark]
    public DateTimeOffset Bcl_ParseExact_WithZoneOffset()
    {
        var local = DateTime.ParseExact(Stamp, BclFormat, English, DateTimeStyles.None);
        return new DateTimeOffset(local, HongKongInfo.GetUtcOffset(local));
    }

    /// <summary>NewsModel: the stamp into a zoned value, from a span.</summary>
    [Benchmark]
    public ZonedDateTime StampPattern_ParseZoned_Span() =>
        StampPattern.Scmp.ParseZoned(Stamp.AsSpan(), HongKong).Value;

    /// <summary>NewsModel: the stamp into a moment (allocates the moment and its printed text).</summary>
    [Benchmark]
    public Moment StampPattern_Parse_Moment() =>
        StampPattern.Scmp.Parse(Stamp.AsSpan(), HongKong).Value;
}

/// <summary>
/// Formatting a zoned value in the SCMP style: NodaTime's <see cref="LocalDateTimePattern"/> (baseline), the
/// BCL's <c>DateTime.ToString(format)</c>, and <see cref="StampPattern.Scmp"/> into a string (from the zoned value
/// and from a moment) and into a span.
/// </summary>
[MemoryDiagnoser]
public class StampFormatBenchmarks : StampBenchmarkBase
{
    private static readonly ZonedDateTime Zoned = Instant.FromUtc(2014, 3, 30, 21, 31).InZone(HongKong);
    private static readonly Moment Moment = new(Zoned.ToInstant(), HongKong);
    private static readonly DateTime Local = new(2014, 3, 31, 5, 31, 0, DateTimeKind.Unspecified);
    private readonly char[] _buffer = new char[64];

    /// <summary>Baseline: NodaTime pattern on the local value.</summary>
    [Benchmark(Baseline = true)]
    public string NodaTime_LocalDateTimePattern() => NodaPattern.Format(Zoned.LocalDateTime);

    /// <summary>The BCL's custom format (prints AM/PM in capitals).</summary>
    [Benchmark]
    public string Bcl_ToString() => Local.ToString(BclFormat, English);

    /// <summary>NewsModel: the same zoned value into a string.</summary>
    [Benchmark]
    public string StampPattern_Format_Zoned() => StampPattern.Scmp.Format(Zoned);

    /// <summary>NewsModel: a moment into a string (includes converting the instant into its zone).</summary>
    [Benchmark]
    public string StampPattern_Format_Moment() => StampPattern.Scmp.Format(Moment);

    /// <summary>NewsModel: a zoned value into a caller's buffer.</summary>
    [Benchmark]
    public int StampPattern_TryFormat_Span()
    {
        StampPattern.Scmp.TryFormat(Zoned, _buffer, out int written);
        return written;
    }
}
