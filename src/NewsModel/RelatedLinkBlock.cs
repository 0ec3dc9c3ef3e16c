using System;

namespace NewsModel;

/// <summary>A link to a related article ("Read more: …"): its URL, title as printed and, when known, the other
/// article's id. Equality: every member equal (ordinal). Immutable and thread-safe.</summary>
public sealed class RelatedLinkBlock : Block
{
    /// <summary>Creates a related link.</summary>
    /// <param name="url">The related article's URL as given.</param>
    /// <param name="title">Its title as printed.</param>
    /// <param name="articleId">The related article's <see cref="Article.Id"/>, or null.</param>
    /// <exception cref="ArgumentNullException">A required text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public RelatedLinkBlock(string url, string title, string? articleId = null)
        : base(BlockKind.RelatedLink)
    {
        Url = Preconditions.CheckNotEmpty(url);
        Title = Preconditions.CheckNotEmpty(title);
        ArticleId = Preconditions.CheckOptionalNotEmpty(articleId);
    }

    /// <summary>Gets the related article's URL as given.</summary>
    public string Url { get; }

    /// <summary>Gets its title as printed.</summary>
    public string Title { get; }

    /// <summary>Gets the related article's id, or null.</summary>
    public string? ArticleId { get; }

    /// <inheritdoc />
    public override string PlainText => string.Empty;

    /// <inheritdoc />
    public override bool Equals(Block? other) =>
        other is RelatedLinkBlock r
        && string.Equals(Url, r.Url, StringComparison.Ordinal)
        && string.Equals(Title, r.Title, StringComparison.Ordinal)
        && string.Equals(ArticleId, r.ArticleId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Equality.TextHash(Url), Equality.TextHash(Title), Equality.TextHash(ArticleId));

    /// <inheritdoc />
    public override string ToString() => "Related: " + Title + " <" + Url + ">";
}
