using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Formats.Ninjs;
using NewsModel.Import;
using NewsModel.Json;
using NewsModel.Validation;
using NodaTime;

namespace NewsModel.Fuzz;

/// <summary>
/// The fuzz targets. Each takes the raw input and either returns (the library behaved as documented) or throws:
/// an exception the API documents for bad input is caught here, anything else escapes and afl-fuzz records the
/// input as a crash. A broken invariant (a round trip that changes the article, two readings that disagree) throws
/// <see cref="FuzzFinding"/>.
/// </summary>
internal static class Targets
{
    /// <summary>The targets by name.</summary>
    internal static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["native"] = Native,
        ["validate"] = Validate,
        ["ninjs"] = Ninjs,
        ["import"] = Import,
    };

    private static readonly NewsModelJsonOptions Lenient = new() { ReadMode = NewsModelJsonReadMode.Lenient };

    /// <summary>A fixed "now" (2026-01-01T00:00Z), so that a rule reading the clock gives the same result on every run.</summary>
    private static readonly ArticleValidator Validator = new(ValidationProfile.Publish, new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)));

    private static readonly NinjsReadOptions WireOptions = new()
    {
        DefaultPublication = new Publication("Wire", DateTimeZoneProviders.Tzdb["Europe/Oslo"]),
    };

    private static readonly TextImporter Importer = new TextImporterBuilder()
        .WithPublication("Paper", DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"], "P")
        .Build();

    /// <summary>
    /// The native reader (<c>newsmodel/1</c>): <see cref="NewsModelJson.Deserialize(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/>
    /// strict and lenient and <see cref="NewsModelJson.DeserializeWithExtras(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/>
    /// throw nothing but <see cref="JsonException"/>; whatever they read writes and reads back equal; the fast strict
    /// reading (one span) and the full reading (<see cref="Utf8JsonReader"/> over a two-segment sequence) agree;
    /// what strict mode reads, lenient mode reads the same.
    /// </summary>
    internal static void Native(byte[] input)
    {
        var strict = TryJson(() => NewsModelJson.Deserialize(input));
        var segmented = TryJson(() => NewsModelJson.Deserialize(TwoSegments(input)));
        var lenient = TryJson(() => NewsModelJson.Deserialize(input, Lenient));
        var withExtras = TryJson(() => NewsModelJson.DeserializeWithExtras(input));

        if (strict.Value is not null)
        {
            NativeRoundTrip(strict.Value, "native: strict reading");
        }
        if (lenient.Value is not null)
        {
            NativeRoundTrip(lenient.Value, "native: lenient reading");
        }
        if ((strict.Value is null) != (segmented.Value is null) || (strict.Value is not null && !strict.Value.Equals(segmented.Value)))
        {
            throw new FuzzFinding(
                "native: reading one span and reading a two-segment sequence disagree",
                $"span: {Describe(strict)}\nsequence: {Describe(segmented)}");
        }
        if (strict.Value is not null && !strict.Value.Equals(lenient.Value))
        {
            throw new FuzzFinding(
                "native: a document strict mode reads reads differently (or not at all) in lenient mode",
                $"strict: {Describe(strict)}\nlenient: {Describe(lenient)}");
        }
        if (withExtras.Value is not null)
        {
            var (article, extras) = withExtras.Value;
            if (lenient.Value is null || !article.Equals(lenient.Value))
            {
                throw new FuzzFinding(
                    "native: DeserializeWithExtras and the lenient reading give different articles",
                    $"with extras: {Describe(withExtras)}\nlenient: {Describe(lenient)}");
            }
            string written = Expect(() => NewsModelJson.Serialize(article, extras), "native: Serialize(article, extras) of a read article", null);
            var again = Expect(() => NewsModelJson.DeserializeWithExtras(written), "native: DeserializeWithExtras of Serialize(article, extras)", written);
            if (!withExtras.Value.Equals(again))
            {
                throw new FuzzFinding("native: Serialize(article, extras) then DeserializeWithExtras gives a different result", $"written: {written}");
            }
        }
    }

    /// <summary>
    /// <see cref="ArticleValidator.ValidateJson(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/> (profile Publish, strict
    /// and lenient) never throws and no rule fails inside it (<see cref="RuleCodes.RuleFailed"/>); a report with no
    /// <c>NM-JSON-*</c>, <see cref="RuleCodes.QuoteRangeOutside"/> or <see cref="RuleCodes.TimelineOrder"/> finding,
    /// nor an error <see cref="RuleCodes.QuoteSpeakerUnknown"/> (a speaker index past the parties), means the document
    /// deserializes, as ValidateJson documents.
    /// </summary>
    internal static void Validate(byte[] input)
    {
        var report = Validator.ValidateJson(input);
        var lenientReport = Validator.ValidateJson(input, Lenient);
        foreach (var r in new[] { report, lenientReport })
        {
            if (r.Contains(RuleCodes.RuleFailed))
            {
                throw new FuzzFinding("validate: a rule failed inside ValidateJson (NM-RULE-FAILED)", r.ToString());
            }
        }
        bool blocking = report.Any(f => f.Code.StartsWith("NM-JSON-", StringComparison.Ordinal)
            || f.Code == RuleCodes.QuoteRangeOutside || f.Code == RuleCodes.TimelineOrder
            || (f.Code == RuleCodes.QuoteSpeakerUnknown && f.Severity == Severity.Error));
        if (!blocking)
        {
            var article = Expect(() => NewsModelJson.Deserialize(input), "validate: a document ValidateJson passes (no NM-JSON-*, quote-range, timeline-order or speaker-index finding) does not deserialize", report.ToString());
            var direct = Validator.Validate(article);
            if (direct.Contains(RuleCodes.RuleFailed))
            {
                throw new FuzzFinding("validate: a rule failed inside Validate (NM-RULE-FAILED)", direct.ToString());
            }
        }
    }

    /// <summary>
    /// The ninjs reader: <see cref="NinjsSerializer.Deserialize(ReadOnlySpan{byte}, NinjsReadOptions?)"/> and
    /// <see cref="NinjsSerializer.DeserializeAll"/>, with no options and with a default publication, throw nothing but
    /// <see cref="NinjsException"/>; an article read writes as ninjs (with the extension) and reads back equal, and
    /// writes and reads back equal in the native format.
    /// </summary>
    internal static void Ninjs(byte[] input)
    {
        foreach (var options in new[] { NinjsReadOptions.Default, WireOptions })
        {
            Article? article = null;
            try
            {
                article = NinjsSerializer.Deserialize(input, options).Value;
            }
            catch (NinjsException)
            {
            }
            try
            {
                var all = NinjsSerializer.DeserializeAll(input, options);
                if (article is not null && (all.Length != 1 || !all[0].Value.Equals(article)))
                {
                    throw new FuzzFinding("ninjs: DeserializeAll of one item does not give Deserialize's article", $"items: {all.Length}");
                }
            }
            catch (NinjsException) when (article is null)
            {
            }
            if (article is null)
            {
                continue;
            }
            NativeRoundTrip(article, "ninjs: article read from ninjs");
            byte[] written;
            try
            {
                written = NinjsSerializer.SerializeToUtf8Bytes(article).Value;
            }
            catch (ArgumentException e) when (e is not ArgumentNullException && e.Message.Contains("0001 to 9999", StringComparison.Ordinal))
            {
                continue; // Documented: RFC 3339 cannot write a local year outside 0001-9999.
            }
            var again = Expect(() => NinjsSerializer.Deserialize(written).Value, "ninjs: reading back the ninjs written for a read article", Encoding.UTF8.GetString(written));
            if (!article.Equals(again))
            {
                throw new FuzzFinding("ninjs: ninjs written for a read article reads back different", Encoding.UTF8.GetString(written));
            }
        }
    }

    /// <summary>
    /// The plain-text importer: <see cref="TextImporter.ImportUtf8"/> never throws; an imported article writes and
    /// reads back equal in the native format, and validates without a rule failing.
    /// </summary>
    internal static void Import(byte[] input)
    {
        var result = Importer.ImportUtf8(input);
        if (result.Success != result.Article is not null)
        {
            throw new FuzzFinding("import: Success disagrees with Article", result.ToString());
        }
        if (result.Article is not null)
        {
            NativeRoundTrip(result.Article, "import: imported article");
            var report = Validator.Validate(result.Article);
            if (report.Contains(RuleCodes.RuleFailed))
            {
                throw new FuzzFinding("import: a rule failed validating an imported article (NM-RULE-FAILED)", report.ToString());
            }
        }
    }

    /// <summary>What the library makes of the input, for triage: each reading's result or error.</summary>
    internal static string Show(string target, byte[] input)
    {
        static string Try(Func<object?> f)
        {
            try
            {
                return f()?.ToString() ?? "(null)";
            }
#pragma warning disable CA1031 // Shown, whatever it is.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return e.GetType().Name + ": " + e.Message;
            }
        }
        return target switch
        {
            "native" => $"strict: {Try(() => NewsModelJson.Deserialize(input))}\nsequence: {Try(() => NewsModelJson.Deserialize(TwoSegments(input)))}\n"
                + $"lenient: {Try(() => NewsModelJson.Deserialize(input, Lenient))}\nwith extras: {Try(() => NewsModelJson.DeserializeWithExtras(input))}",
            "validate" => $"strict: {Try(() => Validator.ValidateJson(input))}\nlenient: {Try(() => Validator.ValidateJson(input, Lenient))}",
            "ninjs" => $"no options: {Try(() => Conversion(NinjsSerializer.Deserialize(input)))}\nwith a default publication: {Try(() => Conversion(NinjsSerializer.Deserialize(input, WireOptions)))}",
            _ => Try(() => Importer.ImportUtf8(input)),
        };

        static string Conversion(Formats.ConversionResult<Article> r) => r.Value + "\n  losses: " + r.Losses;
    }

    /// <summary>Serialize, then Deserialize (strict): the same article, or a <see cref="FuzzFinding"/>.</summary>
    private static void NativeRoundTrip(Article article, string what)
    {
        string json = Expect(() => NewsModelJson.Serialize(article), what + " does not serialize", null);
        var again = Expect(() => NewsModelJson.Deserialize(json), what + ": its serialized form does not read back", json);
        if (!article.Equals(again))
        {
            throw new FuzzFinding(what + ": serialized and read back, it is a different article", json);
        }
    }

    /// <summary>Runs a step that must succeed; any exception becomes a <see cref="FuzzFinding"/> carrying it.</summary>
    private static T Expect<T>(Func<T> step, string what, string? detail)
    {
        try
        {
            return step();
        }
#pragma warning disable CA1031 // Any exception at all is the finding; it is rethrown wrapped, with what was being done.
        catch (Exception e) when (e is not FuzzFinding)
#pragma warning restore CA1031
        {
            throw new FuzzFinding(what, detail is null ? e.ToString() : detail + "\n" + e, e);
        }
    }

    /// <summary>Runs a reading that may fail only with <see cref="JsonException"/>; any other exception escapes.</summary>
    private static (T? Value, JsonException? Error) TryJson<T>(Func<T> read)
        where T : class
    {
        try
        {
            return (read(), null);
        }
        catch (JsonException e)
        {
            return (null, e);
        }
    }

    private static string Describe<T>((T? Value, JsonException? Error) reading)
        where T : class =>
        reading.Value?.ToString() ?? "JsonException: " + reading.Error!.Message;

    /// <summary>The input as a sequence of two segments (split in the middle), so that the reader takes its
    /// <see cref="Utf8JsonReader"/> path over a multi-segment sequence.</summary>
    private static ReadOnlySequence<byte> TwoSegments(byte[] input)
    {
        if (input.Length < 2)
        {
            return new ReadOnlySequence<byte>(input);
        }
        int half = input.Length / 2;
        var first = new Segment(input.AsMemory(0, half), 0);
        var second = first.Append(input.AsMemory(half));
        return new ReadOnlySequence<byte>(first, 0, second, second.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        internal Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        internal Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

/// <summary>A broken invariant: thrown so that afl-fuzz records the input as a crash. The first line of the message
/// names the invariant (the same for every input that breaks it); the rest is detail.</summary>
#pragma warning disable CA1032, CA1064 // Internal to the fuzz driver: only the constructors it uses.
internal sealed class FuzzFinding : Exception
#pragma warning restore CA1032, CA1064
{
    internal FuzzFinding(string invariant, string detail, Exception? inner = null)
        : base(invariant + "\n" + detail, inner)
    {
    }
}
