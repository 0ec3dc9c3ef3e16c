namespace NewsModel;

/// <summary>A divider between parts of the body. All dividers are equal. Immutable and thread-safe.</summary>
public sealed class DividerBlock : Block
{
    /// <summary>Creates a divider (<see cref="Instance"/> serves as well).</summary>
    public DividerBlock()
        : base(BlockKind.Divider)
    {
    }

    /// <summary>A divider.</summary>
    public static DividerBlock Instance { get; } = new();

    /// <inheritdoc />
    public override string PlainText => string.Empty;

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is DividerBlock;

    /// <inheritdoc />
    public override int GetHashCode() => (int)Kind;

    /// <inheritdoc />
    public override string ToString() => "Divider";
}
