using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NodaTime;
using NewsModel.Shape;

namespace NewsModel.Validation;

/// <summary>
/// Validates a raw native-JSON document (format <c>newsmodel/2</c>, or a <c>newsmodel/1</c> one) without deserializing it: walks the parsed
/// <see cref="JsonDocument"/>, reports every structural problem with its JSON path, builds the best article it can
/// from the parts that are sound, runs the profile's rules on it, and reports their findings with JSON paths too
/// (leaving out findings about parts that were already reported as broken).
/// </summary>
/// <remarks>One instance per document; not thread-safe.</remarks>
internal sealed class JsonDocumentChecker
{
    private const string Placeholder = "\u2026";


    private readonly NewsModelJsonOptions _options;
    private readonly JsonNames _names;
    private readonly List<Finding> _findings = new();
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly List<int> _creditIndexes = new();
    private readonly List<int> _partyIndexes = new();
    private readonly List<int> _quoteIndexes = new();
    private readonly List<int> _correctionIndexes = new();
    private int _version = 2;
    private HashSet<Party>? _knownParties;

    private JsonDocumentChecker(NewsModelJsonOptions options)
    {
        _options = options;
        _names = JsonNames.For(options.PropertyNamingPolicy);
    }

    /// <summary>Validates the document; never throws.</summary>
    internal static ValidationReport Check(ArticleValidator validator, ReadOnlyMemory<byte> utf8Json, NewsModelJsonOptions options)
    {
        var invalid = FirstInvalidUtf8(utf8Json.Span);
        if (invalid >= 0)
        {
            return ValidationReport.Create(
            [
                new Finding(RuleCodes.JsonSyntax, Severity.Error, "$", string.Create(CultureInfo.InvariantCulture, $"The document is not valid UTF-8: the byte at position {invalid} (byte {invalid + 1} of the document) does not start or continue a UTF-8 character.")),
            ]);
        }
        int lone = FirstLoneSurrogateEscape(utf8Json.Span);
        if (lone >= 0)
        {
            return ValidationReport.Create(
            [
                new Finding(RuleCodes.JsonSyntax, Severity.Error, "$", string.Create(CultureInfo.InvariantCulture, $"The document escapes a lone surrogate at position {lone} (byte {lone + 1} of the document): \"{Encoding.UTF8.GetString(utf8Json.Span.Slice(lone, 6))}\" is half of a UTF-16 pair; expected a high surrogate escape (\\uD800-\\uDBFF) followed by a low one (\\uDC00-\\uDFFF), which no NewsModel reader accepts otherwise.")),
            ]);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException exception)
        {
            return ValidationReport.Create(
            [
                new Finding(
                    RuleCodes.JsonSyntax,
                    Severity.Error,
                    "$",
                    string.Create(CultureInfo.InvariantCulture, $"The document is not well-formed JSON (line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1} of the line): {Excerpt.Quoting(exception.Message)}")),
            ]);
        }
        using (document)
        {
            var checker = new JsonDocumentChecker(options);
            try
            {
                return checker.CheckDocument(validator, document, utf8Json);
            }
            catch (InvalidOperationException exception)
            {
                // A value System.Text.Json cannot give as text; the pre-checks above are meant to catch every one.
                return ValidationReport.Create(
                [
                    new Finding(RuleCodes.JsonSyntax, Severity.Error, "$", "The document holds a value that cannot be read as text (" + Excerpt.Quoting(exception.Message) + "); expected well-formed JSON (RFC 8259) in UTF-8."),
                ]);
            }
        }
    }

    private ValidationReport CheckDocument(ArticleValidator validator, JsonDocument document, ReadOnlyMemory<byte> utf8Json)
    {
        var article = ReadArticle(document.RootElement);
        bool sound = _findings.Count == 0;
        if (article is not null)
        {
            RunRules(validator, article);
        }
        if (sound)
        {
            CrossCheck(utf8Json);
        }
        return ValidationReport.Create(_findings);
    }

    /// <summary>The position of the first <c>\u</c> escape in a string that is half of a UTF-16 surrogate pair
    /// (a high one not followed by a low one, or a low one alone), or -1. Such a string cannot be given as text, so
    /// no NewsModel reader accepts it. Tolerates malformed JSON (the parse reports that); linear.</summary>
    internal static int FirstLoneSurrogateEscape(ReadOnlySpan<byte> json)
    {
        if (json.IndexOf("\\u"u8) < 0)
        {
            return -1;
        }
        int i = json.IndexOf((byte)'"');
        while (i >= 0 && i < json.Length)
        {
            // i is on the opening quote of a string.
            i++;
            while (true)
            {
                int next = json[i..].IndexOfAny((byte)'"', (byte)'\\');
                if (next < 0)
                {
                    return -1;
                }
                i += next;
                if (json[i] == '"')
                {
                    break;
                }
                if (i + 1 >= json.Length)
                {
                    return -1;
                }
                if (json[i + 1] != 'u' || !TryHex4(json, i + 2, out int unit))
                {
                    i += 2;
                    continue;
                }
                if (unit is >= 0xD800 and <= 0xDBFF)
                {
                    if (i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u' && TryHex4(json, i + 8, out int low) && low is >= 0xDC00 and <= 0xDFFF)
                    {
                        i += 12;
                        continue;
                    }
                    return i;
                }
                if (unit is >= 0xDC00 and <= 0xDFFF)
                {
                    return i;
                }
                i += 6;
            }
            // i is on the closing quote: find the next string.
            int open = json[(i + 1)..].IndexOf((byte)'"');
            i = open < 0 ? -1 : i + 1 + open;
        }
        return -1;
    }

    private static bool TryHex4(ReadOnlySpan<byte> json, int start, out int value)
    {
        value = start + 4 <= json.Length ? JsonTokenizer.Hex4(json.Slice(start, 4)) : -1;
        return value >= 0;
    }

    /// <summary>The index of the first byte that is not part of well-formed UTF-8, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }
        int index = 0;
        while (index < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }
            index += consumed;
        }
        return -1;
    }

    // ----- reporting -----

    private void Report(string code, string path, string message) => _findings.Add(new Finding(code, Severity.Error, path, message));

    private void Broken(string code, string path, string message)
    {
        Report(code, path, message);
        _broken.Add(path);
    }

    private string Name(Prop prop) => _names.Text[(int)prop];

    private string Child(string parent, Prop prop) => JsonPath.Child(parent, Name(prop));

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private void WrongType(string path, JsonElement element, string expected) =>
        Broken(RuleCodes.JsonType, path, $"Found {Describe(element.ValueKind)} where {expected} was expected.");

    // ----- objects -----

    /// <summary>The members of an object by <see cref="Prop"/>, reporting unknown and duplicate members.</summary>
    private JsonElement?[]? Members(JsonElement element, string path, ShapeObject shape, string? expectedText = null)
    {
        var allowed = shape.Props;
        string expected = expectedText ?? shape.Expected;
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, element, expected);
            return null;
        }
        var members = new JsonElement?[JsonNames.Count];
        foreach (var property in element.EnumerateObject())
        {
            int found = -1;
            foreach (var prop in allowed)
            {
                if (property.NameEquals(_names.Text[(int)prop]))
                {
                    found = (int)prop;
                    break;
                }
            }
            string memberPath = Excerpt.Path(JsonPath.Child(path, property.Name));
            if (found < 0)
            {
                if (_options.ReadMode == NewsModelJsonReadMode.Strict)
                {
                    Report(RuleCodes.JsonUnknownMember, memberPath, $"\"{Excerpt.Of(property.Name)}\" is not a member of {expected} in format {ModelShape.FormatName}.");
                }
                continue;
            }
            if (members[found] is not null)
            {
                Broken(RuleCodes.JsonDuplicateMember, memberPath, $"\"{Excerpt.Of(property.Name)}\" appears more than once; only one is allowed.");
                continue;
            }
            members[found] = property.Value;
        }
        return members;
    }

    private bool Present(JsonElement?[] members, Prop prop, string parent, out JsonElement value, bool required)
    {
        if (members[(int)prop] is { } element && element.ValueKind != JsonValueKind.Null)
        {
            value = element;
            return true;
        }
        value = default;
        if (required)
        {
            bool isNull = members[(int)prop] is not null;
            Broken(isNull ? RuleCodes.JsonType : RuleCodes.JsonMissing, Child(parent, prop), isNull
                ? $"\"{Name(prop)}\" is null, but it is required."
                : $"The required member \"{Name(prop)}\" is missing.");
        }
        return false;
    }

    private string? Text(JsonElement?[] members, Prop prop, string parent, bool required)
    {
        if (!Present(members, prop, parent, out var value, required))
        {
            return required ? Placeholder : null;
        }
        string path = Child(parent, prop);
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(path, value, "a string");
            return required ? Placeholder : null;
        }
        var text = value.GetString()!;
        if (text.Length == 0)
        {
            Broken(RuleCodes.JsonValue, path, required
                ? $"\"{Name(prop)}\" is empty, but it is required."
                : EmptyOptionalText(Name(prop)));
            return required ? Placeholder : null;
        }
        return text;
    }

    // The messages for a value of the wrong content, one text each wherever the checker meets it.
    private static string EmptyOptionalText(string name) => $"\"{name}\" is an empty string; leave an absent text out or write null.";

    private static string NotACount(JsonElement value) => $"{Excerpt.Of(value.GetRawText())} is not a whole number from 0 to {int.MaxValue}.";

    private static string NotASpelling(JsonElement value, ShapeEnum choices) => $"\"{Excerpt.Of(value.GetString()!)}\" is not one of {choices.Listed}.";

    private int? Choice(JsonElement?[] members, Prop prop, string parent, ShapeEnum choices)
    {
        if (!Present(members, prop, parent, out var value, required: true))
        {
            return null;
        }
        string path = Child(parent, prop);
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(path, value, "a string");
            return null;
        }
        int found = choices.Find(value);
        if (found >= 0)
        {
            return found;
        }
        Broken(RuleCodes.JsonValue, path, NotASpelling(value, choices));
        return null;
    }

    private int? Count(JsonElement?[] members, Prop prop, string parent)
    {
        if (!Present(members, prop, parent, out var value, required: true))
        {
            return null;
        }
        string path = Child(parent, prop);
        if (value.ValueKind != JsonValueKind.Number)
        {
            WrongType(path, value, "a whole number");
            return null;
        }
        if (!value.TryGetInt32(out int count) || count < 0)
        {
            Broken(RuleCodes.JsonValue, path, NotACount(value));
            return null;
        }
        return count;
    }

    private DateTimeZone? Zone(JsonElement?[] members, string parent)
    {
        var id = Text(members, Prop.Zone, parent, required: true);
        if (id is null || ReferenceEquals(id, Placeholder))
        {
            return null;
        }
        var zone = _options.ZoneProvider.GetZoneOrNull(id);
        if (zone is null)
        {
            Broken(RuleCodes.JsonValue, Child(parent, Prop.Zone), $"\"{Excerpt.Of(id)}\" is not a zone id of {_options.ZoneProvider.VersionId}; use an id such as Asia/Hong_Kong.");
        }
        return zone;
    }

    /// <summary>The items of an array member (absent or null: none).</summary>
    private JsonElement.ArrayEnumerator? Items(JsonElement?[] members, Prop prop, string parent, bool required, string expected)
    {
        if (!Present(members, prop, parent, out var value, required))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(Child(parent, prop), value, expected);
            return null;
        }
        return value.EnumerateArray();
    }

    // ----- the document -----

    private Article? ReadArticle(JsonElement root)
    {
        var m = Members(root, "$", ModelShape.Article);
        if (m is null)
        {
            return null;
        }
        if (!Present(m, Prop.Format, "$", out var format, required: false))
        {
            Report(RuleCodes.JsonFormat, Child("$", Prop.Format), $"The format marker \"format\": \"{ModelShape.FormatName}\" is missing; this may not be a NewsModel document.");
        }
        else if (format.ValueKind == JsonValueKind.String && format.ValueEquals(ModelShape.Format1Name))
        {
            _version = 1;
        }
        else if (format.ValueKind != JsonValueKind.String || !format.ValueEquals(ModelShape.FormatName))
        {
            Report(RuleCodes.JsonFormat, Child("$", Prop.Format), $"The format is {Excerpt.Of(format.GetRawText())}; this validator reads \"{ModelShape.FormatName}\" (and \"{ModelShape.Format1Name}\").");
        }
        string id = Text(m, Prop.Id, "$", required: true)!;
        string headline = Text(m, Prop.Headline, "$", required: true)!;
        string language = Text(m, Prop.Language, "$", required: true)!;
        var publication = ReadPublication(m);
        var timeline = ReadTimeline(m, publication.Zone);
        var media = ReadMedia(m);
        var body = ReadBody(m, media);
        var texts = body.ConvertAll(b => b.PlainText);
        var credits = ReadList(m, Prop.Credits, "an array of credit objects", _creditIndexes, ReadCredit);
        var parties = ReadList(m, Prop.Parties, "an array of person and organisation objects", _partyIndexes, ReadParty);
        // Which party read stands at each index of the document's parties (-1: not read, being broken).
        var partyRead = new int[m[(int)Prop.Parties] is { ValueKind: JsonValueKind.Array } partyArray ? partyArray.GetArrayLength() : 0];
        Array.Fill(partyRead, -1);
        for (int k = 0; k < _partyIndexes.Count; k++)
        {
            partyRead[_partyIndexes[k]] = k;
        }
        var quotes = ReadList(m, Prop.Quotes, "an array of quote objects", _quoteIndexes, (e, p) => ReadQuote(e, p, texts, parties, partyRead));
        var status = ArticleStatus.Published;
        if (Present(m, Prop.Status, "$", out var statusElement, required: false) && CheckValue(statusElement, MemberOf(ModelShape.Article, Prop.Status), Child("$", Prop.Status)))
        {
            status = (ArticleStatus)ModelShape.Statuses.Find(statusElement);
        }
        var leadMedia = Text(m, Prop.LeadMedia, "$", required: false);
        if (leadMedia is not null && !media.Exists(a => a.Id == leadMedia))
        {
            Broken(RuleCodes.JsonValue, Child("$", Prop.LeadMedia), $"The lead media \"{Excerpt.Of(leadMedia)}\" is not the id of one of the article's media.");
            leadMedia = null;
        }
        var taxonomy = Generic(m, Prop.Taxonomy, ModelShape.Article, ModelReader.Taxonomy);
        var rights = Generic(m, Prop.Rights, ModelShape.Article, ModelReader.Rights);
        if (m[(int)Prop.Copyright] is { } legacy && legacy.ValueKind != JsonValueKind.Null)
        {
            if (_version == 2)
            {
                Broken(RuleCodes.JsonUnknownMember, Child("$", Prop.Copyright), $"\"copyright\" is {ModelShape.Format1Name}'s; a {ModelShape.FormatName} document holds the notice as \"rights\": {{\"notice\"}}.");
            }
            else if (Text(m, Prop.Copyright, "$", required: false) is { } notice)
            {
                rights ??= Rights.FromNotice(notice);
            }
        }
        var places = new List<string>();
        if (Items(m, Prop.Places, "$", required: false, "an array of strings") is { } placeItems)
        {
            int i = 0;
            foreach (var item in placeItems)
            {
                string path = JsonPath.Element(Child("$", Prop.Places), i++);
                if (item.ValueKind != JsonValueKind.String)
                {
                    WrongType(path, item, "a string");
                }
                else if (item.GetString() is { Length: > 0 } place)
                {
                    places.Add(place);
                }
                else
                {
                    Broken(RuleCodes.JsonValue, path, "A place must not be an empty string.");
                }
            }
        }
        try
        {
            if (_version == 1)
            {
                var known = new HashSet<Party>(parties);
                foreach (var quote in quotes)
                {
                    if (quote.Attribution.Speaker is { } speaker && known.Add(speaker))
                    {
                        parties.Add(speaker); // a newsmodel/1 speaker the parties lack, as the reader adds it
                    }
                }
            }
            return new Article(
                id, headline, language, publication, timeline, body, credits, parties, quotes,
                Text(m, Prop.Standfirst, "$", required: false),
                Text(m, Prop.Dateline, "$", required: false),
                Text(m, Prop.CanonicalUrl, "$", required: false),
                places,
                rights,
                media,
                leadMedia,
                taxonomy,
                status);
        }
        catch (ArgumentException exception)
        {
            // Every constructor check is mirrored above; this is a safety net, not a path the tests expect.
            Report(RuleCodes.JsonValue, "$", "The article cannot be built: " + exception.Message);
            return null;
        }
    }

    private Publication ReadPublication(JsonElement?[] m)
    {
        string path = Child("$", Prop.Publication);
        if (Present(m, Prop.Publication, "$", out var element, required: true)
            && Members(element, path, ModelShape.Publication) is { } p)
        {
            var name = Text(p, Prop.Name, path, required: true)!;
            var shortName = Text(p, Prop.ShortName, path, required: false);
            var zone = Zone(p, path);
            if (zone is not null)
            {
                return new Publication(name, zone, shortName);
            }
        }
        _broken.Add("$.timeline"); // Without the publication's zone the timeline cannot be judged.
        return new Publication(Placeholder, DateTimeZone.Utc);
    }

    private Moment? ReadMoment(JsonElement element, string path)
    {
        if (Members(element, path, ModelShape.Moment, Messages.ExpectedMoment) is not { } m)
        {
            return null;
        }
        var printed = Text(m, Prop.Printed, path, required: false);
        var zone = Zone(m, path);
        var at = Text(m, Prop.At, path, required: true);
        bool precisionRead = ReadPrecision(m, path, out var precision);
        bool referenceRead = ReadRelativeTo(m, path, out var relativeTo);
        if (zone is null || at is null || ReferenceEquals(at, Placeholder))
        {
            return null;
        }
        string atPath = Child(path, Prop.At);
        if (!TryTimestamp(at, atPath, Rfc3339.ExpectedTimestamp, out var local, out var offset, out bool zulu))
        {
            return null;
        }
        var instant = local.WithOffset(offset).ToInstant();
        var actual = zone.GetUtcOffset(instant);
        if (actual != offset && !(zulu && actual.Seconds % 60 != 0))
        {
            Broken(RuleCodes.JsonValue, atPath, $"The offset of \"{at}\" disagrees with {zone.Id}, which was at {actual} then; the timestamp and the zone do not describe one moment.");
            return null;
        }
        if (!precisionRead || !referenceRead)
        {
            return null;
        }
        if (precision == MomentPrecision.Day && relativeTo is null && !Moment.IsTruncated(instant, zone, precision))
        {
            Broken(RuleCodes.JsonValue, atPath, $"The moment is a \"day\" moment, but \"{at}\" is not the start of its day in {zone.Id}; expected {ModelReader.ExpectedDayStart(instant, zone)}.");
            return null;
        }
        return new Moment(instant, zone, printed, precision, relativeTo);
    }

    /// <summary>Parses an RFC 3339 timestamp, reporting a broken one at <paramref name="path"/> (as not
    /// <paramref name="expected"/> when it is not a timestamp at all).</summary>
    private bool TryTimestamp(string text, string path, string expected, out LocalDateTime local, out Offset offset, out bool zulu)
    {
        local = default;
        offset = default;
        zulu = false;
        int length = Encoding.UTF8.GetByteCount(text);
        if (length > Rfc3339.MaxInputLength)
        {
            Broken(RuleCodes.JsonValue, path, $"\"{Excerpt.Of(text)}\" is not a timestamp; expected {expected}.");
            return false;
        }
        Span<byte> utf8 = stackalloc byte[Rfc3339.MaxInputLength];
        length = Encoding.UTF8.GetBytes(text, utf8);
        string? problem = Rfc3339.TryParse(utf8[..length], out local, out offset, out zulu);
        if (problem is not null)
        {
            Broken(RuleCodes.JsonValue, path, $"\"{Excerpt.Of(text)}\" is not a timestamp; expected {(problem == Rfc3339.ExpectedTimestamp ? expected : problem)}.");
            return false;
        }
        return true;
    }

    /// <summary>Reads a moment's optional <c>precision</c> (absent or null: exact); false when it is broken.</summary>
    private bool ReadPrecision(JsonElement?[] m, string parent, out MomentPrecision precision)
    {
        precision = MomentPrecision.Exact;
        if (!Present(m, Prop.Precision, parent, out var value, required: false))
        {
            return true;
        }
        string path = Child(parent, Prop.Precision);
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(path, value, "a string");
            return false;
        }
        int found = ModelShape.Precisions.Find(value);
        if (found >= 0)
        {
            precision = (MomentPrecision)found;
            return true;
        }
        Broken(RuleCodes.JsonValue, path, $"\"{Excerpt.Of(value.GetString()!)}\" is not one of {ModelShape.Precisions.Listed}; leave \"{Name(Prop.Precision)}\" out for an exact moment.");
        return false;
    }

    /// <summary>Reads a moment's optional <c>relativeTo</c> (absent or null: absolute); false when it is broken.</summary>
    private bool ReadRelativeTo(JsonElement?[] m, string parent, out Instant? relativeTo)
    {
        relativeTo = null;
        if (!Present(m, Prop.RelativeTo, parent, out var value, required: false))
        {
            return true;
        }
        string path = Child(parent, Prop.RelativeTo);
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(path, value, "a string");
            return false;
        }
        string text = value.GetString()!;
        if (!TryTimestamp(text, path, Messages.ExpectedUtcTimestamp, out var local, out _, out bool zulu))
        {
            return false;
        }
        if (!zulu)
        {
            Broken(RuleCodes.JsonValue, path, $"\"{Excerpt.Of(text)}\" is not in UTC; expected {Messages.ExpectedUtcTimestamp}.");
            return false;
        }
        relativeTo = local.InUtc().ToInstant();
        return true;
    }

    private Moment? OptionalMoment(JsonElement?[] m, Prop prop, string parent)
    {
        if (!Present(m, prop, parent, out var element, required: false))
        {
            return null;
        }
        return ReadMoment(element, Child(parent, prop));
    }

    private Timeline ReadTimeline(JsonElement?[] m, DateTimeZone zone)
    {
        string path = Child("$", Prop.Timeline);
        var fallback = new Timeline(new Moment(Instant.FromUnixTimeSeconds(0), zone));
        if (!Present(m, Prop.Timeline, "$", out var element, required: true)
            || Members(element, path, ModelShape.Timeline) is not { } t)
        {
            _broken.Add(path);
            return fallback;
        }
        bool hasPublished = Present(t, Prop.Published, path, out var publishedElement, required: false);
        Moment? published = hasPublished ? ReadMoment(publishedElement, Child(path, Prop.Published)) : null;
        var updated = OptionalMoment(t, Prop.Updated, path);
        var created = OptionalMoment(t, Prop.Created, path);
        var embargo = OptionalMoment(t, Prop.EmbargoedUntil, path);
        var scheduled = OptionalMoment(t, Prop.Scheduled, path);
        Withdrawal? withdrawal = null;
        if (Present(t, Prop.Withdrawal, path, out var withdrawalElement, required: false))
        {
            string withdrawalPath = Child(path, Prop.Withdrawal);
            if (Members(withdrawalElement, withdrawalPath, ModelShape.Withdrawal) is { } w)
            {
                var moment = Present(w, Prop.Moment, withdrawalPath, out var momentElement, required: true) ? ReadMoment(momentElement, Child(withdrawalPath, Prop.Moment)) : null;
                var reason = Text(w, Prop.Reason, withdrawalPath, required: false);
                if (moment is not null && published is not null && Moment.IsSurelyBefore(moment, published))
                {
                    Broken(RuleCodes.TimelineOrder, Child(withdrawalPath, Prop.Moment), $"The article is stamped as withdrawn at {Validation.Describe.Instant(moment)}, before it was published at {Validation.Describe.Instant(published)}.");
                }
                else if (moment is not null)
                {
                    withdrawal = new Withdrawal(moment, reason);
                }
            }
        }
        var revisions = new List<Revision>();
        if (Items(t, Prop.Revisions, path, required: false, "an array of revision objects") is { } revisionItems)
        {
            int i = 0;
            foreach (var item in revisionItems)
            {
                string itemPath = JsonPath.Element(Child(path, Prop.Revisions), i++);
                if (Members(item, itemPath, ModelShape.Revision) is { } r)
                {
                    var moment = Present(r, Prop.Moment, itemPath, out var momentElement, required: true) ? ReadMoment(momentElement, Child(itemPath, Prop.Moment)) : null;
                    var note = Text(r, Prop.Note, itemPath, required: false);
                    if (moment is not null && published is not null && Moment.IsSurelyBefore(moment, published))
                    {
                        Broken(RuleCodes.TimelineOrder, Child(itemPath, Prop.Moment), $"Revision {i} is stamped {Validation.Describe.Instant(moment)}, before the article was published at {Validation.Describe.Instant(published)}.");
                    }
                    else if (moment is not null)
                    {
                        revisions.Add(new Revision(moment, note));
                    }
                }
            }
        }
        var corrections = new List<Correction>();
        string correctionsPath = Child(path, Prop.Corrections);
        if (Items(t, Prop.Corrections, path, required: false, "an array of correction objects") is { } items)
        {
            int i = 0;
            foreach (var item in items)
            {
                string itemPath = JsonPath.Element(correctionsPath, i);
                if (Members(item, itemPath, ModelShape.Correction) is { } c)
                {
                    var text = Text(c, Prop.Text, itemPath, required: true)!;
                    Moment? moment = Present(c, Prop.Moment, itemPath, out var momentElement, required: true)
                        ? ReadMoment(momentElement, Child(itemPath, Prop.Moment))
                        : null;
                    if (moment is not null && published is not null && Moment.IsSurelyBefore(moment, published))
                    {
                        Broken(RuleCodes.TimelineOrder, Child(itemPath, Prop.Moment), $"Correction {i + 1} is stamped {Validation.Describe.Instant(moment)}, before the article was published at {Validation.Describe.Instant(published)}.");
                    }
                    else if (moment is not null && !ReferenceEquals(text, Placeholder))
                    {
                        corrections.Add(new Correction(moment, text));
                        _correctionIndexes.Add(i);
                    }
                }
                i++;
            }
        }
        if (published is null && hasPublished)
        {
            _broken.Add(path);
            return fallback;
        }
        if (updated is not null && published is not null && Moment.IsSurelyBefore(updated, published))
        {
            Broken(RuleCodes.TimelineOrder, Child(path, Prop.Updated), $"The article is stamped as updated at {Validation.Describe.Instant(updated)}, before it was published at {Validation.Describe.Instant(published)}.");
            updated = null;
        }
        return new Timeline(published, updated, created, embargo, corrections, scheduled, withdrawal, revisions);
    }

    /// <summary>The body's blocks; a block that is not sound stands as an empty paragraph, so that quotes keep their
    /// block indexes (and findings about it are left out, as it is reported broken).</summary>
    private List<Block> ReadBody(JsonElement?[] m, List<MediaAsset> media)
    {
        var body = new List<Block>();
        string path = Child("$", Prop.Body);
        if (Items(m, Prop.Body, "$", required: true, "an array of block objects") is { } items)
        {
            var blockMember = MemberOf(ModelShape.Article, Prop.Body).Items!;
            foreach (var item in items)
            {
                string itemPath = JsonPath.Element(path, body.Count);
                if (item.ValueKind == JsonValueKind.String)
                {
                    if (_version == 2)
                    {
                        Broken(RuleCodes.JsonType, itemPath, $"A paragraph as a string is {ModelShape.Format1Name}'s; a {ModelShape.FormatName} document writes a block object {{\"type\": \"paragraph\", \"text\"}}.");
                        body.Add(new ParagraphBlock(InlineText.Empty));
                    }
                    else
                    {
                        body.Add(new ParagraphBlock(new InlineText(item.GetString()!)));
                    }
                    continue;
                }
                var block = CheckValue(item, blockMember, itemPath) ? Construct(item, itemPath, ModelReader.Block) : null;
                if (block is MediaBlock reference && !media.Exists(a => a.Id == reference.MediaId))
                {
                    Broken(RuleCodes.JsonValue, Child(itemPath, Prop.Media), $"\"{Excerpt.Of(reference.MediaId)}\" is not the id of one of the article's media.");
                    block = null;
                }
                body.Add(block ?? new ParagraphBlock(InlineText.Empty));
            }
        }
        return body;
    }

    /// <summary>The article's media; an asset that is not sound, or repeats an earlier id, is left out.</summary>
    private List<MediaAsset> ReadMedia(JsonElement?[] m)
    {
        var media = new List<MediaAsset>();
        string path = Child("$", Prop.Media);
        if (Items(m, Prop.Media, "$", required: false, "an array of media asset objects") is { } items)
        {
            var member = MemberOf(ModelShape.Article, Prop.Media).Items!;
            int i = 0;
            foreach (var item in items)
            {
                string itemPath = JsonPath.Element(path, i++);
                if (CheckValue(item, member, itemPath) && Construct(item, itemPath, ModelReader.MediaAsset) is { } asset)
                {
                    if (media.Exists(a => a.Id == asset.Id))
                    {
                        Broken(RuleCodes.JsonValue, Child(itemPath, Prop.Id), $"\"{Excerpt.Of(asset.Id)}\" is the id of an earlier media asset.");
                        continue;
                    }
                    media.Add(asset);
                }
            }
            // A gallery's items name the article's other media; one that does not is reported and the gallery left out.
            for (int k = media.Count - 1; k >= 0; k--)
            {
                var gallery = media[k];
                foreach (var id in gallery.Items)
                {
                    if (id == gallery.Id || !media.Exists(a => a.Id == id))
                    {
                        Broken(RuleCodes.JsonValue, Child(JsonPath.Element(path, k), Prop.Items), $"\"{Excerpt.Of(id)}\" is not the id of another of the article's media.");
                        media.RemoveAt(k);
                        break;
                    }
                }
            }
        }
        return media;
    }

    private static ShapeMember MemberOf(ShapeObject shape, Prop prop) => shape.Members[shape.IndexOf(prop)];

    /// <summary>A Model 2 object member checked against the shape and then built by the reader, or null.</summary>
    private T? Generic<T>(JsonElement?[] m, Prop prop, ShapeObject owner, ValueReader<T> read)
        where T : class
    {
        if (!Present(m, prop, "$", out var element, required: false))
        {
            return null;
        }
        string path = Child("$", prop);
        return CheckValue(element, MemberOf(owner, prop), path) ? Construct(element, path, read) : null;
    }

    /// <summary>Builds a value the shape walk found sound with the reader itself (one answer to what a value means); a
    /// constructor's refusal (marks that cross, a heading level of 7) is reported at the value's path.</summary>
    private T? Construct<T>(JsonElement element, string path, ValueReader<T> read)
        where T : class
    {
        try
        {
            return NewsModelJson.ReadValue(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()), _options, read);
        }
        catch (JsonException exception)
        {
            string at = exception.Path is { Length: > 1 } relative ? path + relative[1..] : path;
            Broken(RuleCodes.JsonValue, at, exception.Message);
            return null;
        }
    }

    // ----- the shape walk -----

    /// <summary>Checks a value against its member of the shape, reporting every problem with its path; true when
    /// nothing was reported.</summary>
    private bool CheckValue(JsonElement value, ShapeMember member, string path)
    {
        int before = _findings.Count;
        switch (member.Kind)
        {
            case MemberKind.Text:
            case MemberKind.String:
                if (value.ValueKind != JsonValueKind.String)
                {
                    WrongType(path, value, "a string");
                }
                else if (member.Kind == MemberKind.Text && value.GetString()!.Length == 0)
                {
                    Broken(RuleCodes.JsonValue, path, EmptyOptionalText(member.Name));
                }
                break;
            case MemberKind.Count:
                if (value.ValueKind != JsonValueKind.Number)
                {
                    WrongType(path, value, "a whole number");
                }
                else if (!value.TryGetInt32(out int count) || count < 0)
                {
                    Broken(RuleCodes.JsonValue, path, NotACount(value));
                }
                break;
            case MemberKind.Bool:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    WrongType(path, value, "true or false");
                }
                break;
            case MemberKind.Enum:
                if (value.ValueKind != JsonValueKind.String)
                {
                    WrongType(path, value, "a string");
                }
                else if (member.Enum!.Find(value) < 0)
                {
                    Broken(RuleCodes.JsonValue, path, NotASpelling(value, member.Enum));
                }
                break;
            case MemberKind.Duration:
                if (value.ValueKind != JsonValueKind.String)
                {
                    WrongType(path, value, "a string");
                }
                else if (NewsModel.Json.DurationText.Parse(value.GetString()!) is null)
                {
                    Broken(RuleCodes.JsonValue, path, $"\"{Excerpt.Of(value.GetString()!)}\" is not {NewsModel.Json.DurationText.Expected}.");
                }
                break;
            case MemberKind.Object:
                CheckObject(value, member.Type!, path);
                break;
            case MemberKind.Array:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    WrongType(path, value, "an array");
                    break;
                }
                int i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, member.Items!, JsonPath.Element(path, i++));
                }
                break;
        }
        return _findings.Count == before;
    }

    private void CheckObject(JsonElement element, ShapeObject shape, string path)
    {
        if (Members(element, path, shape) is not { } m)
        {
            return;
        }
        ulong seen = 0;
        for (int i = 0; i < shape.Members.Length; i++)
        {
            var member = shape.Members[i];
            if (m[(int)member.Prop] is not { } value)
            {
                if (member.Required)
                {
                    Present(m, member.Prop, path, out _, required: true);
                }
                continue;
            }
            seen |= 1UL << i;
            if (value.ValueKind == JsonValueKind.Null)
            {
                if (member.Required)
                {
                    Present(m, member.Prop, path, out _, required: true);
                }
                continue;
            }
            CheckValue(value, member, Child(path, member.Prop));
        }
        if (shape.Variants.Length > 0)
        {
            int variant = m[(int)shape.Discriminator] is { ValueKind: JsonValueKind.String } type
                ? MemberOf(shape, shape.Discriminator).Enum!.Find(type)
                : m[(int)shape.Discriminator] is null or { ValueKind: JsonValueKind.Null } ? shape.DefaultVariant : -1;
            if (variant >= 0)
            {
                CheckVariant(m, seen, shape, shape.Variants[variant], path);
            }
        }
    }

    /// <summary>A discriminated object (a block, a mark): the members its type needs are there and not null, and no
    /// member of another type is.</summary>
    private void CheckVariant(JsonElement?[] m, ulong seen, ShapeObject shape, ShapeVariant variant, string path)
    {
        foreach (var prop in variant.Required)
        {
            if (m[(int)prop] is not { } value)
            {
                Broken(RuleCodes.JsonMissing, Child(path, prop), $"A \"{variant.Value}\" needs \"{Name(prop)}\", which is missing.");
            }
            else if (value.ValueKind == JsonValueKind.Null)
            {
                Broken(RuleCodes.JsonType, Child(path, prop), $"\"{Name(prop)}\" is null, but a \"{variant.Value}\" needs it.");
            }
        }
        ulong extra = seen & ~variant.AllowedMask;
        for (int i = 0; extra != 0 && i < shape.Members.Length; i++)
        {
            if ((extra & (1UL << i)) != 0)
            {
                var prop = shape.Members[i].Prop;
                Broken(RuleCodes.JsonValue, Child(path, prop), $"\"{Name(prop)}\" does not belong in a \"{variant.Value}\".");
            }
        }
    }

    private List<T> ReadList<T>(JsonElement?[] m, Prop prop, string expected, List<int> indexes, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>();
        string path = Child("$", prop);
        if (Items(m, prop, "$", required: false, expected) is { } items)
        {
            int i = 0;
            foreach (var item in items)
            {
                if (read(item, JsonPath.Element(path, i)) is { } value)
                {
                    list.Add(value);
                    indexes.Add(i);
                }
                i++;
            }
        }
        return list;
    }

    private Credit? ReadCredit(JsonElement element, string path)
    {
        if (Members(element, path, ModelShape.Credit) is not { } c)
        {
            return null;
        }
        var name = Text(c, Prop.Name, path, required: true)!;
        var kind = Choice(c, Prop.Kind, path, ModelShape.PartyKinds);
        var role = Choice(c, Prop.Role, path, ModelShape.CreditRoles);
        var printed = Text(c, Prop.Printed, path, required: false);
        var id = Text(c, Prop.Id, path, required: false);
        var profileUrl = Text(c, Prop.ProfileUrl, path, required: false);
        return kind is null || role is null || ReferenceEquals(name, Placeholder) ? null : new Credit(name, (PartyKind)kind, (CreditRole)role, printed, id, profileUrl);
    }

    private Party? ReadParty(JsonElement element, string path)
    {
        if (Members(element, path, ModelShape.Party) is not { } p)
        {
            return null;
        }
        var name = Text(p, Prop.Name, path, required: true)!;
        var kind = Choice(p, Prop.Kind, path, ModelShape.PartyKinds);
        var role = Text(p, Prop.Role, path, required: false);
        var affiliation = Text(p, Prop.Affiliation, path, required: false);
        var id = Text(p, Prop.Id, path, required: false);
        var profileUrl = Text(p, Prop.ProfileUrl, path, required: false);
        return kind is null || ReferenceEquals(name, Placeholder) ? null : new Party(name, (PartyKind)kind, role, affiliation, id, profileUrl);
    }

    private Quote? ReadQuote(JsonElement element, string path, List<string> body, List<Party> parties, int[] partyRead)
    {
        if (Members(element, path, ModelShape.Quote) is not { } q)
        {
            return null;
        }
        var text = Text(q, Prop.Text, path, required: true)!;
        var kind = Choice(q, Prop.Kind, path, ModelShape.QuoteKinds);
        var paragraph = Count(q, Prop.Paragraph, path);
        int? start = null, length = null;
        string rangePath = Child(path, Prop.Range);
        if (Present(q, Prop.Range, path, out var rangeElement, required: true)
            && Members(rangeElement, rangePath, ModelShape.Range) is { } r)
        {
            start = Count(r, Prop.Start, rangePath);
            length = Count(r, Prop.Length, rangePath);
        }
        Attribution? attribution = null;
        string attributionPath = Child(path, Prop.Attribution);
        if (Present(q, Prop.Attribution, path, out var attributionElement, required: true)
            && Members(attributionElement, attributionPath, ModelShape.Attribution) is { } a)
        {
            var mention = Text(a, Prop.Mention, attributionPath, required: false);
            var cue = Text(a, Prop.Cue, attributionPath, required: false);
            var via = Text(a, Prop.Via, attributionPath, required: false);
            var kindOf = AttributionKind.Resolved;
            if (Present(a, Prop.Kind, attributionPath, out var kindElement, required: false)
                && CheckValue(kindElement, MemberOf(ModelShape.Attribution, Prop.Kind), Child(attributionPath, Prop.Kind)))
            {
                kindOf = (AttributionKind)ModelShape.AttributionKinds.Find(kindElement);
            }
            string speakerPath = Child(attributionPath, Prop.Speaker);
            bool hasSpeaker = Present(a, Prop.Speaker, attributionPath, out var speakerElement, required: false);
            if (kindOf != AttributionKind.Resolved)
            {
                if (hasSpeaker)
                {
                    Broken(RuleCodes.JsonValue, speakerPath, $"An {ModelShape.AttributionKinds.Spellings[(int)kindOf]} attribution has no speaker, only the mention as printed.");
                }
                else if (mention is null)
                {
                    Broken(RuleCodes.JsonMissing, Child(attributionPath, Prop.Mention), $"An {ModelShape.AttributionKinds.Spellings[(int)kindOf]} attribution needs the mention as printed.");
                }
                else
                {
                    attribution = kindOf == AttributionKind.Unresolved ? Attribution.Unresolved(mention, cue, via) : Attribution.Anonymous(mention, cue, via);
                }
            }
            else if (!hasSpeaker)
            {
                Present(a, Prop.Speaker, attributionPath, out _, required: true);
            }
            else if (speakerElement.ValueKind == JsonValueKind.Object)
            {
                // newsmodel/1: the speaker as a party object; the reader adds one the parties lack.
                if (_version == 2)
                {
                    Broken(RuleCodes.JsonType, speakerPath, $"A speaker as a party object is {ModelShape.Format1Name}'s; a {ModelShape.FormatName} document gives the speaker's index in \"parties\".");
                }
                else if (ReadParty(speakerElement, speakerPath) is { } speaker)
                {
                    if (!(_knownParties ??= new HashSet<Party>(parties)).Contains(speaker))
                    {
                        _findings.Add(new Finding(RuleCodes.QuoteSpeakerUnknown, Severity.Warning, speakerPath, $"The quote is attributed to {speaker.Name}, who is not among the article's people and organisations; a reading adds {(speaker.Kind == PartyKind.Person ? "the person" : "the organisation")} to them."));
                    }
                    attribution = new Attribution(speaker, mention, cue, via);
                }
            }
            else if (speakerElement.ValueKind != JsonValueKind.Number)
            {
                WrongType(speakerPath, speakerElement, "the speaker's index in \"parties\"");
            }
            else if (!speakerElement.TryGetInt32(out int speakerIndex) || speakerIndex < 0)
            {
                Broken(RuleCodes.JsonValue, speakerPath, NotACount(speakerElement));
            }
            else if (speakerIndex >= partyRead.Length)
            {
                Broken(RuleCodes.QuoteSpeakerUnknown, speakerPath, string.Create(CultureInfo.InvariantCulture, $"The speaker is party {speakerIndex}, but the article has {partyRead.Length} part{(partyRead.Length == 1 ? "y" : "ies")}."));
            }
            else if (partyRead[speakerIndex] is int read and >= 0)
            {
                attribution = new Attribution(parties[read], mention, cue, via);
            }
            else
            {
                _broken.Add(speakerPath); // the party itself is broken and reported there
            }
        }
        if (paragraph is { } index && start is { } s && length is { } l)
        {
            if (index >= body.Count)
            {
                Broken(RuleCodes.QuoteRangeOutside, Child(path, Prop.Paragraph), string.Create(CultureInfo.InvariantCulture, $"The quote stands in block {index + 1}, but the body has {body.Count} block(s)."));
                return null;
            }
            if ((long)s + l > body[index].Length)
            {
                Broken(RuleCodes.QuoteRangeOutside, rangePath, string.Create(CultureInfo.InvariantCulture, $"The quote's range [{s}..{(long)s + l}) lies outside block {index + 1}, whose text has {body[index].Length} character(s)."));
                return null;
            }
        }
        return kind is null || paragraph is null || start is null || length is null || attribution is null || ReferenceEquals(text, Placeholder)
            ? null
            : new Quote(text, (QuoteKind)kind, paragraph.Value, new TextRange(start.Value, length.Value), attribution);
    }

    // ----- rules and the final check -----

    private void RunRules(ArticleValidator validator, Article article)
    {
        var context = new ValidationContext(validator.Profile, validator.Clock.GetCurrentInstant());
        validator.Run(article, ref context);
        foreach (var finding in context.ToReport())
        {
            string path = ToJsonPath(finding.Path);
            if (!IsBroken(path))
            {
                _findings.Add(new Finding(finding.Code, finding.Severity, path, finding.Message));
            }
        }
    }

    /// <summary>A model path (<c>quotes[1].text</c>) as a path in the document (<c>$.quotes[3].text</c> when quotes
    /// 0 and 2 of the document could not be read), with the document's member names.</summary>
    private string ToJsonPath(string modelPath)
    {
        if (modelPath.Length == 0)
        {
            return "$";
        }
        var builder = new StringBuilder("$");
        var rest = modelPath.AsSpan();
        List<int>? indexes = null;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny('.', '[');
            var name = end < 0 ? rest : rest[..end];
            if (!name.IsEmpty)
            {
                var prop = Enum.TryParse<Prop>(name, ignoreCase: true, out var parsed) ? parsed : (Prop)(-1);
                JsonPath.AppendName(builder, (int)prop >= 0 ? Name(prop) : name.ToString());
                indexes = prop == Prop.Quotes ? _quoteIndexes
                    : prop == Prop.Credits ? _creditIndexes
                    : prop == Prop.Parties ? _partyIndexes
                    : prop == Prop.Corrections ? _correctionIndexes
                    : null;
            }
            if (end < 0)
            {
                break;
            }
            if (rest[end] == '[')
            {
                int close = rest[end..].IndexOf(']') + end;
                int index = int.Parse(rest[(end + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture);
                if (indexes is not null && index < indexes.Count)
                {
                    index = indexes[index];
                }
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                rest = rest[(close + 1)..];
                indexes = null;
            }
            else
            {
                rest = rest[(end + 1)..];
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether the path or one of its ancestors (cut at a <c>.</c> or <c>[</c>) was reported broken; one
    /// set lookup per ancestor, so the cost does not grow with the number of broken parts.</summary>
    private bool IsBroken(string path)
    {
        if (_broken.Count == 0)
        {
            return false;
        }
        var lookup = _broken.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int end = 1; end <= path.Length; end++)
        {
            if ((end == path.Length || path[end] is '.' or '[') && lookup.Contains(path.AsSpan(0, end)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>When nothing was found, the document must also deserialize: any remaining reader objection (a size or
    /// depth limit) is reported, so that "no JSON findings" always means "deserializes".</summary>
    private void CrossCheck(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            NewsModelJson.Deserialize(utf8Json.Span, _options);
        }
        catch (JsonException exception)
        {
            Report(RuleCodes.JsonValue, exception.Path ?? "$", exception.Message);
        }
    }
}
