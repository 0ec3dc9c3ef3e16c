using System;
using System.Globalization;

namespace NewsModel;

/// <summary>A heading (subhead) of the body, level 1 to 6 as in HTML. Equality: level and text equal. Immutable and
/// thread-safe.</summary>
public sealed class HeadingBlock : Block
{
    /// <summary>Creates a heading.</summary>
    /// <param name="level">Its level, 1 (highest) to 6; an article's subheads are usually 2.</param>
    /// <param name="text">Its inline text.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 1 to 6.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public HeadingBlock(int level, InlineText text)
        : base(BlockKind.Heading)
    {
        Preconditions.CheckArgumentRange(level, 1, 6);
        Level = level;
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>Gets the level, 1 to 6.</summary>
    public int Level { get; }

    /// <summary>Gets the inline text.</summary>
    public InlineText Text { get; }

    /// <inheritdoc />
    public override string PlainText => Text.Text;

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is HeadingBlock h && Level == h.Level && Text.Equals(h.Text);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, Text);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Heading {Level}: {Text.Text}");
}
