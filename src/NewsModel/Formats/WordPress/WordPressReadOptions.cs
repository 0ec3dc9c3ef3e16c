using System;
using NodaTime;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// Options for reading WordPress REST (<c>wp/v2</c>) posts and pages: the site's zone (which a post does not carry),
/// the publication, the language, and the reader of HTML bodies. Immutable (init-only) and thread-safe once built.
/// </summary>
public sealed record WordPressReadOptions
{
    /// <summary>The default options: no site zone, publication, or HTML reader.</summary>
    public static WordPressReadOptions Default { get; } = new();

    /// <summary>Gets the site's time zone (its "Timezone" setting, <c>timezone_string</c> in <c>/wp/v2/settings</c>),
    /// in which <c>date</c> and <c>modified</c> are printed and moments are stamped. When null,
    /// <see cref="Publication"/>'s zone is used; when both are null, the fixed offset <c>date</c> − <c>date_gmt</c>
    /// stands for it, and the report says so.</summary>
    public DateTimeZone? SiteZone { get; init; }

    /// <summary>Gets the publication the posts belong to. When null, one named after the host of the post's
    /// <c>link</c> is used, and the report says so.</summary>
    public Publication? Publication { get; init; }

    /// <summary>Gets the language tag of the posts (a post does not carry one; the site's <c>language</c> setting
    /// does). Default <c>und</c> (BCP 47 "undetermined"), reported as a substitute.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the reader of HTML (for example <c>NewsModel.Html.HtmlBlocks.Reader</c>, from the
    /// <c>NewsModel.Html</c> package), for <c>content</c>, the blocks' markup, the title and the excerpt. When null
    /// (the core library parses no HTML), each block is kept as a raw HTML block and the excerpt is left out, and the
    /// report says so.</summary>
    public HtmlBodyReader? BodyHtml { get; init; }

    /// <summary>The options a site's settings give (<c>GET /wp-json/wp/v2/settings</c>, which needs an editor's
    /// credentials): <see cref="SiteZone"/> from <c>timezone</c>, <see cref="Publication"/> named by <c>title</c> in that
    /// zone, <see cref="Language"/> from <c>language</c> (<c>en_US</c> → <c>en-US</c>). A site set to a manual UTC offset
    /// has an empty <c>timezone</c>: then neither the zone nor the publication is set, and each post's two dates imply
    /// its offset (reported).</summary>
    /// <param name="settings">The UTF-8 JSON of the settings.</param>
    /// <param name="bodyHtml">The reader of HTML, or null.</param>
    /// <returns>The options.</returns>
    /// <exception cref="WordPressException">The JSON is malformed or not the settings' shape, or <c>timezone</c> names
    /// no zone of the TZDB.</exception>
    public static WordPressReadOptions FromSettings(ReadOnlySpan<byte> settings, HtmlBodyReader? bodyHtml = null) =>
        WordPressReader.Settings(settings, bodyHtml);
}
