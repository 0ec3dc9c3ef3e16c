using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;

namespace NewsModel.Text;

/// <summary>
/// The words of printed dates, one list per language: English month and weekday names (full, three letters,
/// <c>Sept</c>), the month names of German, French, Spanish, Italian, Dutch and Portuguese (read whatever the
/// culture, since a page is often in another language than configured, and no word here names a different month in
/// another of these languages or is an English word), the words that stand before a time ("at", "à", "às", "um",
/// "om", "alle", "a las") and between the parts of a date ("of", "de", "del"). A culture that is not English adds its own month
/// and weekday names. Immutable and thread-safe.
/// </summary>
internal static class DateWords
{
    private static readonly FrozenDictionary<string, int> EuropeanMonths = BuildEuropeanMonths();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> EuropeanLookup =
        EuropeanMonths.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>1 to 12 for a month name or abbreviation (English, the European list, or the culture's), else 0.</summary>
    internal static int Month(ReadOnlySpan<char> word, CultureInfo culture)
    {
        if (word.Length < 3)
        {
            return 0;
        }
        int m = EnglishMonth(word);
        if (m > 0)
        {
            return m;
        }
        if (word.Length < 16 && EuropeanLookup.TryGetValue(word, out m))
        {
            return m;
        }
        if (!IsOtherLanguage(culture))
        {
            return 0;
        }
        var format = culture.DateTimeFormat;
        for (int i = 0; i < 12; i++)
        {
            if (word.Equals(format.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || word.Equals(format.MonthGenitiveNames[i], StringComparison.OrdinalIgnoreCase)
                || word.Equals(format.AbbreviatedMonthNames[i].AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>ISO weekday (1 Monday to 7 Sunday) for an English weekday name (full or three letters) or the
    /// culture's, else 0.</summary>
    internal static int Weekday(ReadOnlySpan<char> word, CultureInfo culture)
    {
        if (word.Length < 3)
        {
            return 0;
        }
        for (int i = 1; i <= 7; i++)
        {
            var name = StampCursor.WeekdayName(i);
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && name.AsSpan(0, 3).Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }
        if (IsOtherLanguage(culture))
        {
            var names = culture.DateTimeFormat.DayNames;
            for (int i = 0; i < 7; i++)
            {
                if (word.Equals(names[i], StringComparison.OrdinalIgnoreCase))
                {
                    return i == 0 ? 7 : i;
                }
            }
        }
        return 0;
    }

    /// <summary>"at" before a time, in English, French, Portuguese, German, Dutch, Italian or Spanish ("a", of "a
    /// las").</summary>
    internal static bool IsAt(ReadOnlySpan<char> word) =>
        word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("à", StringComparison.OrdinalIgnoreCase)
        || word.Equals("às", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("um", StringComparison.OrdinalIgnoreCase) || word.Equals("om", StringComparison.OrdinalIgnoreCase)
        || word.Equals("alle", StringComparison.OrdinalIgnoreCase);

    /// <summary>"of", or "de"/"del" as in Spanish and Portuguese dates ("14 de mayo de 2020").</summary>
    internal static bool IsConnector(ReadOnlySpan<char> word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("de", StringComparison.OrdinalIgnoreCase)
        || word.Equals("del", StringComparison.OrdinalIgnoreCase);

    /// <summary>An English ordinal suffix written against a day: st, nd, rd, th.</summary>
    internal static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the culture's own names are worth looking at (not English, not invariant).</summary>
    internal static bool IsOtherLanguage(CultureInfo culture) => culture.TwoLetterISOLanguageName is not ("en" or "iv");

    /// <summary>English month by its first three letters, then the whole word ("Mar", "March", "Sept").</summary>
    private static int EnglishMonth(ReadOnlySpan<char> word)
    {
        for (int i = 1; i <= 12; i++)
        {
            var name = StampCursor.MonthName(i);
            if (!name.AsSpan(0, 3).Equals(word[..3], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            return word.Length == 3 || word.Equals(name, StringComparison.OrdinalIgnoreCase)
                   || (i == 9 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)) ? i : 0;
        }
        return 0;
    }

    private static FrozenDictionary<string, int> BuildEuropeanMonths()
    {
        string[][] byMonth =
        [
            ["januar", "janvier", "enero", "gennaio", "januari", "janeiro", "jänner", "janv", "ene", "gen"],
            ["februar", "février", "febrero", "febbraio", "februari", "fevereiro", "févr", "fev"],
            ["märz", "mars", "marzo", "maart", "março", "mär", "mrz", "mrt"],
            ["avril", "abril", "aprile", "avr", "abr"],
            ["mai", "mayo", "maggio", "mei", "maio", "mag"],
            ["juni", "juin", "junio", "giugno", "junho", "giu"],
            ["juli", "juillet", "julio", "luglio", "julho", "juil", "lug"],
            ["août", "agosto", "augustus"],
            ["septembre", "septiembre", "settembre", "setembro"],
            ["oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "ott"],
            ["novembre", "noviembre", "novembro"],
            ["dezember", "décembre", "diciembre", "dicembre", "dezembro", "dez", "déc", "dic"],
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < byMonth.Length; i++)
        {
            foreach (var name in byMonth[i])
            {
                months.Add(name, i + 1);
            }
        }
        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
