namespace NewsModel.Formats.Html;

/// <summary>
/// Options for rendering body blocks as HTML (<see cref="BlockHtml"/>). The defaults are the safe choice: markup the
/// article carries from elsewhere (raw HTML blocks, embeds' fallback HTML) is left out and reported. Immutable
/// (init-only) and thread-safe once built.
/// </summary>
public sealed record BlockHtmlOptions
{
    /// <summary>The default options: no raw HTML, no embed fallback HTML, class <c>pull-quote</c>.</summary>
    public static BlockHtmlOptions Default { get; } = new();

    /// <summary>Gets whether raw HTML blocks (<see cref="RawHtmlBlock"/>) are written as they are. Their markup is
    /// untrusted: only opt in when it was sanitized upstream or the output is sandboxed. Default false: left out,
    /// each reported as dropped.</summary>
    public bool IncludeRawHtml { get; init; }

    /// <summary>Gets whether an embed's fallback HTML (<see cref="EmbedBlock.FallbackHtml"/>) is written as it is,
    /// in place of the plain link to the embedded content. Untrusted like <see cref="IncludeRawHtml"/>. Default false:
    /// the link is written and the fallback reported as dropped.</summary>
    public bool IncludeEmbedFallbackHtml { get; init; }

    /// <summary>Gets the <c>class</c> of a pull quote's <c>&lt;blockquote&gt;</c>. Default <c>pull-quote</c>. Escaped
    /// like any attribute value.</summary>
    public string PullQuoteClass { get; init; } = "pull-quote";
}
