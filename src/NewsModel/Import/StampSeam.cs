using System;
using System.Globalization;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Import;

/// <summary>
/// The one place where a located stamp becomes a <see cref="Moment"/>: the timestamp patterns
/// (<see cref="StampPattern.ParseAny(ReadOnlySpan{char}, DateTimeZone, CultureInfo?)"/>) read it; forms they do not
/// cover (a bare day such as "24 September 2019", "Feb. 19, 2020") are read from what <see cref="DateScanner"/>
/// located, at the start of the day when no time is printed.
/// </summary>
internal static class StampSeam
{
    /// <summary>Reads <paramref name="text"/> (a stamp without its label) in <paramref name="zone"/>.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, DateTimeZone zone, CultureInfo culture, out Moment? moment)
    {
        var parsed = StampPattern.ParseAny(text, zone, culture);
        if (parsed.Success)
        {
            moment = parsed.Value;
            return true;
        }
        moment = null;
        if (!DateScanner.TryFind(text, culture, out var found))
        {
            return false;
        }
        var printed = text.Slice(found.Start, found.Length).ToString();
        moment = Moment.FromZoned(zone.AtLeniently(found.LocalDateTime), printed);
        return true;
    }
}
