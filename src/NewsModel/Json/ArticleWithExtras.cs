using System;

namespace NewsModel.Json;

/// <summary>
/// An article read by <see cref="NewsModelJson.DeserializeWithExtras(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/>
/// together with the members the format does not define, kept for a re-save.
/// </summary>
/// <remarks>Equality: equal articles and equal extras. Immutable and thread-safe.</remarks>
public sealed class ArticleWithExtras : IEquatable<ArticleWithExtras>
{
    /// <summary>Creates the pair.</summary>
    /// <param name="article">The article.</param>
    /// <param name="extras">The unknown members (use <see cref="NewsModelJsonExtras.Empty"/> for none).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ArticleWithExtras(Article article, NewsModelJsonExtras extras)
    {
        Article = Preconditions.CheckNotNull(article);
        Extras = Preconditions.CheckNotNull(extras);
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets the unknown members, as raw JSON keyed by path.</summary>
    public NewsModelJsonExtras Extras { get; }

    /// <summary>Deconstructs into the article and the extras.</summary>
    /// <param name="article">The article.</param>
    /// <param name="extras">The extras.</param>
    public void Deconstruct(out Article article, out NewsModelJsonExtras extras)
    {
        article = Article;
        extras = Extras;
    }

    /// <inheritdoc />
    public bool Equals(ArticleWithExtras? other) =>
        other is not null && Article.Equals(other.Article) && Extras.Equals(other.Extras);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArticleWithExtras);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Article, Extras);

    /// <inheritdoc />
    public override string ToString() => $"{Article} (+{Extras.Count} unknown member(s))";
}
