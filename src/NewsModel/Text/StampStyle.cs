using System;
using System.Globalization;
using NodaTime;

namespace NewsModel.Text;

/// <summary>
/// One printed stamp style: reads the fields from text and writes them back. The shared checks (ranges,
/// weekday, zone resolution) live in <see cref="StampPattern"/>. Implementations are stateless singletons, so
/// immutable and thread-safe.
/// </summary>
internal abstract class StampStyle
{
    private static readonly string[] ApMonths =
    [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ];

    /// <summary>Gets whether the stamp itself (after any label) can start with a digit; the locator skips the style
    /// elsewhere.</summary>
    internal virtual bool StartsWithDigit => true;

    /// <summary>Gets whether the stamp itself can start with a letter (a weekday or month name).</summary>
    internal virtual bool StartsWithLetter => true;

    /// <summary>Gets whether the stamp can start with any word at all (a house style), not only with the date words
    /// the locator looks for.</summary>
    internal virtual bool StartsWithAnyWord => false;

    /// <summary>Gets whether a <c>PUBLISHED :</c>-style label may precede the stamp.</summary>
    internal virtual bool AllowsLabel => false;

    /// <summary>Gets the longest text <see cref="Write"/> produces, apart from the zone id.</summary>
    internal virtual int MaxFormattedLength => 64;

    /// <summary>Gets whether <see cref="Write"/> prints the zone's abbreviation (otherwise it is given as empty).</summary>
    internal virtual bool WritesAbbreviation => false;

    /// <summary>Reads the stamp's fields; returns the failure, or null.</summary>
    internal abstract ParseFailure? Read(ref StampCursor cursor, ref StampFields fields);

    /// <summary>Writes <paramref name="value"/> in this style; <paramref name="abbreviation"/> is the zone's name
    /// for the interval in force when <see cref="WritesAbbreviation"/>, otherwise empty.</summary>
    internal abstract void Write(ref StampWriter writer, ZonedDateTime value, string abbreviation);

    /// <summary>Gives a style a last look at the resolved instant (the wire style checks its local time).</summary>
    internal virtual ParseFailure? Check(ReadOnlySpan<char> text, ref StampFields fields, DateTimeZone zone, Instant instant) => null;

    // ----- shared reading steps -----

    internal static ParseFailure Expected(int position, string what) => new(TextErrorMessages.Expected, position, what);

    /// <summary>Reads optional whitespace, a comma, optional whitespace.</summary>
    internal static ParseFailure? Comma(ref StampCursor c)
    {
        int start = c.Index;
        c.SkipSpaces();
        if (!c.Char(','))
        {
            return Expected(start, TextErrorMessages.Comma);
        }
        c.SkipSpaces();
        return null;
    }

    /// <summary>Reads at least one whitespace character.</summary>
    internal static ParseFailure? Space(ref StampCursor c) =>
        c.SkipSpaces() == 0 ? Expected(c.Index, TextErrorMessages.Space) : null;

    internal static ParseFailure? Char(ref StampCursor c, char expected, string what) =>
        c.Char(expected) ? null : Expected(c.Index, what);

    internal static ParseFailure? Weekday(ref StampCursor c, ref StampFields f)
    {
        f.WeekdayPosition = c.Index;
        return c.WeekdayNameOrAbbreviation(out f.Weekday) ? null : Expected(c.Index, TextErrorMessages.WeekdayName);
    }

    /// <summary>Reads <paramref name="min"/> to <paramref name="max"/> digits into <paramref name="value"/>,
    /// recording where they started in <paramref name="position"/>.</summary>
    internal static ParseFailure? Number(ref StampCursor c, int min, int max, out int value, out int position, string what)
    {
        position = c.Index;
        return c.Digits(min, max, out value) ? null : Expected(c.Index, what);
    }

    internal static ParseFailure? Day(ref StampCursor c, ref StampFields f) =>
        Number(ref c, 1, 2, out f.Day, out f.DayPosition, TextErrorMessages.DayDigits);

    internal static ParseFailure? MonthName(ref StampCursor c, ref StampFields f)
    {
        f.MonthPosition = c.Index;
        return c.MonthNameOrAbbreviation(out f.Month) ? null : Expected(c.Index, TextErrorMessages.MonthName);
    }

    internal static ParseFailure? Year(ref StampCursor c, ref StampFields f) =>
        Number(ref c, 4, 4, out f.Year, out f.YearPosition, TextErrorMessages.YearDigits);

    /// <summary>Reads <c>h:mm</c>, optional whitespace and am/pm.</summary>
    internal static ParseFailure? TwelveHourTime(ref StampCursor c, ref StampFields f)
    {
        var failure = Number(ref c, 1, 2, out f.Hour, out f.HourPosition, TextErrorMessages.HourDigits)
            ?? Char(ref c, ':', TextErrorMessages.Colon)
            ?? Number(ref c, 2, 2, out f.Minute, out f.MinutePosition, TextErrorMessages.MinuteDigits);
        if (failure is not null)
        {
            return failure;
        }
        c.SkipSpaces();
        f.TwelveHour = true;
        return c.Meridiem(out f.Pm) ? null : Expected(c.Index, TextErrorMessages.Meridiem);
    }

    /// <summary>Reads an optional zone abbreviation (2 to 6 letters after whitespace), such as <c>EDT</c>.</summary>
    internal static void OptionalAbbreviation(ref StampCursor c, ref StampFields f)
    {
        int start = c.Index;
        if (c.SkipSpaces() == 0)
        {
            return;
        }
        int run = c.LetterRun();
        if (run is >= 2 and <= 6)
        {
            f.AbbreviationStart = c.Index;
            f.AbbreviationLength = run;
            c.Index += run;
            return;
        }
        c.Index = start;
    }

    /// <summary>Reads a US-order date: <c>March 31, 2014</c>.</summary>
    internal static ParseFailure? MonthDayYear(ref StampCursor c, ref StampFields f) =>
        MonthName(ref c, ref f)
        ?? Space(ref c)
        ?? Day(ref c, ref f)
        ?? Comma(ref c)
        ?? Year(ref c, ref f);

    /// <summary>Reads whitespace, a comma, or both between the year and the time.</summary>
    internal static ParseFailure? YearTimeSeparator(ref StampCursor c)
    {
        int start = c.Index;
        c.SkipSpaces();
        c.Char(',');
        c.SkipSpaces();
        return c.Index == start ? Expected(start, TextErrorMessages.Space) : null;
    }

    // ----- shared writing steps -----

    /// <summary>Writes a space and the abbreviation when it is made of letters.</summary>
    internal static void WriteAbbreviation(ref StampWriter w, string abbreviation)
    {
        if (IsLetterAbbreviation(abbreviation))
        {
            w.Char(' ');
            w.Text(abbreviation);
        }
    }

    internal static string MonthName(int month) => StampCursor.MonthName(month);

    internal static ReadOnlySpan<char> MonthAbbreviation(int month) => StampCursor.MonthName(month).AsSpan(0, 3);

    internal static string ApMonth(int month) => ApMonths[month - 1];

    internal static string WeekdayName(IsoDayOfWeek day) => StampCursor.WeekdayName((int)day);

    /// <summary>Gets whether a zone interval's name is a letter abbreviation worth printing (TZDB uses
    /// numeric names such as <c>+06</c> where no abbreviation is in common use).</summary>
    internal static bool IsLetterAbbreviation(string name)
    {
        if (name.Length is < 2 or > 6)
        {
            return false;
        }
        foreach (char ch in name)
        {
            if (!StampCursor.IsAsciiLetter(ch))
            {
                return false;
            }
        }
        return true;
    }

    internal static string Describe(int value) => value.ToString(CultureInfo.InvariantCulture);
}
