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
}

/// <summary>The declared names of <see cref="Prop"/>, kept as text (no enum reflection, so trimming-safe).</summary>
internal static class Props
{
    /// <summary>The number of members.</summary>
    internal const int Count = (int)Prop.RelativeTo + 1;

    /// <summary>The declared (PascalCase) names, in <see cref="Prop"/> order.</summary>
    internal static readonly string[] Declared =
    [
        "Format", "Id", "CanonicalUrl", "Language", "Publication", "Headline", "Standfirst", "Dateline", "Timeline",
        "Credits", "Body", "Parties", "Quotes", "Places", "Copyright", "Name", "ShortName", "Zone", "Published",
        "Updated", "Created", "EmbargoedUntil", "Corrections", "At", "Printed", "Moment", "Text", "Kind", "Role",
        "Affiliation", "Paragraph", "Range", "Attribution", "Start", "Length", "Speaker", "Mention", "Cue", "Via",
        "Precision", "RelativeTo",
    ];

    /// <summary>The camelCase (default) name of a member.</summary>
    internal static string CamelCase(Prop prop)
    {
        string declared = Declared[(int)prop];
        return char.ToLowerInvariant(declared[0]) + declared[1..];
    }
}
