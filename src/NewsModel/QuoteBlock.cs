using System;

namespace NewsModel;

/// <summary>A block quotation or a pull quote, with an optional citation as printed. Its words stay attributable: a
/// <see cref="Quote"/> may address this block like a paragraph. Equality: kind, text and citation equal. Immutable and
/// thread-safe.</summary>
public sealed class QuoteBlock : Block
{
    /// <summary>Creates a block quotation or pull quote.</summary>
    /// <param name="text">The quoted words as inline text.</param>
    /// <param name="pull">True for a pull quote (words from the article set apart for display), false for a block
    /// quotation.</param>
    /// <param name="citation">The citation as printed ("— Wang Yi"), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is empty.</exception>
    public QuoteBlock(InlineText text, bool pull = false, string? citation = null)
        : base(pull ? BlockKind.PullQuote : BlockKind.BlockQuote)
    {
        Text = Preconditions.CheckNotNull(text);
        Citation = Preconditions.CheckOptionalNotEmpty(citation);
    }

    /// <summary>Gets the quoted words.</summary>
    public InlineText Text { get; }

    /// <summary>Gets whether this is a pull quote.</summary>
    public bool IsPullQuote => Kind == BlockKind.PullQuote;

    /// <summary>Gets the citation as printed, or null.</summary>
    public string? Citation { get; }

    /// <inheritdoc />
    public override string PlainText => Text.Text;

    /// <inheritdoc />
    public override bool Equals(Block? other) =>
        other is QuoteBlock q && Kind == q.Kind && Text.Equals(q.Text) && string.Equals(Citation, q.Citation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Text, Equality.TextHash(Citation));

    /// <inheritdoc />
    public override string ToString() => Kind + ": " + Text.Text;
}
