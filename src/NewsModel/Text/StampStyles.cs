using System;
using NodaTime;

namespace NewsModel.Text;

/// <summary>SCMP: <c>Monday, 31 March, 2014, 5:31am</c>.</summary>
internal sealed class ScmpStyle : StampStyle
{
    internal override bool StartsWithDigit => false;

    internal static readonly ScmpStyle Instance = new();

    internal override bool AllowsLabel => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f) =>
        Weekday(ref c, ref f)
        ?? Comma(ref c)
        ?? Day(ref c, ref f)
        ?? Space(ref c)
        ?? MonthName(ref c, ref f)
        ?? Comma(ref c)
        ?? Year(ref c, ref f)
        ?? Comma(ref c)
        ?? TwelveHourTime(ref c, ref f);

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        var local = value.LocalDateTime;
        w.Text(WeekdayName(local.DayOfWeek));
        w.Text(", ");
        w.Number(local.Day, 1);
        w.Char(' ');
        w.Text(MonthName(local.Month));
        w.Text(", ");
        w.Number(local.Year, 4);
        w.Text(", ");
        w.TwelveHourTime(local.Hour, local.Minute, 1, "", "am", "pm");
    }
}

/// <summary>Newer SCMP and similar: <c>10:00am, 20 Jan, 2020</c>.</summary>
internal sealed class ScmpShortStyle : StampStyle
{
    internal override bool StartsWithLetter => false;

    internal static readonly ScmpShortStyle Instance = new();

    internal override bool AllowsLabel => true;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f) =>
        TwelveHourTime(ref c, ref f)
        ?? Comma(ref c)
        ?? Day(ref c, ref f)
        ?? Space(ref c)
        ?? MonthName(ref c, ref f)
        ?? Comma(ref c)
        ?? Year(ref c, ref f);

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        var local = value.LocalDateTime;
        w.TwelveHourTime(local.Hour, local.Minute, 1, "", "am", "pm");
        w.Text(", ");
        w.Number(local.Day, 1);
        w.Char(' ');
        w.Text(MonthAbbreviation(local.Month));
        w.Text(", ");
        w.Number(local.Year, 4);
    }
}

/// <summary>RFC 3339 (<c>2014-03-31T05:31:00+08:00</c>) and, with the zone in brackets, RFC 9557
/// (<c>2014-03-31T05:31:00+08:00[Asia/Hong_Kong]</c>).</summary>
internal sealed class IsoStyle : StampStyle
{
    internal override bool StartsWithLetter => false;

    internal static readonly IsoStyle Rfc3339 = new(withZone: false);
    internal static readonly IsoStyle Rfc9557 = new(withZone: true);

    private readonly bool _withZone;

    private IsoStyle(bool withZone) => _withZone = withZone;

    internal override int MaxFormattedLength => 48;

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        f.DatePosition = c.Index;
        var failure = Number(ref c, 4, 4, out f.Year, out f.YearPosition, TextErrorMessages.YearDigits)
            ?? Char(ref c, '-', TextErrorMessages.Hyphen)
            ?? Number(ref c, 2, 2, out f.Month, out f.MonthPosition, TextErrorMessages.MonthDigits)
            ?? Char(ref c, '-', TextErrorMessages.Hyphen)
            ?? Number(ref c, 2, 2, out f.Day, out f.DayPosition, TextErrorMessages.DayDigits)
            ?? (c.Char('T') || c.Char('t') || c.Char(' ') ? null : Expected(c.Index, TextErrorMessages.DateTimeSeparator))
            ?? Number(ref c, 2, 2, out f.Hour, out f.HourPosition, TextErrorMessages.Hour2Digits)
            ?? Char(ref c, ':', TextErrorMessages.Colon)
            ?? Number(ref c, 2, 2, out f.Minute, out f.MinutePosition, TextErrorMessages.MinuteDigits)
            ?? Char(ref c, ':', TextErrorMessages.Colon)
            ?? Number(ref c, 2, 2, out f.Second, out f.SecondPosition, TextErrorMessages.SecondDigits);
        if (failure is not null)
        {
            return failure;
        }
        if (c.Char('.') || c.Char(','))
        {
            int start = c.Index;
            if (!c.Digits(1, 9, out int fraction))
            {
                return Expected(c.Index, TextErrorMessages.FractionDigits);
            }
            for (int digits = c.Index - start; digits < 9; digits++)
            {
                fraction *= 10;
            }
            f.Nanosecond = fraction;
            f.FractionPrinted = true;
            if (StampCursor.IsDigit(c.Current))
            {
                return Expected(c.Index, TextErrorMessages.FractionDigits);
            }
        }
        failure = Offset(ref c, ref f);
        if (failure is not null || !_withZone)
        {
            return failure;
        }
        return ZoneAndAnnotations(ref c, ref f);
    }

    private ParseFailure? Offset(ref StampCursor c, ref StampFields f)
    {
        f.OffsetPosition = c.Index;
        f.HasOffset = true;
        if (c.Char('Z') || c.Char('z'))
        {
            f.OffsetSeconds = 0;
            return null;
        }
        bool negative = c.Current == '-';
        if (!c.Char('+') && !c.Char('-'))
        {
            return Expected(c.Index, TextErrorMessages.OffsetText);
        }
        if (!c.Digits(2, 2, out int hours) || !c.Char(':') || !c.Digits(2, 2, out int minutes))
        {
            return Expected(f.OffsetPosition, TextErrorMessages.OffsetText);
        }
        int seconds = 0;
        if (_withZone && c.Current == ':')
        {
            c.Char(':');
            if (!c.Digits(2, 2, out seconds))
            {
                return Expected(c.Index, TextErrorMessages.SecondDigits);
            }
        }
        if (hours > 23 || minutes > 59 || seconds > 59)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.OffsetPosition, "offset", c.Slice(f.OffsetPosition, c.Index - f.OffsetPosition).ToString(), "-18:00 to +18:00");
        }
        int total = (hours * 3600) + (minutes * 60) + seconds;
        f.OffsetSeconds = negative ? -total : total;
        return null;
    }

    private static ParseFailure? ZoneAndAnnotations(ref StampCursor c, ref StampFields f)
    {
        if (!c.Char('['))
        {
            return Expected(c.Index, TextErrorMessages.ZoneIdText);
        }
        c.Char('!');
        f.ZoneIdStart = c.Index;
        while (!c.AtEnd && c.Current != ']' && c.Current != '[' && c.Current != '=')
        {
            c.Index++;
        }
        f.ZoneIdLength = c.Index - f.ZoneIdStart;
        if (f.ZoneIdLength == 0 || c.Current == '=')
        {
            return Expected(f.ZoneIdStart, TextErrorMessages.ZoneIdText);
        }
        if (!c.Char(']'))
        {
            return Expected(c.Index, TextErrorMessages.ClosingBracket);
        }
        // RFC 9557 suffix annotations [key=value]: elective ones are ignored, critical ones ([!key=value]) are
        // refused unless they only restate the ISO calendar.
        while (c.Current == '[')
        {
            int start = c.Index;
            c.Char('[');
            bool critical = c.Char('!');
            while (!c.AtEnd && c.Current != ']')
            {
                c.Index++;
            }
            if (!c.Char(']'))
            {
                return Expected(c.Index, TextErrorMessages.ClosingBracket);
            }
            var annotation = c.Slice(start, c.Index - start);
            if (critical && !annotation.Equals("[!u-ca=iso8601]", StringComparison.Ordinal))
            {
                return new ParseFailure(TextErrorMessages.CriticalAnnotation, start, annotation.ToString());
            }
        }
        return null;
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation)
    {
        int offset = value.Offset.Seconds;
        if (!_withZone && offset % 60 != 0)
        {
            // RFC 3339 offsets have no seconds: write the same instant in UTC instead.
            value = value.WithZone(DateTimeZone.Utc);
            offset = 0;
        }
        w.Number(value.Year, 4);
        w.Char('-');
        w.Number(value.Month, 2);
        w.Char('-');
        w.Number(value.Day, 2);
        w.Char('T');
        w.Number(value.Hour, 2);
        w.Char(':');
        w.Number(value.Minute, 2);
        w.Char(':');
        w.Number(value.Second, 2);
        w.Fraction(value.NanosecondOfSecond);
        w.Offset(offset, colon: true, allowSeconds: _withZone);
        if (_withZone)
        {
            w.Char('[');
            w.Text(value.Zone.Id);
            w.Char(']');
        }
    }
}
