using System.Text.Json;

namespace NewsModel.Formats.Ninjs;

/// <summary>Pre-encoded member names of one ninjs version (3.x camelCase, 2.x lower case). Thread-safe.</summary>
internal sealed class NinjsNames
{
    internal static readonly NinjsNames V3 = new(false);
    internal static readonly NinjsNames V21 = new(true);

    /// <summary>The description role of the NewsModel extension item.</summary>
    internal const string ExtensionRole = "newsmodel-extension";

    /// <summary>The media type of the NewsModel extension item's value.</summary>
    internal const string ExtensionContentType = "application/vnd.newsmodel.ninjs-extension+json";

    /// <summary>The prefix of a <c>uri</c> that percent-encodes an article id that is not an absolute URI.</summary>
    internal const string IdUrnPrefix = "urn:newsmodel:id:";

    /// <summary>The <c>altIds</c> role of the canonical URL.</summary>
    internal const string CanonicalUrlRole = "canonical-url";

    /// <summary>The <c>infoSources</c> role of the publication.</summary>
    internal const string PublisherRole = "publisher";

    /// <summary>The <c>infoSources</c> role of an agency credit.</summary>
    internal const string SourceRole = "source";

    /// <summary>The <c>rel</c> of a quoted person or organisation.</summary>
    internal const string QuotedRel = "quoted";

    /// <summary>The <c>rel</c> (3.x) of the association of the lead media.</summary>
    internal const string LeadRel = "featureimage";

    /// <summary>The <c>rel</c> (3.x) of the association of other media.</summary>
    internal const string MediaRel = "media";

    /// <summary>The prefix of an association <c>uri</c> that percent-encodes a media id, when the asset has no URI.</summary>
    internal const string MediaUrnPrefix = "urn:newsmodel:media:";

    private NinjsNames(bool lower)
    {
        static JsonEncodedText E(string name, bool lower) => JsonEncodedText.Encode(lower ? name.ToLowerInvariant() : name);
        Uri = E("uri", lower);
        Standard = E("standard", lower);
        Name = E("name", lower);
        Version = E("version", lower);
        Schema = E("schema", lower);
        Type = E("type", lower);
        RepresentationType = E("representationType", lower);
        FirstCreated = E("firstCreated", lower);
        VersionCreated = E("versionCreated", lower);
        ContentCreated = E("contentCreated", lower);
        EmbargoedUntil = lower ? E("embargoed", lower) : E("embargoedUntil", lower);
        CopyrightNotice = E("copyrightNotice", lower);
        Language = E("language", lower);
        Headlines = E("headlines", lower);
        Descriptions = E("descriptions", lower);
        Bodies = E("bodies", lower);
        Role = E("role", lower);
        ContentType = E("contentType", lower);
        Value = E("value", lower);
        By = E("by", lower);
        Located = E("located", lower);
        People = E("people", lower);
        Organisations = E("organisations", lower);
        Places = E("places", lower);
        InfoSources = E("infoSources", lower);
        AltIds = E("altIds", lower);
        Rel = E("rel", lower);
        Literal = E("literal", lower);
        PubStatus = E("pubStatus", lower);
        Urgency = E("urgency", lower);
        CopyrightHolder = E("copyrightHolder", lower);
        UsageTerms = E("usageTerms", lower);
        RightsInfo = E("rightsInfo", lower);
        LinkedRights = E("linkedRights", lower);
        Subjects = E("subjects", lower);
        Genres = E("genres", lower);
        Associations = E("associations", lower);
        Renditions = E("renditions", lower);
        Href = E("href", lower);
        Width = E("width", lower);
        Height = E("height", lower);
        Duration = E("duration", lower);
        HasRel = !lower;
        StandardVersion = JsonEncodedText.Encode(lower ? "2.1" : "3.1");
        SchemaUri = JsonEncodedText.Encode(lower ? "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#" : "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#");
    }

#pragma warning disable SA1600, CS1591 // names speak for themselves
    internal JsonEncodedText Uri { get; }
    internal JsonEncodedText Standard { get; }
    internal JsonEncodedText Name { get; }
    internal JsonEncodedText Version { get; }
    internal JsonEncodedText Schema { get; }
    internal JsonEncodedText Type { get; }
    internal JsonEncodedText RepresentationType { get; }
    internal JsonEncodedText FirstCreated { get; }
    internal JsonEncodedText VersionCreated { get; }
    internal JsonEncodedText ContentCreated { get; }
    internal JsonEncodedText EmbargoedUntil { get; }
    internal JsonEncodedText CopyrightNotice { get; }
    internal JsonEncodedText Language { get; }
    internal JsonEncodedText Headlines { get; }
    internal JsonEncodedText Descriptions { get; }
    internal JsonEncodedText Bodies { get; }
    internal JsonEncodedText Role { get; }
    internal JsonEncodedText ContentType { get; }
    internal JsonEncodedText Value { get; }
    internal JsonEncodedText By { get; }
    internal JsonEncodedText Located { get; }
    internal JsonEncodedText People { get; }
    internal JsonEncodedText Organisations { get; }
    internal JsonEncodedText Places { get; }
    internal JsonEncodedText InfoSources { get; }
    internal JsonEncodedText AltIds { get; }
    internal JsonEncodedText Rel { get; }
    internal JsonEncodedText Literal { get; }
    internal JsonEncodedText PubStatus { get; }
    internal JsonEncodedText Urgency { get; }
    internal JsonEncodedText CopyrightHolder { get; }
    internal JsonEncodedText UsageTerms { get; }
    internal JsonEncodedText RightsInfo { get; }
    internal JsonEncodedText LinkedRights { get; }
    internal JsonEncodedText Subjects { get; }
    internal JsonEncodedText Genres { get; }
    internal JsonEncodedText Associations { get; }
    internal JsonEncodedText Renditions { get; }
    internal JsonEncodedText Href { get; }
    internal JsonEncodedText Width { get; }
    internal JsonEncodedText Height { get; }
    internal JsonEncodedText Duration { get; }

    /// <summary>Whether associations have a <c>rel</c> (3.x; 2.1 associations have only a name).</summary>
    internal bool HasRel { get; }
    internal JsonEncodedText StandardVersion { get; }
    internal JsonEncodedText SchemaUri { get; }
#pragma warning restore SA1600, CS1591
}
