using System;
using System.Globalization;
using NodaTime;

namespace NewsModel.Import;

/// <summary>
/// The one place where a located stamp becomes a <see cref="Moment"/>. Until the timestamp patterns
/// (<c>NewsModel.Text.StampPattern</c>) are on main this reads the stamp with <see cref="DateScanner"/>; switching
/// to <c>StampPattern.ParseAny(text, zone, culture)</c> is a change to <see cref="TryParse"/> alone.
/// </summary>
internal static class StampSeam
{
    /// <summary>Reads <paramref name="text"/> (a stamp without its label) in <paramref name="zone"/>.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, DateTimeZone zone, CultureInfo culture, out Moment? moment)
    {
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
