using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// The NewsModel extension: a JSON object, carried as the string value of one <c>descriptions</c> item,
/// holding what ninjs has no field for (zone ids, printed stamps, moments' precisions and references, corrections,
/// structured credits, parties and quotes, paragraph boundaries). Documented in docs/formats/ninjs.md. Thread-safe
/// (stateless).
/// </summary>
internal static partial class NinjsExtension
{
    /// <summary>The extension format version written (version 1, before Model 2, is still read).</summary>
    internal const int FormatVersion = 2;

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
        // The Model 2 parts first, as plain JSON into the second scratch buffer, copied in escaped at the end.
        ArrayBufferWriter<byte>? model = null;
        if (HasModel(article))
        {
            model = WriterCache.Second();
            var writer = WriterCache.Inner(model);
            WriteModel(writer, article);
            WriterCache.Release(writer, indented: false);
        }
        var json = new EscapedJsonBuilder(output);
        var zone = article.Publication.Zone;
        json.Raw("\"{\\\"version\\\":2,\\\"zone\\\":"u8);
        json.String(zone.Id);
        var timeline = article.Timeline;
        json.Raw(",\\\"timeline\\\":{\\\"published\\\":"u8);
        if (timeline.Published is null)
        {
            json.Raw("null"u8);
        }
        else
        {
            WriteStamp(ref json, zone, timeline.Published);
        }
        if (timeline.Updated is not null)
        {
            json.Raw(",\\\"updated\\\":"u8);
            WriteStamp(ref json, zone, timeline.Updated);
        }
        if (timeline.Created is not null)
        {
            json.Raw(",\\\"created\\\":"u8);
            WriteStamp(ref json, zone, timeline.Created);
        }
        if (timeline.EmbargoedUntil is not null)
        {
            json.Raw(",\\\"embargoedUntil\\\":"u8);
            WriteStamp(ref json, zone, timeline.EmbargoedUntil);
        }
        if (!timeline.Corrections.IsEmpty)
        {
            json.Raw(",\\\"corrections\\\":["u8);
            Span<byte> text = stackalloc byte[Rfc3339.MaxLength];
            bool first = true;
            foreach (var correction in timeline.Corrections)
            {
                var moment = correction.Moment;
                var offset = Rfc3339.IsWritable(moment.Offset) ? moment.Offset : Offset.Zero;
                json.Raw(first ? "{\\\"at\\\":\\\""u8 : ",{\\\"at\\\":\\\""u8);
                first = false;
                json.Raw(text[..Rfc3339.Format(moment.Instant, offset, text)]);
                json.Raw("\\\",\\\"zone\\\":"u8);
                json.String(moment.Zone.Id);
                json.Optional(",\\\"printed\\\":"u8, moment.Printed);
                WritePrecision(ref json, moment, first: false);
                json.Raw(",\\\"text\\\":"u8);
                json.String(correction.Text);
                json.Raw("}"u8);
            }
            json.Raw("]"u8);
        }
        json.Raw("}"u8);
        if (PlainBody.IsPlainParagraphs(article.Blocks) && ParagraphsNeedLengths(article.Body))
        {
            json.Raw(",\\\"paragraphs\\\":["u8);
            for (int i = 0; i < article.Body.Length; i++)
            {
                if (i > 0)
                {
                    json.Raw(","u8);
                }
                json.Number(article.Body[i].Length);
            }
            json.Raw("]"u8);
        }
        if (!article.Credits.IsEmpty)
        {
            json.Raw(",\\\"credits\\\":["u8);
            for (int i = 0; i < article.Credits.Length; i++)
            {
                var credit = article.Credits[i];
                json.Raw(i == 0 ? "{"u8 : ",{"u8);
                json.Raw(KindMember(credit.Kind)[1..]);
                json.Raw(RoleMember(credit.Role));
                json.Optional(",\\\"printed\\\":"u8, credit.Printed);
                WriteIdentity(ref json, credit.Id, credit.ProfileUrl);
                json.Raw("}"u8);
            }
            json.Raw("]"u8);
        }
        if (!article.Parties.IsEmpty)
        {
            json.Raw(",\\\"parties\\\":["u8);
            for (int i = 0; i < article.Parties.Length; i++)
            {
                if (i > 0)
                {
                    json.Raw(","u8);
                }
                WriteParty(ref json, article.Parties[i], named: false);
            }
            json.Raw("]"u8);
        }
        if (!article.Quotes.IsEmpty)
        {
            json.Raw(",\\\"quotes\\\":["u8);
            var speakers = SpeakerIndexes(article);
            for (int i = 0; i < article.Quotes.Length; i++)
            {
                var quote = article.Quotes[i];
                json.Raw(i == 0 ? "{"u8 : ",{"u8);
                if (!quote.Range.Slice(article.Body[quote.Paragraph]).SequenceEqual(quote.Text))
                {
                    json.Raw("\\\"text\\\":"u8);
                    json.String(quote.Text);
                    json.Raw(","u8);
                }
                json.Raw(quote.Kind switch
                {
                    QuoteKind.Direct => "\\\"kind\\\":\\\"direct\\\",\\\"paragraph\\\":"u8,
                    QuoteKind.Partial => "\\\"kind\\\":\\\"partial\\\",\\\"paragraph\\\":"u8,
                    _ => "\\\"kind\\\":\\\"indirect\\\",\\\"paragraph\\\":"u8,
                });
                json.Number(quote.Paragraph);
                json.Raw(",\\\"start\\\":"u8);
                json.Number(quote.Range.Start);
                json.Raw(",\\\"length\\\":"u8);
                json.Number(quote.Range.Length);
                var attribution = quote.Attribution;
                if (attribution.Speaker is null)
                {
                    // An unresolved or anonymous attribution: its kind and no speaker (its mention follows).
                    json.Raw(attribution.Kind == AttributionKind.Anonymous ? ",\\\"attribution\\\":\\\"anonymous\\\""u8 : ",\\\"attribution\\\":\\\"unresolved\\\""u8);
                }
                else
                {
                    json.Raw(",\\\"speaker\\\":"u8);
                    int speaker = speakers is null ? article.Parties.IndexOf(attribution.Speaker) : speakers.GetValueOrDefault(attribution.Speaker, -1);
                    if (speaker >= 0)
                    {
                        json.Number(speaker);
                    }
                    else
                    {
                        WriteParty(ref json, attribution.Speaker, named: true);
                    }
                }
                json.Optional(",\\\"mention\\\":"u8, attribution.Mention);
                json.Optional(",\\\"cue\\\":"u8, attribution.Cue);
                json.Optional(",\\\"via\\\":"u8, attribution.Via);
                json.Raw("}"u8);
            }
            json.Raw("]"u8);
        }
        if (model is not null)
        {
            json.Raw(",\\\"model\\\":"u8);
            json.Json(model.WrittenSpan);
        }
        json.Raw("}\""u8);
        json.Finish();
    }

    /// <summary>Writes a credit's or party's id and profile URL, when it has them.</summary>
    private static void WriteIdentity(ref EscapedJsonBuilder json, string? id, string? profileUrl)
    {
        json.Optional(",\\\"id\\\":"u8, id);
        json.Optional(",\\\"profileUrl\\\":"u8, profileUrl);
    }

    /// <summary>The index of the first equal entry of each party, for articles where looking each speaker up in the
    /// list would cost quotes × parties; null for small articles (which look up directly, allocating nothing).</summary>
    private static Dictionary<Party, int>? SpeakerIndexes(Article article)
    {
        if ((long)article.Quotes.Length * article.Parties.Length <= 1024)
        {
            return null;
        }
        var indexes = new Dictionary<Party, int>(article.Parties.Length);
        for (int i = 0; i < article.Parties.Length; i++)
        {
            indexes.TryAdd(article.Parties[i], i);
        }
        return indexes;
    }

    /// <summary>Writes a stamp's zone (only when it differs from the publication's, which the reader then takes),
    /// printed text, precision and reference.</summary>
    private static void WriteStamp(ref EscapedJsonBuilder json, DateTimeZone publicationZone, Moment moment)
    {
        bool first = true;
        if (!string.Equals(moment.Zone.Id, publicationZone.Id, StringComparison.Ordinal))
        {
            json.Raw("{\\\"zone\\\":"u8);
            json.String(moment.Zone.Id);
            first = false;
        }
        if (moment.Printed is not null)
        {
            json.Raw(first ? "{\\\"printed\\\":"u8 : ",\\\"printed\\\":"u8);
            json.String(moment.Printed);
            first = false;
        }
        first = WritePrecision(ref json, moment, first);
        json.Raw(first ? "{}"u8 : "}"u8);
    }

    /// <summary>Writes a moment's <c>precision</c> (unless exact) and <c>relativeTo</c> (when relative) as members of an
    /// object that is not opened yet when <paramref name="first"/>.</summary>
    /// <returns>Whether the object is still not opened.</returns>
    private static bool WritePrecision(ref EscapedJsonBuilder json, Moment moment, bool first)
    {
        if (moment.Precision != MomentPrecision.Exact)
        {
            json.Raw(first ? "{"u8 : ","u8);
            json.Raw(moment.Precision switch
            {
                MomentPrecision.Second => "\\\"precision\\\":\\\"second\\\""u8,
                MomentPrecision.Minute => "\\\"precision\\\":\\\"minute\\\""u8,
                MomentPrecision.Hour => "\\\"precision\\\":\\\"hour\\\""u8,
                _ => "\\\"precision\\\":\\\"day\\\""u8,
            });
            first = false;
        }
        if (moment.RelativeTo is { } reference)
        {
            Span<byte> text = stackalloc byte[Rfc3339.MaxLength];
            json.Raw(first ? "{\\\"relativeTo\\\":\\\""u8 : ",\\\"relativeTo\\\":\\\""u8);
            json.Raw(text[..Rfc3339.FormatUtc(reference, text)]);
            json.Raw("\\\""u8);
            first = false;
        }
        return first;
    }

    /// <summary>Writes a party; its name only when <paramref name="named"/> (a party of the article's list takes
    /// its name from its ninjs <c>people</c> / <c>organisations</c> entry).</summary>
    private static void WriteParty(ref EscapedJsonBuilder json, Party party, bool named)
    {
        if (named)
        {
            json.Raw("{\\\"name\\\":"u8);
            json.String(party.Name);
            json.Raw(KindMember(party.Kind));
        }
        else
        {
            json.Raw("{"u8);
            json.Raw(KindMember(party.Kind)[1..]);
        }
        json.Optional(",\\\"role\\\":"u8, party.Role);
        json.Optional(",\\\"affiliation\\\":"u8, party.Affiliation);
        WriteIdentity(ref json, party.Id, party.ProfileUrl);
        json.Raw("}"u8);
    }

    private static ReadOnlySpan<byte> KindMember(PartyKind kind) => kind == PartyKind.Person
        ? ",\\\"kind\\\":\\\"person\\\""u8
        : ",\\\"kind\\\":\\\"organisation\\\""u8;

    private static ReadOnlySpan<byte> RoleMember(CreditRole role) => role switch
    {
        CreditRole.Author => ",\\\"role\\\":\\\"author\\\""u8,
        CreditRole.AdditionalReporting => ",\\\"role\\\":\\\"additional-reporting\\\""u8,
        CreditRole.Photographer => ",\\\"role\\\":\\\"photographer\\\""u8,
        CreditRole.SourceAgency => ",\\\"role\\\":\\\"source-agency\\\""u8,
        CreditRole.Editor => ",\\\"role\\\":\\\"editor\\\""u8,
        _ => ",\\\"role\\\":\\\"contributor\\\""u8,
    };

    /// <summary>A timeline stamp's zone, printed text, precision and reference (its instant is in the ninjs date
    /// member). The zone is
    /// null while reading when the stamp has none of its own (it is the publication's), and set once the
    /// extension is read.</summary>
    internal readonly record struct Stamp(DateTimeZone? Zone, string? Printed, MomentPrecision Precision, Instant? RelativeTo)
    {
        /// <summary>The moment at <paramref name="instant"/>; only on a stamp of a read extension.</summary>
        /// <exception cref="ArgumentException">The stamp is an absolute date-only one and the instant is not the
        /// start of a day in its zone.</exception>
        internal Moment At(Instant instant) => new(instant, Zone!, Printed, Precision, RelativeTo);

        internal static Stamp? WithZone(Stamp? stamp, DateTimeZone zone) => stamp is { } s ? s with { Zone = s.Zone ?? zone } : null;
    }

    /// <summary>What the extension holds, parsed.</summary>
    internal sealed class Data
    {
        internal DateTimeZone Zone { get; set; } = DateTimeZone.Utc;

        internal Stamp? Published { get; set; }

        internal bool SawPublished { get; set; }

        internal Stamp? Updated { get; set; }

        internal Stamp? Created { get; set; }

        internal Stamp? EmbargoedUntil { get; set; }

        internal List<Correction> Corrections { get; } = [];

        internal List<int>? Paragraphs { get; set; }

        internal List<CreditData> Credits { get; } = [];

        internal List<PartyData> Parties { get; } = [];

        internal List<QuoteData> Quotes { get; } = [];

        internal ModelData? Model { get; set; }
    }

    /// <summary>A credit as read; without a name when it is to be taken from the credit's ninjs entry.</summary>
    internal readonly record struct CreditData(string? Name, PartyKind Kind, CreditRole Role, string? Printed, string? Id, string? ProfileUrl, string Path);

    /// <summary>A party as read; without a name when it is to be taken from the party's ninjs entry.</summary>
    internal readonly record struct PartyData(string? Name, PartyKind Kind, string? Role, string? Affiliation, string? Id, string? ProfileUrl, string Path);

    /// <summary>A quote as read, checked against the body once the body is known.</summary>
    internal readonly record struct QuoteData(string? Text, QuoteKind Kind, int Paragraph, int Start, int Length, AttributionKind Attribution, Party? Speaker, int SpeakerIndex, string? Mention, string? Cue, string? Via, string Path);

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
                    if (cursor.GetInt32(ExpectedVersion) is not (1 or FormatVersion))
                    {
                        throw cursor.Fail(ExpectedVersion);
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
                    ReadArray(ref cursor, data.Parties, ReadListedParty);
                    break;
                case "quotes":
                    ReadArray(ref cursor, data.Quotes, ReadQuote);
                    break;
                case "model":
                    data.Model = ReadModel(ref cursor);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        cursor.ExpectEnd();
        if (!sawZone || !data.SawPublished)
        {
            throw cursor.Fail("the members zone and timeline.published", "an object without them");
        }
        data.Published = Stamp.WithZone(data.Published, data.Zone);
        data.Updated = Stamp.WithZone(data.Updated, data.Zone);
        data.Created = Stamp.WithZone(data.Created, data.Zone);
        data.EmbargoedUntil = Stamp.WithZone(data.EmbargoedUntil, data.Zone);
        return data;
    }

    private const string ExpectedVersion = "the extension version 1 or 2";

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
                    // null: not published (a draft or a scheduled story).
                    data.Published = cursor.TokenType == JsonTokenType.Null ? null : ReadStamp(ref cursor);
                    data.SawPublished = true;
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
        var precision = MomentPrecision.Exact;
        Instant? relativeTo = null;
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
                case "precision":
                    precision = ReadPrecision(ref cursor);
                    break;
                case "relativeTo":
                    relativeTo = ReadReference(ref cursor);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        return new Stamp(zone, printed, precision, relativeTo);
    }

    private const string ExpectedPrecision = "a precision, one of second, minute, hour, day";

    private static MomentPrecision ReadPrecision(ref JsonCursor cursor) =>
        cursor.GetString(ExpectedPrecision) switch
        {
            "second" => MomentPrecision.Second,
            "minute" => MomentPrecision.Minute,
            "hour" => MomentPrecision.Hour,
            "day" => MomentPrecision.Day,
            _ => throw cursor.Fail(ExpectedPrecision),
        };

    private const string ExpectedReference = "the reference instant of a relative stamp, an RFC 3339 date-time with an offset";

    private static Instant ReadReference(ref JsonCursor cursor) =>
        Rfc3339.TryParse(cursor.GetString(ExpectedReference), null, out var instant, out _) == Rfc3339.Status.Ok
            ? instant
            : throw cursor.Fail(ExpectedReference);

    private static Correction ReadCorrection(ref JsonCursor cursor)
    {
        cursor.ExpectStartObject();
        Instant? at = null, relativeTo = null;
        DateTimeZone? zone = null;
        string? printed = null, text = null;
        var precision = MomentPrecision.Exact;
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
                case "precision":
                    precision = ReadPrecision(ref cursor);
                    break;
                case "relativeTo":
                    relativeTo = ReadReference(ref cursor);
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
        return new Correction(new Moment(at.Value, zone, printed, precision, relativeTo), text);
    }

    private static CreditData ReadCredit(ref JsonCursor cursor)
    {
        string path = cursor.Path;
        var fields = ReadNamed(ref cursor, "credit", nameRequired: false);
        if (fields.Role is null)
        {
            throw cursor.Fail("the members kind and role", "an object without them");
        }
        return FormatNames.TryCreditRole(fields.Role, out var role)
            ? new CreditData(fields.Name, fields.Kind, role, fields.Printed, fields.Id, fields.ProfileUrl, path)
            : throw cursor.Fail("a credit role, " + FormatNames.CreditRoles, "\"" + fields.Role + "\"");
    }

    private static PartyData ReadListedParty(ref JsonCursor cursor)
    {
        string path = cursor.Path;
        var fields = ReadNamed(ref cursor, "party", nameRequired: false);
        return new PartyData(fields.Name, fields.Kind, fields.Role, fields.Affiliation, fields.Id, fields.ProfileUrl, path);
    }

    private static Party ReadParty(ref JsonCursor cursor)
    {
        var fields = ReadNamed(ref cursor, "party", nameRequired: true);
        return new Party(fields.Name!, fields.Kind, fields.Role, fields.Affiliation, fields.Id, fields.ProfileUrl);
    }

    private readonly record struct Named(string? Name, PartyKind Kind, string? Role, string? Affiliation, string? Printed, string? Id, string? ProfileUrl);

    /// <summary>Reads a credit or party object: kind, the name (optional unless <paramref name="nameRequired"/>)
    /// and the optional role, affiliation, printed.</summary>
    private static Named ReadNamed(ref JsonCursor cursor, string what, bool nameRequired)
    {
        cursor.ExpectStartObject();
        string? name = null, role = null, affiliation = null, printed = null, id = null, profileUrl = null;
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
                case "id":
                    id = cursor.GetNonEmptyString("the " + what + "'s id, a non-empty string");
                    break;
                case "profileUrl":
                    profileUrl = cursor.GetNonEmptyString("the " + what + "'s profile URL, a non-empty string");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        if ((nameRequired && name is null) || kind is null)
        {
            throw nameRequired ? cursor.Fail("the members name and kind", "an object without them") : cursor.Fail("a member kind", "an object without it");
        }
        return new Named(name, kind.Value, role, affiliation, printed, id, profileUrl);
    }

    private const string ExpectedAttribution = "an attribution kind, unresolved or anonymous";

    private static QuoteData ReadQuote(ref JsonCursor cursor)
    {
        cursor.ExpectStartObject();
        string path = cursor.Path;
        string? text = null, mention = null, cue = null, via = null;
        QuoteKind? kind = null;
        int paragraph = -1, start = -1, length = -1;
        Party? speaker = null;
        int speakerIndex = -1;
        var attribution = AttributionKind.Resolved;
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
                case "attribution":
                    attribution = cursor.GetString(ExpectedAttribution) switch
                    {
                        "unresolved" => AttributionKind.Unresolved,
                        "anonymous" => AttributionKind.Anonymous,
                        _ => throw cursor.Fail(ExpectedAttribution),
                    };
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
        if (kind is null || paragraph < 0 || start < 0 || length < 0 || length > int.MaxValue - start)
        {
            throw cursor.Fail("the members kind, paragraph, start and length", "an object without them");
        }
        bool resolved = attribution == AttributionKind.Resolved;
        if (resolved != (speaker is not null || speakerIndex >= 0) || (!resolved && mention is null))
        {
            throw cursor.Fail("a speaker, or an attribution unresolved or anonymous with a mention and no speaker", "neither");
        }
        return new QuoteData(text, kind.Value, paragraph, start, length, attribution, speaker, speakerIndex, mention, cue, via, path);
    }
}
