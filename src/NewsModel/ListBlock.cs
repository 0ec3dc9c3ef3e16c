using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel;

/// <summary>A list, ordered or not, of inline-text items. Its <see cref="PlainText"/> is the items joined by line feeds.
/// Equality: same order flag and items equal in order. Immutable and thread-safe.</summary>
public sealed class ListBlock : Block
{
    /// <summary>Creates a list.</summary>
    /// <param name="items">Its items in order (an empty list is reported by the validators).</param>
    /// <param name="ordered">Whether it is numbered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public ListBlock(IEnumerable<InlineText> items, bool ordered = false)
        : this(Trusted.Checked, Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(items), nameof(items)), ordered)
    {
    }

    /// <summary>The trusted constructor for NewsModel's readers: <paramref name="items"/> is not default and holds no null.</summary>
    internal ListBlock(Trusted trusted, ImmutableArray<InlineText> items, bool ordered)
        : base(BlockKind.List)
    {
        _ = trusted;
        Items = items;
        Ordered = ordered;
    }

    /// <summary>The joined text, made when first asked for (a benign race makes equal strings).</summary>
    private string? _plainText;

    /// <summary>Gets the items in order.</summary>
    public ImmutableArray<InlineText> Items { get; }

    /// <summary>Gets whether the list is numbered.</summary>
    public bool Ordered { get; }

    /// <inheritdoc />
    public override string PlainText => _plainText ??= Blocks.Join(Items, '\n');

    /// <inheritdoc />
    internal override int PlainTextLength => _plainText?.Length ?? Blocks.JoinedLength(Items);

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is ListBlock l && Ordered == l.Ordered && Equality.SequenceEqual(Items, l.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Ordered, Equality.SequenceHash(Items));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(Ordered ? "Ordered" : "Unordered")} list of {Items.Length} item(s)");
}
