namespace NewsModel.Formats.Feeds;

/// <summary>What a written feed says of itself, and which format it is. Immutable (init-only) and thread-safe once
/// built.</summary>
public sealed record FeedWriteOptions
{
    /// <summary>Creates options for a feed of a site.</summary>
    /// <param name="title">The feed's title (RSS and Atom require one).</param>
    /// <param name="link">The site's URL (RSS's <c>link</c>, Atom's alternate link and, without
    /// <see cref="FeedUrl"/>, its id; JSON Feed's <c>home_page_url</c>).</param>
    public FeedWriteOptions(string title, string link)
    {
        Title = Preconditions.CheckNotEmpty(title);
        Link = Preconditions.CheckNotEmpty(link);
    }

    /// <summary>Gets the format: <see cref="FeedFormat.Rss"/> (RSS 2.0, the default), <see cref="FeedFormat.Atom"/>
    /// (Atom 1.0) or <see cref="FeedFormat.JsonFeed"/> (JSON Feed 1.1). RSS 1.0 is read, not written.</summary>
    public FeedFormat Format { get; init; } = FeedFormat.Rss;

    /// <summary>Gets the feed's title.</summary>
    public string Title { get; init; }

    /// <summary>Gets the site's URL.</summary>
    public string Link { get; init; }

    /// <summary>Gets the feed's description, or null (RSS then repeats the title, which it requires).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the feed's own URL (Atom's id and self link, RSS's <c>atom:link rel="self"</c>, JSON Feed's
    /// <c>feed_url</c>), or null.</summary>
    public string? FeedUrl { get; init; }

    /// <summary>Gets whether to indent the output. Default false.</summary>
    public bool Indented { get; init; }
}
