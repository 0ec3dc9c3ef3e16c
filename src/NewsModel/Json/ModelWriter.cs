using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;

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
    internal void WriteMembers(Utf8JsonWriter writer)
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
/// Hand-written writers of every model type of the <c>newsmodel/1</c> format, on <see cref="Utf8JsonWriter"/>.
/// Optional members are omitted when absent, empty optional collections are omitted. Stateless and thread-safe.
/// </summary>
internal static class ModelWriter
{
    private static readonly JsonEncodedText FormatValue = JsonEncodedText.Encode(ModelReader.FormatName);

    internal static void WriteArticle(Utf8JsonWriter w, Article a, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Format], FormatValue);
        w.WriteString(n[Prop.Id], a.Id);
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
        WriteStrings(w, n[Prop.Body], a.Body);
        WriteArray(w, n, Prop.Parties, a.Parties, WriteParty, scope);
        WriteArray(w, n, Prop.Quotes, a.Quotes, WriteQuote, scope);
        if (!a.Places.IsEmpty)
        {
            WriteStrings(w, n[Prop.Places], a.Places);
        }
        WriteOptional(w, n[Prop.Copyright], a.Copyright);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    /// <summary>Writes a non-empty array of objects (an empty one is omitted).</summary>
    private static void WriteArray<T>(Utf8JsonWriter w, JsonNames n, Prop prop, ImmutableArray<T> items, Action<Utf8JsonWriter, T, JsonNames, ExtrasScope> write, ExtrasScope scope)
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

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    internal static void WritePublication(Utf8JsonWriter w, Publication p, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], p.Name);
        WriteOptional(w, n[Prop.ShortName], p.ShortName);
        w.WriteString(n[Prop.Zone], p.Zone.Id);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteTimeline(Utf8JsonWriter w, Timeline t, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WritePropertyName(n[Prop.Published]);
        WriteMoment(w, t.Published, n, scope.Child(n.Text[(int)Prop.Published]));
        WriteOptionalMoment(w, n, Prop.Updated, t.Updated, scope);
        WriteOptionalMoment(w, n, Prop.Created, t.Created, scope);
        WriteOptionalMoment(w, n, Prop.EmbargoedUntil, t.EmbargoedUntil, scope);
        WriteArray(w, n, Prop.Corrections, t.Corrections, WriteCorrection, scope);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    private static void WriteOptionalMoment(Utf8JsonWriter w, JsonNames n, Prop prop, Moment? moment, ExtrasScope scope)
    {
        if (moment is not null)
        {
            w.WritePropertyName(n[prop]);
            WriteMoment(w, moment, n, scope.Child(n.Text[(int)prop]));
        }
    }

    internal static void WriteMoment(Utf8JsonWriter w, Moment m, JsonNames n, ExtrasScope scope)
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
            w.WriteString(n[Prop.Precision], EnumNames.Precisions[(int)m.Precision - 1]);
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

    internal static void WriteCorrection(Utf8JsonWriter w, Correction c, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WritePropertyName(n[Prop.Moment]);
        WriteMoment(w, c.Moment, n, scope.Child(n.Text[(int)Prop.Moment]));
        w.WriteString(n[Prop.Text], c.Text);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteCredit(Utf8JsonWriter w, Credit c, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], c.Name);
        w.WriteString(n[Prop.Kind], EnumNames.PartyKinds[(int)c.Kind]);
        w.WriteString(n[Prop.Role], EnumNames.CreditRoles[(int)c.Role]);
        WriteOptional(w, n[Prop.Printed], c.Printed);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteParty(Utf8JsonWriter w, Party p, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], p.Name);
        w.WriteString(n[Prop.Kind], EnumNames.PartyKinds[(int)p.Kind]);
        WriteOptional(w, n[Prop.Role], p.Role);
        WriteOptional(w, n[Prop.Affiliation], p.Affiliation);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteAttribution(Utf8JsonWriter w, Attribution a, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WritePropertyName(n[Prop.Speaker]);
        WriteParty(w, a.Speaker, n, scope.Child(n.Text[(int)Prop.Speaker]));
        WriteOptional(w, n[Prop.Mention], a.Mention);
        WriteOptional(w, n[Prop.Cue], a.Cue);
        WriteOptional(w, n[Prop.Via], a.Via);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteQuote(Utf8JsonWriter w, Quote q, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Text], q.Text);
        w.WriteString(n[Prop.Kind], EnumNames.QuoteKinds[(int)q.Kind]);
        w.WriteNumber(n[Prop.Paragraph], q.Paragraph);
        w.WritePropertyName(n[Prop.Range]);
        WriteRange(w, q.Range, n, scope.Child(n.Text[(int)Prop.Range]));
        w.WritePropertyName(n[Prop.Attribution]);
        WriteAttribution(w, q.Attribution, n, scope.Child(n.Text[(int)Prop.Attribution]));
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteRange(Utf8JsonWriter w, TextRange r, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteNumber(n[Prop.Start], r.Start);
        w.WriteNumber(n[Prop.Length], r.Length);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }
}
