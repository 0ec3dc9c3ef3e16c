using System;

namespace NewsModel;

/// <summary>Content embedded from a provider (a post, a video, a map) by its URL, with the provider's name and an
/// optional fallback HTML (the provider's oEmbed markup, untrusted like <see cref="RawHtmlBlock"/>). Equality: every
/// member equal (ordinal). Immutable and thread-safe.</summary>
public sealed class EmbedBlock : Block
{
    /// <summary>Creates an embed.</summary>
    /// <param name="url">The embedded content's URL as given.</param>
    /// <param name="provider">The provider's name ("YouTube"), or null.</param>
    /// <param name="fallbackHtml">The provider's markup, untrusted, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public EmbedBlock(string url, string? provider = null, string? fallbackHtml = null)
        : base(BlockKind.Embed)
    {
        Url = Preconditions.CheckNotEmpty(url);
        Provider = Preconditions.CheckOptionalNotEmpty(provider);
        FallbackHtml = Preconditions.CheckOptionalNotEmpty(fallbackHtml);
    }

    /// <summary>Gets the embedded content's URL as given.</summary>
    public string Url { get; }

    /// <summary>Gets the provider's name, or null.</summary>
    public string? Provider { get; }

    /// <summary>Gets the provider's fallback markup (untrusted), or null.</summary>
    public string? FallbackHtml { get; }

    /// <inheritdoc />
    public override string PlainText => string.Empty;

    /// <inheritdoc />
    public override bool Equals(Block? other) =>
        other is EmbedBlock e
        && string.Equals(Url, e.Url, StringComparison.Ordinal)
        && string.Equals(Provider, e.Provider, StringComparison.Ordinal)
        && string.Equals(FallbackHtml, e.FallbackHtml, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Equality.TextHash(Url), Equality.TextHash(Provider), Equality.TextHash(FallbackHtml));

    /// <inheritdoc />
    public override string ToString() => "Embed: " + Url;
}
