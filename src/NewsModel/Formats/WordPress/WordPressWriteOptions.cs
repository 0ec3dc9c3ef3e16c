using NodaTime;

namespace NewsModel.Formats.WordPress;

/// <summary>Options for writing a post for WordPress's REST API. Immutable (init-only) and thread-safe once built.</summary>
public sealed record WordPressWriteOptions
{
    /// <summary>The default options: no site zone, not indented.</summary>
    public static WordPressWriteOptions Default { get; } = new();

    /// <summary>Gets the site's time zone. A moment stamped in it loses nothing when written as <c>date_gmt</c> (WordPress
    /// shows it on that clock); a moment of another zone is reported as losing its zone. When null, every moment's
    /// zone is reported.</summary>
    public DateTimeZone? SiteZone { get; init; }

    /// <summary>Gets whether to indent the output. Default false.</summary>
    public bool Indented { get; init; }
}
