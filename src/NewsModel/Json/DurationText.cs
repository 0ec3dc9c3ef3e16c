using System;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Json;

/// <summary>
/// A duration's text in the native format: NodaTime's round-trip duration pattern <c>-D:hh:mm:ss.FFFFFFFFF</c>
/// ("0:00:02:30", "1:02:03:04.5"). Formatting writes into a span (no allocation); parsing uses the pattern.
/// Stateless and thread-safe.
/// </summary>
internal static class DurationText
{
    /// <summary>What a duration's text is expected to be, for messages.</summary>
    internal const string Expected = "a duration as [-]D:hh:mm:ss[.fffffffff], such as \"0:00:02:30\"";

    /// <summary>Writes <paramref name="duration"/> into <paramref name="destination"/> (48 characters suffice) and returns
    /// the length.</summary>
    internal static int Format(Duration duration, Span<char> destination)
    {
        int at = 0;
        if (duration < Duration.Zero)
        {
            destination[at++] = '-';
            duration = -duration;
        }
        duration.Days.TryFormat(destination[at..], out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
        at += written;
        destination[at++] = ':';
        Two(destination, ref at, duration.Hours);
        destination[at++] = ':';
        Two(destination, ref at, duration.Minutes);
        destination[at++] = ':';
        Two(destination, ref at, duration.Seconds);
        int nanos = duration.SubsecondNanoseconds;
        if (nanos != 0)
        {
            destination[at++] = '.';
            int divisor = 100_000_000;
            while (nanos != 0)
            {
                destination[at++] = (char)('0' + (nanos / divisor));
                nanos %= divisor;
                divisor /= 10;
            }
        }
        return at;
    }

    private static void Two(Span<char> destination, ref int at, int value)
    {
        destination[at++] = (char)('0' + (value / 10));
        destination[at++] = (char)('0' + (value % 10));
    }

    /// <summary>Parses a duration's text; null when it is not one.</summary>
    internal static Duration? Parse(string text)
    {
        var result = DurationPattern.Roundtrip.Parse(text);
        return result.Success ? result.Value : null;
    }
}
