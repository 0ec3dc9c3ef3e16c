using System;
using System.Collections.Immutable;

namespace NewsModel;

/// <summary>Helpers shared by the block types. Stateless and thread-safe.</summary>
internal static class Blocks
{
    /// <summary>The length of the items' plain texts joined by a one-character separator.</summary>
    internal static int JoinedLength(ImmutableArray<InlineText> items)
    {
        int length = items.Length == 0 ? 0 : items.Length - 1;
        for (int i = 0; i < items.Length; i++)
        {
            length += items[i].Text.Length;
        }
        return length;
    }

    /// <summary>Joins inline texts' plain texts with a separator.</summary>
    internal static string Join(ImmutableArray<InlineText> items, char separator)
    {
        if (items.Length == 1)
        {
            return items[0].Text;
        }
        return string.Create(JoinedLength(items), (items, separator), static (span, state) => Write(span, state.items, state.separator));
    }

    /// <summary>Joins rows (each its cells joined by <paramref name="cellSeparator"/>) by <paramref name="rowSeparator"/>.</summary>
    internal static string Join(ImmutableArray<ImmutableArray<InlineText>> rows, char cellSeparator, char rowSeparator)
    {
        if (rows.Length == 1)
        {
            return Join(rows[0], cellSeparator);
        }
        return string.Create(JoinedLength(rows), (rows, cellSeparator, rowSeparator), static (span, state) =>
        {
            int at = 0;
            for (int r = 0; r < state.rows.Length; r++)
            {
                if (r > 0)
                {
                    span[at++] = state.rowSeparator;
                }
                at += Write(span[at..], state.rows[r], state.cellSeparator);
            }
        });
    }

    /// <summary>The length of <see cref="Join(ImmutableArray{ImmutableArray{InlineText}}, char, char)"/>'s text.</summary>
    internal static int JoinedLength(ImmutableArray<ImmutableArray<InlineText>> rows)
    {
        int length = rows.Length == 0 ? 0 : rows.Length - 1;
        for (int r = 0; r < rows.Length; r++)
        {
            length += JoinedLength(rows[r]);
        }
        return length;
    }

    private static int Write(Span<char> span, ImmutableArray<InlineText> items, char separator)
    {
        int at = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                span[at++] = separator;
            }
            items[i].Text.AsSpan().CopyTo(span[at..]);
            at += items[i].Text.Length;
        }
        return at;
    }
}
