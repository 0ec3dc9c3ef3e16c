namespace NewsModel.Formats.Ans;

/// <summary>Options for writing Arc XP ANS stories. Immutable (init-only) and thread-safe once built.</summary>
public sealed record AnsWriteOptions
{
    /// <summary>The default options: compact JSON, no website.</summary>
    public static AnsWriteOptions Default { get; } = new();

    /// <summary>Gets the Arc XP website id (<c>canonical_website</c>) the story is written for, or null to leave it out.</summary>
    public string? Website { get; init; }

    /// <summary>Gets a value indicating whether the JSON is indented.</summary>
    public bool Indented { get; init; }
}
