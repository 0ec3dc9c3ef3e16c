using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Text;

/// <summary>
/// A site's house style, given as a NodaTime local date-and-time pattern (<c>dd/MM/yyyy HH:mm</c>) or date pattern
/// (<c>d MMMM uuuu</c>). The pattern reads the local fields; the zone checks, the weekday check and the strict
/// resolution are the shared ones. In running text it is tried on the rest of the line from each word start (a
/// NodaTime pattern reads the whole text it is given).
/// </summary>
internal sealed class HouseStyle : StampStyle
{
    internal override bool StartsWithAnyWord => true;

    private readonly LocalDateTimePattern? _dateTime;
    private readonly LocalDatePattern? _date;

    internal HouseStyle(string patternText, CultureInfo culture)
    {
        if (HasTime(patternText))
        {
            _dateTime = LocalDateTimePattern.Create(patternText, culture);
        }
        else
        {
            _date = LocalDatePattern.Create(patternText, culture);
        }
    }

    internal override bool AllowsLabel => true;

    internal override int MaxFormattedLength => 128;

    /// <summary>Whether the pattern text prints a time of day (an hour field outside quotes).</summary>
    private static bool HasTime(string text)
    {
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c is '\'' or '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is 'H' or 'h')
            {
                return true;
            }
        }
        return false;
    }

    internal override ParseFailure? Read(ref StampCursor c, ref StampFields f)
    {
        var text = c.Slice(c.Index, c.End - c.Index).ToString();
        f.DatePosition = f.DayPosition = f.MonthPosition = f.YearPosition = f.HourPosition = c.Index;
        if (_date is not null)
        {
            var parsed = _date.Parse(text);
            if (!parsed.Success)
            {
                return Expected(c.Index, "a stamp in the house style " + _date.PatternText);
            }
            var date = parsed.Value;
            (f.Year, f.Month, f.Day, f.NoTime) = (date.Year, date.Month, date.Day, true);
        }
        else
        {
            var parsed = _dateTime!.Parse(text);
            if (!parsed.Success)
            {
                return Expected(c.Index, "a stamp in the house style " + _dateTime.PatternText);
            }
            var local = parsed.Value;
            (f.Year, f.Month, f.Day, f.Hour, f.Minute, f.Second, f.Nanosecond) =
                (local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, local.NanosecondOfSecond);
            f.SecondPosition = _dateTime.PatternText.Contains('s', StringComparison.Ordinal) ? c.Index + 1 : 0;
            f.FractionPrinted = _dateTime.PatternText.AsSpan().ContainsAny('f', 'F');
        }
        c.Index = c.End;
        return null;
    }

    internal override void Write(ref StampWriter w, ZonedDateTime value, string abbreviation) =>
        w.Text(_date is not null ? _date.Format(value.Date) : _dateTime!.Format(value.LocalDateTime));
}
