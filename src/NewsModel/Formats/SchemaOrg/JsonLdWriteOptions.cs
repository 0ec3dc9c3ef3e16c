namespace NewsModel.Formats.SchemaOrg;

/// <summary>Options for writing schema.org JSON-LD. Immutable (init-only) and thread-safe once built.</summary>
public sealed record JsonLdWriteOptions
{
    /// <summary>The default options: pending terms included, not indented.</summary>
    public static JsonLdWriteOptions Default { get; } = new();

    /// <summary>
    /// Gets whether to write terms that schema.org still lists as <em>pending</em> (https://pending.schema.org,
    /// release 30.0): <c>Quotation</c> and <c>spokenByCharacter</c> for the quotes, <c>CorrectionComment</c> and
    /// <c>correction</c> for corrections, <c>creditText</c>, <c>copyrightNotice</c>, <c>creativeWorkStatus</c> and <c>jobTitle</c>. Default
    /// true. Search engines may ignore pending terms; when false they are left out and reported as dropped.
    /// </summary>
    public bool IncludePendingTerms { get; init; } = true;

    /// <summary>Gets whether to indent the output. Default false.</summary>
    public bool Indented { get; init; }
}
