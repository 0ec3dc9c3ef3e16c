using System;
using System.Globalization;
using NodaTime;

namespace NewsModel.Text;

/// <summary>
/// Reading steps shared by the styles that print dates as running text does: words in several languages, a time
/// before or after the date, a zone after the time.
/// </summary>
internal static class DateSteps
{
    /// <summary>The length of the run of letters (any script) at the cursor.</summary>
    internal static int WordRun(ref StampCursor c)
    {
        int i = c.Index;
        while (i < c.End && char.IsLetter(c.Slice(i, 1)[0]))
        {
            i++;
        }
        return i - c.Index;
    }

    /// <summary>Reads an optional weekday, then an optional full stop and an optional comma.</summary>
    internal static void OptionalWeekday(ref StampCursor c, ref StampFields f, CultureInfo culture)
    {
        int run = WordRun(ref c);
        if (run < 3 || DateWords.Weekday(c.Slice(c.Index, run), culture) is not (> 0 and var day))
        {
            return;
        }
        f.Weekday = day;
        f.WeekdayPosition = c.Index;
        c.Index += run;
        c.Char('.');
        c.SkipSpaces();
        c.Char(',');
        c.SkipSpaces();
    }

    /// <summary>Reads a month word (English, the European list or the culture's) and an optional full stop.</summary>
    internal static bool MonthWord(ref StampCursor c, ref StampFields f, CultureInfo culture)
    {
        int run = WordRun(ref c);
        if (run < 3 || DateWords.Month(c.Slice(c.Index, run), culture) is not (> 0 and var month))
        {
            return false;
        }
        f.Month = month;
        f.MonthPosition = c.Index;
        c.Index += run;
        c.Char('.');
        return true;
    }

    /// <summary>Reads a day of one or two digits with an optional ordinal suffix (2nd, 31st).</summary>
    internal static bool DayNumber(ref StampCursor c, ref StampFields f)
    {
        f.DayPosition = c.Index;
        if (!c.Digits(1, 2, out f.Day) || StampCursor.IsDigit(c.Current))
        {
            return false;
        }
        int run = WordRun(ref c);
        if (run == 2 && DateWords.IsOrdinalSuffix(c.Slice(c.Index, 2)))
        {
            c.Index += 2;
        }
        return true;
    }

    /// <summary>Reads a four-digit year that is not part of a longer number.</summary>
    internal static bool YearNumber(ref StampCursor c, ref StampFields f)
    {
        f.YearPosition = c.Index;
        return c.Digits(4, 4, out f.Year) && !StampCursor.IsDigit(c.Current);
    }

    /// <summary>The last year a two-digit year can name: <c>23</c> is 2023 and <c>49</c> 2049, <c>50</c> is 1950
    /// (the rule of .NET's <see cref="System.Globalization.Calendar.TwoDigitYearMax"/> for the Gregorian calendar).</summary>
    internal const int TwoDigitYearMax = 2049;

    /// <summary>Reads the year of a numeric date: four digits, or two (<c>11/08/23</c>) read by
    /// <see cref="TwoDigitYearMax"/>. Three digits, or five, are not a year.</summary>
    internal static bool ShortOrFullYear(ref StampCursor c, ref StampFields f)
    {
        f.YearPosition = c.Index;
        if (!c.Digits(2, 4, out int year) || StampCursor.IsDigit(c.Current) || c.Index - f.YearPosition == 3)
        {
            c.Index = f.YearPosition;
            return false;
        }
        int digits = c.Index - f.YearPosition;
        f.Year = digits == 4 ? year : year + (year > TwoDigitYearMax % 100 ? 1900 : 2000);
        return true;
    }

    /// <summary>Reads a textual date: <c>May 14, 2020</c>, <c>Feb. 19 2020</c>, <c>24 September 2019</c>,
    /// <c>2nd November 2023</c>, <c>31 March, 2014</c>, <c>14. Mai 2020</c>, <c>14 de mayo de 2020</c>.</summary>
    internal static ParseFailure? TextualDate(ref StampCursor c, ref StampFields f, CultureInfo culture)
    {
        f.DatePosition = c.Index;
        if (MonthWord(ref c, ref f, culture))
        {
            c.SkipSpaces();
            if (!DayNumber(ref c, ref f))
            {
                return StampStyle.Expected(c.Index, TextErrorMessages.DayDigits);
            }
            c.SkipSpaces();
            c.Char(',');
            c.SkipSpaces();
            return YearNumber(ref c, ref f) ? null : StampStyle.Expected(c.Index, TextErrorMessages.YearDigits);
        }
        if (!StampCursor.IsDigit(c.Current))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.DayOrMonth);
        }
        if (!DayNumber(ref c, ref f))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.DayDigits);
        }
        c.Char('.');
        c.SkipSpaces();
        Connector(ref c);
        if (!MonthWord(ref c, ref f, culture))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.MonthName);
        }
        c.SkipSpaces();
        c.Char(',');
        c.SkipSpaces();
        Connector(ref c);
        return YearNumber(ref c, ref f) ? null : StampStyle.Expected(c.Index, TextErrorMessages.YearDigits);
    }

    private static void Connector(ref StampCursor c)
    {
        int run = WordRun(ref c);
        if (run is >= 2 and <= 3 && DateWords.IsConnector(c.Slice(c.Index, run)))
        {
            c.Index += run;
            c.SkipSpaces();
        }
    }

    /// <summary>Reads <c>N/N/YYYY</c> or <c>N/N/YY</c> (or with <c>.</c> or <c>-</c>, the same separator twice). A dotted date is
    /// day first wherever it is printed; otherwise <paramref name="monthFirst"/> decides, unless
    /// <paramref name="byValue"/> allows a number over 12 to tell which is the day.</summary>
    internal static ParseFailure? NumericDate(ref StampCursor c, ref StampFields f, bool monthFirst, bool byValue)
    {
        f.DatePosition = c.Index;
        int firstPosition = c.Index;
        if (!c.Digits(1, 2, out int first) || StampCursor.IsDigit(c.Current))
        {
            return StampStyle.Expected(c.Index, monthFirst ? TextErrorMessages.MonthDigits : TextErrorMessages.DayDigits);
        }
        char separator = c.Current;
        if (separator is not ('/' or '.' or '-'))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.DateSeparator);
        }
        c.Index++;
        int secondPosition = c.Index;
        if (!c.Digits(1, 2, out int second) || StampCursor.IsDigit(c.Current))
        {
            return StampStyle.Expected(c.Index, monthFirst ? TextErrorMessages.DayDigits : TextErrorMessages.MonthDigits);
        }
        if (!c.Char(separator))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.DateSeparator);
        }
        if (!ShortOrFullYear(ref c, ref f))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.NumericYearDigits);
        }
        bool dayFirst = separator == '.' || !monthFirst;
        if (byValue)
        {
            dayFirst = first > 12 || (second <= 12 && dayFirst);
        }
        (f.Day, f.DayPosition, f.Month, f.MonthPosition) = dayFirst
            ? (first, firstPosition, second, secondPosition)
            : (second, secondPosition, first, firstPosition);
        return null;
    }

    /// <summary>Reads a time: <c>5:31am</c>, <c>5.31 p.m.</c>, <c>17:03</c>, <c>17:03:09</c>, <c>10h39</c>,
    /// <c>10時39分</c>, <c>10시 39분</c>, <c>5pm</c> (an hour alone only with am/pm). Sets the fields and clears <see cref="StampFields.NoTime"/>.</summary>
    internal static ParseFailure? Time(ref StampCursor c, ref StampFields f)
    {
        f.HourPosition = c.Index;
        if (!c.Digits(1, 2, out f.Hour) || StampCursor.IsDigit(c.Current))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.HourDigits);
        }
        bool minutes = false;
        int afterHour = c.Index;
        bool cjk = false;
        if (c.Char(':') || c.Char('.') || c.Char('h') || c.Char('H') || (cjk = c.Char('時') || c.Char('时') || c.Char('시')))
        {
            if (cjk)
            {
                c.SkipSpaces();
            }
            f.MinutePosition = c.Index;
            if (c.Digits(cjk ? 1 : 2, 2, out f.Minute) && !StampCursor.IsDigit(c.Current))
            {
                minutes = true;
                if (cjk && !(c.Char('分') || c.Char('분')))
                {
                    minutes = false;
                    c.Index = afterHour;
                    return StampStyle.Expected(c.Index, TextErrorMessages.MinuteDigits);
                }
                int afterMinute = c.Index;
                if (c.Char(':'))
                {
                    f.SecondPosition = c.Index;
                    if (!c.Digits(2, 2, out f.Second) || StampCursor.IsDigit(c.Current))
                    {
                        f.SecondPosition = 0;
                        f.Second = 0;
                        c.Index = afterMinute;
                    }
                }
            }
            else
            {
                c.Index = afterHour;
            }
        }
        int beforeMeridiem = c.Index;
        c.SkipSpaces();
        if (c.Meridiem(out f.Pm))
        {
            f.TwelveHour = true;
        }
        else
        {
            c.Index = beforeMeridiem;
            if (!minutes)
            {
                return StampStyle.Expected(afterHour, TextErrorMessages.MinutesOrMeridiem);
            }
            // "10:39 Uhr".
            int save = c.Index;
            if (c.SkipSpaces() == 0 || !c.Word("Uhr"))
            {
                c.Index = save;
            }
        }
        f.NoTime = false;
        f.NoMinutes = !minutes;
        return null;
    }

    /// <summary>Reads an optional zone after whitespace: <c>GMT</c>, <c>UTC</c>, <c>GMT+8</c>, <c>UTC-05:30</c>,
    /// <c>+0800</c>, or an abbreviation of two to five capital letters (<c>ET</c>, <c>HKT</c>, <c>CEST</c>), alone or in
    /// parentheses (<c>(HKT)</c>).</summary>
    internal static ParseFailure? OptionalZone(ref StampCursor c, ref StampFields f)
    {
        int start = c.Index;
        if (c.SkipSpaces() == 0 && c.Current is not ('+' or '-'))
        {
            return null;
        }
        int at = c.Index;
        if (c.Word("GMT") || c.Word("UTC") || c.Word("UT"))
        {
            f.HasOffset = true;
            f.OffsetPosition = at;
            f.OffsetSeconds = 0;
            if (c.Current is '+' or '-')
            {
                return SignedOffset(ref c, ref f, allowShort: true);
            }
            return null;
        }
        if (c.Current is '+' or '-')
        {
            int save = c.Index;
            var failure = SignedOffset(ref c, ref f, allowShort: false);
            if (failure is not null)
            {
                c.Index = start;
                f.HasOffset = false;
                return save == start ? null : failure;
            }
            return null;
        }
        bool parenthesised = c.Char('(');
        int run = c.LetterRun();
        if (run is >= 2 and <= 5 && IsCapitals(c.Slice(c.Index, run)) && (!parenthesised || (c.Index + run < c.End && c.Slice(c.Index + run, 1) is [')'])))
        {
            f.AbbreviationStart = c.Index;
            f.AbbreviationLength = run;
            c.Index += run + (parenthesised ? 1 : 0);
            return null;
        }
        c.Index = start;
        return null;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char ch in word)
        {
            if (ch is < 'A' or > 'Z')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads <c>+8</c>, <c>+08</c>, <c>+0800</c>, <c>+08:00</c>, <c>+5:30</c> (the short forms only after
    /// GMT or UTC).</summary>
    private static ParseFailure? SignedOffset(ref StampCursor c, ref StampFields f, bool allowShort)
    {
        f.OffsetPosition = c.Index;
        bool negative = c.Current == '-';
        c.Index++;
        int digitsStart = c.Index;
        if (!c.Digits(1, 4, out int value))
        {
            return StampStyle.Expected(c.Index, TextErrorMessages.NumericOffsetText);
        }
        int digits = c.Index - digitsStart;
        int hours, minutes = 0;
        if (digits == 4)
        {
            hours = value / 100;
            minutes = value % 100;
        }
        else if (digits <= 2 && c.Char(':'))
        {
            hours = value;
            if (!c.Digits(2, 2, out minutes))
            {
                return StampStyle.Expected(c.Index, TextErrorMessages.MinuteDigits);
            }
        }
        else if (digits <= 2 && allowShort)
        {
            hours = value;
        }
        else
        {
            return StampStyle.Expected(digitsStart, TextErrorMessages.NumericOffsetText);
        }
        if (minutes > 59)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.OffsetPosition, "offset", c.Slice(f.OffsetPosition, c.Index - f.OffsetPosition).ToString(), "-18:00 to +18:00");
        }
        f.HasOffset = true;
        f.OffsetSeconds = (negative ? -1 : 1) * ((hours * 3600) + (minutes * 60));
        return null;
    }

    /// <summary>Writes the zone after a time: its abbreviation when made of letters, else <c>GMT±h[:mm]</c>.</summary>
    internal static void WriteZone(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        w.Char(' ');
        if (StampStyle.IsLetterAbbreviation(abbreviation))
        {
            w.Text(abbreviation);
            return;
        }
        int seconds = value.Offset.Seconds;
        if (seconds % 60 != 0)
        {
            // An offset with seconds (local mean time) cannot be printed as GMT+h:mm; the abbreviation is all there is.
            w.Text(abbreviation);
            return;
        }
        w.Text("GMT");
        if (seconds == 0)
        {
            return;
        }
        w.Char(seconds < 0 ? '-' : '+');
        seconds = Math.Abs(seconds);
        w.Number(seconds / 3600, 1);
        if (seconds % 3600 != 0)
        {
            w.Char(':');
            w.Number(seconds % 3600 / 60, 2);
        }
    }
}

/// <summary>
/// The general style: a date as running text prints it, in English or the common European languages, with or
/// without a weekday before it and a time (and zone) after it: <c>Published May 14, 2020</c>,
/// <c>Monday 2nd November 2023 at 5:31pm</c>, <c>14. Mai 2020, 10:39 Uhr</c>, <c>14 mai 2020 à 10h39</c>,
/// <c>14 de mayo de 2020</c>, <c>2020-01-18</c>, <c>18-Jan-2020</c>, <c>2020年5月14日</c>, <c>12/30/2019 05:03 AM EST</c>.
/// A date without a time is a date-only stamp. Numeric dates are read day first for day-first cultures and when
/// dotted, month first otherwise, unless one of the two numbers is over 12.
/// </summary>
internal sealed class GeneralStyle : StampStyle
{
    internal static readonly GeneralStyle Invariant = new(CultureInfo.InvariantCulture, monthFirst: true);

    private readonly CultureInfo _culture;
    private readonly bool _monthFirst;

    internal GeneralStyle(CultureInfo culture, bool monthFirst)
    {
        _culture = culture;
        _monthFirst = monthFirst;
    }

    internal override bool AllowsLabel => true;

    internal override int MaxFormattedLength => 48;

    internal override bool WritesAbbreviation => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        DateSteps.OptionalWeekday(ref c, ref f, _culture);
        var failure = Date(ref c, ref f);
        if (failure is not null)
        {
            return failure;
        }
        f.NoTime = true;
        int afterDate = c.Index;
        if (!OptionalTime(ref c, ref f))
        {
            c.Index = afterDate;
            f.NoTime = true;
            f.NoMinutes = false;
            f.TwelveHour = false;
            f.HasOffset = false;
            f.AbbreviationLength = 0;
            f.Hour = f.Minute = f.Second = 0;
            f.SecondPosition = 0;
        }
        return null;
    }

    private ParseFailure? Date(ref StampCursor c, ref StampFields f)
    {
        f.DatePosition = c.Index;
        if (!StampCursor.IsDigit(c.Current))
        {
            return DateSteps.TextualDate(ref c, ref f, _culture);
        }
        int start = c.Index;
        c.Digits(1, 9, out _);
        int digits = c.Index - start;
        char next = c.Current;
        c.Index = start;
        if (digits == 4)
        {
            return YearFirst(ref c, ref f);
        }
        if (digits > 2)
        {
            return Expected(start, TextErrorMessages.DayOrMonth);
        }
        if (next is '/' or '.' or '-')
        {
            // 14.05.2020, 3/31/2014, 18-Jan-2020, and 14. Mai 2020 (a dotted day before a month word).
            var numeric = DateSteps.NumericDate(ref c, ref f, _monthFirst, byValue: true);
            if (numeric is null)
            {
                return null;
            }
            c.Index = start;
            if (next == '-')
            {
                return DayMonthWordYear(ref c, ref f);
            }
            if (next == '/')
            {
                return numeric;
            }
        }
        return DateSteps.TextualDate(ref c, ref f, _culture);
    }

    /// <summary>D-Mon-YYYY: 14-May-2020.</summary>
    private ParseFailure? DayMonthWordYear(ref StampCursor c, ref StampFields f)
    {
        if (!DateSteps.DayNumber(ref c, ref f) || !c.Char('-'))
        {
            return Expected(c.Index, TextErrorMessages.Hyphen);
        }
        if (!DateSteps.MonthWord(ref c, ref f, _culture))
        {
            return Expected(c.Index, TextErrorMessages.MonthName);
        }
        if (!c.Char('-'))
        {
            return Expected(c.Index, TextErrorMessages.Hyphen);
        }
        return DateSteps.YearNumber(ref c, ref f) ? null : Expected(c.Index, TextErrorMessages.YearDigits);
    }

    /// <summary>YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, and 2020年5月14日 / 2020년 5월 14일.</summary>
    private static ParseFailure? YearFirst(ref StampCursor c, ref StampFields f)
    {
        DateSteps.YearNumber(ref c, ref f);
        char separator = c.Current;
        if (separator is '-' or '/' or '.')
        {
            c.Index++;
            if (Number(ref c, 1, 2, out f.Month, out f.MonthPosition, TextErrorMessages.MonthDigits) is not null || StampCursor.IsDigit(c.Current))
            {
                return Expected(c.Index, TextErrorMessages.MonthDigits);
            }
            if (!c.Char(separator))
            {
                return Expected(c.Index, TextErrorMessages.DateSeparator);
            }
            if (Number(ref c, 1, 2, out f.Day, out f.DayPosition, TextErrorMessages.DayDigits) is not null || StampCursor.IsDigit(c.Current))
            {
                return Expected(c.Index, TextErrorMessages.DayDigits);
            }
            // Not an ISO timestamp: those belong to RFC 3339.
            return c.Current is 'T' or 't' ? Expected(c.Index, TextErrorMessages.Space) : null;
        }
        return Unit(ref c, '年', '년', skipAfter: true)
            ?? Number(ref c, 1, 2, out f.Month, out f.MonthPosition, TextErrorMessages.MonthDigits)
            ?? Unit(ref c, '月', '월', skipAfter: true)
            ?? Number(ref c, 1, 2, out f.Day, out f.DayPosition, TextErrorMessages.DayDigits)
            ?? Unit(ref c, '日', '일', skipAfter: false);
    }

    private static ParseFailure? Unit(ref StampCursor c, char chinese, char korean, bool skipAfter)
    {
        c.SkipSpaces();
        if (!c.Char(chinese) && !c.Char(korean))
        {
            return Expected(c.Index, TextErrorMessages.DateUnit);
        }
        if (skipAfter)
        {
            c.SkipSpaces();
        }
        return null;
    }

    /// <summary>After the date: a separator (a comma, '|', '/', '-', '–', '—', '·', '•' or whitespace), an optional
    /// "at" ("à", "às", "um", "om", "alle", "a las"), the time and an optional zone.</summary>
    private static bool OptionalTime(ref StampCursor c, ref StampFields f)
    {
        int spaces = c.SkipSpaces();
        bool separated = spaces > 0;
        if (c.Current is ',' or '|' or '-' or '–' or '—' or '·' or '•' or '/')
        {
            c.Index++;
            separated = true;
            c.SkipSpaces();
        }
        if (!separated)
        {
            return false;
        }
        int run = DateSteps.WordRun(ref c);
        if (run > 0)
        {
            if (!DateWords.IsAt(c.Slice(c.Index, run)))
            {
                return false;
            }
            bool a = run == 1 && (c.Current | 0x20) == 'a';
            c.Index += run;
            if (c.SkipSpaces() == 0)
            {
                return false;
            }
            // Spanish "a las 10:39", "a la 1:05".
            if (a && !(c.Word("las") || c.Word("la")))
            {
                return false;
            }
            c.SkipSpaces();
        }
        if (!StampCursor.IsDigit(c.Current))
        {
            return false;
        }
        return DateSteps.Time(ref c, ref f) is null && DateSteps.OptionalZone(ref c, ref f) is null;
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        var local = value.LocalDateTime;
        w.Number(local.Day, 1);
        w.Char(' ');
        w.Text(MonthName(local.Month));
        w.Char(' ');
        w.Number(local.Year, 4);
        if (w.DateOnly)
        {
            return;
        }
        w.Text(", ");
        w.Number(local.Hour, 2);
        w.Char(':');
        w.Number(local.Minute, 2);
        if (local.Second != 0 || local.NanosecondOfSecond != 0)
        {
            w.Char(':');
            w.Number(local.Second, 2);
        }
        DateSteps.WriteZone(ref w, value, abbreviation);
    }
}

/// <summary>
/// A time printed before the date: <c>1:01 PM ET Thu, 14 May 2020</c>, <c>10:00am, 20 Jun, 2020 BST</c>,
/// <c>14:32 GMT+8, 20 Jan 2020</c> (a month name); <c>20:15 CET 14.05.2020</c>, <c>5.31pm HKT 31/3/2014</c> (numeric,
/// day first; month first for the US form, where a dotted date is still day first; a number over 12 tells which is
/// the day whatever the form). The zone stands after the time
/// or after the date.
/// </summary>
internal sealed class TimeFirstStyle : StampStyle
{
    internal override bool StartsWithLetter => false;

    internal static readonly TimeFirstStyle Textual = new(numeric: false, monthFirst: false);
    internal static readonly TimeFirstStyle DayFirst = new(numeric: true, monthFirst: false);
    internal static readonly TimeFirstStyle MonthFirst = new(numeric: true, monthFirst: true);

    private readonly bool _numeric;
    private readonly bool _monthFirst;

    private TimeFirstStyle(bool numeric, bool monthFirst)
    {
        _numeric = numeric;
        _monthFirst = monthFirst;
    }

    internal override bool AllowsLabel => true;

    internal override int MaxFormattedLength => 48;

    internal override bool WritesAbbreviation => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        var failure = DateSteps.Time(ref c, ref f) ?? DateSteps.OptionalZone(ref c, ref f);
        if (failure is not null)
        {
            return failure;
        }
        bool zoned = f.HasOffset || f.AbbreviationLength > 0;
        int before = c.Index;
        int spaces = c.SkipSpaces();
        bool comma = c.Char(',');
        if (c.SkipSpaces() + spaces == 0 && !comma && c.Index == before)
        {
            return Expected(before, TextErrorMessages.Space);
        }
        DateSteps.OptionalWeekday(ref c, ref f, CultureInfo.InvariantCulture);
        failure = _numeric
            ? DateSteps.NumericDate(ref c, ref f, _monthFirst, byValue: true)
            : StampCursor.IsDigit(c.Current) || DateWords.Month(c.Slice(c.Index, DateSteps.WordRun(ref c)), CultureInfo.InvariantCulture) > 0
                ? DateSteps.TextualDate(ref c, ref f, CultureInfo.InvariantCulture)
                : Expected(c.Index, TextErrorMessages.DayOrMonth);
        if (failure is not null || zoned)
        {
            return failure;
        }
        return DateSteps.OptionalZone(ref c, ref f);
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        var local = value.LocalDateTime;
        if (_numeric && !_monthFirst)
        {
            w.Number(local.Hour, 2);
            w.Char(':');
            w.Number(local.Minute, 2);
        }
        else
        {
            w.TwelveHourTime(local.Hour, local.Minute, 1, " ", "AM", "PM");
        }
        DateSteps.WriteZone(ref w, value, abbreviation);
        w.Char(' ');
        if (_numeric)
        {
            int first = _monthFirst ? local.Month : local.Day;
            int second = _monthFirst ? local.Day : local.Month;
            char separator = _monthFirst ? '/' : '.';
            w.Number(first, _monthFirst ? 1 : 2);
            w.Char(separator);
            w.Number(second, _monthFirst ? 1 : 2);
            w.Char(separator);
            w.Number(local.Year, 4);
            return;
        }
        w.Text(WeekdayName(local.DayOfWeek).AsSpan(0, 3));
        w.Text(", ");
        w.Number(local.Day, 1);
        w.Char(' ');
        w.Text(MonthAbbreviation(local.Month));
        w.Char(' ');
        w.Number(local.Year, 4);
    }
}
