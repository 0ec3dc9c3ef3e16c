using System;

namespace NewsModel;

/// <summary>Preformatted text kept exactly as printed, line breaks and runs of spaces included. Equality: the texts
/// equal (ordinal). Immutable and thread-safe.</summary>
public sealed class PreformattedBlock : Block
{
    /// <summary>Creates a preformatted block.</summary>
    /// <param name="text">The text; may be empty (reported by the validators).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PreformattedBlock(string text)
        : base(BlockKind.Preformatted) => Text = Preconditions.CheckNotNull(text);

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string PlainText => Text;

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is PreformattedBlock p && string.Equals(Text, p.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Equality.TextHash(Text));

    /// <inheritdoc />
    public override string ToString() => "Preformatted: " + Text;
}
