using System;
using System.Globalization;

namespace NewsModel.Testing;

/// <summary>Finds a text that must occur exactly once in another, for placing quotes and marks by their text.</summary>
internal static class TextSearch
{
    /// <summary>The range of the only occurrence of <paramref name="text"/> in <paramref name="within"/> (ordinal).</summary>
    /// <param name="within">The text searched.</param>
    /// <param name="text">The text sought; not empty.</param>
    /// <param name="what">What is being placed, for the message ("The quote", "The emphasis mark").</param>
    /// <param name="where">Where it is sought, for the message ("block 3", "the inline text").</param>
    /// <exception cref="InvalidOperationException">The text does not occur, or occurs more than once.</exception>
    internal static TextRange Once(string within, string text, string what, string where)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        int start = within.IndexOf(text, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"{what} \"{text}\" does not occur in {where}.");
        }
        int count = 1;
        for (int next = within.IndexOf(text, start + 1, StringComparison.Ordinal); next >= 0; next = within.IndexOf(text, next + 1, StringComparison.Ordinal))
        {
            count++;
        }
        if (count > 1)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{what} \"{text}\" occurs {count} times in {where}; give a longer text that occurs once, or give the range."));
        }
        return new TextRange(start, text.Length);
    }
}
