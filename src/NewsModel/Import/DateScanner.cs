using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace NewsModel.Import;

/// <summary>A date (and maybe a time) found in a line: where it stands and what it says.</summary>
internal readonly record struct FoundDate(int Start, int Length, LocalDate Date, LocalTime? Time)
{
    internal LocalDateTime LocalDateTime => Date + (Time ?? LocalTime.Midnight);
}

/// <summary>
/// Finds printed dates inside a line of text: "Monday, 31 March, 2014, 5:31am", "Feb. 19, 2020", "12/30/2019 05:03 AM",
/// "2nd November 2023", "2020-01-18", "2020/01/18", "18-Jan-2020",
/// "14. Mai 2020", "14 de mayo de 2020", "14 mai 2020 à 10h39", "2020年5月14日". Hand-written, one pass with bounded look-ahead, so linear in the line.
/// This is the importer's locator; turning a located stamp into a <see cref="Moment"/> goes through
/// <see cref="StampSeam"/>.
/// </summary>
internal static class DateScanner
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] EnglishWeekdays =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private enum Kind : byte
    {
        Word,
        Number,
        Punct,
    }

    private readonly record struct Token(int Start, int Length, Kind Kind, bool SpaceBefore);

    /// <summary>Finds the first date in <paramref name="text"/>.</summary>
    internal static bool TryFind(ReadOnlySpan<char> text, CultureInfo culture, out FoundDate found)
    {
        found = default;
        // Tokens are produced in a sliding window of 16, so memory stays constant and time linear.
        Span<Token> window = stackalloc Token[16];
        int count = 0;
        int pos = 0;
        bool monthFirst = MonthFirst(culture);
        while (true)
        {
            while (count < window.Length && pos < text.Length)
            {
                if (Next(text, ref pos, out var token))
                {
                    window[count++] = token;
                }
            }
            if (count == 0)
            {
                return false;
            }
            if (TryMatch(text, window[..count], culture, monthFirst, out found))
            {
                return true;
            }
            window[1..count].CopyTo(window);
            count--;
        }
    }

    private static bool Next(ReadOnlySpan<char> text, ref int pos, out Token token)
    {
        int start = pos;
        while (start < text.Length && Chars.IsSpace(text[start]))
        {
            start++;
        }
        bool space = start > pos || pos == 0;
        if (start >= text.Length)
        {
            pos = start;
            token = default;
            return false;
        }
        char c = text[start];
        int end = start + 1;
        Kind kind;
        if (char.IsAsciiDigit(c))
        {
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 9)
            {
                end++;
            }
            kind = Kind.Number;
        }
        else if (char.IsLetter(c))
        {
            while (end < text.Length && char.IsLetter(text[end]) && end - start < 32)
            {
                end++;
            }
            kind = Kind.Word;
        }
        else
        {
            kind = Kind.Punct;
        }
        pos = end;
        token = new Token(start, end - start, kind, space);
        return true;
    }

    private static bool MonthFirst(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        int m = pattern.IndexOf('M', StringComparison.Ordinal);
        int d = pattern.IndexOf('d', StringComparison.Ordinal);
        return m >= 0 && (d < 0 || m < d);
    }

    private static bool TryMatch(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, CultureInfo culture, bool monthFirst, out FoundDate found)
    {
        found = default;
        int i = 0;
        int start = t[0].Start;
        // Optional weekday, optionally followed by a comma.
        if (t[0].Kind == Kind.Word && IsWeekday(Word(text, t[0]), culture))
        {
            i = 1;
            if (i < t.Length && IsPunct(text, t[i], ',') || i < t.Length && IsPunct(text, t[i], '.'))
            {
                i++;
            }
        }
        if (i >= t.Length)
        {
            return false;
        }
        int year, month, day;
        int next;
        if (t[i].Kind == Kind.Word && MonthOf(Word(text, t[i]), culture) is int m1 && m1 > 0)
        {
            // Month [.] D[st] [,] YYYY
            int j = i + 1;
            if (j < t.Length && IsPunct(text, t[j], '.'))
            {
                j++;
            }
            if (!Day(text, t, ref j, out day))
            {
                return false;
            }
            if (j < t.Length && IsPunct(text, t[j], ','))
            {
                j++;
            }
            if (!Year(text, t, j, out year))
            {
                return false;
            }
            month = m1;
            next = j + 1;
        }
        else if (t[i].Kind == Kind.Number && t[i].Length <= 2)
        {
            int j = i;
            if (!Day(text, t, ref j, out int first))
            {
                return false;
            }
            if (j + 1 < t.Length && IsPunct(text, t[j], '.') && !t[j].SpaceBefore && t[j + 1].Kind == Kind.Word)
            {
                j++; // "14. Mai 2020"
            }
            if (j < t.Length && IsConnector(text, t[j]))
            {
                j++;
            }
            if (j < t.Length && t[j].Kind == Kind.Word && MonthOf(Word(text, t[j]), culture) is int m2 && m2 > 0)
            {
                // D[st][.] [of|de] Month [.] [,] [de] YYYY
                j++;
                if (j < t.Length && IsPunct(text, t[j], '.'))
                {
                    j++;
                }
                if (j < t.Length && IsPunct(text, t[j], ','))
                {
                    j++;
                }
                if (j < t.Length && IsConnector(text, t[j]))
                {
                    j++;
                }
                if (!Year(text, t, j, out year))
                {
                    return false;
                }
                day = first;
                month = m2;
                next = j + 1;
            }
            else if (j == i + 1 && j + 3 < t.Length + 0 && t[j].Kind == Kind.Punct && !t[j].SpaceBefore
                     && text[t[j].Start] is '/' or '.' or '-'
                     && t[j + 1].Kind == Kind.Number && t[j + 1].Length <= 2 && !t[j + 1].SpaceBefore
                     && t[j + 2].Kind == Kind.Punct && text[t[j + 2].Start] == text[t[j].Start] && !t[j + 2].SpaceBefore
                     && Year(text, t, j + 3, out year) && !t[j + 3].SpaceBefore)
            {
                // N/N/YYYY: day-month order from the numbers when they tell, else from the culture; dotted dates
                // (14.05.2020) are day first wherever they are printed.
                int second = Number(text, t[j + 1]);
                bool culturalMonthFirst = monthFirst && text[t[j].Start] != '.';
                (month, day) = first > 12 ? (second, first) : second > 12 ? (first, second) : culturalMonthFirst ? (first, second) : (second, first);
                next = j + 4;
            }
            else if (j == i + 1 && j + 3 < t.Length && IsPunct(text, t[j], '-') && !t[j].SpaceBefore
                     && t[j + 1].Kind == Kind.Word && !t[j + 1].SpaceBefore && MonthOf(Word(text, t[j + 1]), culture) is int m3 && m3 > 0
                     && IsPunct(text, t[j + 2], '-') && !t[j + 2].SpaceBefore && !t[j + 3].SpaceBefore && Year(text, t, j + 3, out year))
            {
                // D-Mon-YYYY: 14-May-2020.
                day = first;
                month = m3;
                next = j + 4;
            }
            else
            {
                return false;
            }
        }
        else if (t[i].Kind == Kind.Number && t[i].Length == 4 && i + 4 < t.Length
                 && t[i + 1].Kind == Kind.Punct && text[t[i + 1].Start] is '-' or '/' or '.'
                 && t[i + 2].Kind == Kind.Number && t[i + 2].Length <= 2
                 && IsPunct(text, t[i + 3], text[t[i + 1].Start]) && t[i + 4].Kind == Kind.Number && t[i + 4].Length <= 2
                 && !t[i + 1].SpaceBefore && !t[i + 2].SpaceBefore && !t[i + 3].SpaceBefore && !t[i + 4].SpaceBefore)
        {
            // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD.
            year = Number(text, t[i]);
            month = Number(text, t[i + 2]);
            day = Number(text, t[i + 4]);
            next = i + 5;
        }
        else if (t[i].Kind == Kind.Number && t[i].Length == 4 && i + 5 < t.Length
                 && IsUnit(text, t[i + 1], '年', '년') && t[i + 2].Kind == Kind.Number && t[i + 2].Length <= 2
                 && IsUnit(text, t[i + 3], '月', '월') && t[i + 4].Kind == Kind.Number && t[i + 4].Length <= 2
                 && IsUnit(text, t[i + 5], '日', '일'))
        {
            // 2020年5月14日, 2020년 5월 14일.
            year = Number(text, t[i]);
            month = Number(text, t[i + 2]);
            day = Number(text, t[i + 4]);
            next = i + 6;
        }
        else
        {
            return false;
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        var date = new LocalDate(year, month, day);
        int end = t[next - 1].Start + t[next - 1].Length;
        LocalTime? time = null;
        int k = next;
        if (k < t.Length && (IsPunct(text, t[k], ',') || IsPunct(text, t[k], '|') || IsPunct(text, t[k], '-') || IsPunct(text, t[k], '–') || IsPunct(text, t[k], '·')))
        {
            k++;
        }
        if (k < t.Length && t[k].Kind == Kind.Word && IsAt(Word(text, t[k])))
        {
            k++;
        }
        if (k < t.Length && TryTime(text, t, k, out var parsed, out int timeEnd))
        {
            time = parsed;
            end = timeEnd;
        }
        found = new FoundDate(start, end - start, date, time);
        return true;
    }

    private static bool TryTime(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, int k, out LocalTime time, out int end)
    {
        time = default;
        end = 0;
        if (t[k].Kind != Kind.Number || t[k].Length > 2)
        {
            return false;
        }
        int hour = Number(text, t[k]);
        int minute = 0;
        int second = 0;
        int j = k + 1;
        bool hasMinutes = false;
        if (j + 1 < t.Length && (IsPunct(text, t[j], ':') || IsPunct(text, t[j], '.') || IsFrenchHour(text, t[j])) && !t[j].SpaceBefore
            && t[j + 1].Kind == Kind.Number && t[j + 1].Length == 2 && !t[j + 1].SpaceBefore)
        {
            minute = Number(text, t[j + 1]);
            hasMinutes = true;
            j += 2;
            if (j + 1 < t.Length && IsPunct(text, t[j], ':') && t[j + 1].Kind == Kind.Number && t[j + 1].Length == 2)
            {
                second = Number(text, t[j + 1]);
                j += 2;
            }
        }
        end = t[j - 1].Start + t[j - 1].Length;
        // am / pm / a.m. / p.m.
        if (j < t.Length && t[j].Kind == Kind.Word)
        {
            var w = Word(text, t[j]);
            bool am = w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase);
            bool pm = w.Equals("pm", StringComparison.OrdinalIgnoreCase) || w.Equals("p", StringComparison.OrdinalIgnoreCase);
            if (am || pm)
            {
                bool dotted = w.Length == 1;
                if (dotted)
                {
                    if (!(j + 2 < t.Length && IsPunct(text, t[j + 1], '.') && t[j + 2].Kind == Kind.Word
                          && Word(text, t[j + 2]).Equals("m", StringComparison.OrdinalIgnoreCase)))
                    {
                        return false;
                    }
                    end = t[j + 2].Start + 1;
                    if (j + 3 < t.Length && IsPunct(text, t[j + 3], '.') && !t[j + 3].SpaceBefore)
                    {
                        end = t[j + 3].Start + 1;
                    }
                }
                else
                {
                    end = t[j].Start + t[j].Length;
                }
                if (hour < 1 || hour > 12)
                {
                    return false;
                }
                hour = hour % 12 + (pm ? 12 : 0);
                hasMinutes = true;
            }
        }
        if (!hasMinutes || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        time = new LocalTime(hour, minute, second);
        return true;
    }

    /// <summary>The "h" of a French time, 10h39.</summary>
    private static bool IsFrenchHour(ReadOnlySpan<char> text, Token token) =>
        token.Kind == Kind.Word && token.Length == 1 && text[token.Start] is 'h' or 'H';

    private static bool Day(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, ref int j, out int day)
    {
        day = 0;
        if (j >= t.Length || t[j].Kind != Kind.Number || t[j].Length > 2)
        {
            return false;
        }
        day = Number(text, t[j]);
        j++;
        // Ordinal suffix written against the number: 2nd, 31st.
        if (j < t.Length && t[j].Kind == Kind.Word && !t[j].SpaceBefore)
        {
            var w = Word(text, t[j]);
            if (w.Equals("st", StringComparison.OrdinalIgnoreCase) || w.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || w.Equals("rd", StringComparison.OrdinalIgnoreCase) || w.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }
            else
            {
                return false;
            }
        }
        return day is >= 1 and <= 31;
    }

    private static bool Year(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, int j, out int year)
    {
        year = 0;
        if (j >= t.Length || t[j].Kind != Kind.Number || t[j].Length != 4)
        {
            return false;
        }
        // Not part of a longer number such as 2014,5 or 2014.5.
        year = Number(text, t[j]);
        return true;
    }

    private static int Number(ReadOnlySpan<char> text, Token token)
    {
        int value = 0;
        foreach (char c in text.Slice(token.Start, token.Length))
        {
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);

    /// <summary>"at" before a time, in English, French, German, Dutch or Italian.</summary>
    private static bool IsAt(ReadOnlySpan<char> word) =>
        word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("à", StringComparison.OrdinalIgnoreCase)
        || word.Equals("um", StringComparison.OrdinalIgnoreCase) || word.Equals("om", StringComparison.OrdinalIgnoreCase)
        || word.Equals("alle", StringComparison.OrdinalIgnoreCase);

    /// <summary>"of", or "de"/"del" as in Spanish and Portuguese dates ("14 de mayo de 2020").</summary>
    private static bool IsConnector(ReadOnlySpan<char> text, Token token) =>
        token.Kind == Kind.Word && Word(text, token) is var w
        && (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("de", StringComparison.OrdinalIgnoreCase) || w.Equals("del", StringComparison.OrdinalIgnoreCase));

    /// <summary>A CJK date unit (年 月 日, or the Korean 년 월 일) standing alone as a token.</summary>
    private static bool IsUnit(ReadOnlySpan<char> text, Token token, char chinese, char korean) =>
        token.Length == 1 && text[token.Start] is var c && (c == chinese || c == korean);

    private static bool IsPunct(ReadOnlySpan<char> text, Token token, char c) => token.Kind == Kind.Punct && text[token.Start] == c;

    /// <summary>1–12 for a month name or abbreviation (English or the culture's), else 0.</summary>
    internal static int MonthOf(ReadOnlySpan<char> word, CultureInfo culture)
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
        if (word.Length < 16 && ((EuropeanMonthShapes[(word[0] | 0x20) & 31] >> word.Length) & 1) != 0
            && EuropeanMonths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out m))
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
                || word.Equals(format.AbbreviatedMonthNames[i].TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// Month names of German, French, Spanish, Italian, Dutch and Portuguese (and a few unambiguous abbreviations),
    /// read whatever the culture: a page is often in another language than the importer was configured for, and
    /// no word here names a different month in another of these languages or is an English word.
    /// </summary>
    private static readonly Dictionary<string, int> EuropeanMonths = BuildEuropeanMonths();

    /// <summary>For each first letter (by its low five bits), the lengths of <see cref="EuropeanMonths"/> names
    /// starting with it, one bit each: most words are rejected without hashing.</summary>
    private static readonly ushort[] EuropeanMonthShapes = BuildShapes(EuropeanMonths.Keys);

    private static ushort[] BuildShapes(IEnumerable<string> names)
    {
        var shapes = new ushort[32];
        foreach (var name in names)
        {
            shapes[(name[0] | 0x20) & 31] |= (ushort)(1 << name.Length);
        }
        return shapes;
    }

    private static Dictionary<string, int> BuildEuropeanMonths()
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
        return months;
    }

    private static bool IsOtherLanguage(CultureInfo culture) => culture.TwoLetterISOLanguageName is not ("en" or "iv");

    /// <summary>English month by its first three letters, then the whole word ("Mar", "March", "Sept").</summary>
    private static int EnglishMonth(ReadOnlySpan<char> word)
    {
        int key = (char.ToLowerInvariant(word[0]) << 16) | (char.ToLowerInvariant(word[1]) << 8) | char.ToLowerInvariant(word[2]);
        int m = key switch
        {
            ('j' << 16) | ('a' << 8) | 'n' => 1,
            ('f' << 16) | ('e' << 8) | 'b' => 2,
            ('m' << 16) | ('a' << 8) | 'r' => 3,
            ('a' << 16) | ('p' << 8) | 'r' => 4,
            ('m' << 16) | ('a' << 8) | 'y' => 5,
            ('j' << 16) | ('u' << 8) | 'n' => 6,
            ('j' << 16) | ('u' << 8) | 'l' => 7,
            ('a' << 16) | ('u' << 8) | 'g' => 8,
            ('s' << 16) | ('e' << 8) | 'p' => 9,
            ('o' << 16) | ('c' << 8) | 't' => 10,
            ('n' << 16) | ('o' << 8) | 'v' => 11,
            ('d' << 16) | ('e' << 8) | 'c' => 12,
            _ => 0,
        };
        if (m == 0 || word.Length == 3)
        {
            return m;
        }
        return word.Equals(EnglishMonths[m - 1], StringComparison.OrdinalIgnoreCase)
               || (m == 9 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)) ? m : 0;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word, CultureInfo culture)
    {
        if (word.Length < 3)
        {
            return false;
        }
        char c = char.ToLowerInvariant(word[0]);
        if (c is 'm' or 't' or 'w' or 'f' or 's')
        {
            foreach (var day in EnglishWeekdays)
            {
                if (day[0] == c && (word.Equals(day, StringComparison.OrdinalIgnoreCase)
                    || (word.Length == 3 && day.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }
        }
        if (IsOtherLanguage(culture))
        {
            foreach (var day in culture.DateTimeFormat.DayNames)
            {
                if (word.Equals(day, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
