using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace NewsModel.Formats.Ninjs;

/// <summary>Reads ninjs 1.x, 2.x and 3.x documents as articles. Stateless; thread-safe.</summary>
internal static class NinjsReader
{
    internal const string Context = "ninjs ";
    internal const string NotCarried = "the article model has no place for it";
    internal const string NonConforming = "does not conform to ninjs: ";
    internal const string NotParsed = "NewsModel reads one body, the text/plain one when there is one, as paragraphs; it does not parse HTML (the NewsModel extension carries the blocks)";

    /// <summary>Top-level member names of ninjs 2.x and 3.x, lower case (names are matched case-insensitively,
    /// so 3.x camelCase and 2.x lower case both read).</summary>
    private static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet(
    [
        "altids", "associations", "bodies", "by", "contentcreated", "copyrightholder", "copyrightnotice", "descriptions",
        "digitalsourcetype", "ednote", "embargoed", "embargoeduntil", "eventdetails", "events", "expires", "firstcreated",
        "genres", "headlines", "infosources", "language", "located", "objects", "organisations", "people", "places",
        "plannedcoverage", "profile", "pubstatus", "renditions", "representationtype", "rightsinfo", "slugline", "standard",
        "subjects", "title", "trustindicators", "type", "urgency", "uri", "usageterms", "version", "versioncreated",

        // ninjs 1.x
        "$standard", "byline", "charcount", "event", "genre", "headline", "infosource", "mimetype", "object",
        "organisation", "person", "place", "subject", "trustindicator", "wordcount",
    ]);

    private static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(["standard", "$standard", "type", "representationtype"]);

    private static readonly FrozenSet<string> GeoJsonTypes = FrozenSet.ToFrozenSet(
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection"]);

    private sealed class Entity
    {
        internal string? Name { get; set; }

        internal string? Rel { get; set; }

        internal string? Role { get; set; }

        internal string? Literal { get; set; }

        internal string? Uri { get; set; }
    }

    private readonly record struct Text(string? Role, string? ContentType, string Value);

    private sealed class Document
    {
        internal string? Uri { get; set; }

        internal Instant? FirstCreated { get; set; }

        internal Instant? VersionCreated { get; set; }

        internal Instant? ContentCreated { get; set; }

        internal Instant? Embargoed { get; set; }

        internal string? Language { get; set; }

        internal string? CopyrightNotice { get; set; }

        internal string? By { get; set; }

        internal string? Located { get; set; }

        internal string? Title { get; set; }

        internal string? Slugline { get; set; }

        internal string? CanonicalUrl { get; set; }

        internal List<Text> Headlines { get; } = [];

        internal List<Text> Descriptions { get; } = [];

        internal List<Text> Bodies { get; } = [];

        internal List<Entity> People { get; } = [];

        internal List<Entity> Organisations { get; } = [];

        internal List<Entity> InfoSources { get; } = [];

        internal List<string> Places { get; } = [];

        internal string? PubStatus { get; set; }

        internal int? Urgency { get; set; }

        internal List<Concept> Subjects { get; } = [];

        internal List<Concept> Genres { get; } = [];

        internal string? CopyrightHolder { get; set; }

        internal string? UsageTerms { get; set; }

        internal string? LicenseUrl { get; set; }

        /// <summary>The path of the associations, reported as dropped unless the extension gives the media.</summary>
        internal string? Associations { get; set; }

        internal JsonElement AssociationsElement { get; set; }

        internal NinjsExtension.Data? Extension { get; set; }
    }

    internal static ConversionResult<Article> Read(ReadOnlySpan<byte> utf8, NinjsReadOptions options)
    {
        var cursor = new JsonCursor(utf8, Context, "$");
        cursor.ReadStartObject();
        var result = ReadArticle(ref cursor, options);
        cursor.ExpectEnd();
        return result;
    }

    internal static ImmutableArray<ConversionResult<Article>> ReadAll(ReadOnlySpan<byte> utf8, NinjsReadOptions options)
    {
        var cursor = new JsonCursor(utf8, Context, "$");
        cursor.Read();
        var results = ImmutableArray.CreateBuilder<ConversionResult<Article>>();
        if (cursor.TokenType == JsonTokenType.StartArray)
        {
            for (int i = 0; cursor.NextItem(ref i);)
            {
                cursor.ExpectStartObject();
                results.Add(ReadArticle(ref cursor, options));
                cursor.Pop();
            }
        }
        else
        {
            cursor.ExpectStartObject();
            results.Add(ReadArticle(ref cursor, options));
        }
        cursor.ExpectEnd();
        return results.ToImmutable();
    }

    private static ConversionResult<Article> ReadArticle(ref JsonCursor cursor, NinjsReadOptions options)
    {
        var losses = new LossCollector();
        var doc = new Document();
        var zone = options.Zone ?? options.DefaultPublication?.Zone;
        string rootPath = cursor.Path;
        while (cursor.NextProperty(out var name))
        {
            var lower = name.ToLowerInvariant();
            switch (lower)
            {
                case "uri":
                    doc.Uri = DecodeUri(ref cursor, cursor.GetNonEmptyString("the item's uri, a non-empty string"));
                    break;
                case "firstcreated":
                    doc.FirstCreated = ReadDate(ref cursor, zone);
                    break;
                case "versioncreated":
                    doc.VersionCreated = ReadDate(ref cursor, zone);
                    break;
                case "contentcreated":
                    doc.ContentCreated = ReadDate(ref cursor, zone);
                    break;
                case "embargoed":
                case "embargoeduntil":
                    doc.Embargoed = ReadDate(ref cursor, zone);
                    break;
                case "language":
                    doc.Language = cursor.GetString("a BCP 47 language tag (a string)");
                    break;
                case "copyrightnotice":
                    doc.CopyrightNotice = cursor.GetString("the copyright notice (a string)");
                    break;
                case "copyrightholder":
                    doc.CopyrightHolder = cursor.GetString("the copyright holder (a string)");
                    break;
                case "usageterms":
                    doc.UsageTerms = cursor.GetString("the usage terms (a string)");
                    break;
                case "pubstatus":
                    doc.PubStatus = cursor.GetString("a publication status, usable, withheld or canceled");
                    if (doc.PubStatus is not ("usable" or "withheld" or "canceled"))
                    {
                        Problem(ref cursor, ref losses, options, "a publication status, usable, withheld or canceled");
                        doc.PubStatus = null;
                    }
                    break;
                case "urgency":
                    if (cursor.TokenType == JsonTokenType.Number && cursor.TryGetInt32(out int urgency) && urgency is >= 1 and <= 9)
                    {
                        doc.Urgency = urgency;
                    }
                    else
                    {
                        cursor.Skip();
                        Problem(ref cursor, ref losses, options, "an urgency, an integer from 1 to 9");
                    }
                    break;
                case "subjects":
                case "subject":
                    ReadConcepts(ref cursor, doc.Subjects, ref losses);
                    break;
                case "genres":
                case "genre":
                    ReadConcepts(ref cursor, doc.Genres, ref losses);
                    break;
                case "rightsinfo":
                    ReadRightsInfo(ref cursor, doc, ref losses, options);
                    break;
                case "associations":
                    doc.Associations = cursor.Path;
                    var associations = cursor.ParseElement();
                    doc.AssociationsElement = associations;
                    Check(ref cursor, "associations", associations, ref losses, options);
                    break;
                case "by":
                case "byline":
                    doc.By = cursor.GetString("a byline (a string)");
                    break;
                case "located":
                    doc.Located = cursor.GetString("the place the content originates from (a string)");
                    break;
                case "title":
                    doc.Title = cursor.GetString("a title (a string)");
                    Drop(ref losses, ref cursor, "used only when there is no headline");
                    break;
                case "slugline":
                    doc.Slugline = cursor.GetString("a slugline (a string)");
                    Drop(ref losses, ref cursor, "used only when there is neither headline nor title");
                    break;
                case "headline":
                    doc.Headlines.Add(new Text("main", null, cursor.GetString("a headline (a string)")));
                    break;
                case "headlines":
                    ReadTexts(ref cursor, doc.Headlines);
                    break;
                case "descriptions":
                    ReadTexts(ref cursor, doc.Descriptions);
                    break;
                case "bodies":
                    ReadTexts(ref cursor, doc.Bodies);
                    break;
                case "people":
                case "person":
                    ReadEntities(ref cursor, doc.People, ref losses);
                    break;
                case "organisations":
                case "organisation":
                    ReadEntities(ref cursor, doc.Organisations, ref losses);
                    break;
                case "infosources":
                case "infosource":
                    ReadEntities(ref cursor, doc.InfoSources, ref losses);
                    break;
                case "places":
                case "place":
                    ReadPlaces(ref cursor, doc.Places, ref losses, options);
                    break;
                case "altids":
                    ReadAltIds(ref cursor, doc, ref losses);
                    break;
                default:
                    if (lower.StartsWith("headline_", StringComparison.Ordinal))
                    {
                        doc.Headlines.Add(new Text(lower["headline_".Length..], null, cursor.GetString("a headline (a string)")));
                    }
                    else if (lower.StartsWith("body_", StringComparison.Ordinal))
                    {
                        var kind = lower["body_".Length..];
                        doc.Bodies.Add(new Text(kind, kind.Contains("html", StringComparison.Ordinal) ? "text/html" : "text/plain", cursor.GetString("a body (a string)")));
                    }
                    else if (lower.StartsWith("description_", StringComparison.Ordinal))
                    {
                        doc.Descriptions.Add(new Text(lower["description_".Length..], null, cursor.GetString("a description (a string)")));
                    }
                    else
                    {
                        CheckAndDrop(ref cursor, lower, ref losses, options);
                    }
                    break;
            }
            cursor.Pop();
        }
        for (int i = 0; i < doc.Descriptions.Count; i++)
        {
            if (doc.Descriptions[i].Role == NinjsNames.ExtensionRole)
            {
                var path = rootPath + ".descriptions[" + i.ToString(CultureInfo.InvariantCulture) + "].value";
                doc.Extension = NinjsExtension.Read(Encoding.UTF8.GetBytes(doc.Descriptions[i].Value), path);
                doc.Descriptions.RemoveAt(i);
                break;
            }
        }
        if (doc.Associations is not null && doc.Extension is not null && (doc.Extension.Model is null || doc.Extension.Model.Media.Count == 0))
        {
            losses.Add(doc.Associations, "the associations (media and their renditions)", "a document with NewsModel's extension keeps its media there", LossKind.Dropped);
        }
        try
        {
            var article = Build(doc, options, zone, ref losses, ref cursor, rootPath);
            return new ConversionResult<Article>(article, losses.ToReport());
        }
        catch (ArgumentException e)
        {
            throw new NinjsException(Context + rootPath + ": expected a document that makes a valid article; found " + e.Message, rootPath, 0, 0, e);
        }
    }

    private static void Drop(ref LossCollector losses, ref JsonCursor cursor, string detail) =>
        losses.Add(cursor.Path, detail, NotCarried, LossKind.Dropped);

    private static Instant ReadDate(ref JsonCursor cursor, DateTimeZone? zone)
    {
        var text = cursor.GetString(Rfc3339.Expected);
        return Rfc3339.TryParse(text, zone, out var instant, out _) switch
        {
            Rfc3339.Status.Ok => instant,
            Rfc3339.Status.NeedsZone => throw cursor.Fail(
                "a date-time with an offset, or NinjsReadOptions.Zone (or DefaultPublication) to read a local date-time in",
                "the local date-time \"" + text + "\" and no zone"),
            _ => throw cursor.Fail(Rfc3339.Expected),
        };
    }

    private static string DecodeUri(ref JsonCursor cursor, string uri)
    {
        if (!uri.StartsWith(NinjsNames.IdUrnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return uri;
        }
        var encoded = uri.AsSpan(NinjsNames.IdUrnPrefix.Length);
        var bytes = new List<byte>(encoded.Length);
        for (int i = 0; i < encoded.Length; i++)
        {
            char c = encoded[i];
            if (c == '%' && i + 2 < encoded.Length + 0 && int.TryParse(encoded.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int b))
            {
                bytes.Add((byte)b);
                i += 2;
            }
            else if (c < 128 && c != '%')
            {
                bytes.Add((byte)c);
            }
            else
            {
                throw cursor.Fail("a percent-encoded UTF-8 id after " + NinjsNames.IdUrnPrefix);
            }
        }
        var decoder = new UTF8Encoding(false, true);
        try
        {
            var id = decoder.GetString(bytes.ToArray());
            return id.Length == 0 ? throw cursor.Fail("a non-empty id after " + NinjsNames.IdUrnPrefix) : id;
        }
        catch (DecoderFallbackException e)
        {
            throw cursor.Fail("a percent-encoded UTF-8 id after " + NinjsNames.IdUrnPrefix, null, e);
        }
    }

    private static void ReadTexts(ref JsonCursor cursor, List<Text> texts, bool valueRequired = true)
    {
        cursor.ExpectStartArray();
        for (int i = 0; cursor.NextItem(ref i);)
        {
            cursor.ExpectStartObject();
            string? role = null, contentType = null, value = null;
            while (cursor.NextProperty(out var name))
            {
                switch (name.ToLowerInvariant())
                {
                    case "role":
                        role = cursor.GetString("a role (a string)");
                        break;
                    case "contenttype":
                        contentType = cursor.GetString("a media type (a string)");
                        break;
                    case "value":
                        value = cursor.GetString("the text (a string)");
                        break;
                    default:
                        cursor.Skip();
                        break;
                }
                cursor.Pop();
            }
            texts.Add(new Text(role, contentType, value ?? (valueRequired ? throw cursor.Fail("a member value", "an object without it") : string.Empty)));
            cursor.Pop();
        }
    }

    private static void ReadEntities(ref JsonCursor cursor, List<Entity> entities, ref LossCollector losses)
    {
        if (cursor.TokenType == JsonTokenType.StartObject)
        {
            AddEntity(ref cursor, entities, ref losses);
            return;
        }
        cursor.ExpectStartArray();
        for (int i = 0; cursor.NextItem(ref i);)
        {
            AddEntity(ref cursor, entities, ref losses);
            cursor.Pop();
        }
    }

    private static void AddEntity(ref JsonCursor cursor, List<Entity> entities, ref LossCollector losses)
    {
        var entity = ReadEntity(ref cursor);
        if (string.IsNullOrEmpty(entity.Name))
        {
            Drop(ref losses, ref cursor, "an entry without a name");
        }
        else
        {
            entities.Add(entity);
        }
    }

    private static Entity ReadEntity(ref JsonCursor cursor)
    {
        cursor.ExpectStartObject();
        var entity = new Entity();
        while (cursor.NextProperty(out var name))
        {
            switch (name.ToLowerInvariant())
            {
                case "name":
                    entity.Name = cursor.GetString("a name (a string)");
                    break;
                case "rel":
                    entity.Rel = cursor.GetString("a relationship (a string)");
                    break;
                case "role":
                    entity.Role = cursor.GetString("a role (a string)");
                    break;
                case "literal":
                    entity.Literal = cursor.GetString("a literal (a string)");
                    break;
                case "uri":
                    entity.Uri = cursor.GetString("a uri (a string)");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        return entity;
    }

    private static void ReadPlaces(ref JsonCursor cursor, List<string> places, ref LossCollector losses, NinjsReadOptions options)
    {
        if (cursor.TokenType == JsonTokenType.StartObject)
        {
            ReadPlace(ref cursor, places, ref losses, options);
            return;
        }
        cursor.ExpectStartArray();
        for (int i = 0; cursor.NextItem(ref i);)
        {
            ReadPlace(ref cursor, places, ref losses, options);
            cursor.Pop();
        }
    }

    private static void ReadPlace(ref JsonCursor cursor, List<string> places, ref LossCollector losses, NinjsReadOptions options)
    {
        cursor.ExpectStartObject();
        string? name = null;
        bool dropped = false;
        while (cursor.NextProperty(out var member))
        {
            var lower = member.ToLowerInvariant();
            if (lower == "name")
            {
                name = cursor.GetString("a place name (a string)");
            }
            else if (lower == "geojson")
            {
                var geo = cursor.ParseElement();
                bool valid;
                try
                {
                    valid = geo.ValueKind == JsonValueKind.Object && geo.TryGetProperty("type", out var type)
                        && type.ValueKind == JsonValueKind.String && GeoJsonTypes.Contains(type.GetString()!);
                }
                catch (InvalidOperationException e)
                {
                    throw cursor.Fail("valid UTF-8 text", "invalid UTF-8", e);
                }
                if (!valid)
                {
                    Problem(ref cursor, ref losses, options, "a GeoJSON object with a type such as Point");
                }
                dropped = true;
            }
            else
            {
                dropped |= lower is not ("rel" or "uri" or "literal");
                cursor.Skip();
            }
            cursor.Pop();
        }
        if (string.IsNullOrEmpty(name))
        {
            Drop(ref losses, ref cursor, "a place without a name");
        }
        else
        {
            places.Add(name);
            if (dropped)
            {
                Drop(ref losses, ref cursor, "the place's details other than its name");
            }
        }
    }

    /// <summary>Reads subjects or genres: the name, the uri, and the literal as a code (<c>scheme:code</c>, as a QCode,
    /// gives the scheme too). One without a name is dropped; the rest of an entry (rel, relevance, ...) is not kept.</summary>
    private static void ReadConcepts(ref JsonCursor cursor, List<Concept> concepts, ref LossCollector losses)
    {
        var entities = new List<Entity>();
        ReadEntities(ref cursor, entities, ref losses);
        foreach (var entity in entities)
        {
            string? code = string.IsNullOrEmpty(entity.Literal) ? null : entity.Literal, scheme = null;
            int colon = code is null ? -1 : code.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < code!.Length - 1)
            {
                scheme = code[..colon];
                code = code[(colon + 1)..];
            }
            concepts.Add(new Concept(entity.Name!, code, scheme, string.IsNullOrEmpty(entity.Uri) ? null : entity.Uri));
        }
    }

    /// <summary>Reads rightsInfo: its linkedRights is the licence URL; an encoded rights expression is dropped.</summary>
    private static void ReadRightsInfo(ref JsonCursor cursor, Document doc, ref LossCollector losses, NinjsReadOptions options)
    {
        var element = cursor.ParseElement();
        Check(ref cursor, "rightsinfo", element, ref losses, options);
        if (element.ValueKind == JsonValueKind.Object && TryMember(element, "linkedrights", out var linked)
            && linked.ValueKind == JsonValueKind.String && linked.GetString() is { Length: > 0 } url)
        {
            doc.LicenseUrl = url;
        }
        if (element.ValueKind == JsonValueKind.Object && HasMember(element, "encodedrights"))
        {
            Drop(ref losses, ref cursor, "the encoded rights expression");
        }
    }

    private static void ReadAltIds(ref JsonCursor cursor, Document doc, ref LossCollector losses)
    {
        var ids = new List<Text>();
        ReadTexts(ref cursor, ids, valueRequired: false);
        for (int i = 0; i < ids.Count; i++)
        {
            if (ids[i].Role == NinjsNames.CanonicalUrlRole && ids[i].Value.Length > 0 && doc.CanonicalUrl is null)
            {
                doc.CanonicalUrl = ids[i].Value;
            }
            else
            {
                losses.Add(cursor.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", "an alternative id", NotCarried, LossKind.Dropped);
            }
        }
    }

    /// <summary>Checks the structure of a member the article does not keep, then reports it as dropped.</summary>
    private static void CheckAndDrop(ref JsonCursor cursor, string lower, ref LossCollector losses, NinjsReadOptions options)
    {
        if (!Known.Contains(lower))
        {
            cursor.Skip();
            Problem(ref cursor, ref losses, options, "only members ninjs defines");
            return;
        }
        if (Ignored.Contains(lower))
        {
            cursor.Skip();
            return;
        }
        var element = cursor.ParseElement();
        try
        {
            Check(ref cursor, lower, element, ref losses, options);
        }
        catch (InvalidOperationException e)
        {
            throw cursor.Fail("valid UTF-8 text", "invalid UTF-8", e);
        }
        Drop(ref losses, ref cursor, "the member " + cursor.Path[(cursor.Path.LastIndexOf('.') + 1)..]);
    }

    private static void Check(ref JsonCursor cursor, string lower, JsonElement element, ref LossCollector losses, NinjsReadOptions options)
    {
        switch (lower)
        {
            case "urgency":
                if (!IsUrgency(element))
                {
                    Problem(ref cursor, ref losses, options, "an urgency, an integer from 1 to 9");
                }
                break;
            case "associations":
                if (element.ValueKind != JsonValueKind.Array)
                {
                    Problem(ref cursor, ref losses, options, "an array of associations");
                    break;
                }
                foreach (var association in element.EnumerateArray())
                {
                    if (association.ValueKind != JsonValueKind.Object
                        || !HasString(association, "name") || !HasString(association, "uri"))
                    {
                        Problem(ref cursor, ref losses, options, "associations that are objects with the strings name and uri");
                        break;
                    }
                    foreach (var property in association.EnumerateObject())
                    {
                        var member = property.Name.ToLowerInvariant();
                        if (!Known.Contains(member) && member != "name" && member != "rel")
                        {
                            Problem(ref cursor, ref losses, options, "associations with only ninjs members, name and rel (not " + property.Name + ")");
                            break;
                        }
                    }
                }
                break;
            case "rightsinfo":
                if (element.ValueKind != JsonValueKind.Object || HasMember(element, "linkedrights") == HasMember(element, "encodedrights"))
                {
                    Problem(ref cursor, ref losses, options, "rights information with exactly one of linkedRights and encodedRights");
                }
                break;
            case "digitalsourcetype":
                if (element.ValueKind != JsonValueKind.Object)
                {
                    Problem(ref cursor, ref losses, options, "a digital source type object (name, uri, literal)");
                }
                break;
            case "eventdetails":
                if (element.ValueKind == JsonValueKind.Object && TryMember(element, "dates", out var dates) && dates.ValueKind == JsonValueKind.Object)
                {
                    if ((HasMember(dates, "startdate") && HasMember(dates, "expectedstartdate"))
                        || (HasMember(dates, "enddate") && HasMember(dates, "expectedenddate")))
                    {
                        Problem(ref cursor, ref losses, options, "event dates with either startDate or expectedStartDate (and either endDate or expectedEndDate), not both");
                    }
                    foreach (var property in dates.EnumerateObject())
                    {
                        if (property.Name.StartsWith("expected", StringComparison.OrdinalIgnoreCase)
                            && !property.Name.Equals("expectedDuration", StringComparison.OrdinalIgnoreCase)
                            && (property.Value.ValueKind != JsonValueKind.String || !IsTruncatedDate(property.Value.GetString()!)))
                        {
                            Problem(ref cursor, ref losses, options, "a truncated date (uuuu, uuuu-MM, uuuu-MM-dd or a full date-time) in " + property.Name);
                        }
                    }
                }
                break;
            case "plannedcoverage":
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var coverage in element.EnumerateArray())
                    {
                        if (coverage.ValueKind == JsonValueKind.Object && TryMember(coverage, "urgency", out var urgency) && !IsUrgency(urgency))
                        {
                            Problem(ref cursor, ref losses, options, "planned coverage urgency, an integer from 1 to 9");
                        }
                    }
                }
                break;
            default:
                break;
        }
    }

    private static void Problem(ref JsonCursor cursor, ref LossCollector losses, NinjsReadOptions options, string expected)
    {
        if (options.Strict)
        {
            throw cursor.Fail(expected, "a value that does not conform to ninjs");
        }
        losses.Add(cursor.Path, "a member that does not conform (expected " + expected + ")", NonConforming + "ignored", LossKind.Dropped);
    }

    private static bool IsUrgency(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out int value) && value is >= 1 and <= 9;

    private static bool HasString(JsonElement element, string name) =>
        TryMember(element, name, out var value) && value.ValueKind == JsonValueKind.String;

    private static bool HasMember(JsonElement element, string name) => TryMember(element, name, out _);

    private static bool TryMember(JsonElement element, string lowerName, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(lowerName, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>ninjs truncatedDateTimeType: uuuu, uuuu-MM, uuuu-MM-dd or a date-time with optional offset.</summary>
    internal static bool IsTruncatedDate(string text)
    {
        static bool Digits(string s, int start, int count)
        {
            if (start + count > s.Length)
            {
                return false;
            }
            for (int i = start; i < start + count; i++)
            {
                if (!char.IsAsciiDigit(s[i]))
                {
                    return false;
                }
            }
            return true;
        }
        if (!Digits(text, 0, 4))
        {
            return false;
        }
        if (text.Length == 4)
        {
            return true;
        }
        if (text[4] != '-' || !Digits(text, 5, 2) || text[5..7] is not ("01" or "02" or "03" or "04" or "05" or "06" or "07" or "08" or "09" or "10" or "11" or "12"))
        {
            return false;
        }
        if (text.Length == 7)
        {
            return true;
        }
        if (text.Length < 10 || text[7] != '-' || !Digits(text, 8, 2) || text[8..10] is "00" || string.CompareOrdinal(text[8..10], "31") > 0)
        {
            return false;
        }
        if (text.Length == 10)
        {
            return true;
        }
        return text[10] == 'T' && Rfc3339.TryParse(text, DateTimeZone.Utc, out _, out _) == Rfc3339.Status.Ok;
    }

    private static Article Build(Document doc, NinjsReadOptions options, DateTimeZone? zone, ref LossCollector losses, ref JsonCursor cursor, string root)
    {
        var ext = doc.Extension;
        var uri = doc.Uri ?? throw Missing(root, "the member uri (every ninjs item has one)");

        // Publication
        Entity? publisher = doc.InfoSources.Find(static e => e.Role == NinjsNames.PublisherRole);
        Publication publication;
        if (publisher is not null)
        {
            var pubZone = ext?.Zone ?? zone ?? throw Missing(root, "a zone for the publication (NinjsReadOptions.Zone or DefaultPublication)");
            publication = new Publication(publisher.Name!, pubZone, string.IsNullOrEmpty(publisher.Literal) ? null : publisher.Literal);
        }
        else
        {
            publication = options.DefaultPublication
                ?? throw Missing(root, "a publication (an infoSources item with role publisher, or NinjsReadOptions.DefaultPublication)");
            if (ext is null)
            {
                losses.Add(root, "no publisher in infoSources; NinjsReadOptions.DefaultPublication used", "an article needs a publication", LossKind.Substituted);
            }
        }
        var momentZone = zone ?? publication.Zone;

        // Timeline
        Timeline timeline;
        if (ext is not null)
        {
            var model = ext.Model;
            var published = ext.Published is { } p
                ? At(p, doc.FirstCreated ?? throw Missing(root, "firstCreated (the extension says the article was published)"), root, "firstCreated")
                : null;
            timeline = new Timeline(
                published,
                ext.Updated is { } u ? At(u, doc.VersionCreated ?? throw Missing(root, "versionCreated (the extension says the article was updated)"), root, "versionCreated") : null,
                ext.Created is { } c ? At(c, doc.ContentCreated ?? throw Missing(root, "contentCreated (the extension says when the content was created)"), root, "contentCreated") : null,
                ext.EmbargoedUntil is { } e ? At(e, doc.Embargoed ?? throw Missing(root, "embargoedUntil (the extension says the article was embargoed)"), root, "embargoedUntil") : null,
                ext.Corrections,
                model?.Scheduled,
                model?.Withdrawal,
                model?.Revisions);
        }
        else
        {
            Instant? publishedAt;
            if (doc.FirstCreated is { } first)
            {
                publishedAt = first;
            }
            else if (doc.PubStatus is "withheld")
            {
                // Withheld (a draft) and never published: no publication time to substitute.
                publishedAt = null;
            }
            else if ((doc.VersionCreated ?? doc.ContentCreated) is { } other)
            {
                publishedAt = other;
                losses.Add(root + ".firstCreated", "absent; the publication time is taken from " + (doc.VersionCreated is null ? "contentCreated" : "versionCreated"), "an article needs a publication time", LossKind.Substituted);
            }
            else
            {
                publishedAt = options.DefaultPublished
                    ?? throw Missing(root, "a publication time (firstCreated, versionCreated or contentCreated, or NinjsReadOptions.DefaultPublished)");
                losses.Add(root + ".firstCreated", "absent; NinjsReadOptions.DefaultPublished used", "an article needs a publication time", LossKind.Substituted);
            }
            Moment? updated = null;
            if (doc.VersionCreated is { } version && publishedAt is null)
            {
                updated = new Moment(version, momentZone);
            }
            else if (doc.VersionCreated is { } version2 && doc.FirstCreated is not null && version2 != publishedAt)
            {
                if (version2 > publishedAt)
                {
                    updated = new Moment(version2, momentZone);
                }
                else
                {
                    losses.Add(root + ".versionCreated", "a version time before firstCreated", "an article's update cannot precede its publication", LossKind.Dropped);
                }
            }
            timeline = new Timeline(
                publishedAt is { } at ? new Moment(at, momentZone) : null,
                updated,
                doc.ContentCreated is { } created ? new Moment(created, momentZone) : null,
                doc.Embargoed is { } embargoed ? new Moment(embargoed, momentZone) : null);
        }

        // Headline, standfirst, language
        string? headline = Pick(doc.Headlines, "main")?.Value;
        if (string.IsNullOrEmpty(headline))
        {
            (headline, string source) = !string.IsNullOrEmpty(doc.Title) ? (doc.Title, "title")
                : !string.IsNullOrEmpty(doc.Slugline) ? (doc.Slugline, "slugline")
                : (uri, "uri");
            losses.Add(root + ".headlines", "absent; the headline is taken from " + source, "an article needs a headline", LossKind.Substituted);
        }
        DropOthers(doc.Headlines, Pick(doc.Headlines, "main"), root + ".headlines", ref losses);
        var summary = Pick(doc.Descriptions, "summary", "abstract", "teaser", "standfirst", "lead");
        string? standfirst = summary is { Value.Length: > 0 } s ? s.Value : null;
        DropOthers(doc.Descriptions, summary, root + ".descriptions", ref losses);
        var language = doc.Language;
        if (string.IsNullOrEmpty(language))
        {
            language = options.DefaultLanguage;
            losses.Add(root + ".language", "absent; NinjsReadOptions.DefaultLanguage used", "an article needs a language", LossKind.Substituted);
        }

        // Body: the extension's blocks, the HTML body read by the caller's HTML reader, or the text/plain body's paragraphs
        var html = ext is null && options.BodyHtml is not null ? HtmlBodyOf(doc) : null;
        var body = ReadBody(doc, root, html, ref losses);
        List<Block> blocks;
        HtmlBody? htmlBody = null;
        if (ext?.Model?.Blocks is { } extBlocks)
        {
            blocks = extBlocks;
            body = extBlocks.ConvertAll(static b => b.PlainText);
        }
        else if (html is { } htmlText)
        {
            htmlBody = options.BodyHtml!(htmlText.Value);
            blocks = [.. htmlBody.Blocks];
            body = blocks.ConvertAll(static b => b.PlainText);
            foreach (var note in htmlBody.Notes)
            {
                losses.Add(root + ".bodies", "the " + (htmlText.ContentType ?? "unlabelled") + " body: " + note, "the HTML reader keeps what has a block", LossKind.Approximated);
            }
        }
        else
        {
            blocks = body.ConvertAll(static text => (Block)Block.Paragraph(text));
        }

        // Credits and parties
        List<Credit> credits;
        List<Party> parties;
        if (ext is not null)
        {
            (credits, parties) = ResolveNames(ext, doc, publisher, root);
        }
        else
        {
            credits = [];
            parties = [];
            Collect(doc.People, PartyKind.Person, credits, parties);
            Collect(doc.Organisations, PartyKind.Organisation, credits, parties);
            if (credits.Count == 0 && !string.IsNullOrWhiteSpace(doc.By))
            {
                credits.Add(new Credit(doc.By, PartyKind.Person, CreditRole.Author, doc.By));
            }
            foreach (var source in doc.InfoSources)
            {
                if (source != publisher)
                {
                    credits.Add(new Credit(source.Name!, PartyKind.Organisation, CreditRole.SourceAgency));
                }
            }
        }

        // Quotes
        var quotes = new List<Quote>();
        if (ext is not null)
        {
            foreach (var q in ext.Quotes)
            {
                if (q.Paragraph >= body.Count || q.Start + q.Length > body[q.Paragraph].Length)
                {
                    throw new NinjsException(
                        NinjsExtension.Context + root + ".descriptions (quote " + q.Path + "): expected a quote that fits the body; found paragraph " + q.Paragraph.ToString(CultureInfo.InvariantCulture) + ", range [" + q.Start.ToString(CultureInfo.InvariantCulture) + ", " + (q.Start + q.Length).ToString(CultureInfo.InvariantCulture) + ").",
                        root + ".descriptions",
                        0,
                        0);
                }
                var speaker = q.Attribution != AttributionKind.Resolved ? null : q.Speaker
                    ?? (q.SpeakerIndex < parties.Count ? parties[q.SpeakerIndex] : throw new NinjsException(
                        NinjsExtension.Context + root + ".descriptions (quote " + q.Path + "): expected a speaker index below the number of parties (" + parties.Count.ToString(CultureInfo.InvariantCulture) + "); found " + q.SpeakerIndex.ToString(CultureInfo.InvariantCulture) + ".",
                        root + ".descriptions",
                        0,
                        0));
                var text = q.Text ?? (q.Length > 0 ? body[q.Paragraph].Substring(q.Start, q.Length) : throw new NinjsException(
                    NinjsExtension.Context + root + ".descriptions (quote " + q.Path + "): expected a text, or a non-empty range to take it from; found neither.",
                    root + ".descriptions",
                    0,
                    0));
                var attribution = q.Attribution switch
                {
                    AttributionKind.Unresolved => Attribution.Unresolved(q.Mention!, q.Cue, q.Via),
                    AttributionKind.Anonymous => Attribution.Anonymous(q.Mention!, q.Cue, q.Via),
                    _ => new Attribution(speaker!, q.Mention, q.Cue, q.Via),
                };
                quotes.Add(new Quote(text, q.Kind, q.Paragraph, new TextRange(q.Start, q.Length), attribution));
            }
        }

        // Rights, media, taxonomy, status: the extension's, or what ninjs says of them
        var extModel = ext?.Model;
        var rights = ext is not null ? extModel?.Rights : ReadRights(doc);
        var taxonomy = extModel is not null ? extModel.Taxonomy
            : doc.Subjects.Count > 0 || doc.Genres.Count > 0 || doc.Urgency is not null ? new Taxonomy(subjects: doc.Subjects, genres: doc.Genres, urgency: doc.Urgency)
            : null;
        var status = extModel is not null ? extModel.Status : ext is not null ? ArticleStatus.Published : StatusOf(doc, root, ref losses);
        var associated = ext is null && doc.Associations is not null
            ? ReadAssociations(doc.AssociationsElement, doc.Associations, htmlBody?.Media, ref losses)
            : (Media: (List<MediaAsset>?)null, Lead: (string?)null);

        return new Article(
            uri,
            headline!,
            language,
            publication,
            timeline,
            blocks,
            credits,
            parties,
            quotes,
            standfirst,
            string.IsNullOrEmpty(doc.Located) ? null : doc.Located,
            doc.CanonicalUrl,
            doc.Places,
            rights,
            extModel?.Media ?? Combine(htmlBody?.Media, associated.Media),
            extModel?.LeadMedia ?? associated.Lead,
            taxonomy,
            status);
    }

    private static List<MediaAsset>? Combine(System.Collections.Immutable.ImmutableArray<MediaAsset>? fromHtml, List<MediaAsset>? associated)
    {
        if (associated is null)
        {
            return fromHtml is { IsDefaultOrEmpty: false } html ? [.. html] : null;
        }
        if (fromHtml is { IsDefaultOrEmpty: false } body)
        {
            associated.InsertRange(0, body);
        }
        return associated;
    }

    /// <summary>
    /// The associations of a document without NewsModel's extension, as media: pictures and graphics as images, video,
    /// audio; name (3.x) or key (2.x) as the id, the <c>original</c> rendition as the asset's URI, size and type and the
    /// others as renditions, the caption and alt descriptions, the credit line (<c>by</c>) as a photographer's credit,
    /// the rights; the 3.x <c>featureimage</c> (2.x key <c>featureimage</c>) is the lead. An association that is not
    /// media (a text, a composite) is reported and left out.
    /// </summary>
    private static (List<MediaAsset>? Media, string? Lead) ReadAssociations(JsonElement associations, string path, System.Collections.Immutable.ImmutableArray<MediaAsset>? taken, ref LossCollector losses)
    {
        var items = new List<(string? Key, JsonElement Value)>();
        if (associations.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in associations.EnumerateArray())
            {
                items.Add((null, item));
            }
        }
        else if (associations.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in associations.EnumerateObject())
            {
                items.Add((property.Name, property.Value));
            }
        }
        var media = new List<MediaAsset>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (taken is { IsDefaultOrEmpty: false } already)
        {
            foreach (var asset in already)
            {
                ids.Add(asset.Id);
            }
        }
        string? lead = null;
        for (int i = 0; i < items.Count; i++)
        {
            var (key, value) = items[i];
            string at = key is null ? path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : path + "." + key;
            if (value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            string? type = TryMember(value, "type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            MediaKind? kind = type switch
            {
                "picture" or "graphic" => MediaKind.Image,
                "video" => MediaKind.Video,
                "audio" => MediaKind.Audio,
                _ => null,
            };
            if (kind is null)
            {
                losses.Add(at, "an association of type " + (type ?? "unknown") + " (not a picture, graphic, video or audio)", "an article's media are pictures, video and audio", LossKind.Dropped);
                continue;
            }
            string id = StringMember(value, "name") ?? key ?? "association-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (!ids.Add(id))
            {
                losses.Add(at, "an association whose name repeats another's (" + id + ")", "media ids are unique", LossKind.Dropped);
                continue;
            }
            string? uri = null, mediaType = null;
            int? width = null, height = null;
            Duration? duration = null;
            var renditions = new List<Rendition>();
            if (TryMember(value, "renditions", out var list))
            {
                foreach (var (name, rendition) in Renditions(list))
                {
                    if (StringMember(rendition, "href") is not { } href)
                    {
                        continue;
                    }
                    int? w = IntMember(rendition, "width"), h = IntMember(rendition, "height");
                    string? contentType = StringMember(rendition, "contenttype") ?? StringMember(rendition, "mimetype");
                    if (name == "original" && uri is null)
                    {
                        (uri, width, height, mediaType) = (href, w, h, contentType);
                        if (TryMember(rendition, "duration", out var seconds) && seconds.ValueKind == JsonValueKind.Number && seconds.TryGetDouble(out double d) && d >= 0 && d < 1e9)
                        {
                            duration = Duration.FromTicks((long)Math.Round(d * NodaConstants.TicksPerSecond));
                        }
                    }
                    else
                    {
                        renditions.Add(new Rendition(href, w, h, contentType, name));
                    }
                }
            }
            string? caption = null, alt = null;
            if (TryMember(value, "descriptions", out var descriptions) && descriptions.ValueKind == JsonValueKind.Array)
            {
                foreach (var description in descriptions.EnumerateArray())
                {
                    string? role = StringMember(description, "role");
                    string? text = StringMember(description, "value");
                    if (role == "caption")
                    {
                        caption ??= text;
                    }
                    else if (role == "alt")
                    {
                        alt ??= text;
                    }
                }
            }
            var credit = StringMember(value, "by") is { } by ? new Credit(by, PartyKind.Person, CreditRole.Photographer, by) : null;
            if (credit is not null)
            {
                losses.Add(at + ".by", "whether the credit line names a person or an organisation (read as a person)", "ninjs gives a credit line only", LossKind.Approximated);
            }
            var holder = StringMember(value, "copyrightholder");
            var notice = StringMember(value, "copyrightnotice");
            var terms = StringMember(value, "usageterms");
            var rights = holder is null && notice is null && terms is null ? null : new Rights(holder, notice, usageTerms: terms);
            media.Add(new MediaAsset(id, kind.Value, uri, mediaType, alt, caption is null ? null : new InlineText(caption), credit, rights,
                width, height, kind == MediaKind.Image ? null : duration, renditions));
            bool isLead = (key ?? StringMember(value, "rel")) is "featureimage" or "featuremedia";
            if (isLead && lead is null)
            {
                lead = id;
            }
        }
        return (media.Count == 0 ? null : media, lead);
    }

    private static IEnumerable<(string? Name, JsonElement Value)> Renditions(JsonElement renditions)
    {
        if (renditions.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in renditions.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return (StringMember(item, "name"), item);
                }
            }
        }
        else if (renditions.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in renditions.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    yield return (property.Name, property.Value);
                }
            }
        }
    }

    private static string? StringMember(JsonElement element, string lowerName) =>
        element.ValueKind == JsonValueKind.Object && TryMember(element, lowerName, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text ? text : null;

    private static int? IntMember(JsonElement element, string lowerName) =>
        TryMember(element, lowerName, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) && number > 0 ? number : null;

    /// <summary>The rights ninjs states: copyright notice and holder, usage terms, linked rights.</summary>
    private static Rights? ReadRights(Document doc)
    {
        static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
        var holder = NonEmpty(doc.CopyrightHolder);
        var notice = NonEmpty(doc.CopyrightNotice);
        var terms = NonEmpty(doc.UsageTerms);
        return holder is null && notice is null && terms is null && doc.LicenseUrl is null ? null : new Rights(holder, notice, doc.LicenseUrl, terms);
    }

    /// <summary>The status pubStatus says: usable published, canceled withdrawn, withheld a draft (ninjs does not tell a
    /// draft from a scheduled story).</summary>
    private static ArticleStatus StatusOf(Document doc, string root, ref LossCollector losses)
    {
        switch (doc.PubStatus)
        {
            case "canceled":
                return ArticleStatus.Withdrawn;
            case "withheld":
                losses.Add(root + ".pubStatus", "withheld, read as a draft", "ninjs does not say whether a withheld item is a draft or scheduled", LossKind.Approximated);
                return ArticleStatus.Draft;
            default:
                return ArticleStatus.Published;
        }
    }

    /// <summary>The extension's credits and parties with their names: a name the extension leaves out is the
    /// one of the next matching ninjs entry (credits: <c>people</c> / <c>organisations</c> with a credit
    /// <c>rel</c>, agency credits: <c>infoSources</c> with role <c>source</c>; parties: the other
    /// <c>people</c> / <c>organisations</c>), in order, as the writer wrote them.</summary>
    private static (List<Credit> Credits, List<Party> Parties) ResolveNames(NinjsExtension.Data ext, Document doc, Entity? publisher, string root)
    {
        var credits = new List<Credit>(ext.Credits.Count);
        var parties = new List<Party>(ext.Parties.Count);
        int personCredit = 0, organisationCredit = 0, source = 0, personParty = 0, organisationParty = 0;
        foreach (var credit in ext.Credits)
        {
            Entity? entity;
            if (credit.Role == CreditRole.SourceAgency)
            {
                entity = Next(doc.InfoSources, ref source, e => e != publisher && string.Equals(e.Role, NinjsNames.SourceRole, StringComparison.Ordinal));
            }
            else
            {
                var role = FormatNames.Of(credit.Role);
                entity = credit.Kind == PartyKind.Person
                    ? Next(doc.People, ref personCredit, e => FormatNames.TryCreditRole(e.Rel, out _))
                    : Next(doc.Organisations, ref organisationCredit, e => FormatNames.TryCreditRole(e.Rel, out _));
                if (credit.Name is null && entity is not null && !string.Equals(entity.Rel, role, StringComparison.Ordinal))
                {
                    throw NameMismatch(root, credit.Path, (credit.Kind == PartyKind.Person ? "a people" : "an organisations") + " entry with rel " + role, "rel " + entity.Rel);
                }
            }
            var name = credit.Name ?? entity?.Name ?? throw NameMismatch(root, credit.Path, "a ninjs entry to take the credit's name from", "none left");
            credits.Add(new Credit(name, credit.Kind, credit.Role, credit.Printed, credit.Id, credit.ProfileUrl));
        }
        foreach (var party in ext.Parties)
        {
            var entity = party.Kind == PartyKind.Person
                ? Next(doc.People, ref personParty, e => !FormatNames.TryCreditRole(e.Rel, out _))
                : Next(doc.Organisations, ref organisationParty, e => !FormatNames.TryCreditRole(e.Rel, out _));
            var name = party.Name ?? entity?.Name ?? throw NameMismatch(root, party.Path, "a ninjs entry to take the party's name from", "none left");
            parties.Add(new Party(name, party.Kind, party.Role, party.Affiliation, party.Id, party.ProfileUrl));
        }
        return (credits, parties);
    }

    /// <summary>The next entity from <paramref name="index"/> on that matches, moving past it; null when none.</summary>
    private static Entity? Next(List<Entity> entities, ref int index, Predicate<Entity> match)
    {
        while (index < entities.Count)
        {
            var entity = entities[index++];
            if (match(entity))
            {
                return entity;
            }
        }
        return null;
    }

    private static NinjsException NameMismatch(string root, string path, string expected, string found) =>
        new(NinjsExtension.Context + root + ".descriptions (" + path + "): expected " + expected + "; found " + found + ".", root + ".descriptions", 0, 0);

    /// <summary>The extension's stamp at the ninjs date's instant; a date-only stamp needs the start of a day there.</summary>
    private static Moment At(NinjsExtension.Stamp stamp, Instant instant, string root, string member)
    {
        if (stamp.Precision == MomentPrecision.Day && stamp.RelativeTo is null && !Moment.IsTruncated(instant, stamp.Zone!, MomentPrecision.Day))
        {
            var local = instant.InZone(stamp.Zone!).LocalDateTime;
            throw new NinjsException(
                NinjsExtension.Context + root + ".descriptions: expected " + member + " at the start of a day in " + stamp.Zone!.Id
                    + ", since the extension says the stamp is a date only; found " + local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + " there.",
                root + "." + member,
                0,
                0);
        }
        return stamp.At(instant);
    }

    private static NinjsException Missing(string root, string expected) =>
        new(Context + root + ": expected " + expected + "; found none.", root, 0, 0);

    private static Text? Pick(List<Text> texts, params string[] roles)
    {
        foreach (var role in roles)
        {
            foreach (var text in texts)
            {
                if (string.Equals(text.Role, role, StringComparison.OrdinalIgnoreCase) && text.Value.Length > 0)
                {
                    return text;
                }
            }
        }
        if (roles.Length == 1)
        {
            foreach (var text in texts)
            {
                if (text.Value.Length > 0)
                {
                    return text;
                }
            }
        }
        return null;
    }

    private static void DropOthers(List<Text> texts, Text? kept, string field, ref LossCollector losses)
    {
        foreach (var text in texts)
        {
            if (!kept.Equals(text))
            {
                losses.Add(field, "the " + (text.Role ?? "unnamed") + " entry", "the article keeps one headline and one standfirst", LossKind.Dropped);
            }
        }
    }

    /// <summary>The document's first HTML body, or null.</summary>
    private static Text? HtmlBodyOf(Document doc)
    {
        foreach (var body in doc.Bodies)
        {
            if (body.ContentType is { } type && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return body;
            }
        }
        return null;
    }

    private static List<string> ReadBody(Document doc, string root, Text? htmlRead, ref LossCollector losses)
    {
        var paragraphs = new List<string>();
        if (doc.Bodies.Count == 0)
        {
            return paragraphs;
        }
        Text? chosen = null;
        foreach (var body in doc.Bodies)
        {
            if (IsPlain(body.ContentType))
            {
                chosen = body;
                break;
            }
        }
        chosen ??= doc.Bodies[0];
        var ext = doc.Extension;
        if (ext is null)
        {
            foreach (var body in doc.Bodies)
            {
                if (htmlRead is { } read ? !read.Equals(body) && !IsPlain(body.ContentType) : !chosen.Equals(body))
                {
                    losses.Add(root + ".bodies", "the " + (body.ContentType ?? "unlabelled") + " " + (body.Role ?? "unnamed") + " body (its structure and inline markup)", NotParsed, LossKind.Dropped);
                }
            }
        }
        var value = chosen.Value.Value;
        if (ext is not null)
        {
            if (ext.Paragraphs is { } lengths)
            {
                int position = 0;
                for (int index = 0; index < lengths.Count; index++)
                {
                    int length = lengths[index];
                    if (index > 0)
                    {
                        if (position >= value.Length || value[position] != '\n')
                        {
                            throw new NinjsException(NinjsExtension.Context + root + ".descriptions: expected paragraph lengths that match the body; found a mismatch at " + position.ToString(CultureInfo.InvariantCulture) + ".", root + ".bodies", 0, 0);
                        }
                        position++;
                    }
                    if (length > value.Length - position)
                    {
                        throw new NinjsException(NinjsExtension.Context + root + ".descriptions: expected paragraph lengths that match the body; found more than the body holds.", root + ".bodies", 0, 0);
                    }
                    paragraphs.Add(value.Substring(position, length));
                    position += length;
                }
                if (position != value.Length)
                {
                    throw new NinjsException(NinjsExtension.Context + root + ".descriptions: expected paragraph lengths that match the body; found text left over.", root + ".bodies", 0, 0);
                }
            }
            else
            {
                paragraphs.AddRange(value.Split('\n'));
            }
            return paragraphs;
        }
        if (IsPlain(chosen.Value.ContentType))
        {
            foreach (var line in value.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    paragraphs.Add(trimmed);
                }
            }
        }
        else
        {
            MarkupText.Paragraphs(value, paragraphs);
            losses.Add(root + ".bodies", "the markup of the " + (chosen.Value.ContentType ?? "unlabelled") + " body (kept as plain paragraphs)", "the article body is plain paragraphs", LossKind.Approximated);
        }
        return paragraphs;
    }

    private static bool IsPlain(string? contentType) =>
        contentType is null ? false : contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private static void Collect(List<Entity> entities, PartyKind kind, List<Credit> credits, List<Party> parties)
    {
        foreach (var entity in entities)
        {
            if (FormatNames.TryCreditRole(entity.Rel, out var role))
            {
                credits.Add(new Credit(entity.Name!, kind, role, id: string.IsNullOrEmpty(entity.Uri) ? null : entity.Uri));
            }
            else
            {
                parties.Add(new Party(entity.Name!, kind, id: string.IsNullOrEmpty(entity.Uri) ? null : entity.Uri));
            }
        }
    }
}
