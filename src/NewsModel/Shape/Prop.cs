namespace NewsModel.Shape;

/// <summary>Every member name of the native format, by declared (PascalCase) name; the JSON name is the declared
/// name under the naming policy (camelCase by default), except <see cref="Format"/>, which is always
/// <c>format</c>. <see cref="ModelShape"/> says which object has which member.</summary>
internal enum Prop
{
    Format,
    Id,
    CanonicalUrl,
    Language,
    Publication,
    Headline,
    Standfirst,
    Dateline,
    Timeline,
    Credits,
    Body,
    Parties,
    Quotes,
    Places,
    Copyright,
    Name,
    ShortName,
    Zone,
    Published,
    Updated,
    Created,
    EmbargoedUntil,
    Corrections,
    At,
    Printed,
    Moment,
    Text,
    Kind,
    Role,
    Affiliation,
    Paragraph,
    Range,
    Attribution,
    Start,
    Length,
    Speaker,
    Mention,
    Cue,
    Via,
    Precision,
    RelativeTo,
    Status,
    Media,
    LeadMedia,
    Taxonomy,
    Rights,
    Scheduled,
    Withdrawal,
    Revisions,
    Note,
    Reason,
    Type,
    Marks,
    Level,
    Ordered,
    Items,
    Rows,
    Cells,
    HeaderRow,
    Citation,
    Url,
    Provider,
    Html,
    Title,
    Article,
    Href,
    Uri,
    MediaType,
    AltText,
    Caption,
    Credit,
    Width,
    Height,
    Duration,
    Renditions,
    Holder,
    Notice,
    LicenseUrl,
    UsageTerms,
    PrimarySection,
    Sections,
    Subjects,
    Keywords,
    Genres,
    Urgency,
    Code,
    Scheme,
    ProfileUrl,
}

/// <summary>The declared names of <see cref="Prop"/>, kept as text (no enum reflection, so trimming-safe).</summary>
internal static class Props
{
    /// <summary>The number of members.</summary>
    internal const int Count = (int)Prop.ProfileUrl + 1;

    /// <summary>The declared (PascalCase) names, in <see cref="Prop"/> order.</summary>
    internal static readonly string[] Declared =
    [
        "Format", "Id", "CanonicalUrl", "Language", "Publication", "Headline", "Standfirst", "Dateline", "Timeline",
        "Credits", "Body", "Parties", "Quotes", "Places", "Copyright", "Name", "ShortName", "Zone", "Published",
        "Updated", "Created", "EmbargoedUntil", "Corrections", "At", "Printed", "Moment", "Text", "Kind", "Role",
        "Affiliation", "Paragraph", "Range", "Attribution", "Start", "Length", "Speaker", "Mention", "Cue", "Via",
        "Precision", "RelativeTo",
        "Status", "Media", "LeadMedia", "Taxonomy", "Rights", "Scheduled", "Withdrawal", "Revisions",
        "Note", "Reason", "Type", "Marks", "Level", "Ordered", "Items", "Rows",
        "Cells", "HeaderRow", "Citation", "Url", "Provider", "Html", "Title", "Article",
        "Href", "Uri", "MediaType", "AltText", "Caption", "Credit", "Width", "Height",
        "Duration", "Renditions", "Holder", "Notice", "LicenseUrl", "UsageTerms", "PrimarySection", "Sections",
        "Subjects", "Keywords", "Genres", "Urgency", "Code", "Scheme", "ProfileUrl",
    ];

    /// <summary>The camelCase (default) name of a member.</summary>
    internal static string CamelCase(Prop prop)
    {
        string declared = Declared[(int)prop];
        return char.ToLowerInvariant(declared[0]) + declared[1..];
    }
}
