using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Import;

/// <summary>Character classes and small span helpers shared by the importer's scanners.</summary>
internal static class Chars
{
    /// <summary>Letters, digits, apostrophes and hyphens inside words.</summary>
    internal static bool IsWordChar(char c) =>
        c < 128 ? ((AsciiWordBits[c >> 6] >> c) & 1) != 0 : IsOtherWordChar(c);

    /// <summary><see cref="IsWordChar"/> beyond ASCII; kept out of line so that the callers' character loops keep
    /// their registers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsOtherWordChar(char c) => char.IsLetterOrDigit(c) || c == '’';

    /// <summary>ASCII word characters (letters, digits, apostrophe) as a 128-bit set.</summary>
    private static ReadOnlySpan<ulong> AsciiWordBits => [(1UL << '\'') | (0x3FFUL << '0'), (0x3FFFFFFUL << ('A' - 64)) | (0x3FFFFFFUL << ('a' - 64))];

    internal static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    /// <summary>Space-like characters, including no-break and zero-width spaces.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>Characters that end a sentence.</summary>
    internal static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?…。！？");

    internal static bool IsSentenceEnd(char c) => SentenceEnds.Contains(c);

    internal static bool IsClosingMark(char c) => c is '"' or '”' or '’' or '»' or '«' or '‘' or '›' or '‹' or '」' or '』' or ')' or '\'' or '“';

    /// <summary>Whether the text ends like a sentence: terminal punctuation, possibly inside closing marks (with the
    /// space French sets before a closing guillemet: "prêts. »").</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (IsClosingMark(text[i]) || (i + 1 < text.Length && text[i + 1] == '»' && IsSpace(text[i]))))
        {
            i--;
        }
        return i >= 0 && IsSentenceEnd(text[i]);
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="label"/>, ignoring case; the first
    /// letters are compared first, so the labels a line cannot start with cost one comparison each.</summary>
    internal static bool StartsWithLabel(ReadOnlySpan<char> text, string label) =>
        text.Length >= label.Length && (text[0] | 0x20) == (label[0] | 0x20) && text.StartsWith(label, StringComparison.OrdinalIgnoreCase);

    internal static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }
        int end = text.Length;
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>Counts words (runs of word characters; each Chinese or Japanese character counts as one). ASCII text is classified 16 characters at a time where
    /// vectors are accelerated; other characters go through <see cref="IsWordChar"/>.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + 16 <= units.Length; i += 16)
            {
                var block = Vector256.Create(units.Slice(i, 16));
                if (Vector256.GreaterThanAny(block, Vector256.Create((ushort)127)))
                {
                    // Not all ASCII: this block one character at a time.
                    for (int k = i; k < i + 16; k++)
                    {
                        CountOne(text[k], ref count, ref inWord);
                    }
                    continue;
                }
                var lower = block | Vector256.Create((ushort)0x20);
                var isWord = Vector256.LessThanOrEqual(lower - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')))
                    | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))
                    | Vector256.Equals(block, Vector256.Create((ushort)'\''));
                uint mask = isWord.ExtractMostSignificantBits();
                uint starts = mask & ~((mask << 1) | (inWord ? 1u : 0u));
                count += BitOperations.PopCount(starts);
                inWord = (mask & 0x8000) != 0;
            }
        }
        for (; i < text.Length; i++)
        {
            CountOne(text[i], ref count, ref inWord);
        }
        return count;
    }

    /// <summary>The index at which word number <paramref name="ordinal"/> (1 for the first) starts, as
    /// <see cref="CountWords"/> counts words, or the text's length when it has fewer: <c>CountWords(text[..i])</c> is
    /// at least <paramref name="ordinal"/> exactly when <c>i</c> is beyond the returned index.</summary>
    internal static int StartOfWord(ReadOnlySpan<char> text, int ordinal)
    {
        int count = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            CountOne(text[i], ref count, ref inWord);
            if (count == ordinal)
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>Counts one character: a Chinese or Japanese character is a word of its own (those scripts put no
    /// spaces between words); otherwise a word starts where a word character follows another character.</summary>
    private static void CountOne(char c, ref int count, ref bool inWord)
    {
        if (IsCjk(c))
        {
            count++;
            inWord = false;
            return;
        }
        bool word = IsWordChar(c);
        count += word && !inWord ? 1 : 0;
        inWord = word;
    }

    /// <summary>Kana and CJK ideographs (written without spaces between words).</summary>
    internal static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
