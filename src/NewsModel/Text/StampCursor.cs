using System;

namespace NewsModel.Text;

/// <summary>
/// A hand-written scanner over the (trimmed) stamp text. <see cref="Index"/> is an index into the caller's
/// input, so failure positions need no translation. Allocation-free.
/// </summary>
internal ref struct StampCursor
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] WeekdayNames =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    private readonly ReadOnlySpan<char> _text;

    internal StampCursor(ReadOnlySpan<char> text, int start, int end)
    {
        _text = text;
        Index = start;
        End = end;
    }

    /// <summary>Gets or sets the current index into the input.</summary>
    internal int Index { get; set; }

    /// <summary>Gets the index just after the last character of the stamp (trailing whitespace excluded).</summary>
    internal int End { get; }

    internal readonly bool AtEnd => Index >= End;

    internal readonly char Current => Index < End ? _text[Index] : '\0';

    internal readonly ReadOnlySpan<char> Slice(int start, int length) => _text.Slice(start, length);

    /// <summary>Gets the full English month name (1-12).</summary>
    internal static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>Gets the full English weekday name (ISO: 1 Monday to 7 Sunday).</summary>
    internal static string WeekdayName(int isoDay) => WeekdayNames[isoDay - 1];

    internal static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';

    internal static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Consumes <paramref name="c"/> if it is next.</summary>
    internal bool Char(char c)
    {
        if (Index < End && _text[Index] == c)
        {
            Index++;
            return true;
        }
        return false;
    }

    /// <summary>Skips whitespace; returns how many characters were skipped.</summary>
    internal int SkipSpaces()
    {
        int start = Index;
        while (Index < End && IsSpace(_text[Index]))
        {
            Index++;
        }
        return Index - start;
    }

    /// <summary>Reads <paramref name="min"/> to <paramref name="max"/> ASCII digits (at most 9).</summary>
    internal bool Digits(int min, int max, out int value)
    {
        value = 0;
        int start = Index;
        while (Index < End && Index - start < max && IsDigit(_text[Index]))
        {
            value = (value * 10) + (_text[Index] - '0');
            Index++;
        }
        if (Index - start < min)
        {
            Index = start;
            return false;
        }
        return true;
    }

    /// <summary>Gets the length of the run of ASCII letters at the current index.</summary>
    internal readonly int LetterRun()
    {
        int i = Index;
        while (i < End && IsAsciiLetter(_text[i]))
        {
            i++;
        }
        return i - Index;
    }

    /// <summary>Consumes <paramref name="word"/> (ASCII, case-insensitive) when it is next and is not followed by
    /// another letter.</summary>
    internal bool Word(string word)
    {
        if (Index + word.Length > End || !_text.Slice(Index, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int after = Index + word.Length;
        if (after < End && IsAsciiLetter(_text[after]))
        {
            return false;
        }
        Index = after;
        return true;
    }

    /// <summary>Reads an English month name: full, three letters, or "Sept", case-insensitive; an abbreviation may be
    /// followed by a full stop (AP style "Jan.").</summary>
    internal bool MonthNameOrAbbreviation(out int month)
    {
        if (!Name(MonthNames, out month, out bool abbreviated))
        {
            return false;
        }
        if (abbreviated)
        {
            Char('.');
        }
        return true;
    }

    /// <summary>Reads an English weekday name, full or three letters, case-insensitive.</summary>
    internal bool WeekdayNameOrAbbreviation(out int isoDay) => Name(WeekdayNames, out isoDay, out _);

    /// <summary>Reads one of <paramref name="names"/> in full or by its first three letters (or "Sept"),
    /// giving its 1-based number. The first three letters, folded to lower case, are compared as one number.</summary>
    private bool Name(string[] names, out int number, out bool abbreviated)
    {
        number = 0;
        abbreviated = false;
        int run = LetterRun();
        if (run < 3)
        {
            return false;
        }
        var word = _text.Slice(Index, run);
        int key = Key(word);
        for (int i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (Key(name) != key)
            {
                continue;
            }
            bool full = run == name.Length && word[3..].Equals(name.AsSpan(3), StringComparison.OrdinalIgnoreCase);
            bool sept = run == 4 && i == 8 && ReferenceEquals(names, MonthNames) && (word[3] | 0x20) == 't';
            if (!full && run != 3 && !sept)
            {
                return false;
            }
            number = i + 1;
            abbreviated = !full;
            Index += run;
            return true;
        }
        return false;
    }

    /// <summary>The first three ASCII letters folded to lower case, packed into one number.</summary>
    private static int Key(ReadOnlySpan<char> word) => ((word[0] | 0x20) << 16) | ((word[1] | 0x20) << 8) | (word[2] | 0x20);

    /// <summary>Reads am/pm in the forms <c>am</c>, <c>AM</c>, <c>a.m.</c>, <c>A.M.</c>.</summary>
    internal bool Meridiem(out bool pm)
    {
        pm = false;
        if (Index >= End)
        {
            return false;
        }
        char first = (char)(_text[Index] | 0x20);
        if (first != 'a' && first != 'p')
        {
            return false;
        }
        int i = Index + 1;
        bool dotted = i < End && _text[i] == '.';
        if (dotted)
        {
            i++;
        }
        if (i >= End || (_text[i] | 0x20) != 'm')
        {
            return false;
        }
        i++;
        if (dotted)
        {
            if (i >= End || _text[i] != '.')
            {
                return false;
            }
            i++;
        }
        if (i < End && IsAsciiLetter(_text[i]))
        {
            return false;
        }
        pm = first == 'p';
        Index = i;
        return true;
    }
}
