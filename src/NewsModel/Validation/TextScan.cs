using System;
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

    /// <summary>Index of the first control character (C0, DEL, C1, or a line/paragraph separator), or -1.</summary>
    internal static int IndexOfControl(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Index of the first piece of markup, or -1: a tag (<c>&lt;b&gt;</c>, <c>&lt;/i&gt;</c>, <c>&lt;br/&gt;</c>,
    /// <c>&lt;!--</c>) or a character entity (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>).
    /// </summary>
    internal static int IndexOfMarkup(ReadOnlySpan<char> text, out int length)
    {
        for (int i = 0; i < text.Length; i++)
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
        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && FoldQuote(left[i]) != FoldQuote(right[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Index of <paramref name="value"/> in <paramref name="text"/>, ordinal with quotation marks folded, or -1.</summary>
    internal static int IndexOfFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        int exact = text.IndexOf(value, StringComparison.Ordinal);
        if (exact >= 0 || value.Length == 0)
        {
            return exact;
        }
        for (int i = 0; i + value.Length <= text.Length; i++)
        {
            if (EqualsFolded(text.Slice(i, value.Length), value))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> as a whole word, ignoring ASCII case.</summary>
    internal static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int index = text[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }
            int start = offset + index;
            int end = start + word.Length;
            bool before = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            bool after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
            offset = start + 1;
        }
        return false;
    }

    /// <summary>Trimmed ordinal-ignore-case equality.</summary>
    internal static bool SameName(string left, string right) =>
        left.AsSpan().Trim().Equals(right.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A short excerpt for messages, with control characters shown as <c>\u….</c>.</summary>
    internal static string Excerpt(string text, int start = 0, int max = 40)
    {
        var builder = new StringBuilder();
        int end = Math.Min(text.Length, start + max);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        if (end < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }
}
