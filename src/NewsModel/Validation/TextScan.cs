using System;
using System.Buffers;
using System.Text;

namespace NewsModel.Validation;

/// <summary>Allocation-free text checks the rules share.</summary>
internal static class TextScan
{
    /// <summary>True when the text has no character other than white space.</summary>
    internal static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();

    /// <summary>Counts Unicode scalar values (a surrogate pair counts once; a lone surrogate counts once).</summary>
    internal static int ScalarCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            count++;
        }
        return count;
    }

    /// <summary>C0 controls, DEL, C1 controls, and the line and paragraph separators.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\u2028\u2029");

    /// <summary>Index of the first control character (C0, DEL, C1, or a line/paragraph separator), or -1. Vectorized.</summary>
    internal static int IndexOfControl(ReadOnlySpan<char> text) => text.IndexOfAny(Controls);

    /// <summary>
    /// Index of the first piece of markup, or -1: a tag (<c>&lt;b&gt;</c>, <c>&lt;/i&gt;</c>, <c>&lt;br/&gt;</c>,
    /// <c>&lt;!--</c>) or a character entity (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>).
    /// </summary>
    internal static int IndexOfMarkup(ReadOnlySpan<char> text, out int length)
    {
        int first = text.IndexOfAny('<', '&');
        for (int i = first < 0 ? text.Length : first; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<')
            {
                int j = i + 1;
                if (j < text.Length && (text[j] == '/' || text[j] == '!'))
                {
                    j++;
                }
                if (j < text.Length && (char.IsAsciiLetter(text[j]) || text[j] == '-'))
                {
                    int close = text[j..].IndexOf('>');
                    if (close >= 0 && text.Slice(j, close).IndexOf('<') < 0)
                    {
                        length = j + close + 1 - i;
                        return i;
                    }
                }
            }
            else if (c == '&')
            {
                int j = i + 1;
                bool numeric = j < text.Length && text[j] == '#';
                if (numeric)
                {
                    j++;
                    if (j < text.Length && (text[j] == 'x' || text[j] == 'X'))
                    {
                        j++;
                    }
                }
                int start = j;
                while (j < text.Length && j - start <= 32 && (numeric ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiLetterOrDigit(text[j])))
                {
                    j++;
                }
                if (j > start && j < text.Length && text[j] == ';' && (numeric || char.IsAsciiLetter(text[start])))
                {
                    length = j + 1 - i;
                    return i;
                }
            }
        }
        length = 0;
        return -1;
    }

    /// <summary>A quotation mark folded to its straight form, so that straight and curly marks compare alike.</summary>
    internal static char FoldQuote(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\uFF02' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2039' or '\u203A' or '\uFF07' => '\'',
        _ => c,
    };

    /// <summary>Ordinal equality with quotation marks folded.</summary>
    internal static bool EqualsFolded(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }
        if (left.SequenceEqual(right))
        {
            return true;
        }
        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && FoldQuote(left[i]) != FoldQuote(right[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The quotation marks <see cref="FoldQuote"/> folds (not the straight ones it folds them to).</summary>
    private static readonly SearchValues<char> CurlyQuotes = SearchValues.Create("\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02\u2018\u2019\u201A\u201B\u2032\u2039\u203A\uFF07");

    /// <summary>Index of <paramref name="value"/> in <paramref name="text"/>, ordinal with quotation marks folded, or -1.
    /// Both are folded once (only when an exact search fails and either holds a mark to fold) and searched as
    /// ordinal text, so the cost is that of <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>.</summary>
    internal static int IndexOfFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        int exact = text.IndexOf(value, StringComparison.Ordinal);
        if (exact >= 0 || value.Length == 0 || value.Length > text.Length)
        {
            return exact;
        }
        if (text.IndexOfAny(CurlyQuotes) < 0 && value.IndexOfAny(CurlyQuotes) < 0)
        {
            return -1;
        }
        char[] rented = ArrayPool<char>.Shared.Rent(text.Length + value.Length);
        try
        {
            var foldedText = rented.AsSpan(0, text.Length);
            var foldedValue = rented.AsSpan(text.Length, value.Length);
            Fold(text, foldedText);
            Fold(value, foldedValue);
            return foldedText.IndexOf(foldedValue);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = FoldQuote(source[i]);
        }
    }

    /// <summary>A key under which <see cref="EqualsFolded"/> texts are equal: the text with its quotation marks folded.</summary>
    internal static string FoldedKey(string text)
    {
        if (text.AsSpan().IndexOfAny(CurlyQuotes) < 0)
        {
            return text;
        }
        return string.Create(text.Length, text, static (destination, source) => Fold(source, destination));
    }

    /// <summary>A key under which <see cref="SameName"/> names are equal (use with <see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
    internal static string NameKey(string name) => name.Trim();

    /// <summary>Trimmed ordinal-ignore-case equality.</summary>
    internal static bool SameName(string left, string right) =>
        left.AsSpan().Trim().Equals(right.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
}
