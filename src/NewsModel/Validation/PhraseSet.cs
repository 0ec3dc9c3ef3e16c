using System;
using System.Buffers;

namespace NewsModel.Validation;

/// <summary>
/// A fixed set of phrases, searched with vectorized multi-string <see cref="SearchValues{T}"/>; a hit counts only
/// when it starts at a word start (and, for whole words, ends at a word end). Built once (static) and immutable, so
/// thread-safe; searching allocates nothing.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly SearchValues<string> _ignoreCase;
    private readonly SearchValues<string>? _exact;
    private readonly bool _wholeWords;

    /// <summary>Creates a set.</summary>
    /// <param name="phrases">The phrases. Phrases of at most three characters that contain an upper-case letter match
    /// only in that case (so "AP" is not "ap"); all others ignore case.</param>
    /// <param name="wholeWords">True when a phrase must also end at a word boundary.</param>
    internal PhraseSet(string[] phrases, bool wholeWords)
    {
        _phrases = phrases;
        _wholeWords = wholeWords;
        var exact = Array.FindAll(phrases, IsCaseSensitive);
        _ignoreCase = SearchValues.Create(Array.FindAll(phrases, p => !IsCaseSensitive(p)), StringComparison.OrdinalIgnoreCase);
        _exact = exact.Length == 0 ? null : SearchValues.Create(exact, StringComparison.Ordinal);
    }

    /// <summary>True when some phrase occurs in <paramref name="text"/> starting at a word start.</summary>
    internal bool FoundIn(ReadOnlySpan<char> text) =>
        FoundIn(text, _ignoreCase, StringComparison.OrdinalIgnoreCase)
        || (_exact is not null && FoundIn(text, _exact, StringComparison.Ordinal));

    private bool FoundIn(ReadOnlySpan<char> text, SearchValues<string> values, StringComparison comparison)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int index = text[offset..].IndexOfAny(values);
            if (index < 0)
            {
                return false;
            }
            int start = offset + index;
            if (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
            {
                if (!_wholeWords)
                {
                    return true;
                }
                foreach (var phrase in _phrases)
                {
                    int end = start + phrase.Length;
                    if (end <= text.Length
                        && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                        && text.Slice(start, phrase.Length).Equals(phrase, comparison)
                        && IsCaseSensitive(phrase) == (comparison == StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            offset = start + 1;
        }
        return false;
    }

    private static bool IsCaseSensitive(string phrase)
    {
        if (phrase.Length > 3)
        {
            return false;
        }
        foreach (char c in phrase)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }
        return false;
    }
}
