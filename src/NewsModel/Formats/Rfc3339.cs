using System;
using NodaTime;

namespace NewsModel.Formats;

/// <summary>
/// RFC 3339 for the standard formats: writing through the native JSON format's writer, and a lenient reader for
/// ninjs written by others (no seconds, no offset, <c>±HHmm</c>, a space separator). Thread-safe (stateless).
/// </summary>
internal static class Rfc3339
{
    /// <summary>The longest text <see cref="Format"/> writes: <c>uuuu-MM-ddTHH:mm:ss.fffffffff+HH:mm</c>.</summary>
    internal const int MaxLength = Json.Rfc3339.MaxLength;

    /// <summary>Whether an offset can be written in RFC 3339 (whole minutes).</summary>
    internal static bool IsWritable(Offset offset) => offset.Seconds % 60 == 0;

    /// <summary>Writes the instant as the local time in <paramref name="offset"/> followed by the offset, with the
    /// native JSON format's writer. The offset must be <see cref="IsWritable"/>: callers pass
    /// <see cref="Offset.Zero"/> otherwise and report it. Returns the number of bytes written.</summary>
    /// <exception cref="ArgumentException">The local year is outside 0001–9999, which RFC 3339 cannot write.</exception>
    internal static int Format(Instant instant, Offset offset, Span<byte> destination)
    {
        int written = Json.Rfc3339.Format(instant, offset, destination);
        return written >= 0 ? written : throw new ArgumentException(
            "The instant " + instant.ToString() + " falls outside the years 0001 to 9999, which RFC 3339 dates cannot hold.", nameof(instant));
    }

    /// <summary>Writes the instant in UTC with <c>Z</c>, with the native JSON format's writer. Returns the number of
    /// bytes written.</summary>
    /// <exception cref="ArgumentException">The year is outside 0001–9999, which RFC 3339 cannot write.</exception>
    internal static int FormatUtc(Instant instant, Span<byte> destination)
    {
        int written = Json.Rfc3339.FormatUtc(instant, destination);
        return written >= 0 ? written : throw new ArgumentException(
            "The instant " + instant.ToString() + " falls outside the years 0001 to 9999, which RFC 3339 dates cannot hold.", nameof(instant));
    }

    /// <summary>The outcome of <see cref="TryParse"/>.</summary>
    internal enum Status
    {
        /// <summary>Parsed.</summary>
        Ok,

        /// <summary>Not an RFC 3339 date-time.</summary>
        Invalid,

        /// <summary>A valid local date-time without offset, and no zone was given to read it in.</summary>
        NeedsZone,
    }

    /// <summary>What <see cref="TryParse"/> expects, for error messages.</summary>
    internal const string Expected =
        "an RFC 3339 date-time such as 2014-03-31T05:31:00+08:00 (uuuu-MM-ddTHH:mm[:ss[.f…]] with Z or ±HH:mm; without an offset only when a zone is supplied)";

    /// <summary>
    /// Parses <c>uuuu-MM-dd</c>, <c>T</c> (or <c>t</c> or a space), <c>HH:mm</c>, optional <c>:ss</c> and
    /// fraction (up to 9 digits kept), then <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> or nothing. Without an offset
    /// the local time is mapped in <paramref name="zone"/> leniently (a skipped time moves forward, an
    /// ambiguous one takes the earlier offset); with no zone the result is <see cref="Status.NeedsZone"/>.
    /// </summary>
    internal static Status TryParse(ReadOnlySpan<char> text, DateTimeZone? zone, out Instant instant, out bool hadOffset)
    {
        instant = default;
        hadOffset = false;
        if (text.Length < 16
            || !Number(text, 0, 4, out int year) || text[4] != '-'
            || !Number(text, 5, 2, out int month) || text[7] != '-'
            || !Number(text, 8, 2, out int day)
            || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
            || !Number(text, 11, 2, out int hour) || text[13] != ':'
            || !Number(text, 14, 2, out int minute))
        {
            return Status.Invalid;
        }
        int position = 16;
        int second = 0;
        long nanos = 0;
        if (position < text.Length && text[position] == ':')
        {
            if (!Number(text, position + 1, 2, out second))
            {
                return Status.Invalid;
            }
            position += 3;
            if (position < text.Length && (text[position] == '.' || text[position] == ','))
            {
                position++;
                int digits = 0;
                while (position < text.Length && text[position] is >= '0' and <= '9')
                {
                    if (digits < 9)
                    {
                        nanos = (nanos * 10) + (text[position] - '0');
                    }
                    digits++;
                    position++;
                }
                if (digits == 0)
                {
                    return Status.Invalid;
                }
                for (int i = digits; i < 9; i++)
                {
                    nanos *= 10;
                }
            }
        }
        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59
            || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return Status.Invalid;
        }
        var local = new LocalDateTime(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        if (position == text.Length)
        {
            if (zone is null)
            {
                return Status.NeedsZone;
            }
            instant = zone.AtLeniently(local).ToInstant();
            return Status.Ok;
        }
        int offsetSeconds;
        char sign = text[position];
        if ((sign == 'Z' || sign == 'z') && position + 1 == text.Length)
        {
            offsetSeconds = 0;
        }
        else if (sign is '+' or '-' or '\u2212')
        {
            int offsetHours;
            int offsetMinutes;
            if (text.Length == position + 6 && text[position + 3] == ':')
            {
                if (!Number(text, position + 1, 2, out offsetHours) || !Number(text, position + 4, 2, out offsetMinutes))
                {
                    return Status.Invalid;
                }
            }
            else if (text.Length == position + 5)
            {
                if (!Number(text, position + 1, 2, out offsetHours) || !Number(text, position + 3, 2, out offsetMinutes))
                {
                    return Status.Invalid;
                }
            }
            else
            {
                return Status.Invalid;
            }
            if (offsetHours > 18 || offsetMinutes > 59)
            {
                return Status.Invalid;
            }
            offsetSeconds = ((offsetHours * 60) + offsetMinutes) * 60 * (sign == '+' ? 1 : -1);
        }
        else
        {
            return Status.Invalid;
        }
        hadOffset = true;
        instant = local.WithOffset(Offset.FromSeconds(offsetSeconds)).ToInstant();
        return Status.Ok;
    }

    private static bool Number(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
