using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel;

/// <summary>A table: rows of inline-text cells, the first row optionally a header. Its <see cref="PlainText"/> is the
/// cells joined by tabs and the rows by line feeds. Rows may differ in length (a validator reports it). Equality: header
/// flag and every cell equal in order. Immutable and thread-safe.</summary>
public sealed class TableBlock : Block
{
    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows in order, each its cells in order.</param>
    /// <param name="headerRow">Whether the first row is a header.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row or cell is null.</exception>
    public TableBlock(IEnumerable<IEnumerable<InlineText>> rows, bool headerRow = false)
        : this(Trusted.Checked, CheckRows(rows), headerRow)
    {
    }

    /// <summary>The trusted constructor for NewsModel's readers: <paramref name="rows"/> and every row are not
    /// default, and no cell is null.</summary>
    internal TableBlock(Trusted trusted, ImmutableArray<ImmutableArray<InlineText>> rows, bool headerRow)
        : base(BlockKind.Table)
    {
        _ = trusted;
        Rows = rows;
        HeaderRow = headerRow;
    }

    /// <summary>The joined text, made when first asked for (a benign race makes equal strings).</summary>
    private string? _plainText;

    private static ImmutableArray<ImmutableArray<InlineText>> CheckRows(IEnumerable<IEnumerable<InlineText>> rows)
    {
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<InlineText>>();
        foreach (var row in Preconditions.CheckNotNull(rows))
        {
            Preconditions.CheckArgument(row is not null, nameof(rows), $"Row {builder.Count} is null.");
            builder.Add(Preconditions.CheckElementsNotNull(row, nameof(rows)));
        }
        return builder.ToImmutable();
    }

    /// <summary>Gets the rows, each its cells in order.</summary>
    public ImmutableArray<ImmutableArray<InlineText>> Rows { get; }

    /// <summary>Gets whether the first row is a header.</summary>
    public bool HeaderRow { get; }

    /// <inheritdoc />
    public override string PlainText => _plainText ??= Blocks.Join(Rows, '\t', '\n');

    /// <inheritdoc />
    internal override int PlainTextLength => _plainText?.Length ?? Blocks.JoinedLength(Rows);

    /// <inheritdoc />
    public override bool Equals(Block? other)
    {
        if (other is not TableBlock t || HeaderRow != t.HeaderRow || Rows.Length != t.Rows.Length)
        {
            return false;
        }
        for (int r = 0; r < Rows.Length; r++)
        {
            if (!Equality.SequenceEqual(Rows[r], t.Rows[r]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(HeaderRow);
        foreach (var row in Rows)
        {
            hash.Add(Equality.SequenceHash(row));
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Table of {Rows.Length} row(s)");
}
