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
    private static readonly JsonEncodedText FormatValue = JsonEncodedText.Encode(ModelShape.FormatName);

    /// <summary>
    /// Refuses (with an <see cref="ArgumentException"/> naming the JSON path) an article holding a text longer than
    /// <paramref name="maxLength"/> UTF-16 code units, which the readers would refuse to read back
    /// (<see cref="NewsModelJsonOptions.MaxStringLength"/>): what is written can always be read.
    /// </summary>
    internal static void CheckLengths(Article a, JsonNames n, int maxLength)
    {
        if (Longest(a) > maxLength && FirstTooLong(a, n, maxLength) is { } found)
        {
            throw new ArgumentException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the text at {found.Path} has {found.Length} characters, more than the {maxLength} a reading accepts (NewsModelJsonOptions.MaxStringLength); shorten it or raise the limit for both writing and reading"));
        }
    }

    /// <summary>The length of the longest text the article holds (no allocation; the path is found only when needed).</summary>
    private static int Longest(Article a)
    {
        int longest = Math.Max(Math.Max(a.Id.Length, a.Headline.Length), Math.Max(a.Language.Length, a.Publication.Name.Length));
        longest = Math.Max(longest, Math.Max(Length(a.CanonicalUrl), Length(a.Publication.ShortName)));
        longest = Math.Max(longest, Math.Max(Length(a.Standfirst), Math.Max(Length(a.Dateline), Length(a.Copyright))));
        var t = a.Timeline;
        longest = Math.Max(longest, Math.Max(Length(t.Published.Printed), Length(t.Updated?.Printed)));
        longest = Math.Max(longest, Math.Max(Length(t.Created?.Printed), Length(t.EmbargoedUntil?.Printed)));
        foreach (var c in t.Corrections)
        {
            longest = Math.Max(longest, Math.Max(Length(c.Moment.Printed), c.Text.Length));
        }
        foreach (var text in a.Body)
        {
            longest = Math.Max(longest, text.Length);
        }
        foreach (var text in a.Places)
        {
            longest = Math.Max(longest, text.Length);
        }
        foreach (var c in a.Credits)
        {
            longest = Math.Max(longest, Math.Max(c.Name.Length, Length(c.Printed)));
        }
        foreach (var p in a.Parties)
        {
            longest = Math.Max(longest, Longest(p));
        }
        foreach (var q in a.Quotes)
        {
            var at = q.Attribution;
            longest = Math.Max(longest, Math.Max(q.Text.Length, Longest(at.Speaker)));
            longest = Math.Max(longest, Math.Max(Length(at.Mention), Math.Max(Length(at.Cue), Length(at.Via))));
        }
        return longest;
    }

    private static int Longest(Party p) => Math.Max(p.Name.Length, Math.Max(Length(p.Role), Length(p.Affiliation)));

    private static int Length(string? text) => text?.Length ?? 0;

    private static (string Path, int Length)? FirstTooLong(Article a, JsonNames n, int max)
    {
        string Name(Prop prop) => n.Text[(int)prop];
        string At(string parent, Prop prop) => JsonPath.Child(parent, Name(prop));
        (string, int)? Check(string? text, Func<string> path) => text is not null && text.Length > max ? (path(), text.Length) : null;
        (string, int)? CheckMoment(Moment? m, Func<string> path) => m is null ? null : Check(m.Printed, () => JsonPath.Child(path(), Name(Prop.Printed)));
        (string, int)? CheckParty(Party p, Func<string> path) =>
            Check(p.Name, () => JsonPath.Child(path(), Name(Prop.Name)))
            ?? Check(p.Role, () => JsonPath.Child(path(), Name(Prop.Role)))
            ?? Check(p.Affiliation, () => JsonPath.Child(path(), Name(Prop.Affiliation)));
        const string root = JsonPath.Root;
        var found = Check(a.Id, () => At(root, Prop.Id))
            ?? Check(a.CanonicalUrl, () => At(root, Prop.CanonicalUrl))
            ?? Check(a.Language, () => At(root, Prop.Language))
            ?? Check(a.Publication.Name, () => JsonPath.Child(At(root, Prop.Publication), Name(Prop.Name)))
            ?? Check(a.Publication.ShortName, () => JsonPath.Child(At(root, Prop.Publication), Name(Prop.ShortName)))
            ?? Check(a.Headline, () => At(root, Prop.Headline))
            ?? Check(a.Standfirst, () => At(root, Prop.Standfirst))
            ?? Check(a.Dateline, () => At(root, Prop.Dateline))
            ?? Check(a.Copyright, () => At(root, Prop.Copyright));
        if (found is not null)
        {
            return found;
        }
        string timeline = At(root, Prop.Timeline);
        var t = a.Timeline;
        found = CheckMoment(t.Published, () => JsonPath.Child(timeline, Name(Prop.Published)))
            ?? CheckMoment(t.Updated, () => JsonPath.Child(timeline, Name(Prop.Updated)))
            ?? CheckMoment(t.Created, () => JsonPath.Child(timeline, Name(Prop.Created)))
            ?? CheckMoment(t.EmbargoedUntil, () => JsonPath.Child(timeline, Name(Prop.EmbargoedUntil)));
        for (int i = 0; found is null && i < t.Corrections.Length; i++)
        {
            var c = t.Corrections[i];
            int index = i;
            string Item() => JsonPath.Element(JsonPath.Child(timeline, Name(Prop.Corrections)), index);
            found = CheckMoment(c.Moment, () => JsonPath.Child(Item(), Name(Prop.Moment))) ?? Check(c.Text, () => JsonPath.Child(Item(), Name(Prop.Text)));
        }
        for (int i = 0; found is null && i < a.Body.Length; i++)
        {
            int index = i;
            found = Check(a.Body[i], () => JsonPath.Element(At(root, Prop.Body), index));
        }
        for (int i = 0; found is null && i < a.Places.Length; i++)
        {
            int index = i;
            found = Check(a.Places[i], () => JsonPath.Element(At(root, Prop.Places), index));
        }
        for (int i = 0; found is null && i < a.Credits.Length; i++)
        {
            var c = a.Credits[i];
            int index = i;
            string Item() => JsonPath.Element(At(root, Prop.Credits), index);
            found = Check(c.Name, () => JsonPath.Child(Item(), Name(Prop.Name))) ?? Check(c.Printed, () => JsonPath.Child(Item(), Name(Prop.Printed)));
        }
        for (int i = 0; found is null && i < a.Parties.Length; i++)
        {
            int index = i;
            found = CheckParty(a.Parties[i], () => JsonPath.Element(At(root, Prop.Parties), index));
        }
        for (int i = 0; found is null && i < a.Quotes.Length; i++)
        {
            var q = a.Quotes[i];
            int index = i;
            string Item() => JsonPath.Element(At(root, Prop.Quotes), index);
            string Attribution() => JsonPath.Child(Item(), Name(Prop.Attribution));
            found = Check(q.Text, () => JsonPath.Child(Item(), Name(Prop.Text)))
                ?? CheckParty(q.Attribution.Speaker, () => JsonPath.Child(Attribution(), Name(Prop.Speaker)))
                ?? Check(q.Attribution.Mention, () => JsonPath.Child(Attribution(), Name(Prop.Mention)))
                ?? Check(q.Attribution.Cue, () => JsonPath.Child(Attribution(), Name(Prop.Cue)))
                ?? Check(q.Attribution.Via, () => JsonPath.Child(Attribution(), Name(Prop.Via)));
        }
        return found;
    }

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
        w.WriteString(n[Prop.Kind], ModelShape.PartyKinds.EncodedOf((int)c.Kind));
        w.WriteString(n[Prop.Role], ModelShape.CreditRoles.EncodedOf((int)c.Role));
        WriteOptional(w, n[Prop.Printed], c.Printed);
        scope.WriteMembers(w);
        w.WriteEndObject();
    }

    internal static void WriteParty(Utf8JsonWriter w, Party p, JsonNames n, ExtrasScope scope)
    {
        w.WriteStartObject();
        w.WriteString(n[Prop.Name], p.Name);
        w.WriteString(n[Prop.Kind], ModelShape.PartyKinds.EncodedOf((int)p.Kind));
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
        w.WriteString(n[Prop.Kind], ModelShape.QuoteKinds.EncodedOf((int)q.Kind));
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
