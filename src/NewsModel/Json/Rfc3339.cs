using System;
using NodaTime;

namespace NewsModel.Json;

/// <summary>
/// Allocation-free UTF-8 RFC 3339 reading and writing for the JSON hot path:
/// <c>uuuu-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm[:ss])</c>, years 0001 to 9999.
/// </summary>
/// <remarks>
/// The seconds in an offset (<c>+00:44:30</c>) are an extension of RFC 3339 accepted on reading; the writer never
/// produces them: when the zone's offset has seconds it writes the instant in UTC with <c>Z</c>.
/// Stateless and thread-safe.
/// </remarks>
internal static class Rfc3339
{
    /// <summary>The longest text the writer produces: 19 + 10 (fraction) + 6 (offset).</summary>
    internal const int MaxLength = 35;

    /// <summary>The longest text the reader accepts (a 9-digit fraction and an offset with seconds).</summary>
    internal const int MaxInputLength = 38;

    /// <summary>Writes <paramref name="instant"/> as seen with <paramref name="offset"/>; when the offset has
    /// non-zero seconds, writes the UTC form with <c>Z</c> instead.</summary>
    /// <returns>The number of bytes written, or -1 when the local year is outside 0001–9999.</returns>
    internal static int Format(Instant instant, Offset offset, Span<byte> destination) =>
        Format(instant, offset, utc: offset.Seconds % 60 != 0, destination);

    /// <summary>Writes <paramref name="instant"/> in UTC with <c>Z</c> (<c>2025-10-14T01:15:00Z</c>).</summary>
    /// <returns>The number of bytes written, or -1 when the year is outside 0001–9999.</returns>
    internal static int FormatUtc(Instant instant, Span<byte> destination) =>
        Format(instant, Offset.Zero, utc: true, destination);

    private static int Format(Instant instant, Offset offset, bool utc, Span<byte> destination)
    {
        var local = utc ? instant.InUtc().LocalDateTime : instant.WithOffset(offset).LocalDateTime;
        int year = local.Year;
        if (year < 1 || year > 9999 || destination.Length < MaxLength)
        {
            return -1;
        }
        Digits4(destination, year);
        destination[4] = (byte)'-';
        Digits2(destination[5..], local.Month);
        destination[7] = (byte)'-';
        Digits2(destination[8..], local.Day);
        destination[10] = (byte)'T';
        Digits2(destination[11..], local.Hour);
        destination[13] = (byte)':';
        Digits2(destination[14..], local.Minute);
        destination[16] = (byte)':';
        Digits2(destination[17..], local.Second);
        int pos = 19;
        int nanos = local.NanosecondOfSecond;
        if (nanos != 0)
        {
            destination[pos++] = (byte)'.';
            int divisor = 100_000_000;
            while (nanos != 0)
            {
                int digit = nanos / divisor;
                destination[pos++] = (byte)('0' + digit);
                nanos -= digit * divisor;
                divisor /= 10;
            }
        }
        if (utc)
        {
            destination[pos++] = (byte)'Z';
            return pos;
        }
        int seconds = offset.Seconds;
        destination[pos++] = seconds < 0 ? (byte)'-' : (byte)'+';
        seconds = Math.Abs(seconds);
        Digits2(destination[pos..], seconds / 3600);
        destination[pos + 2] = (byte)':';
        Digits2(destination[(pos + 3)..], seconds / 60 % 60);
        return pos + 5;
    }

    /// <summary>Parses the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The UTF-8 text.</param>
    /// <param name="local">The local date and time.</param>
    /// <param name="offset">The offset (zero for <c>Z</c>).</param>
    /// <param name="isZulu">Whether the offset was written <c>Z</c>.</param>
    /// <returns>Null on success, otherwise what was expected (for the error message).</returns>
    internal static string? TryParse(ReadOnlySpan<byte> text, out LocalDateTime local, out Offset offset, out bool isZulu)
    {
        local = default;
        offset = default;
        isZulu = false;
        if (text.Length < 20 || text.Length > MaxInputLength)
        {
            return ExpectedTimestamp;
        }
        if (!TryDigits(text, 4, out int year) || text[4] != '-'
            || !TryDigits(text[5..], 2, out int month) || text[7] != '-'
            || !TryDigits(text[8..], 2, out int day) || (text[10] | 0x20) != 't'
            || !TryDigits(text[11..], 2, out int hour) || text[13] != ':'
            || !TryDigits(text[14..], 2, out int minute) || text[16] != ':'
            || !TryDigits(text[17..], 2, out int second))
        {
            return ExpectedTimestamp;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return ExpectedValidDate;
        }
        int pos = 19;
        int nanos = 0;
        if (text[pos] == '.')
        {
            pos++;
            int start = pos;
            int scale = 100_000_000;
            while (pos < text.Length && IsDigit(text[pos]))
            {
                if (pos - start == 9)
                {
                    return ExpectedFraction;
                }
                nanos += (text[pos] - '0') * scale;
                scale /= 10;
                pos++;
            }
            if (pos == start)
            {
                return ExpectedFraction;
            }
        }
        if (pos >= text.Length)
        {
            return ExpectedOffset;
        }
        var rest = text[pos..];
        if ((rest[0] | 0x20) == 'z' && rest.Length == 1)
        {
            isZulu = true;
        }
        else if ((rest[0] == '+' || rest[0] == '-') && (rest.Length == 6 || rest.Length == 9)
            && TryDigits(rest[1..], 2, out int offsetHours) && rest[3] == ':' && TryDigits(rest[4..], 2, out int offsetMinutes)
            && offsetHours <= 18 && offsetMinutes <= 59)
        {
            int offsetSeconds = 0;
            if (rest.Length == 9 && (rest[6] != ':' || !TryDigits(rest[7..], 2, out offsetSeconds) || offsetSeconds > 59))
            {
                return ExpectedOffset;
            }
            int total = (offsetHours * 3600) + (offsetMinutes * 60) + offsetSeconds;
            if (total > 18 * 3600)
            {
                return ExpectedOffset;
            }
            if (rest[0] == '-' && total == 0)
            {
                return ExpectedKnownOffset;
            }
            offset = Offset.FromSeconds(rest[0] == '-' ? -total : total);
        }
        else
        {
            return ExpectedOffset;
        }
        local = new LocalDateTime(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        return null;
    }

    internal const string ExpectedTimestamp = "an RFC 3339 timestamp such as \"2014-03-31T05:31:00+08:00\"";
    internal const string ExpectedValidDate = "a valid date and time (year 0001-9999, month 01-12, a day in the month, hour 00-23, minute and second 00-59)";
    internal const string ExpectedFraction = "1 to 9 digits of fractional seconds";
    internal const string ExpectedOffset = "an offset \"Z\" or \"\u00b1HH:mm\" (at most 18 hours) ending the timestamp";
    internal const string ExpectedKnownOffset = "a known offset (\"-00:00\", the unknown local offset, is not accepted)";

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool TryDigits(ReadOnlySpan<byte> text, int count, out int value)
    {
        value = 0;
        if (text.Length < count)
        {
            return false;
        }
        for (int i = 0; i < count; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }
            value = (value * 10) + (int)digit;
        }
        return true;
    }

    private static void Digits2(Span<byte> destination, int value)
    {
        destination[0] = (byte)('0' + (value / 10));
        destination[1] = (byte)('0' + (value % 10));
    }

    private static void Digits4(Span<byte> destination, int value)
    {
        destination[0] = (byte)('0' + (value / 1000));
        destination[1] = (byte)('0' + (value / 100 % 10));
        destination[2] = (byte)('0' + (value / 10 % 10));
        destination[3] = (byte)('0' + (value % 10));
    }
}
