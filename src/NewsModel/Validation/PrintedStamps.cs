using System;
using System.Globalization;
using NodaTime;

namespace NewsModel.Validation;

/// <summary>What a printed stamp says about its instant.</summary>
internal enum StampVerdict
{
    /// <summary>The printed time, date and weekday agree with the instant.</summary>
    Agrees,

    /// <summary>The printed text contradicts the instant.</summary>
    Disagrees,

    /// <summary>The printed text cannot be read as a stamp.</summary>
    Unreadable,
}

/// <summary>
/// Reads printed stamps for the timeline rules. This is the seam between validation and the timestamp patterns:
/// everything that reads a printed stamp goes through <see cref="Check"/>.
/// </summary>
internal static class PrintedStamps
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// Checks a moment's printed text against its instant in the publication's zone (and, for a moment stamped
    /// in another zone, in its own zone). <paramref name="detail"/> is null when the verdict is
    /// <see cref="StampVerdict.Agrees"/>, else a clause for an editor ("it was 5:31 on Monday 31 March 2014 in
    /// Asia/Hong_Kong"). Never throws.
    /// </summary>
    internal static StampVerdict Check(Moment moment, DateTimeZone publicationZone, out string? detail)
    {
        var printed = moment.Printed;
        if (printed is null)
        {
            detail = null;
            return StampVerdict.Agrees;
        }
        var verdict = CheckIn(printed, moment.Instant.InZone(publicationZone), out detail);
        if (verdict == StampVerdict.Disagrees && !string.Equals(moment.Zone.Id, publicationZone.Id, StringComparison.Ordinal)
            && CheckIn(printed, moment.ZonedDateTime, out _) == StampVerdict.Agrees)
        {
            detail = null;
            return StampVerdict.Agrees;
        }
        return verdict;
    }

    /// <summary>True when the printed text gives its own zone or offset: a bracketed zone id, UTC or GMT, an
    /// offset such as +08:00 or -0500, a trailing Z after the time, or an upper-case zone abbreviation such as HKT.</summary>
    internal static bool NamesZone(ReadOnlySpan<char> printed)
    {
        for (int i = 0; i < printed.Length; i++)
        {
            char c = printed[i];
            if (c == '[')
            {
                return true;
            }
            if ((c == '+' || c == '\u2212') && i + 1 < printed.Length && char.IsAsciiDigit(printed[i + 1]))
            {
                return true;
            }
            if (c == '-' && i > 0 && char.IsAsciiDigit(printed[i - 1]) && i + 3 < printed.Length
                && char.IsAsciiDigit(printed[i + 1]) && char.IsAsciiDigit(printed[i + 2])
                && (printed[i + 3] == ':' || (i + 4 < printed.Length && char.IsAsciiDigit(printed[i + 3]) && char.IsAsciiDigit(printed[i + 4]) && IsEnd(printed, i + 5))))
            {
                return true; // -05:00 or -0500 after a time
            }
            if (c == 'Z' && i > 0 && char.IsAsciiDigit(printed[i - 1]) && IsEnd(printed, i + 1))
            {
                return true;
            }
            if (char.IsAsciiLetterUpper(c) && (i == 0 || !char.IsLetter(printed[i - 1])))
            {
                int end = i;
                while (end < printed.Length && char.IsAsciiLetterUpper(printed[end]))
                {
                    end++;
                }
                int length = end - i;
                if (length is >= 3 and <= 5 && (end == printed.Length || !char.IsLetter(printed[end])) && !IsMonthOrWeekday(printed[i..end]))
                {
                    return true;
                }
                i = end - 1;
            }
        }
        return false;
    }

    private static bool IsEnd(ReadOnlySpan<char> text, int index) => index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static bool IsMonthOrWeekday(ReadOnlySpan<char> word) => MonthOf(word) > 0 || WeekdayOf(word) > 0;

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }
        for (int m = 0; m < Months.Length; m++)
        {
            var name = Months[m].AsSpan();
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                || (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                return m + 1;
            }
        }
        return 0;
    }

    private static int WeekdayOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }
        for (int d = 0; d < Weekdays.Length; d++)
        {
            var name = Weekdays[d].AsSpan();
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || ((word.Length == 3 || (word.Length == 4 && d is 1 or 3) || (word.Length == 5 && d == 3)) && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return d + 1;
            }
        }
        return 0;
    }

    /// <summary>Reads weekday, day, month name or ISO date, year and h:mm[ am/pm] from the text and compares what it
    /// found with <paramref name="actual"/>.</summary>
    private static StampVerdict CheckIn(string printed, ZonedDateTime actual, out string? detail)
    {
        var text = printed.AsSpan();
        int year = 0, month = 0, day = 0, hour = -1, minute = -1, weekday = 0;
        bool pm = false, am = false;
        if (NamesZone(text))
        {
            detail = "it prints its own zone or offset, which this check does not read yet";
            return StampVerdict.Unreadable;
        }
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                int start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
                var word = text[start..i];
                if (word.Length == 1 && (word[0] is 'a' or 'p' or 'A' or 'P') && i + 1 < text.Length && text[i] == '.' && (text[i + 1] is 'm' or 'M'))
                {
                    (am, pm) = (word[0] is 'a' or 'A', word[0] is 'p' or 'P');
                    i += 2;
                    if (i < text.Length && text[i] == '.')
                    {
                        i++;
                    }
                }
                else if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
                {
                    (am, pm) = (word[0] is 'a' or 'A', word[0] is 'p' or 'P');
                }
                else if (MonthOf(word) is > 0 and var m)
                {
                    month = m;
                }
                else if (WeekdayOf(word) is > 0 and var d)
                {
                    weekday = d;
                }
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                int digits = i - start;
                int value = digits <= 9 ? int.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture) : int.MaxValue;
                if (digits <= 2 && i + 2 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
                {
                    hour = value;
                    minute = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
                    i += 3;
                    if (i + 2 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
                    {
                        i += 3;
                    }
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                    {
                        i++;
                    }
                }
                else if (digits == 4 && i + 5 < text.Length && text[i] == '-' && TwoDigits(text, i + 1, out int isoMonth)
                    && text[i + 3] == '-' && TwoDigits(text, i + 4, out int isoDay))
                {
                    (year, month, day) = (value, isoMonth, isoDay);
                    i += 6;
                }
                else if (i < text.Length && (text[i] == '/' || text[i] == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    detail = "its numeric date does not say whether the day or the month comes first";
                    return StampVerdict.Unreadable;
                }
                else if (digits == 4)
                {
                    year = value;
                }
                else if (digits <= 2 && day == 0)
                {
                    day = value;
                }
                continue;
            }
            i++;
        }
        if (hour < 0 && year == 0 && month == 0 && day == 0)
        {
            detail = "no date or time found";
            return StampVerdict.Unreadable;
        }
        var local = actual.LocalDateTime;
        if (hour >= 0 && (am || pm))
        {
            if (hour is < 1 or > 12)
            {
                detail = "its hour is not on a 12-hour clock";
                return StampVerdict.Unreadable;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        bool timeWrong = hour >= 0 && (hour != local.Hour || minute != local.Minute);
        bool dateWrong = (year != 0 && year != local.Year) || (month != 0 && month != local.Month) || (day != 0 && day != local.Day);
        bool weekdayWrong = weekday != 0 && weekday != (int)local.DayOfWeek;
        if (!timeWrong && !dateWrong && !weekdayWrong)
        {
            detail = null;
            return StampVerdict.Agrees;
        }
        string what = timeWrong ? (dateWrong ? "time and date" : weekdayWrong ? "time and weekday" : "time")
            : dateWrong ? (weekdayWrong ? "date and weekday" : "date") : "weekday";
        detail = string.Create(
            CultureInfo.InvariantCulture,
            $"its {what} disagree(s) with the instant, which was {local.DayOfWeek} {local.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month)} {local.Year}, {local.Hour:00}:{local.Minute:00} in {actual.Zone.Id}");
        return StampVerdict.Disagrees;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int index, out int value)
    {
        if (index + 1 < text.Length && char.IsAsciiDigit(text[index]) && char.IsAsciiDigit(text[index + 1]))
        {
            value = (text[index] - '0') * 10 + (text[index + 1] - '0');
            return true;
        }
        value = 0;
        return false;
    }
}
