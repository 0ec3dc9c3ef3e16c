using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsModel.Text;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Html;

/// <summary>
/// Reads the dates a page's machine-readable layers state (RFC 3339 with or without an offset, a bare day, RFC 1123,
/// and the printed styles of <see cref="StampPattern.General"/>) as moments. An offset becomes the publication's zone
/// only when the zone has that offset at that instant; otherwise the fixed offset stands (the page's own clock is
/// kept, never moved to another zone). Stateless and thread-safe.
/// </summary>
internal static class PageDates
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");

    private static readonly Regex Iso = new(
        @"^\s*(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)\s*(?<offset>Z|z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?\s*$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Compact = new(@"^\s*(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:T?(?<h>\d{2})(?<mi>\d{2})(?<s>\d{2})?)?\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The URL date paths: <c>/2020/01/18/</c>, <c>/2020-01-18/</c>, <c>/20200118/</c>.</summary>
    private static readonly Regex UrlDate = new(
        @"[/_-](?<y>(19|20)\d{2})[/_-]?(?<m>0[1-9]|1[0-2])[/_-]?(?<d>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A moment from a stated date, or null when it is none of the forms read.</summary>
    internal static Moment? Parse(string text, DateTimeZone zone)
    {
        text = text.Trim();
        if (text.Length is 0 or > 100)
        {
            return null;
        }
        var iso = Iso.Match(text);
        if (iso.Success)
        {
            return IsoMoment(iso, zone);
        }
        var compact = Compact.Match(text);
        if (compact.Success && Date(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value) is { } day)
        {
            if (compact.Groups["h"].Success && int.Parse(compact.Groups["h"].Value, CultureInfo.InvariantCulture) is int h && h < 24
                && int.Parse(compact.Groups["mi"].Value, CultureInfo.InvariantCulture) is int mi && mi < 60)
            {
                int s = compact.Groups["s"].Success ? int.Parse(compact.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
                return s < 60 ? new Moment(zone.AtLeniently(day.At(new LocalTime(h, mi, s))).ToInstant(), zone, null, MomentPrecision.Second) : null;
            }
            return DayMoment(day, zone);
        }
        foreach (var pattern in new[] { StampPattern.Rfc1123, StampPattern.General })
        {
            var result = pattern.Parse(text, zone);
            if (result.Success)
            {
                return result.Value;
            }
        }
        return null;
    }

    private static Moment? IsoMoment(Match iso, DateTimeZone zone)
    {
        var dateText = iso.Groups["date"].Value;
        var parts = dateText.Split('-');
        if (Date(parts[0], parts[1], parts[2]) is not { } day)
        {
            return null;
        }
        if (!iso.Groups["time"].Success)
        {
            return DayMoment(day, zone);
        }
        var timeText = iso.Groups["time"].Value.Replace(',', '.');
        var offsetText = iso.Groups["offset"].Value;
        if (offsetText.Length > 0)
        {
            var normalised = offsetText is "Z" or "z" ? "Z"
                : offsetText.Length == 3 ? offsetText + ":00"
                : offsetText.Contains(':', StringComparison.Ordinal) ? offsetText
                : offsetText[..3] + ":" + offsetText[3..];
            var parsed = WithOffset.Parse(dateText + "T" + (timeText.Length == 5 ? timeText + ":00" : timeText) + normalised);
            if (!parsed.Success)
            {
                return null;
            }
            var instant = parsed.Value.ToInstant();
            var offset = parsed.Value.Offset;
            // The publication's zone when it had this offset then; else the offset itself, as the page states it.
            var momentZone = zone.GetUtcOffset(instant) == offset ? zone : DateTimeZone.ForOffset(offset);
            return new Moment(instant, momentZone, null, timeText.Length > 5 ? MomentPrecision.Exact : MomentPrecision.Minute);
        }
        var local = LocalDateTimePattern.ExtendedIso.Parse(dateText + "T" + (timeText.Length == 5 ? timeText + ":00" : timeText));
        return local.Success ? new Moment(zone.AtLeniently(local.Value).ToInstant(), zone, null, timeText.Length > 5 ? MomentPrecision.Second : MomentPrecision.Minute) : null;
    }

    private static LocalDate? Date(string y, string m, string d)
    {
        int year = int.Parse(y, CultureInfo.InvariantCulture), month = int.Parse(m, CultureInfo.InvariantCulture), dayOfMonth = int.Parse(d, CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, dayOfMonth)
            : null;
    }

    private static Moment DayMoment(LocalDate day, DateTimeZone zone) =>
        new(zone.AtStartOfDay(day).ToInstant(), zone, null, MomentPrecision.Day);

    /// <summary>The day a URL's path states, or null.</summary>
    internal static Moment? FromUrl(string url, DateTimeZone zone)
    {
        int start = url.IndexOf("://", StringComparison.Ordinal);
        var path = start < 0 ? url : url[(url.IndexOf('/', start + 3) is int slash && slash > 0 ? slash : url.Length)..];
        var match = UrlDate.Match(path);
        return match.Success && Date(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) is { } day ? DayMoment(day, zone) : null;
    }
}
