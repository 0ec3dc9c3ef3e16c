using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace NewsModel.Text;

/// <summary>
/// Maps a local date and time to the zone intervals that contain it without allocating (NodaTime's
/// <c>MapLocal</c> returns a new mapping object), and turns gaps and ambiguities into failures or choices.
/// </summary>
internal static class ZoneMapper
{
    private static readonly Duration MaxOffset = Duration.FromHours(18);

    /// <summary>Gets an offset as a duration.</summary>
    internal static Duration AsDuration(this Offset offset) => Duration.FromSeconds(offset.Seconds);

    /// <summary>Finds the intervals whose wall clock shows <paramref name="local"/> (the local date and time
    /// written as if it were UTC). Returns 1 (unique), 2 (ambiguous: <paramref name="early"/> then
    /// <paramref name="late"/>) or 0 (a gap between <paramref name="early"/> and <paramref name="late"/>).</summary>
    internal static int Map(DateTimeZone zone, Instant local, out ZoneInterval early, out ZoneInterval late)
    {
        var guess = zone.GetZoneInterval(local);
        if (ContainsLocal(guess, local))
        {
            // A neighbour can only show this wall-clock time too when the time is within the largest possible
            // offset (18 hours) of the transition; elsewhere the lookups are skipped.
            if (guess.HasStart && local < guess.Start + MaxOffset)
            {
                var before = zone.GetZoneInterval(guess.Start - Duration.Epsilon);
                if (ContainsLocal(before, local))
                {
                    early = before;
                    late = guess;
                    return 2;
                }
            }
            if (guess.HasEnd && local >= guess.End - MaxOffset)
            {
                var after = zone.GetZoneInterval(guess.End);
                if (ContainsLocal(after, local))
                {
                    early = guess;
                    late = after;
                    return 2;
                }
            }
            early = late = guess;
            return 1;
        }
        ZoneInterval? previous = guess.HasStart ? zone.GetZoneInterval(guess.Start - Duration.Epsilon) : null;
        if (previous is not null && ContainsLocal(previous, local))
        {
            early = late = previous;
            return 1;
        }
        ZoneInterval? next = guess.HasEnd ? zone.GetZoneInterval(guess.End) : null;
        if (next is not null && ContainsLocal(next, local))
        {
            early = late = next;
            return 1;
        }
        // A gap: either just before the guessed interval starts locally, or just after it ends.
        if (guess.HasStart && local < guess.Start + guess.WallOffset.AsDuration())
        {
            early = previous!;
            late = guess;
        }
        else
        {
            early = guess;
            late = next ?? guess;
        }
        return 0;
    }

    private static bool ContainsLocal(ZoneInterval interval, Instant local)
    {
        var offset = interval.WallOffset.AsDuration();
        return (!interval.HasStart || interval.Start + offset <= local)
            && (!interval.HasEnd || local < interval.End + offset);
    }

    /// <summary>Whether a printed abbreviation names a zone interval: the interval's own name (ordinal), or the
    /// two-letter generic North American form that drops the S or D (<c>ET</c> for <c>EST</c> and <c>EDT</c>,
    /// likewise <c>AT</c>, <c>CT</c>, <c>MT</c>, <c>PT</c>), which names whichever is in force. Longer names are never
    /// generic: <c>CET</c> is not <c>CEST</c>.</summary>
    internal static bool AbbreviationMatches(ReadOnlySpan<char> printed, string name)
    {
        if (printed.Equals(name, StringComparison.Ordinal))
        {
            return true;
        }
        return printed.Length == 2 && name.Length == 3 && printed[1] == 'T' && name[2] == 'T'
               && name[1] is 'S' or 'D' && printed[0] == name[0];
    }

    /// <summary>Resolves <paramref name="local"/> in <paramref name="zone"/>, using a printed abbreviation (when
    /// not empty) to check the interval and to settle an ambiguity, and <paramref name="resolver"/> otherwise.</summary>
    internal static ParseFailure? Resolve(
        DateTimeZone zone,
        Instant local,
        int timePosition,
        ReadOnlySpan<char> abbreviation,
        int abbreviationPosition,
        StampResolver resolver,
        out Instant instant)
    {
        int count = Map(zone, local, out var early, out var late);
        instant = default;
        if (abbreviation.Length > 0 && count != 0)
        {
            bool earlyMatches = AbbreviationMatches(abbreviation, early.Name);
            bool lateMatches = count == 2 && AbbreviationMatches(abbreviation, late.Name);
            if (!earlyMatches && !lateMatches)
            {
                string actual = count == 2 && !string.Equals(early.Name, late.Name, StringComparison.Ordinal)
                    ? early.Name + " or " + late.Name
                    : early.Name;
                return new ParseFailure(TextErrorMessages.AbbreviationMismatch, abbreviationPosition, abbreviation.ToString(), zone.Id, actual);
            }
            if (earlyMatches != lateMatches)
            {
                instant = local - (earlyMatches ? early : late).WallOffset.AsDuration();
                return null;
            }
        }
        if (count == 1)
        {
            instant = local - early.WallOffset.AsDuration();
            return null;
        }
        var first = local - early.WallOffset.AsDuration();
        var second = local - late.WallOffset.AsDuration();
        if (first > second)
        {
            (first, second) = (second, first);
        }
        switch (resolver)
        {
            case StampResolver.Earlier:
                instant = first;
                return null;
            case StampResolver.Later:
                instant = second;
                return null;
            default:
                return new ParseFailure(
                    count == 0 ? TextErrorMessages.SkippedTime : TextErrorMessages.AmbiguousTime,
                    timePosition,
                    LocalText(local),
                    zone.Id,
                    Candidate(first, local, early, late) + " or " + Candidate(second, local, early, late));
        }
    }

    /// <summary>Describes a candidate instant and the offset the local time was read with:
    /// <c>2019-03-10T06:30:00Z (at -04:00, EDT)</c>.</summary>
    private static string Candidate(Instant candidate, Instant local, ZoneInterval early, ZoneInterval late)
    {
        var interval = candidate == local - early.WallOffset.AsDuration() ? early : late;
        return InstantPattern.ExtendedIso.Format(candidate) + " (at " + OffsetText(interval.WallOffset) + ", " + interval.Name + ")";
    }

    /// <summary>Formats a local date and time given as a UTC instant: <c>2019-03-10T02:30</c> (seconds when
    /// not zero).</summary>
    internal static string LocalText(Instant local)
    {
        var value = local.InUtc().LocalDateTime;
        return value.ToString(value.Second == 0 && value.NanosecondOfSecond == 0 ? "uuuu-MM-dd'T'HH:mm" : "uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFF", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an offset as <c>+08:00</c>, <c>-00:44:30</c>.</summary>
    internal static string OffsetText(Offset offset) => OffsetText(offset.Seconds);

    /// <summary>Formats an offset in seconds (any size) as <c>+08:00</c>, <c>-00:44:30</c>.</summary>
    internal static string OffsetText(int seconds)
    {
        Span<char> buffer = stackalloc char[16];
        var writer = new StampWriter(buffer);
        writer.Offset(seconds, colon: true, allowSeconds: true);
        return buffer[..writer.Position].ToString();
    }
}
