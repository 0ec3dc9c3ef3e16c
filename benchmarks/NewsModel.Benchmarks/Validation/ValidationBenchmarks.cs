using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsModel.Testing;
using NewsModel.Validation;
using NodaTime;

namespace NewsModel.Benchmarks.Validation;

/// <summary>
/// Validating the sample article with the <see cref="ValidationProfile.Publish"/> profile, against serializing the
/// same article to JSON. The baseline writes every field of the article by hand with <see cref="Utf8JsonWriter"/>
/// into a reused buffer (moments as <c>{ "at": RFC 3339 with offset, "zone": id, "printed": text }</c>): the cheapest
/// serialization a user could write, standing in for the native JSON serializer until <c>NewsModel.Json</c> lands.
/// Target: validation at most 0.25x the baseline's time, and zero bytes allocated.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly Article _article = SampleArticles.HarbourFerryFares;
    private readonly ArticleValidator _validator = new(ValidationProfile.Publish, SystemClock.Instance);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private Utf8JsonWriter _writer = null!;

    /// <summary>Creates the reused JSON writer and checks the article is valid (so the benchmark measures the clean path).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        var report = _validator.Validate(_article);
        if (!report.IsEmpty)
        {
            throw new InvalidOperationException("The sample article is expected to validate clean:\n" + report);
        }
    }

    /// <summary>Disposes the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>Baseline: serializing the article to JSON by hand with <see cref="Utf8JsonWriter"/>.</summary>
    [Benchmark(Baseline = true)]
    public int Serialize_Utf8JsonWriterByHand()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        HandWrittenJson.Write(_writer, _article);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>Validating the article with the Publish profile.</summary>
    [Benchmark]
    public ValidationReport Validate_Publish() => _validator.Validate(_article);
}

/// <summary>Every field of an article written by hand with <see cref="Utf8JsonWriter"/>, allocation-free.</summary>
internal static class HandWrittenJson
{
    internal static void Write(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("format"u8, "newsmodel/1"u8);
        w.WriteString("id"u8, a.Id);
        w.WriteString("headline"u8, a.Headline);
        w.WriteString("language"u8, a.Language);
        WriteOptional(w, "standfirst"u8, a.Standfirst);
        WriteOptional(w, "dateline"u8, a.Dateline);
        WriteOptional(w, "canonicalUrl"u8, a.CanonicalUrl);
        WriteOptional(w, "copyright"u8, a.Copyright);
        w.WriteStartObject("publication"u8);
        w.WriteString("name"u8, a.Publication.Name);
        WriteOptional(w, "shortName"u8, a.Publication.ShortName);
        w.WriteString("zone"u8, a.Publication.Zone.Id);
        w.WriteEndObject();
        w.WriteStartObject("timeline"u8);
        WriteMoment(w, "published"u8, a.Timeline.Published);
        WriteMoment(w, "updated"u8, a.Timeline.Updated);
        WriteMoment(w, "created"u8, a.Timeline.Created);
        WriteMoment(w, "embargoedUntil"u8, a.Timeline.EmbargoedUntil);
        w.WriteStartArray("corrections"u8);
        foreach (var correction in a.Timeline.Corrections)
        {
            w.WriteStartObject();
            WriteMoment(w, "moment"u8, correction.Moment);
            w.WriteString("text"u8, correction.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("body"u8);
        foreach (var paragraph in a.Body)
        {
            w.WriteStringValue(paragraph);
        }
        w.WriteEndArray();
        w.WriteStartArray("credits"u8);
        foreach (var credit in a.Credits)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, credit.Name);
            w.WriteString("kind"u8, credit.Kind == PartyKind.Person ? "person"u8 : "organisation"u8);
            w.WriteString("role"u8, RoleName(credit.Role));
            WriteOptional(w, "printed"u8, credit.Printed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("parties"u8);
        foreach (var party in a.Parties)
        {
            WriteParty(w, party);
        }
        w.WriteEndArray();
        w.WriteStartArray("quotes"u8);
        foreach (var quote in a.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("text"u8, quote.Text);
            w.WriteString("kind"u8, quote.Kind switch { QuoteKind.Direct => "direct"u8, QuoteKind.Partial => "partial"u8, _ => "indirect"u8 });
            w.WriteNumber("paragraph"u8, quote.Paragraph);
            w.WriteStartObject("range"u8);
            w.WriteNumber("start"u8, quote.Range.Start);
            w.WriteNumber("length"u8, quote.Range.Length);
            w.WriteEndObject();
            w.WriteStartObject("attribution"u8);
            w.WritePropertyName("speaker"u8);
            WriteParty(w, quote.Attribution.Speaker);
            WriteOptional(w, "mention"u8, quote.Attribution.Mention);
            WriteOptional(w, "cue"u8, quote.Attribution.Cue);
            WriteOptional(w, "via"u8, quote.Attribution.Via);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("places"u8);
        foreach (var place in a.Places)
        {
            w.WriteStringValue(place);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static ReadOnlySpan<byte> RoleName(CreditRole role) => role switch
    {
        CreditRole.Author => "author"u8,
        CreditRole.AdditionalReporting => "additionalReporting"u8,
        CreditRole.Photographer => "photographer"u8,
        CreditRole.SourceAgency => "sourceAgency"u8,
        CreditRole.Editor => "editor"u8,
        _ => "contributor"u8,
    };

    private static void WriteParty(Utf8JsonWriter w, Party party)
    {
        w.WriteStartObject();
        w.WriteString("name"u8, party.Name);
        w.WriteString("kind"u8, party.Kind == PartyKind.Person ? "person"u8 : "organisation"u8);
        WriteOptional(w, "role"u8, party.Role);
        WriteOptional(w, "affiliation"u8, party.Affiliation);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes <c>{ "at": "2025-10-14T09:15:00+08:00", "zone": "Asia/Hong_Kong", "printed": ... }</c>.</summary>
    private static void WriteMoment(Utf8JsonWriter w, ReadOnlySpan<byte> name, Moment? moment)
    {
        if (moment is null)
        {
            return;
        }
        w.WriteStartObject(name);
        var zoned = moment.ZonedDateTime;
        var local = zoned.LocalDateTime;
        Span<byte> at = stackalloc byte[40];
        int n = 0;
        n += Two(at[n..], local.Year / 100);
        n += Two(at[n..], local.Year % 100);
        at[n++] = (byte)'-';
        n += Two(at[n..], local.Month);
        at[n++] = (byte)'-';
        n += Two(at[n..], local.Day);
        at[n++] = (byte)'T';
        n += Two(at[n..], local.Hour);
        at[n++] = (byte)':';
        n += Two(at[n..], local.Minute);
        at[n++] = (byte)':';
        n += Two(at[n..], local.Second);
        if (local.NanosecondOfSecond != 0)
        {
            at[n++] = (byte)'.';
            Utf8Formatter.TryFormat(local.NanosecondOfSecond, at[n..], out int written, new StandardFormat('D', 9));
            n += written;
        }
        int seconds = zoned.Offset.Seconds;
        at[n++] = seconds < 0 ? (byte)'-' : (byte)'+';
        seconds = Math.Abs(seconds);
        n += Two(at[n..], seconds / 3600);
        at[n++] = (byte)':';
        n += Two(at[n..], seconds / 60 % 60);
        w.WriteString("at"u8, at[..n]);
        w.WriteString("zone"u8, moment.Zone.Id);
        WriteOptional(w, "printed"u8, moment.Printed);
        w.WriteEndObject();
    }

    private static int Two(Span<byte> destination, int value)
    {
        destination[0] = (byte)('0' + value / 10);
        destination[1] = (byte)('0' + value % 10);
        return 2;
    }
}
