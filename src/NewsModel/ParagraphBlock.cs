using System;

namespace NewsModel;

/// <summary>A paragraph of inline text. Equality: the texts equal. Immutable and thread-safe.</summary>
public sealed class ParagraphBlock : Block
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">Its inline text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParagraphBlock(InlineText text)
        : base(BlockKind.Paragraph) => Text = Preconditions.CheckNotNull(text);

    /// <summary>Gets the inline text.</summary>
    public InlineText Text { get; }

    /// <inheritdoc />
    public override string PlainText => Text.Text;

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is ParagraphBlock p && Text.Equals(p.Text);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Text);

    /// <inheritdoc />
    public override string ToString() => "Paragraph: " + Text.Text;
}
