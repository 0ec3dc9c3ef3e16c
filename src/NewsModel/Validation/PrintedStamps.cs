using System;
using System.Globalization;
using System.Threading;
using NewsModel.Text;
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
/// Reads printed stamps for the timeline rules with the timestamp patterns
/// (<see cref="StampPattern.ParseAny(ReadOnlySpan{char}, DateTimeZone, CultureInfo?)"/>) and compares them with the
/// moment's instant in the publication's zone: time, date and weekday, at the moment's precision (a date-only moment
/// by its date, whose printed text is read here when no pattern reads it; a relative stamp is not checked).
/// </summary>
/// <remarks>
/// To stay allocation-free on the success path, the pattern that read the last stamp is tried first with the
/// allocation-free <see cref="StampPattern.ParseZoned"/>; only when it does not read the stamp does the check fall
/// back to <c>ParseAny</c>, which tries every style in its documented order (and allocates). The remembered
/// pattern is a hint shared by all threads: any value is valid, so races are harmless. A stamp accepted by the
/// remembered pattern is one <c>ParseAny</c> reads too, since the styles' syntaxes do not overlap.
/// </remarks>
internal static class PrintedStamps
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The patterns <c>ParseAny</c> tries for the invariant culture, in its order (month/day numeric dates).</summary>
    private static readonly StampPattern[] Order = BuildOrder();

    private static int s_lastPattern;

    private static StampPattern[] BuildOrder()
    {
        var order = new System.Collections.Generic.List<StampPattern>();
        foreach (var pattern in StampPattern.Known)
        {
            if (!ReferenceEquals(pattern, StampPattern.DayMonthNumeric))
            {
                order.Add(pattern);
            }
        }
        return order.ToArray();
    }

    /// <summary>
    /// Checks a moment's printed text against its instant in the publication's zone (and, for a moment stamped
    /// in another zone, in its own zone). <paramref name="detail"/> is null when the verdict is
    /// <see cref="StampVerdict.Agrees"/>, else a clause for an editor. Never throws.
    /// </summary>
    internal static StampVerdict Check(Moment moment, DateTimeZone publicationZone, out string? detail) =>
        Check(moment, publicationZone, wantDetail: true, out detail);

    /// <summary>As <see cref="Check(Moment, DateTimeZone, out string?)"/>, without building the detail.</summary>
    internal static StampVerdict Check(Moment moment, DateTimeZone publicationZone) =>
        Check(moment, publicationZone, wantDetail: false, out _);

    private static StampVerdict Check(Moment moment, DateTimeZone publicationZone, bool wantDetail, out string? detail)
    {
        var printed = moment.Printed;
        if (printed is null || moment.IsRelative)
        {
            // A relative stamp ("2 hours ago") was read against the moment's reference, which the patterns do not
            // read; there is nothing to check it with.
            detail = null;
            return StampVerdict.Agrees;
        }
        var verdict = CheckIn(printed, moment.Instant, moment.Precision, publicationZone, wantDetail, out detail);
        if (verdict != StampVerdict.Agrees && !string.Equals(moment.Zone.Id, publicationZone.Id, StringComparison.Ordinal)
            && CheckIn(printed, moment.Instant, moment.Precision, moment.Zone, wantDetail: false, out _) == StampVerdict.Agrees)
        {
            detail = null;
            return StampVerdict.Agrees;
        }
        return verdict;
    }

    /// <summary>Reads the stamp in <paramref name="zone"/> and compares it with the instant there, at the coarser of
    /// the moment's precision and what the stamp printed.</summary>
    private static StampVerdict CheckIn(string printed, Instant instant, MomentPrecision precision, DateTimeZone zone, bool wantDetail, out string? detail)
    {
        detail = null;
        ZonedDateTime read;
        int hint = Volatile.Read(ref s_lastPattern);
        var pattern = Order[hint];
        if (printed.Length <= 64 && precision != MomentPrecision.Day)
        {
            // Fastest: the instant formatted in the remembered style is exactly the printed text.
            Span<char> formatted = stackalloc char[64];
            if (pattern.TryFormat(instant.InZone(zone), formatted, out int written) && formatted[..written].SequenceEqual(printed))
            {
                return StampVerdict.Agrees;
            }
        }
        var fast = pattern.ParseZoned(printed, zone);
        if (fast.Success)
        {
            read = fast.Value;
        }
        else
        {
            var any = StampPattern.ParseAny(printed, zone, null);
            if (!any.Success)
            {
                var failure = any.FailureOrNull;
                if (failure is not null && failure.Template == TextErrorMessages.WeekdayMismatch)
                {
                    if (wantDetail)
                    {
                        detail = $"its weekday disagrees with its date ({any.Message}); the instant was {Actual(instant, zone)}";
                    }
                    return StampVerdict.Disagrees;
                }
                if (precision == MomentPrecision.Day && TryReadDate(printed, out var date, out int weekday))
                {
                    return CompareDate(date, weekday, instant, zone, wantDetail, ref detail);
                }
                if (wantDetail)
                {
                    detail = any.Message;
                }
                return StampVerdict.Unreadable;
            }
            read = any.Value.ZonedDateTime;
            if (any.Value.Precision > precision)
            {
                precision = any.Value.Precision;
            }
            for (int i = 0; i < Order.Length; i++)
            {
                if (Order[i].ParseZoned(printed, zone).Success)
                {
                    Volatile.Write(ref s_lastPattern, i);
                    break;
                }
            }
        }
        return Compare(read, instant, precision, wantDetail, ref detail);
    }

    /// <summary>Compares what the stamp says with the instant in the zone the stamp was read in, at
    /// <paramref name="precision"/>: the date only for a date-only moment; otherwise the hour, the minute unless
    /// the moment knows the hour only, and seconds and fractions when the stamp printed them and the moment knows
    /// them.</summary>
    private static StampVerdict Compare(ZonedDateTime read, Instant instant, MomentPrecision precision, bool wantDetail, ref string? detail)
    {
        var printedLocal = read.LocalDateTime;
        var actual = instant.InZone(read.Zone);
        var actualLocal = actual.LocalDateTime;
        bool dateWrong = printedLocal.Date != actualLocal.Date;
        bool weekdayWrong = printedLocal.DayOfWeek != actualLocal.DayOfWeek;
        if (precision == MomentPrecision.Day)
        {
            if (!dateWrong)
            {
                return StampVerdict.Agrees;
            }
            if (wantDetail)
            {
                detail = DateDetail(weekdayWrong, instant, read.Zone);
            }
            return StampVerdict.Disagrees;
        }
        bool timeWrong = printedLocal.Hour != actualLocal.Hour
            || (precision <= MomentPrecision.Minute && printedLocal.Minute != actualLocal.Minute)
            || (precision <= MomentPrecision.Second && printedLocal.Second != 0 && printedLocal.Second != actualLocal.Second)
            || (precision == MomentPrecision.Exact && printedLocal.NanosecondOfSecond != 0 && printedLocal.NanosecondOfSecond != actualLocal.NanosecondOfSecond)
            || (!dateWrong && read.Offset != actual.Offset);
        if (!timeWrong && !dateWrong)
        {
            return StampVerdict.Agrees;
        }
        if (wantDetail)
        {
            string what = timeWrong
                ? (dateWrong ? (weekdayWrong ? "time, date and weekday disagree" : "time and date disagree") : "time disagrees")
                : weekdayWrong ? "date and weekday disagree" : "date disagrees";
            detail = $"its {what} with the instant, which was {Actual(instant, read.Zone)}";
        }
        return StampVerdict.Disagrees;
    }

    /// <summary>Compares a printed date (and weekday, 1 to 7, or 0 when none was printed) with a date-only moment's
    /// date in <paramref name="zone"/>.</summary>
    private static StampVerdict CompareDate(LocalDate printed, int weekday, Instant instant, DateTimeZone zone, bool wantDetail, ref string? detail)
    {
        var actual = instant.InZone(zone).Date;
        if (weekday != 0 && weekday != (int)printed.DayOfWeek)
        {
            if (wantDetail)
            {
                detail = string.Create(
                    CultureInfo.InvariantCulture,
                    $"its weekday disagrees with its date, which is a {printed.DayOfWeek}; the moment's date is {ActualDate(actual, zone)}");
            }
            return StampVerdict.Disagrees;
        }
        if (printed == actual)
        {
            return StampVerdict.Agrees;
        }
        if (wantDetail)
        {
            detail = DateDetail(weekdayWrong: weekday != 0 && printed.DayOfWeek != actual.DayOfWeek, instant, zone);
        }
        return StampVerdict.Disagrees;
    }

    private static string DateDetail(bool weekdayWrong, Instant instant, DateTimeZone zone) =>
        $"its {(weekdayWrong ? "date and weekday disagree" : "date disagrees")} with the moment's date, {ActualDate(instant.InZone(zone).Date, zone)}";

    private static string Actual(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{local.DayOfWeek} {local.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month)} {local.Year}, {local.Hour:00}:{local.Minute:00} in {zone.Id}");
    }

    private static string ActualDate(LocalDate date, DateTimeZone zone) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{date.DayOfWeek} {date.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {date.Year} in {zone.Id}");

    /// <summary>
    /// Reads a printed date without a time of day, for date-only moments whose stamp no pattern reads: optional label
    /// words (<c>Published</c>, <c>Updated on</c>), an optional weekday, then <c>May 14, 2020</c>, <c>14 May 2020</c>
    /// (<c>14th of May</c>), <c>2020-05-14</c> or <c>05/14/2020</c> (month first, as the invariant culture reads
    /// numeric dates), and nothing after it. English month and weekday names, full or abbreviated.
    /// </summary>
    /// <param name="text">The printed text.</param>
    /// <param name="date">The date read.</param>
    /// <param name="weekday">The printed weekday, 1 (Monday) to 7, or 0 when none was printed.</param>
    /// <returns>Whether the whole text is such a date.</returns>
    internal static bool TryReadDate(ReadOnlySpan<char> text, out LocalDate date, out int weekday)
    {
        date = default;
        weekday = 0;
        Span<int> numbers = stackalloc int[3];
        Span<int> digits = stackalloc int[3];
        int count = 0, month = 0, monthAt = -1;
        bool dateStarted = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                int start = i, value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start == 4)
                    {
                        return false;
                    }
                    value = (value * 10) + (text[i++] - '0');
                }
                int length = i - start;
                if (i + 1 < text.Length && char.IsAsciiLetter(text[i]) && length <= 2)
                {
                    // An ordinal: 1st, 2nd, 3rd, 14th.
                    var suffix = text.Slice(i, 2);
                    if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                        || (i + 2 < text.Length && char.IsLetterOrDigit(text[i + 2])))
                    {
                        return false;
                    }
                    i += 2;
                }
                if (count == 3)
                {
                    return false;
                }
                numbers[count] = value;
                digits[count++] = length;
                dateStarted = true;
            }
            else if (char.IsLetter(c))
            {
                int start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
                var word = text[start..i];
                int m = MonthOf(word);
                if (m > 0 && month == 0)
                {
                    month = m;
                    monthAt = count;
                    dateStarted = true;
                }
                else if (WeekdayOf(word) is int d and > 0 && !dateStarted && weekday == 0)
                {
                    weekday = d;
                }
                else if (dateStarted && !(word.Equals("of", StringComparison.OrdinalIgnoreCase) && month == 0 && count == 1))
                {
                    return false; // Words after the date has begun (a time such as "at 5pm", "noon") are not a date.
                }
                else if (!dateStarted && weekday != 0)
                {
                    return false; // A label after the weekday.
                }
            }
            else if (c is ' ' or ',' or '.' or '-' or '/' or ':' or '\u00a0' or '\t')
            {
                if ((c is ':' && dateStarted) || ((c is '-' or '/') && month != 0))
                {
                    return false;
                }
                i++;
            }
            else
            {
                return false;
            }
        }
        int year, day;
        if (month != 0)
        {
            // May 14, 2020 (month before both numbers) or 14 May 2020 (between them).
            if (count != 2 || digits[0] > 2 || digits[1] != 4 || monthAt is not (0 or 1))
            {
                return false;
            }
            day = numbers[0];
            year = numbers[1];
        }
        else if (count == 3 && digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2)
        {
            (year, month, day) = (numbers[0], numbers[1], numbers[2]);
        }
        else if (count == 3 && digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4)
        {
            (month, day, year) = (numbers[0], numbers[1], numbers[2]);
        }
        else
        {
            return false;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
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

    /// <summary>The three lower-case ASCII letters of a word's start packed in an int, or -1.</summary>
    private static int Key(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[1]) || !char.IsAsciiLetter(word[2]))
        {
            return -1;
        }
        return ((word[0] | 0x20) << 16) | ((word[1] | 0x20) << 8) | (word[2] | 0x20);
    }

    private static int K(string three) => (three[0] << 16) | (three[1] << 8) | three[2];

    private static readonly int[] MonthKeys = Array.ConvertAll(Months, m => K(m));

    private static readonly int[] WeekdayKeys = Array.ConvertAll(Weekdays, d => K(d));

    /// <summary>1 to 12 for a month name, its three-letter abbreviation or "Sept"; else 0.</summary>
    private static int MonthOf(ReadOnlySpan<char> word)
    {
        int m = Array.IndexOf(MonthKeys, Key(word));
        if (m < 0)
        {
            return 0;
        }
        var name = Months[m].AsSpan();
        return word.Length == 3 || word.Equals(name, StringComparison.OrdinalIgnoreCase) || (m == 8 && word.Length == 4 && (word[3] | 0x20) == 't') ? m + 1 : 0;
    }

    /// <summary>1 (Monday) to 7 for a weekday name or its abbreviation (Mon, Tue, Tues, Thu, Thur, Thurs); else 0.</summary>
    private static int WeekdayOf(ReadOnlySpan<char> word)
    {
        int d = Array.IndexOf(WeekdayKeys, Key(word));
        if (d < 0)
        {
            return 0;
        }
        var name = Weekdays[d].AsSpan();
        bool abbreviation = word.Length == 3 || (word.Length == 4 && d is 1 or 3) || (word.Length == 5 && d == 3);
        return (abbreviation && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)) || word.Equals(name, StringComparison.OrdinalIgnoreCase) ? d + 1 : 0;
    }
}
