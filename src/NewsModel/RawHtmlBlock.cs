using System;

namespace NewsModel;

/// <summary>
/// Raw HTML kept as the lossless fallback for content that has no block of its own. It is <b>untrusted</b>: NewsModel
/// never parses or cleans it, and the HTML renderer writes it only when the caller opts in. Equality: the markup equal
/// (ordinal). Immutable and thread-safe.
/// </summary>
public sealed class RawHtmlBlock : Block
{
    /// <summary>Creates a raw HTML block.</summary>
    /// <param name="html">The markup as received.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> is empty.</exception>
    public RawHtmlBlock(string html)
        : base(BlockKind.RawHtml) => Html = Preconditions.CheckNotEmpty(html);

    /// <summary>Gets the markup as received (untrusted).</summary>
    public string Html { get; }

    /// <inheritdoc />
    public override string PlainText => string.Empty;

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is RawHtmlBlock r && string.Equals(Html, r.Html, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Equality.TextHash(Html));

    /// <inheritdoc />
    public override string ToString() => "RawHtml (" + Html.Length + " chars)";
}
