using System;
using NodaTime;

namespace NewsModel.Text;

/// <summary>AP / US style: <c>March 31, 2014, 5:31 a.m. EDT</c> (the abbreviation optional).</summary>
internal sealed class UsMonthDayStyle : StampStyle
{
    internal override bool StartsWithDigit => false;

    internal static readonly UsMonthDayStyle Instance = new();

    internal override bool WritesAbbreviation => true;

    internal override bool AllowsLabel => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        var failure = MonthDayYear(ref c, ref f)
            ?? YearTimeSeparator(ref c)
            ?? TwelveHourTime(ref c, ref f);
        if (failure is null)
        {
            OptionalAbbreviation(ref c, ref f);
        }
        return failure;
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        w.Text(ApMonth(value.Month));
        w.Char(' ');
        w.Number(value.Day, 1);
        w.Text(", ");
        w.Number(value.Year, 4);
        w.Text(", ");
        w.TwelveHourTime(value.Hour, value.Minute, 1, " ", "a.m.", "p.m.");
        WriteAbbreviation(ref w, abbreviation);
    }
}

/// <summary>Numeric dates: <c>12/30/2019 05:03 AM EST</c> (month first) or <c>30/12/2019 17:03</c> (day first);
/// the time on a 12-hour clock with AM/PM or on a 24-hour clock, seconds optional, the abbreviation optional.</summary>
internal sealed class NumericStyle : StampStyle
{
    internal override bool StartsWithLetter => false;

    internal static readonly NumericStyle MonthFirst = new(dayFirst: false);
    internal static readonly NumericStyle DayFirst = new(dayFirst: true);

    private readonly bool _dayFirst;

    private NumericStyle(bool dayFirst) => _dayFirst = dayFirst;

    internal override bool WritesAbbreviation => true;

    internal override bool AllowsLabel => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        f.DatePosition = c.Index;
        var failure = (_dayFirst
                ? Number(ref c, 1, 2, out f.Day, out f.DayPosition, TextErrorMessages.DayDigits)
                : Number(ref c, 1, 2, out f.Month, out f.MonthPosition, TextErrorMessages.MonthDigits))
            ?? Char(ref c, '/', TextErrorMessages.Slash)
            ?? (_dayFirst
                ? Number(ref c, 1, 2, out f.Month, out f.MonthPosition, TextErrorMessages.MonthDigits)
                : Number(ref c, 1, 2, out f.Day, out f.DayPosition, TextErrorMessages.DayDigits))
            ?? Char(ref c, '/', TextErrorMessages.Slash)
            ?? Year(ref c, ref f)
            ?? YearTimeSeparator(ref c)
            ?? Number(ref c, 1, 2, out f.Hour, out f.HourPosition, TextErrorMessages.HourDigits)
            ?? Char(ref c, ':', TextErrorMessages.Colon)
            ?? Number(ref c, 2, 2, out f.Minute, out f.MinutePosition, TextErrorMessages.MinuteDigits)
            ?? (c.Char(':') ? Number(ref c, 2, 2, out f.Second, out f.SecondPosition, TextErrorMessages.SecondDigits) : null);
        if (failure is not null)
        {
            return failure;
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
        }
        OptionalAbbreviation(ref c, ref f);
        return null;
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        w.Number(_dayFirst ? value.Day : value.Month, 2);
        w.Char('/');
        w.Number(_dayFirst ? value.Month : value.Day, 2);
        w.Char('/');
        w.Number(value.Year, 4);
        w.Char(' ');
        if (_dayFirst)
        {
            w.Number(value.Hour, 2);
            w.Char(':');
            w.Number(value.Minute, 2);
        }
        else
        {
            w.TwelveHourTime(value.Hour, value.Minute, 2, " ", "AM", "PM");
        }
        WriteAbbreviation(ref w, abbreviation);
    }
}

/// <summary>Wire style: <c>November 28, 2013 -- Updated 0203 GMT (1003 HKT)</c>. The date and the GMT time fix
/// the instant (the date is the GMT date); the local time and abbreviation in parentheses must agree with the
/// zone at that instant.</summary>
internal sealed class WireStyle : StampStyle
{
    internal override bool StartsWithDigit => false;

    internal static readonly WireStyle Instance = new();

    internal override bool WritesAbbreviation => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        var failure = MonthDayYear(ref c, ref f)
            ?? Dashes(ref c)
            ?? (c.Word("Updated") || c.Word("Posted") || c.Word("Published") ? null : Expected(c.Index, TextErrorMessages.WireUpdated))
            ?? Space(ref c)
            ?? Number(ref c, 4, 4, out f.Hour, out f.HourPosition, TextErrorMessages.HourMinuteDigits)
            ?? Space(ref c);
        if (failure is not null)
        {
            return failure;
        }
        f.Minute = f.Hour % 100;
        f.Hour /= 100;
        f.MinutePosition = f.HourPosition + 2;
        f.OffsetPosition = c.Index;
        if (!c.Word("GMT") && !c.Word("UTC"))
        {
            return Expected(c.Index, TextErrorMessages.Gmt);
        }
        f.HasOffset = true;
        int beforeLocal = c.Index;
        c.SkipSpaces();
        if (!c.Char('('))
        {
            c.Index = beforeLocal;
            return null;
        }
        failure = Number(ref c, 4, 4, out f.CheckHour, out f.CheckPosition, TextErrorMessages.HourMinuteDigits) ?? Space(ref c);
        if (failure is not null)
        {
            return failure;
        }
        f.HasCheckTime = true;
        f.CheckMinute = f.CheckHour % 100;
        f.CheckHour /= 100;
        f.AbbreviationStart = c.Index;
        while (!c.AtEnd && (StampCursor.IsAsciiLetter(c.Current) || StampCursor.IsDigit(c.Current) || c.Current is '+' or '-'))
        {
            c.Index++;
        }
        f.AbbreviationLength = c.Index - f.AbbreviationStart;
        if (f.AbbreviationLength == 0)
        {
            return Expected(c.Index, TextErrorMessages.Abbreviation);
        }
        return Char(ref c, ')', TextErrorMessages.ClosingParenthesis);
    }

    private static ParseFailure? Dashes(ref StampCursor c)
    {
        c.SkipSpaces();
        int start = c.Index;
        while (c.Char('-') || c.Char('\u2013') || c.Char('\u2014'))
        {
        }
        if (c.Index == start)
        {
            return Expected(start, TextErrorMessages.WireUpdated);
        }
        c.SkipSpaces();
        return null;
    }

    internal override ParseFailure? Check(ReadOnlySpan<char> text, ref StampFields f, DateTimeZone zone, Instant instant)
    {
        if (!f.HasCheckTime)
        {
            return null;
        }
        if (f.CheckHour > 23 || f.CheckMinute > 59)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.CheckPosition, "local time", text.Slice(f.CheckPosition, 4).ToString(), "0000 to 2359");
        }
        return CheckAt(text, ref f, zone, instant, text.Slice(f.AbbreviationStart, f.AbbreviationLength));
    }

    private static ParseFailure? CheckAt(ReadOnlySpan<char> text, ref StampFields f, DateTimeZone zone, Instant instant, ReadOnlySpan<char> abbreviation)
    {
        var interval = zone.GetZoneInterval(instant);
        var zoned = instant.InZone(zone);
        if (zoned.Hour != f.CheckHour || zoned.Minute != f.CheckMinute)
        {
            return new ParseFailure(TextErrorMessages.LocalTimeMismatch, f.CheckPosition, text.Slice(f.CheckPosition, 4).ToString(), zone.Id, zoned.ToString("HHmm", null));
        }
        return abbreviation.Equals(interval.Name, StringComparison.Ordinal)
            ? null
            : new ParseFailure(TextErrorMessages.AbbreviationMismatch, f.AbbreviationStart, abbreviation.ToString(), zone.Id, interval.Name);
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        var utc = value.WithZone(DateTimeZone.Utc);
        w.Text(MonthName(utc.Month));
        w.Char(' ');
        w.Number(utc.Day, 1);
        w.Text(", ");
        w.Number(utc.Year, 4);
        w.Text(" -- Updated ");
        w.Number(utc.Hour, 2);
        w.Number(utc.Minute, 2);
        w.Text(" GMT (");
        w.Number(value.Hour, 2);
        w.Number(value.Minute, 2);
        w.Char(' ');
        w.Text(abbreviation);
        w.Char(')');
    }
}

/// <summary>RSS and HTTP dates, RFC 1123 / RFC 822: <c>Mon, 31 Mar 2014 05:31:00 +0800</c>, the weekday optional and
/// the year of four digits or, as RFC 822 wrote it, two (<c>Thu, 07 Dec 17 10:00:29 -0800</c>, read as .NET reads
/// two-digit years). The zone is a numeric offset, <c>GMT</c>/<c>UT</c>/<c>UTC</c>/<c>Z</c>, or an abbreviation
/// checked against the publication's zone.</summary>
internal sealed class Rfc1123Style : StampStyle
{
    internal static readonly Rfc1123Style Instance = new();

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        ParseFailure? failure = null;
        if (c.LetterRun() > 0)
        {
            failure = Weekday(ref c, ref f) ?? Comma(ref c);
        }
        failure ??= Day(ref c, ref f)
            ?? Space(ref c)
            ?? MonthName(ref c, ref f)
            ?? Space(ref c)
            ?? (DateSteps.ShortOrFullYear(ref c, ref f) ? null : Expected(c.Index, TextErrorMessages.NumericYearDigits))
            ?? Space(ref c)
            ?? Number(ref c, 2, 2, out f.Hour, out f.HourPosition, TextErrorMessages.Hour2Digits)
            ?? Char(ref c, ':', TextErrorMessages.Colon)
            ?? Number(ref c, 2, 2, out f.Minute, out f.MinutePosition, TextErrorMessages.MinuteDigits)
            ?? (c.Char(':') ? Number(ref c, 2, 2, out f.Second, out f.SecondPosition, TextErrorMessages.SecondDigits) : null)
            ?? Space(ref c);
        return failure ?? Zone(ref c, ref f);
    }

    private static ParseFailure? Zone(ref StampCursor c, ref StampFields f)
    {
        f.OffsetPosition = c.Index;
        bool negative = c.Current == '-';
        if (c.Char('+') || c.Char('-'))
        {
            if (!c.Digits(4, 4, out int hhmm) || hhmm % 100 > 59)
            {
                return Expected(f.OffsetPosition, TextErrorMessages.NumericOffsetText);
            }
            int seconds = ((hhmm / 100 * 60) + (hhmm % 100)) * 60;
            f.HasOffset = true;
            f.OffsetSeconds = negative ? -seconds : seconds;
            return null;
        }
        if (c.Word("GMT") || c.Word("UT") || c.Word("UTC") || c.Word("Z"))
        {
            f.HasOffset = true;
            return null;
        }
        int run = c.LetterRun();
        if (run is < 2 or > 6)
        {
            return Expected(c.Index, TextErrorMessages.NumericOffsetText);
        }
        f.AbbreviationStart = c.Index;
        f.AbbreviationLength = run;
        c.Index += run;
        return null;
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        bool utc = value.Offset.Seconds % 60 != 0;
        if (utc)
        {
            // RFC 1123 offsets have no seconds: write the same instant in GMT instead.
            value = value.WithZone(DateTimeZone.Utc);
        }
        w.Text(WeekdayName(value.DayOfWeek).AsSpan(0, 3));
        w.Text(", ");
        w.Number(value.Day, 2);
        w.Char(' ');
        w.Text(MonthAbbreviation(value.Month));
        w.Char(' ');
        w.Number(value.Year, 4);
        w.Char(' ');
        w.Number(value.Hour, 2);
        w.Char(':');
        w.Number(value.Minute, 2);
        w.Char(':');
        w.Number(value.Second, 2);
        w.Char(' ');
        if (utc)
        {
            w.Text("GMT");
        }
        else
        {
            w.Offset(value.Offset.Seconds, colon: false, allowSeconds: false);
        }
    }
}
