using NodaTime;

namespace NewsModel.Formats.Feeds;

/// <summary>
/// Options for reading feeds: the publication (whose zone stamps the items' moments and decides which zone
/// abbreviations a date may print), the language when the feed has none, and the reader of HTML bodies. Immutable
/// (init-only) and thread-safe once built.
/// </summary>
public sealed record FeedReadOptions
{
    /// <summary>The default options: no publication, no HTML reader.</summary>
    public static FeedReadOptions Default { get; } = new();

    /// <summary>Gets the publication the feed belongs to. Its zone stamps every moment and is the only zone whose
    /// abbreviations a date may print (<c>EST</c> on a New York publication; <c>GMT</c>, <c>UT</c>, <c>Z</c> and
    /// numeric offsets anywhere). When null, one named after the feed's title in UTC is used, and the report says so.</summary>
    public Publication? Publication { get; init; }

    /// <summary>Gets the publication time to use for an item when neither it nor the feed gives a date (RSS 0.9x
    /// items need none): typically when the feed was fetched. When null, such an item fails with
    /// <see cref="FeedException"/>; when set, it is used and reported as substituted.</summary>
    public Instant? DefaultPublished { get; init; }

    /// <summary>Gets the language tag to use when the feed states none. Default <c>und</c>.</summary>
    public string DefaultLanguage { get; init; } = "und";

    /// <summary>Gets the reader of HTML (for example <c>NewsModel.Html.HtmlBlocks.Reader</c>) for the items' HTML
    /// content and descriptions. When null, an HTML body is kept as one raw HTML block, and the report says so.</summary>
    public HtmlBodyReader? BodyHtml { get; init; }
}
