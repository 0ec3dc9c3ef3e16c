using System;
using NodaTime;

namespace NewsModel.Text;

/// <summary>
/// Relative stamps: <c>2 hours ago</c>, <c>15 mins ago</c>, <c>an hour ago</c>, <c>3 days ago</c>,
/// <c>Yesterday at 5:31pm</c>, <c>Today, 09:15</c>, <c>Yesterday</c>. Read only against a reference instant; the
/// moment keeps the reference (<see cref="Moment.RelativeTo"/>) and states the unit counted as its precision.
/// </summary>
internal static class RelativeStamp
{
    /// <summary>Reads a relative stamp at <paramref name="from"/> (after whitespace). Returns null with the moment on
    /// success; a failure when the text is relative but cannot be read (no reference, a time after the reference, a
    /// skipped local time); <paramref name="end"/> equals <paramref name="start"/> when the text is not relative at
    /// all. With <paramref name="prefix"/>, text may follow.</summary>
    internal static ParseFailure? Read(ReadOnlySpan<char> text, int from, DateTimeZone zone, Instant? reference, bool prefix, out int start, out int end, out Moment? moment)
    {
        moment = null;
        int limit = text.Length;
        while (limit > from && char.IsWhiteSpace(text[limit - 1]))
        {
            limit--;
        }
        if (limit - from > StampPattern.MaxLength)
        {
            limit = from + StampPattern.MaxLength;
        }
        var c = new StampCursor(text, from, limit);
        c.SkipSpaces();
        start = end = c.Index;
        int count;
        if (c.Word("yesterday") || c.Word("today"))
        {
            bool yesterday = (text[start] | 0x20) == 'y';
            var fields = default(StampFields);
            fields.NoTime = true;
            int afterWord = c.Index;
            c.SkipSpaces();
            c.Char(',');
            c.SkipSpaces();
            if (c.Word("at"))
            {
                c.SkipSpaces();
            }
            if (!StampCursor.IsDigit(c.Current) || DateSteps.Time(ref c, ref fields) is not null)
            {
                c.Index = afterWord;
                fields = default;
                fields.NoTime = true;
            }
            else
            {
                DateSteps.OptionalZone(ref c, ref fields);
            }
            end = c.Index;
            if (!prefix && !c.AtEnd)
            {
                return new ParseFailure(TextErrorMessages.TrailingText, c.Index);
            }
            if (reference is not { } now)
            {
                return new ParseFailure(TextErrorMessages.NeedsReference, start, text[start..end].ToString());
            }
            var date = now.InZone(zone).Date.PlusDays(yesterday ? -1 : 0);
            if (fields.NoTime)
            {
                moment = new Moment(zone.AtStartOfDay(date).ToInstant(), zone, text[start..end].ToString(), MomentPrecision.Day, now);
                return null;
            }
            if (fields.TwelveHour)
            {
                if (fields.Hour is < 1 or > 12)
                {
                    return new ParseFailure(TextErrorMessages.FieldOutOfRange, fields.HourPosition, "hour", StampStyle.Describe(fields.Hour), "1 to 12 before am or pm");
                }
                fields.Hour = (fields.Hour % 12) + (fields.Pm ? 12 : 0);
            }
            if (fields.Hour > 23 || fields.Minute > 59 || fields.Second > 59)
            {
                return new ParseFailure(TextErrorMessages.FieldOutOfRange, fields.HourPosition, "time", text[fields.HourPosition..end].ToString(), "a time of day");
            }
            var local = Instant.FromUtc(date.Year, date.Month, date.Day, fields.Hour, fields.Minute, fields.Second);
            Instant instant;
            if (fields.HasOffset)
            {
                instant = local - Duration.FromSeconds(fields.OffsetSeconds);
            }
            else if (ZoneMapper.Resolve(zone, local, fields.HourPosition, text.Slice(fields.AbbreviationStart, fields.AbbreviationLength), fields.AbbreviationStart, StampResolver.Strict, out instant) is { } failure)
            {
                return failure;
            }
            if (instant > now)
            {
                return new ParseFailure(TextErrorMessages.RelativeInFuture, start, text[start..end].ToString(), now.ToString());
            }
            moment = new Moment(instant, zone, text[start..end].ToString(), fields.Precision, now);
            return null;
        }
        if (c.Word("an") || c.Word("a"))
        {
            count = 1;
        }
        else if (!c.Digits(1, 4, out count) || StampCursor.IsDigit(c.Current))
        {
            end = start;
            return null;
        }
        c.SkipSpaces();
        int run = c.LetterRun();
        var unit = text.Slice(c.Index, run);
        Duration step;
        MomentPrecision precision;
        if (IsUnit(unit, "s", "sec", "secs", "second", "seconds"))
        {
            (step, precision) = (Duration.FromSeconds(1), MomentPrecision.Second);
        }
        else if (IsUnit(unit, "m", "min", "mins", "minute", "minutes"))
        {
            (step, precision) = (Duration.FromMinutes(1), MomentPrecision.Minute);
        }
        else if (IsUnit(unit, "h", "hr", "hrs", "hour", "hours"))
        {
            (step, precision) = (Duration.FromHours(1), MomentPrecision.Hour);
        }
        else if (IsUnit(unit, "d", "day", "days", "day", "days"))
        {
            (step, precision) = (Duration.FromDays(1), MomentPrecision.Day);
        }
        else if (IsUnit(unit, "w", "wk", "wks", "week", "weeks"))
        {
            (step, precision) = (Duration.FromDays(7), MomentPrecision.Day);
        }
        else
        {
            end = start;
            return null;
        }
        c.Index += run;
        c.SkipSpaces();
        if (!c.Word("ago"))
        {
            end = start;
            return null;
        }
        end = c.Index;
        if (!prefix && !c.AtEnd)
        {
            return new ParseFailure(TextErrorMessages.TrailingText, c.Index);
        }
        if (reference is not { } at)
        {
            return new ParseFailure(TextErrorMessages.NeedsReference, start, text[start..end].ToString());
        }
        var back = step * count;
        if (at - Instant.MinValue < back)
        {
            return new ParseFailure(TextErrorMessages.OutOfRange, start);
        }
        moment = new Moment(at - back, zone, text[start..end].ToString(), precision, at);
        return null;
    }

    /// <summary>Whether <paramref name="word"/> is a unit a relative stamp counts in.</summary>
    internal static bool IsUnitWord(ReadOnlySpan<char> word) =>
        IsUnit(word, "s", "sec", "secs", "second", "seconds") || IsUnit(word, "m", "min", "mins", "minute", "minutes")
        || IsUnit(word, "h", "hr", "hrs", "hour", "hours") || IsUnit(word, "d", "day", "days", "day", "days")
        || IsUnit(word, "w", "wk", "wks", "week", "weeks");

    private static bool IsUnit(ReadOnlySpan<char> word, string a, string b, string c, string d, string e) =>
        word.Equals(a, StringComparison.OrdinalIgnoreCase) || word.Equals(b, StringComparison.OrdinalIgnoreCase)
        || word.Equals(c, StringComparison.OrdinalIgnoreCase) || word.Equals(d, StringComparison.OrdinalIgnoreCase)
        || word.Equals(e, StringComparison.OrdinalIgnoreCase);
}
