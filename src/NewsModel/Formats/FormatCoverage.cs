using System.Collections.Generic;

namespace NewsModel.Formats;

/// <summary>
/// How another format carries one member of the native format: the member (<c>object.member</c> as
/// <c>Shape.ModelShape</c> names it), the format's member that carries it (null when none does), and the field of the
/// loss report entry its writer gives when the member's content is lost or approximated (null when nothing is lost;
/// <c>*.Zone</c> means the entry of whichever moment holds it). A member must be carried, declared lost, or both.
/// Immutable and thread-safe.
/// </summary>
internal sealed record MemberCarriage(string Member, string? CarriedBy, string? LossField);

/// <summary>
/// For each format the library writes, how it carries every member of the native format: the one list a test holds
/// against the shape (a member added to the shape fails it until each format says what it does with it) and against
/// what the writers really write and report. Immutable and thread-safe.
/// </summary>
internal static class FormatCoverage
{
    /// <summary>ninjs (3.1 and 2.1), written without the NewsModel extension.</summary>
    internal static readonly IReadOnlyList<MemberCarriage> Ninjs =
    [
        new("article.format", "standard", null),
        new("article.id", "uri", "Id"),
        new("article.canonicalUrl", "altIds", null),
        new("article.language", "language", null),
        new("article.publication", "infoSources", null),
        new("article.headline", "headlines", null),
        new("article.standfirst", "descriptions", null),
        new("article.dateline", "located", null),
        new("article.timeline", "firstCreated", null),
        new("article.credits", "by", "Credits"),
        new("article.body", "bodies", null),
        new("article.parties", "people", "Parties"),
        new("article.quotes", null, "Quotes"),
        new("article.places", "places", null),
        new("article.copyright", "copyrightNotice", null),
        new("publication.name", "infoSources", null),
        new("publication.shortName", "literal", null),
        new("publication.zone", null, "Publication.Zone"),
        new("timeline.published", "firstCreated", null),
        new("timeline.updated", "versionCreated", null),
        new("timeline.created", "contentCreated", null),
        new("timeline.embargoedUntil", "embargoedUntil", null),
        new("timeline.corrections", null, "Timeline.Corrections"),
        new("moment.at", "firstCreated", null),
        new("moment.zone", null, "*.Zone"),
        new("moment.printed", null, "*.Printed"),
        new("moment.precision", null, "*.Precision"),
        new("moment.relativeTo", null, "*.RelativeTo"),
        new("correction.moment", null, "Timeline.Corrections"),
        new("correction.text", null, "Timeline.Corrections"),
        new("credit.name", "organisations", null),
        new("credit.kind", "organisations", "Credits"),
        new("credit.role", "rel", null),
        new("credit.printed", "by", "Credits"),
        new("party.name", "people", null),
        new("party.kind", "organisations", null),
        new("party.role", null, "Parties"),
        new("party.affiliation", null, "Parties"),
        new("attribution.speaker", null, "Quotes"),
        new("attribution.mention", null, "Quotes"),
        new("attribution.cue", null, "Quotes"),
        new("attribution.via", null, "Quotes"),
        new("range.start", null, "Quotes"),
        new("range.length", null, "Quotes"),
        new("quote.text", null, "Quotes"),
        new("quote.kind", null, "Quotes"),
        new("quote.paragraph", null, "Quotes"),
        new("quote.range", null, "Quotes"),
        new("quote.attribution", null, "Quotes"),
    ];

    /// <summary>schema.org <c>NewsArticle</c> as JSON-LD.</summary>
    internal static readonly IReadOnlyList<MemberCarriage> JsonLd =
    [
        new("article.format", "@type", null),
        new("article.id", "identifier", null),
        new("article.canonicalUrl", "url", null),
        new("article.language", "inLanguage", null),
        new("article.publication", "publisher", null),
        new("article.headline", "headline", null),
        new("article.standfirst", "description", null),
        new("article.dateline", "dateline", null),
        new("article.timeline", "datePublished", null),
        new("article.credits", "contributor", "Credits"),
        new("article.body", "articleBody", null),
        new("article.parties", "mentions", null),
        new("article.quotes", "hasPart", "Quotes"),
        new("article.places", "contentLocation", null),
        new("article.copyright", "copyrightNotice", null),
        new("publication.name", "publisher", null),
        new("publication.shortName", "alternateName", null),
        new("publication.zone", null, "Publication.Zone"),
        new("timeline.published", "datePublished", null),
        new("timeline.updated", "dateModified", null),
        new("timeline.created", "dateCreated", null),
        new("timeline.embargoedUntil", null, "Timeline.EmbargoedUntil"),
        new("timeline.corrections", "correction", null),
        new("moment.at", "datePublished", null),
        new("moment.zone", null, "*.Zone"),
        new("moment.printed", null, "*.Printed"),
        new("moment.precision", null, "*.Precision"),
        new("moment.relativeTo", null, "*.RelativeTo"),
        new("correction.moment", "datePublished", null),
        new("correction.text", "text", null),
        new("credit.name", "contributor", null),
        new("credit.kind", "@type", null),
        new("credit.role", "contributor", "Credits"),
        new("credit.printed", "creditText", null),
        new("party.name", "mentions", null),
        new("party.kind", "@type", null),
        new("party.role", "jobTitle", null),
        new("party.affiliation", "affiliation", null),
        new("attribution.speaker", "spokenByCharacter", null),
        new("attribution.mention", null, "Quotes"),
        new("attribution.cue", null, "Quotes"),
        new("attribution.via", null, "Quotes"),
        new("range.start", null, "Quotes"),
        new("range.length", null, "Quotes"),
        new("quote.text", "text", null),
        new("quote.kind", null, "Quotes"),
        new("quote.paragraph", null, "Quotes"),
        new("quote.range", null, "Quotes"),
        new("quote.attribution", "spokenByCharacter", null),
    ];
}
