using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NewsModel.Shape;

namespace NewsModel.Json;

/// <summary>Where a writer stands, for writing back unknown members; free when there are none (no path kept).</summary>
internal readonly struct ExtrasScope
{
    private readonly NewsModelJsonExtras? _extras;
    private readonly string? _path;

    internal ExtrasScope(NewsModelJsonExtras? extras, string path)
    {
        _extras = extras is null || extras.Count == 0 ? null : extras;
        _path = _extras is null ? null : path;
    }

    internal ExtrasScope Child(string name) => _extras is null ? default : new(_extras, JsonPath.Child(_path!, name));

    internal ExtrasScope Element(int index) => _extras is null ? default : new(_extras, JsonPath.Element(_path!, index));

    /// <summary>Writes the unknown members of the object at this path.</summary>
    internal void WriteMembers<TOut>(TOut writer)
        where TOut : struct, IJsonOutput
    {
        if (_extras?.ForParent(_path!) is { } members)
        {
            foreach (var member in members)
            {
                writer.WritePropertyName(member.Name);
                writer.WriteRawValue(member.RawJson, skipInputValidation: true);
            }
        }
    }
}

/// <summary>
/// Hand-written writers of every model type of the <c>newsmodel/2</c> format, on an <see cref="IJsonOutput"/> (a caller's
/// <see cref="Utf8JsonWriter"/> or the library's own <see cref="CompactJsonWriter"/>), in the
/// member order of <see cref="ModelShape"/>. Optional members are omitted when absent, empty optional collections are
/// omitted. Stateless and thread-safe.
/// </summary>
internal static class ModelWriter
{
    private static readonly JsonEncodedText FormatValue = JsonEncodedText.Encode(ModelShape.FormatName);

    /// <summary>
    /// Refuses (with an <see cref="ArgumentException"/> naming the JSON path) an article holding a text longer than
    /// <paramref name="maxLength"/> UTF-16 code units, which the readers would refuse to read back
    /// (<see cref="NewsModelJsonOptions.MaxStringLength"/>): what is written can always be read.
    /// </summary>
    internal static void CheckLengths(Article a, JsonNames n, int maxLength)
    {
        var longest = new TextWalk(maxLength, null);
        longest.Article(a);
        if (!longest.Over)
        {
            return;
        }
        var find = new TextWalk(maxLength, n);
        find.Article(a);
        throw new ArgumentException(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"the text at {find.FoundPath} has {find.FoundLength} characters, more than the {maxLength} a reading accepts (NewsModelJsonOptions.MaxStringLength); shorten it or raise the limit for both writing and reading"));
    }

    internal static void WriteArticle<TOut>(TOut w, Article a, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Format], FormatValue);
        w.WriteString(n[Prop.Id], a.Id);
        if (a.Status != ArticleStatus.Published)
        {
            w.WriteString(n[Prop.Status], ModelShape.Statuses.EncodedOf((int)a.Status));
        }
        WriteOptional(w, n[Prop.CanonicalUrl], a.CanonicalUrl);
        w.WriteString(n[Prop.Language], a.Language);
        w.WritePropertyName(n[Prop.Publication]);
        WritePublication(w, a.Publication, n, scope.Child(n.Text[(int)Prop.Publication]));
        w.WriteString(n[Prop.Headline], a.Headline);
        WriteOptional(w, n[Prop.Standfirst], a.Standfirst);
        WriteOptional(w, n[Prop.Dateline], a.Dateline);
        w.WritePropertyName(n[Prop.Timeline]);
        WriteTimeline(w, a.Timeline, n, scope.Child(n.Text[(int)Prop.Timeline]));
        WriteArray(w, n, Prop.Credits, a.Credits, WriteCredit, scope);
        var bodyScope = scope.Child(n.Text[(int)Prop.Body]);
        w.WriteStartArray(n[Prop.Body]);
        for (int i = 0; i < a.Blocks.Length; i++)
        {
            WriteBlock(w, a.Blocks[i], n, bodyScope.Element(i));
        }
        w.WriteEndArray();
        WriteArray(w, n, Prop.Media, a.Media, WriteMediaAsset, scope);
        WriteOptional(w, n[Prop.LeadMedia], a.LeadMedia);
        if (!a.Taxonomy.IsEmpty)
        {
            w.WritePropertyName(n[Prop.Taxonomy]);
            WriteTaxonomy(w, a.Taxonomy, n, scope.Child(n.Text[(int)Prop.Taxonomy]));
        }
        WriteArray(w, n, Prop.Parties, a.Parties, WriteParty, scope);
        if (!a.Quotes.IsEmpty)
        {
            var quotesScope = scope.Child(n.Text[(int)Prop.Quotes]);
            w.WriteStartArray(n[Prop.Quotes]);
            for (int i = 0; i < a.Quotes.Length; i++)
            {
                WriteQuote(w, a.Quotes[i], n, quotesScope.Element(i), a.SpeakerIndex(i));
            }
            w.WriteEndArray();
        }
        if (!a.Places.IsEmpty)
        {
            WriteStrings(w, n[Prop.Places], a.Places);
        }
        if (a.Rights is not null)
        {
            w.WritePropertyName(n[Prop.Rights]);
            WriteRights(w, a.Rights, n, scope.Child(n.Text[(int)Prop.Rights]));
        }
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    /// <summary>Writes a non-empty array of objects (an empty one is omitted).</summary>
    private static void WriteArray<TOut, T>(TOut w, JsonNames n, Prop prop, ImmutableArray<T> items, Action<TOut, T, JsonNames, ExtrasScope> write, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        if (items.IsEmpty)
        {
            return;
        }
        var arrayScope = scope.Child(n.Text[(int)prop]);
        w.WriteStartArray(n[prop]);
        for (int i = 0; i < items.Length; i++)
        {
            write(w, items[i], n, arrayScope.Element(i));
        }
        w.WriteEndArray();
    }

    private static void WriteStrings<TOut>(TOut w, JsonEncodedText name, ImmutableArray<string> values)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }

    private static void WriteOptional<TOut>(TOut w, JsonEncodedText name, string? value)
        where TOut : struct, IJsonOutput
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptional<TOut>(TOut w, JsonEncodedText name, int? value)
        where TOut : struct, IJsonOutput
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
    }

    internal static void WritePublication<TOut>(TOut w, Publication p, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], p.Name);
        WriteOptional(w, n[Prop.ShortName], p.ShortName);
        w.WriteString(n[Prop.Zone], p.Zone.Id);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteTimeline<TOut>(TOut w, Timeline t, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        WriteOptionalMoment(w, n, Prop.Published, t.Published, scope);
        WriteOptionalMoment(w, n, Prop.Updated, t.Updated, scope);
        WriteOptionalMoment(w, n, Prop.Created, t.Created, scope);
        WriteOptionalMoment(w, n, Prop.EmbargoedUntil, t.EmbargoedUntil, scope);
        WriteOptionalMoment(w, n, Prop.Scheduled, t.Scheduled, scope);
        if (t.Withdrawal is { } withdrawal)
        {
            var child = scope.Child(n.Text[(int)Prop.Withdrawal]);
            w.WriteStartObject(n[Prop.Withdrawal]);
            w.WritePropertyName(n[Prop.Moment]);
            WriteMoment(w, withdrawal.Moment, n, child.Child(n.Text[(int)Prop.Moment]));
            WriteOptional(w, n[Prop.Reason], withdrawal.Reason);
            child.WriteMembers(w);
            w.WriteEndObject();
        }
        WriteArray(w, n, Prop.Corrections, t.Corrections, WriteCorrection, scope);
        WriteArray(w, n, Prop.Revisions, t.Revisions, WriteRevision, scope);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    private static void WriteOptionalMoment<TOut>(TOut w, JsonNames n, Prop prop, Moment? moment, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        if (moment is not null)
        {
            w.WritePropertyName(n[prop]);
            WriteMoment(w, moment, n, scope.Child(n.Text[(int)prop]));
        }
    }

    internal static void WriteMoment<TOut>(TOut w, Moment m, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxLength + 2];
        int length = Rfc3339.Format(m.Instant, m.Offset, buffer[1..]);
        if (length < 0)
        {
            throw new JsonException($"The moment {m.Instant} in {m.Zone.Id} cannot be written: RFC 3339 holds local years 0001 to 9999 only.");
        }
        buffer[0] = (byte)'"';
        buffer[length + 1] = (byte)'"';
        w.WriteStartObject();
        w.WritePropertyName(n[Prop.At]);
        w.WriteRawValue(buffer[..(length + 2)], skipInputValidation: true);
        w.WriteString(n[Prop.Zone], m.Zone.Id);
        WriteOptional(w, n[Prop.Printed], m.Printed);
        if (m.Precision != MomentPrecision.Exact)
        {
            w.WriteString(n[Prop.Precision], ModelShape.Precisions.EncodedOf((int)m.Precision));
        }
        if (m.RelativeTo is { } reference)
        {
            length = Rfc3339.FormatUtc(reference, buffer[1..]);
            if (length < 0)
            {
                throw new JsonException($"The moment {m.Instant} in {m.Zone.Id} cannot be written: its reference {reference} falls outside the years 0001 to 9999 that RFC 3339 holds.");
            }
            buffer[length + 1] = (byte)'"';
            w.WritePropertyName(n[Prop.RelativeTo]);
            w.WriteRawValue(buffer[..(length + 2)], skipInputValidation: true);
        }
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteCorrection<TOut>(TOut w, Correction c, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WritePropertyName(n[Prop.Moment]);
        WriteMoment(w, c.Moment, n, scope.Child(n.Text[(int)Prop.Moment]));
        w.WriteString(n[Prop.Text], c.Text);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteRevision<TOut>(TOut w, Revision r, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WritePropertyName(n[Prop.Moment]);
        WriteMoment(w, r.Moment, n, scope.Child(n.Text[(int)Prop.Moment]));
        WriteOptional(w, n[Prop.Note], r.Note);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteCredit<TOut>(TOut w, Credit c, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], c.Name);
        w.WriteString(n[Prop.Kind], ModelShape.PartyKinds.EncodedOf((int)c.Kind));
        w.WriteString(n[Prop.Role], ModelShape.CreditRoles.EncodedOf((int)c.Role));
        WriteOptional(w, n[Prop.Printed], c.Printed);
        WriteOptional(w, n[Prop.Id], c.Id);
        WriteOptional(w, n[Prop.ProfileUrl], c.ProfileUrl);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteParty<TOut>(TOut w, Party p, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], p.Name);
        w.WriteString(n[Prop.Kind], ModelShape.PartyKinds.EncodedOf((int)p.Kind));
        WriteOptional(w, n[Prop.Role], p.Role);
        WriteOptional(w, n[Prop.Affiliation], p.Affiliation);
        WriteOptional(w, n[Prop.Id], p.Id);
        WriteOptional(w, n[Prop.ProfileUrl], p.ProfileUrl);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    /// <summary>Writes an attribution outside an article: the speaker as a party object.</summary>
    internal static void WriteAttribution<TOut>(TOut w, Attribution a, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput =>
        WriteAttribution(w, a, n, scope, -1);

    /// <summary>Writes an attribution; within an article (<paramref name="speaker"/> at least 0) the speaker is its index
    /// in the parties.</summary>
    private static void WriteAttribution<TOut>(TOut w, Attribution a, JsonNames n, ExtrasScope scope, int speaker)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        if (a.Kind != AttributionKind.Resolved)
        {
            w.WriteString(n[Prop.Kind], ModelShape.AttributionKinds.EncodedOf((int)a.Kind));
        }
        else if (speaker >= 0)
        {
            w.WriteNumber(n[Prop.Speaker], speaker);
        }
        else
        {
            w.WritePropertyName(n[Prop.Speaker]);
            WriteParty(w, a.Speaker!, n, scope.Child(n.Text[(int)Prop.Speaker]));
        }
        WriteOptional(w, n[Prop.Mention], a.Mention);
        WriteOptional(w, n[Prop.Cue], a.Cue);
        WriteOptional(w, n[Prop.Via], a.Via);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    /// <summary>Writes a quote outside an article: its speaker as a party object.</summary>
    internal static void WriteQuote<TOut>(TOut w, Quote q, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput => WriteQuote(w, q, n, scope, -1);

    private static void WriteQuote<TOut>(TOut w, Quote q, JsonNames n, ExtrasScope scope, int speaker)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Text], q.Text);
        w.WriteString(n[Prop.Kind], ModelShape.QuoteKinds.EncodedOf((int)q.Kind));
        w.WriteNumber(n[Prop.Paragraph], q.Paragraph);
        w.WritePropertyName(n[Prop.Range]);
        WriteRange(w, q.Range, n, scope.Child(n.Text[(int)Prop.Range]));
        w.WritePropertyName(n[Prop.Attribution]);
        WriteAttribution(w, q.Attribution, n, scope.Child(n.Text[(int)Prop.Attribution]), speaker);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteRange<TOut>(TOut w, TextRange r, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteNumber(n[Prop.Start], r.Start);
        w.WriteNumber(n[Prop.Length], r.Length);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteBlock<TOut>(TOut w, Block b, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Type], ModelShape.BlockTypes.EncodedOf((int)b.Kind));
        switch (b)
        {
            case ParagraphBlock p:
                WriteInlineMembers(w, p.Text, n, scope);
                break;
            case HeadingBlock h:
                w.WriteNumber(n[Prop.Level], h.Level);
                WriteInlineMembers(w, h.Text, n, scope);
                break;
            case ListBlock l:
                if (l.Ordered)
                {
                    w.WriteBoolean(n[Prop.Ordered], true);
                }
                WriteArray(w, n, Prop.Items, l.Items, WriteInline, scope, keepEmpty: true);
                break;
            case QuoteBlock q:
                WriteInlineMembers(w, q.Text, n, scope);
                WriteOptional(w, n[Prop.Citation], q.Citation);
                break;
            case MediaBlock m:
                w.WriteString(n[Prop.Media], m.MediaId);
                break;
            case EmbedBlock e:
                w.WriteString(n[Prop.Url], e.Url);
                WriteOptional(w, n[Prop.Provider], e.Provider);
                WriteOptional(w, n[Prop.Html], e.FallbackHtml);
                break;
            case TableBlock t:
                if (t.HeaderRow)
                {
                    w.WriteBoolean(n[Prop.HeaderRow], true);
                }
                var rowsScope = scope.Child(n.Text[(int)Prop.Rows]);
                w.WriteStartArray(n[Prop.Rows]);
                for (int r = 0; r < t.Rows.Length; r++)
                {
                    var rowScope = rowsScope.Element(r);
                    w.WriteStartObject();
                    WriteArray(w, n, Prop.Cells, t.Rows[r], WriteInline, rowScope, keepEmpty: true);
                    rowScope.WriteMembers(w);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case PreformattedBlock pre:
                w.WriteString(n[Prop.Text], pre.Text);
                break;
            case RelatedLinkBlock link:
                w.WriteString(n[Prop.Url], link.Url);
                w.WriteString(n[Prop.Title], link.Title);
                WriteOptional(w, n[Prop.Article], link.ArticleId);
                break;
            case RawHtmlBlock raw:
                w.WriteString(n[Prop.Html], raw.Html);
                break;
        }
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    /// <summary>Writes an array that is written even when empty (a list's items, a row's cells).</summary>
    private static void WriteArray<TOut, T>(TOut w, JsonNames n, Prop prop, ImmutableArray<T> items, Action<TOut, T, JsonNames, ExtrasScope> write, ExtrasScope scope, bool keepEmpty)
        where TOut : struct, IJsonOutput
    {
        if (!keepEmpty || !items.IsEmpty)
        {
            WriteArray(w, n, prop, items, write, scope);
            return;
        }
        w.WriteStartArray(n[prop]);
        w.WriteEndArray();
    }

    /// <summary>Writes inline text's members (text, marks) into the object being written.</summary>
    private static void WriteInlineMembers<TOut>(TOut w, InlineText t, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteString(n[Prop.Text], t.Text);
        WriteArray(w, n, Prop.Marks, t.Marks, WriteMark, scope);
    }

    internal static void WriteInline<TOut>(TOut w, InlineText t, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        WriteInlineMembers(w, t, n, scope);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteMark<TOut>(TOut w, Mark m, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Type], ModelShape.MarkTypes.EncodedOf((int)m.Kind));
        w.WriteNumber(n[Prop.Start], m.Range.Start);
        w.WriteNumber(n[Prop.Length], m.Range.Length);
        WriteOptional(w, n[Prop.Href], m.Href);
        WriteOptional(w, n[Prop.Title], m.Title);
        WriteOptional(w, n[Prop.Note], m.Note);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteRights<TOut>(TOut w, Rights r, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        WriteOptional(w, n[Prop.Holder], r.Holder);
        WriteOptional(w, n[Prop.Notice], r.Notice);
        WriteOptional(w, n[Prop.LicenseUrl], r.LicenseUrl);
        WriteOptional(w, n[Prop.UsageTerms], r.UsageTerms);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteRendition<TOut>(TOut w, Rendition r, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Uri], r.Uri);
        WriteOptional(w, n[Prop.Width], r.Width);
        WriteOptional(w, n[Prop.Height], r.Height);
        WriteOptional(w, n[Prop.MediaType], r.MediaType);
        WriteOptional(w, n[Prop.Name], r.Name);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteMediaAsset<TOut>(TOut w, MediaAsset m, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Id], m.Id);
        w.WriteString(n[Prop.Kind], ModelShape.MediaKinds.EncodedOf((int)m.Kind));
        WriteOptional(w, n[Prop.Uri], m.Uri);
        WriteOptional(w, n[Prop.MediaType], m.MediaType);
        WriteOptional(w, n[Prop.AltText], m.AltText);
        if (m.Caption is not null)
        {
            w.WritePropertyName(n[Prop.Caption]);
            WriteInline(w, m.Caption, n, scope.Child(n.Text[(int)Prop.Caption]));
        }
        if (m.Credit is not null)
        {
            w.WritePropertyName(n[Prop.Credit]);
            WriteCredit(w, m.Credit, n, scope.Child(n.Text[(int)Prop.Credit]));
        }
        if (m.Rights is not null)
        {
            w.WritePropertyName(n[Prop.Rights]);
            WriteRights(w, m.Rights, n, scope.Child(n.Text[(int)Prop.Rights]));
        }
        WriteOptional(w, n[Prop.Width], m.Width);
        WriteOptional(w, n[Prop.Height], m.Height);
        if (m.Duration is { } duration)
        {
            Span<char> text = stackalloc char[48];
            int length = DurationText.Format(duration, text);
            w.WriteString(n[Prop.Duration], text[..length]);
        }
        WriteArray(w, n, Prop.Renditions, m.Renditions, WriteRendition, scope);
        if (!m.Items.IsEmpty)
        {
            WriteStrings(w, n[Prop.Items], m.Items);
        }
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteSection<TOut>(TOut w, Section s, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], s.Name);
        WriteOptional(w, n[Prop.Id], s.Id);
        WriteOptional(w, n[Prop.Url], s.Url);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteConcept<TOut>(TOut w, Concept c, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], c.Name);
        WriteOptional(w, n[Prop.Code], c.Code);
        WriteOptional(w, n[Prop.Scheme], c.Scheme);
        WriteOptional(w, n[Prop.Uri], c.Uri);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteTaxonomy<TOut>(TOut w, Taxonomy t, JsonNames n, ExtrasScope scope)
        where TOut : struct, IJsonOutput
    {
        w.WriteStartObject();
        if (t.PrimarySection is not null)
        {
            w.WritePropertyName(n[Prop.PrimarySection]);
            WriteSection(w, t.PrimarySection, n, scope.Child(n.Text[(int)Prop.PrimarySection]));
        }
        WriteArray(w, n, Prop.Sections, t.Sections, WriteSection, scope);
        WriteArray(w, n, Prop.Subjects, t.Subjects, WriteConcept, scope);
        if (!t.Keywords.IsEmpty)
        {
            WriteStrings(w, n[Prop.Keywords], t.Keywords);
        }
        WriteArray(w, n, Prop.Genres, t.Genres, WriteConcept, scope);
        WriteOptional(w, n[Prop.Urgency], t.Urgency);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }
}
