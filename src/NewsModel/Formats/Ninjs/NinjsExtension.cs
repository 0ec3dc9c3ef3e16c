using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// The NewsModel extension: a JSON object, carried as the string value of one <c>descriptions</c> item,
/// holding what ninjs has no field for (zone ids, printed stamps, corrections, structured credits, parties and
/// quotes, paragraph boundaries). Documented in docs/formats/ninjs.md. Thread-safe (stateless).
/// </summary>
internal static class NinjsExtension
{
    /// <summary>The extension format version written and understood.</summary>
    internal const int FormatVersion = 1;

    internal const string Context = "NewsModel extension at ";

    /// <summary>Whether the text/plain body (paragraphs joined by line feeds) cannot be split back exactly.</summary>
    internal static bool ParagraphsNeedLengths(ImmutableArray<string> body)
    {
        foreach (var paragraph in body)
        {
            if (paragraph.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Writes the extension as a JSON string literal (quotes included) into <paramref name="output"/>.</summary>
    internal static void Write(Article article, ArrayBufferWriter<byte> output)
    {
        output.GetSpan(1)[0] = (byte)'"';
        output.Advance(1);
        var json = new EscapedJsonBuilder(output);
        json.StartObject();
        json.Property("version"u8, FormatVersion);
        json.Property("zone"u8, article.Publication.Zone.Id);
        var timeline = article.Timeline;
        json.Name("timeline"u8);
        json.StartObject();
        WriteStamp(ref json, "published"u8, timeline.Published);
        WriteStamp(ref json, "updated"u8, timeline.Updated);
        WriteStamp(ref json, "created"u8, timeline.Created);
        WriteStamp(ref json, "embargoedUntil"u8, timeline.EmbargoedUntil);
        if (!timeline.Corrections.IsEmpty)
        {
            json.Name("corrections"u8);
            json.StartArray();
            Span<byte> text = stackalloc byte[Rfc3339.MaxLength];
            foreach (var correction in timeline.Corrections)
            {
                var moment = correction.Moment;
                json.StartObject();
                var offset = Rfc3339.IsWritable(moment.Offset) ? moment.Offset : Offset.Zero;
                json.Name("at"u8);
                json.AsciiString(text[..Rfc3339.Format(moment.Instant, offset, text)]);
                json.Property("zone"u8, moment.Zone.Id);
                json.OptionalProperty("printed"u8, moment.Printed);
                json.Property("text"u8, correction.Text);
                json.EndObject();
            }
            json.EndArray();
        }
        json.EndObject();
        if (ParagraphsNeedLengths(article.Body))
        {
            json.Name("paragraphs"u8);
            json.StartArray();
            foreach (var paragraph in article.Body)
            {
                json.Number(paragraph.Length);
            }
            json.EndArray();
        }
        if (!article.Credits.IsEmpty)
        {
            json.Name("credits"u8);
            json.StartArray();
            foreach (var credit in article.Credits)
            {
                json.StartObject();
                json.Property("name"u8, credit.Name);
                json.Property("kind"u8, FormatNames.Of(credit.Kind));
                json.Property("role"u8, FormatNames.Of(credit.Role));
                json.OptionalProperty("printed"u8, credit.Printed);
                json.EndObject();
            }
            json.EndArray();
        }
        if (!article.Parties.IsEmpty)
        {
            json.Name("parties"u8);
            json.StartArray();
            foreach (var party in article.Parties)
            {
                WriteParty(ref json, party);
            }
            json.EndArray();
        }
        if (!article.Quotes.IsEmpty)
        {
            json.Name("quotes"u8);
            json.StartArray();
            foreach (var quote in article.Quotes)
            {
                json.StartObject();
                if (!quote.Range.Slice(article.Body[quote.Paragraph]).SequenceEqual(quote.Text))
                {
                    json.Property("text"u8, quote.Text);
                }
                json.Property("kind"u8, FormatNames.Of(quote.Kind));
                json.Property("paragraph"u8, quote.Paragraph);
                json.Property("start"u8, quote.Range.Start);
                json.Property("length"u8, quote.Range.Length);
                var attribution = quote.Attribution;
                int speaker = article.Parties.IndexOf(attribution.Speaker);
                if (speaker >= 0)
                {
                    json.Property("speaker"u8, speaker);
                }
                else
                {
                    json.Name("speaker"u8);
                    WriteParty(ref json, attribution.Speaker);
                }
                json.OptionalProperty("mention"u8, attribution.Mention);
                json.OptionalProperty("cue"u8, attribution.Cue);
                json.OptionalProperty("via"u8, attribution.Via);
                json.EndObject();
            }
            json.EndArray();
        }
        json.EndObject();
        output.GetSpan(1)[0] = (byte)'"';
        output.Advance(1);
    }

    private static void WriteStamp(ref EscapedJsonBuilder json, ReadOnlySpan<byte> name, Moment? moment)
    {
        if (moment is null)
        {
            return;
        }
        json.Name(name);
        json.StartObject();
        json.Property("zone"u8, moment.Zone.Id);
        json.OptionalProperty("printed"u8, moment.Printed);
        json.EndObject();
    }

    private static void WriteParty(ref EscapedJsonBuilder json, Party party)
    {
        json.StartObject();
        json.Property("name"u8, party.Name);
        json.Property("kind"u8, FormatNames.Of(party.Kind));
        json.OptionalProperty("role"u8, party.Role);
        json.OptionalProperty("affiliation"u8, party.Affiliation);
        json.EndObject();
    }

    /// <summary>A timeline stamp's zone and printed text (its instant is in the ninjs date member).</summary>
    internal readonly record struct Stamp(DateTimeZone Zone, string? Printed);

    /// <summary>What the extension holds, parsed.</summary>
    internal sealed class Data
    {
        internal DateTimeZone Zone { get; set; } = DateTimeZone.Utc;

        internal Stamp? Published { get; set; }

        internal Stamp? Updated { get; set; }

        internal Stamp? Created { get; set; }

        internal Stamp? EmbargoedUntil { get; set; }

        internal List<Correction> Corrections { get; } = [];

        internal List<int>? Paragraphs { get; set; }

        internal List<Credit> Credits { get; } = [];

        internal List<Party> Parties { get; } = [];

        internal List<QuoteData> Quotes { get; } = [];
    }

    /// <summary>A quote as read, checked against the body once the body is known.</summary>
    internal readonly record struct QuoteData(string? Text, QuoteKind Kind, int Paragraph, int Start, int Length, Party? Speaker, int SpeakerIndex, string? Mention, string? Cue, string? Via, string Path);

    /// <summary>Parses the extension JSON; <paramref name="path"/> is the ninjs path of the string holding it.</summary>
    internal static Data Read(ReadOnlySpan<byte> utf8, string path)
    {
        var cursor = new JsonCursor(utf8, Context + path + ": ", "$");
        var data = new Data();
        bool sawZone = false;
        cursor.ReadStartObject();
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "version":
                    if (cursor.GetInt32("the extension version " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)) != FormatVersion)
                    {
                        throw cursor.Fail("the extension version " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                    break;
                case "zone":
                    data.Zone = ReadZone(ref cursor);
                    sawZone = true;
                    break;
                case "timeline":
                    ReadTimeline(ref cursor, data);
                    break;
                case "paragraphs":
                    data.Paragraphs = [];
                    ReadArray(ref cursor, data.Paragraphs, static (ref JsonCursor c) => c.GetInt32("a paragraph length (a number of UTF-16 code units, 0 or more)", 0));
                    break;
                case "credits":
                    ReadArray(ref cursor, data.Credits, ReadCredit);
                    break;
                case "parties":
                    ReadArray(ref cursor, data.Parties, ReadParty);
                    break;
                case "quotes":
                    ReadArray(ref cursor, data.Quotes, ReadQuote);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        cursor.ExpectEnd();
        if (!sawZone || data.Published is null)
        {
            throw cursor.Fail("the members zone and timeline.published", "an object without them");
        }
        return data;
    }

    private delegate T ItemReader<T>(ref JsonCursor cursor);

    private static void ReadArray<T>(ref JsonCursor cursor, List<T> items, ItemReader<T> read)
    {
        cursor.ExpectStartArray();
        for (int i = 0; cursor.NextItem(ref i);)
        {
            items.Add(read(ref cursor));
            cursor.Pop();
        }
    }

    private static DateTimeZone ReadZone(ref JsonCursor cursor)
    {
        const string Expected = "a TZDB zone id such as Asia/Hong_Kong";
        var id = cursor.GetString(Expected);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw cursor.Fail(Expected);
    }

    private static void ReadTimeline(ref JsonCursor cursor, Data data)
    {
        cursor.ExpectStartObject();
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "published":
                    data.Published = ReadStamp(ref cursor);
                    break;
                case "updated":
                    data.Updated = ReadStamp(ref cursor);
                    break;
                case "created":
                    data.Created = ReadStamp(ref cursor);
                    break;
                case "embargoedUntil":
                    data.EmbargoedUntil = ReadStamp(ref cursor);
                    break;
                case "corrections":
                    ReadArray(ref cursor, data.Corrections, ReadCorrection);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
    }

    private static Stamp ReadStamp(ref JsonCursor cursor)
    {
        cursor.ExpectStartObject();
        DateTimeZone? zone = null;
        string? printed = null;
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "zone":
                    zone = ReadZone(ref cursor);
                    break;
                case "printed":
                    printed = cursor.GetNonEmptyString("the printed stamp, a non-empty string");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        return new Stamp(zone ?? throw cursor.Fail("a member zone", "an object without it"), printed);
    }

    private static Correction ReadCorrection(ref JsonCursor cursor)
    {
        cursor.ExpectStartObject();
        Instant? at = null;
        DateTimeZone? zone = null;
        string? printed = null, text = null;
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "at":
                    var value = cursor.GetString(Rfc3339.Expected);
                    if (Rfc3339.TryParse(value, null, out var instant, out _) != Rfc3339.Status.Ok)
                    {
                        throw cursor.Fail(Rfc3339.Expected);
                    }
                    at = instant;
                    break;
                case "zone":
                    zone = ReadZone(ref cursor);
                    break;
                case "printed":
                    printed = cursor.GetNonEmptyString("the printed stamp, a non-empty string");
                    break;
                case "text":
                    text = cursor.GetNonEmptyString("the correction text, a non-empty string");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        if (at is null || zone is null || text is null)
        {
            throw cursor.Fail("the members at, zone and text", "an object without them");
        }
        return new Correction(new Moment(at.Value, zone, printed), text);
    }

    private static Credit ReadCredit(ref JsonCursor cursor)
    {
        var fields = ReadNamed(ref cursor, "credit");
        if (fields.Role is null)
        {
            throw cursor.Fail("the members name, kind and role", "an object without them");
        }
        return FormatNames.TryCreditRole(fields.Role, out var role)
            ? new Credit(fields.Name, fields.Kind, role, fields.Printed)
            : throw cursor.Fail("a credit role, " + FormatNames.CreditRoles, "\"" + fields.Role + "\"");
    }

    private static Party ReadParty(ref JsonCursor cursor)
    {
        var fields = ReadNamed(ref cursor, "party");
        return new Party(fields.Name, fields.Kind, fields.Role, fields.Affiliation);
    }

    private readonly record struct Named(string Name, PartyKind Kind, string? Role, string? Affiliation, string? Printed);

    /// <summary>Reads a credit or party object: name, kind and the optional role, affiliation, printed.</summary>
    private static Named ReadNamed(ref JsonCursor cursor, string what)
    {
        cursor.ExpectStartObject();
        string? name = null, role = null, affiliation = null, printed = null;
        PartyKind? kind = null;
        while (cursor.NextProperty(out var member))
        {
            switch (member)
            {
                case "name":
                    name = cursor.GetNonEmptyString("the " + what + "'s name, a non-empty string");
                    break;
                case "kind":
                    kind = FormatNames.TryPartyKind(cursor.GetString(FormatNames.PartyKinds), out var k) ? k : throw cursor.Fail(FormatNames.PartyKinds);
                    break;
                case "role":
                    role = cursor.GetNonEmptyString("the " + what + "'s role, a non-empty string");
                    break;
                case "affiliation":
                    affiliation = cursor.GetNonEmptyString("the " + what + "'s affiliation, a non-empty string");
                    break;
                case "printed":
                    printed = cursor.GetNonEmptyString("the " + what + " as printed, a non-empty string");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        if (name is null || kind is null)
        {
            throw cursor.Fail("the members name and kind", "an object without them");
        }
        return new Named(name, kind.Value, role, affiliation, printed);
    }

    private static QuoteData ReadQuote(ref JsonCursor cursor)
    {
        cursor.ExpectStartObject();
        string path = cursor.Path;
        string? text = null, mention = null, cue = null, via = null;
        QuoteKind? kind = null;
        int paragraph = -1, start = -1, length = -1;
        Party? speaker = null;
        int speakerIndex = -1;
        while (cursor.NextProperty(out var member))
        {
            switch (member)
            {
                case "text":
                    text = cursor.GetNonEmptyString("the quote's text, a non-empty string");
                    break;
                case "kind":
                    kind = FormatNames.TryQuoteKind(cursor.GetString(FormatNames.QuoteKindNames), out var k) ? k : throw cursor.Fail(FormatNames.QuoteKindNames);
                    break;
                case "paragraph":
                    paragraph = cursor.GetInt32("a paragraph index (0 or more)", 0);
                    break;
                case "start":
                    start = cursor.GetInt32("a start offset (0 or more)", 0);
                    break;
                case "length":
                    length = cursor.GetInt32("a length (0 or more)", 0);
                    break;
                case "speaker":
                    if (cursor.TokenType == JsonTokenType.Number)
                    {
                        speakerIndex = cursor.GetInt32("a speaker: an index into parties (0 or more) or a party object", 0);
                    }
                    else
                    {
                        speaker = ReadParty(ref cursor);
                    }
                    break;
                case "mention":
                    mention = cursor.GetNonEmptyString("the mention, a non-empty string");
                    break;
                case "cue":
                    cue = cursor.GetNonEmptyString("the cue, a non-empty string");
                    break;
                case "via":
                    via = cursor.GetNonEmptyString("the channel, a non-empty string");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        if (kind is null || paragraph < 0 || start < 0 || length < 0 || (speaker is null && speakerIndex < 0) || length > int.MaxValue - start)
        {
            throw cursor.Fail("the members kind, paragraph, start, length and speaker", "an object without them");
        }
        return new QuoteData(text, kind.Value, paragraph, start, length, speaker, speakerIndex, mention, cue, via, path);
    }
}
