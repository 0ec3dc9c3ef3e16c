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
/// by its date, read like every other stamp by the patterns; a relative stamp is not checked).
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
                        detail = precision == MomentPrecision.Day
                            ? $"its weekday disagrees with its date, which is a {failure.Arg3}; the moment's date is {ActualDate(instant.InZone(zone).Date, zone)}"
                            : $"its weekday disagrees with its date ({any.Message}); the instant was {Actual(instant, zone)}";
                    }
                    return StampVerdict.Disagrees;
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
        return Compare(read, instant, precision, wantDetail, ref detail, printed);
    }

    /// <summary>Compares what the stamp says with the instant in the zone the stamp was read in, at
    /// <paramref name="precision"/>: the date only for a date-only moment; otherwise the hour, the minute unless
    /// the moment knows the hour only, and seconds and fractions when the stamp printed them and the moment knows
    /// them.</summary>
    private static StampVerdict Compare(ZonedDateTime read, Instant instant, MomentPrecision precision, bool wantDetail, ref string? detail, string printed)
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
                detail = DateDetail(weekdayWrong && PrintsWeekday(printed), instant, read.Zone);
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

    private static bool IsMonthOrWeekday(ReadOnlySpan<char> word) =>
        DateWords.Month(word, CultureInfo.InvariantCulture) > 0 || DateWords.Weekday(word, CultureInfo.InvariantCulture) > 0;

    /// <summary>Whether a word of the printed text is a weekday name.</summary>
    private static bool PrintsWeekday(ReadOnlySpan<char> printed)
    {
        int i = 0;
        while (i < printed.Length)
        {
            while (i < printed.Length && !char.IsLetter(printed[i]))
            {
                i++;
            }
            int start = i;
            while (i < printed.Length && char.IsLetter(printed[i]))
            {
                i++;
            }
            if (i > start && DateWords.Weekday(printed[start..i], CultureInfo.InvariantCulture) > 0)
            {
                return true;
            }
        }
        return false;
    }
}
