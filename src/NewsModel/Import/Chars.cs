using System;

namespace NewsModel.Import;

/// <summary>Character classes and small span helpers shared by the importer's scanners.</summary>
internal static class Chars
{
    /// <summary>Letters, digits, apostrophes and hyphens inside words.</summary>
    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';

    internal static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    /// <summary>Space-like characters, including no-break and zero-width spaces.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    internal static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    internal static bool IsClosingMark(char c) => c is '"' or '”' or '’' or '»' or '」' or '』' or ')' or '\'' or '“';

    /// <summary>Whether the text ends like a sentence: terminal punctuation, possibly inside closing marks.</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> text)
    {
        int i = text.Length - 1;
        while (i >= 0 && IsClosingMark(text[i]))
        {
            i--;
        }
        return i >= 0 && IsSentenceEnd(text[i]);
    }

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

    /// <summary>Counts words (runs of word characters).</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool word = IsWordChar(c);
            if (word && !inWord)
            {
                count++;
            }
            inWord = word;
        }
        return count;
    }
}
