using System;
using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace NewsModel;

/// <summary>
/// One moment on an article's timeline: the <see cref="NodaTime.Instant"/> it happened, the
/// <see cref="DateTimeZone"/> it was stamped in, and, when it came from text, the stamp exactly as printed.
/// </summary>
/// <remarks>
/// <para>
/// A moment keeps all three because every common format loses one of them: an instant alone forgets that
/// the newsroom printed Hong Kong time; an offset alone forgets the zone's daylight-saving rules; the printed
/// text alone cannot be ordered. <see cref="ZonedDateTime"/> and <see cref="Utc"/> are views computed from the
/// instant and the zone.
/// </para>
/// <para>
/// A moment also says what it knows (<see cref="Precision"/>): a stamp printed without a time of day is a
/// <see cref="MomentPrecision.Day"/> moment at the start of that day in its zone, not a midnight nobody printed.
/// A stamp read against a reference instant ("2 hours ago", "Yesterday at 5:31pm") keeps that reference in
/// <see cref="RelativeTo"/>.
/// </para>
/// <para>
/// Equality: two moments are equal when their instants are equal, their zones have the same id (ordinal),
/// their printed texts are equal (ordinal, both absent counts as equal), and their precisions and references
/// are equal. Moments are deliberately not <see cref="IComparable{T}"/>: two moments with one instant may differ
/// in zone, text or precision. Use <see cref="InstantComparer"/> to order by instant: a date-only moment stands at
/// the start of its day, so it sorts before every timed moment later that day and equal to one at the day's
/// very start; <see cref="ChronologicalComparer"/> breaks such ties, coarser precision first.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Moment : IEquatable<Moment>
{
    /// <summary>
    /// Creates a moment.
    /// </summary>
    /// <param name="instant">When it happened.</param>
    /// <param name="zone">The zone it was stamped in (normally the publication's home zone).</param>
    /// <param name="printed">The stamp as printed on the page, without any label such as <c>PUBLISHED :</c>;
    /// null when the moment did not come from text. Must not be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="printed"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">On the zone's clock, <paramref name="instant"/> falls outside the
    /// years 1 to 9999, which no format can write.</exception>
    public Moment(Instant instant, DateTimeZone zone, string? printed = null)
    {
        Zone = Preconditions.CheckNotNull(zone);
        Instant = CheckRepresentable(instant, zone);
        Printed = Preconditions.CheckOptionalNotEmpty(printed);
    }

    private const long TicksPerSecond = 10_000_000;
    private const long TicksPerDay = 86_400 * TicksPerSecond;

    /// <summary>The first instant a moment may hold on its zone's clock: 0001-01-01T00:00 local.</summary>
    private static readonly long MinLocalTicks = NodaTime.Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeTicks();

    /// <summary>The end (exclusive) of what a moment may hold on its zone's clock: 10000-01-01T00:00 local.</summary>
    private static readonly long EndLocalTicks = NodaTime.Instant.FromUtc(9999, 12, 31, 0, 0).ToUnixTimeTicks() + TicksPerDay;

    /// <summary>Rejects an instant whose local date and time in <paramref name="zone"/> is outside the years 1 to
    /// 9999: every format the library writes (RFC 3339, RFC 9557, ninjs, schema.org) holds those years only, so such
    /// a moment could be built but never written.</summary>
    private static Instant CheckRepresentable(Instant instant, DateTimeZone zone, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(instant))] string? paramName = null)
    {
        long ticks = instant.ToUnixTimeTicks();
        if (ticks >= MinLocalTicks + TicksPerDay && ticks < EndLocalTicks - TicksPerDay)
        {
            return instant; // A day away from both ends, no offset (at most 18 hours) can leave the range.
        }
        long local = ticks + (zone.GetUtcOffset(instant).Seconds * TicksPerSecond);
        if (local < MinLocalTicks || local >= EndLocalTicks)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                instant,
                $"On the clock of {zone.Id} this instant falls outside the years 1 to 9999, which no format the library writes can hold.");
        }
        return instant;
    }

    /// <summary>
    /// Creates a moment that states its precision and, for a relative stamp, the reference it was read against.
    /// </summary>
    /// <param name="instant">When it happened; for an absolute <see cref="MomentPrecision.Day"/> moment, the start
    /// of its day in <paramref name="zone"/>.</param>
    /// <param name="zone">The zone it was stamped in.</param>
    /// <param name="printed">The stamp as printed, or null. Must not be empty.</param>
    /// <param name="precision">What the moment knows.</param>
    /// <param name="relativeTo">For a relative stamp ("2 hours ago"), the instant it was read against (the crawl
    /// time); null for an absolute moment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="printed"/> is empty, or <paramref name="precision"/> is
    /// <see cref="MomentPrecision.Day"/>, <paramref name="relativeTo"/> is null and <paramref name="instant"/> is not
    /// the start of a day in <paramref name="zone"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not defined, or
    /// <paramref name="instant"/> (on the zone's clock) or <paramref name="relativeTo"/> (in UTC) is outside the years
    /// 1 to 9999.</exception>
    public Moment(Instant instant, DateTimeZone zone, string? printed, MomentPrecision precision, Instant? relativeTo = null)
        : this(instant, zone, printed)
    {
        Precision = Preconditions.CheckDefined(precision);
        RelativeTo = relativeTo is { } reference ? CheckRepresentable(reference, DateTimeZone.Utc, nameof(relativeTo)) : null;
        if (relativeTo is null && precision == MomentPrecision.Day && !IsTruncated(instant, zone, precision))
        {
            throw new ArgumentException(
                $"The instant {instant} shows {instant.InZone(zone).LocalDateTime:uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFF} in {zone.Id}, " +
                "which is not the start of a day there; a date-only moment stands at the start of its day (Moment.FromDate).",
                nameof(instant));
        }
    }

    /// <summary>Creates a date-only moment: the start of <paramref name="date"/> in <paramref name="zone"/>, with
    /// <see cref="MomentPrecision.Day"/>.</summary>
    /// <param name="date">The printed date.</param>
    /// <param name="zone">The zone the date was printed in.</param>
    /// <param name="printed">The stamp as printed, or null.</param>
    /// <returns>The moment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="printed"/> is empty.</exception>
    public static Moment FromDate(LocalDate date, DateTimeZone zone, string? printed = null) =>
        new(Preconditions.CheckNotNull(zone).AtStartOfDay(date).ToInstant(), zone, printed, MomentPrecision.Day);

    /// <summary>Creates a moment from a zoned value: its instant and its zone.</summary>
    /// <param name="zoned">The zoned date and time.</param>
    /// <param name="printed">The stamp as printed, or null.</param>
    /// <returns>The moment.</returns>
    public static Moment FromZoned(ZonedDateTime zoned, string? printed = null) =>
        new(zoned.ToInstant(), zoned.Zone, printed);

    /// <summary>Creates a moment from a zoned value with a stated precision.</summary>
    /// <param name="zoned">The zoned date and time (the start of a day for <see cref="MomentPrecision.Day"/>).</param>
    /// <param name="printed">The stamp as printed, or null.</param>
    /// <param name="precision">What the moment knows.</param>
    /// <returns>The moment.</returns>
    /// <exception cref="ArgumentException"><paramref name="printed"/> is empty, or <paramref name="precision"/> is
    /// <see cref="MomentPrecision.Day"/> and <paramref name="zoned"/> is not the start of a day.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not defined.</exception>
    public static Moment FromZoned(ZonedDateTime zoned, string? printed, MomentPrecision precision) =>
        new(zoned.ToInstant(), zoned.Zone, printed, precision);

    /// <summary>Gets the instant of this moment.</summary>
    public Instant Instant { get; }

    /// <summary>Gets the zone this moment was stamped in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the stamp as printed on the page, or null when the moment did not come from text.</summary>
    public string? Printed { get; }

    /// <summary>Gets what this moment knows: <see cref="MomentPrecision.Exact"/> unless it came from a stamp that
    /// printed less.</summary>
    public MomentPrecision Precision { get; }

    /// <summary>Gets the reference instant a relative stamp ("2 hours ago") was read against, or null for an
    /// absolute moment.</summary>
    public Instant? RelativeTo { get; }

    /// <summary>Gets whether this moment was read from a relative stamp.</summary>
    public bool IsRelative => RelativeTo.HasValue;

    /// <summary>Gets whether this moment knows the date only (<see cref="MomentPrecision.Day"/>).</summary>
    public bool IsDateOnly => Precision == MomentPrecision.Day;

    /// <summary>Gets the local date the zone's calendar showed.</summary>
    public LocalDate Date => ZonedDateTime.Date;

    /// <summary>Gets the moment in its zone.</summary>
    public ZonedDateTime ZonedDateTime => Instant.InZone(Zone);

    /// <summary>Gets the moment in UTC.</summary>
    public ZonedDateTime Utc => Instant.InUtc();

    /// <summary>Gets the local date and time the zone's clocks showed.</summary>
    public LocalDateTime LocalDateTime => ZonedDateTime.LocalDateTime;

    /// <summary>Gets the zone's offset from UTC at this moment.</summary>
    public Offset Offset => Zone.GetUtcOffset(Instant);

    /// <summary>Returns a copy with another printed text (re-validated).</summary>
    /// <param name="printed">The new printed text, or null.</param>
    /// <returns>The new moment.</returns>
    public Moment WithPrinted(string? printed) => new(Instant, Zone, printed, Precision, RelativeTo);

    /// <summary>Returns a copy with the instant truncated to <paramref name="precision"/> on the zone's clock (the
    /// start of the day for <see cref="MomentPrecision.Day"/>), keeping the printed text and reference. Stating a
    /// finer precision than the moment has keeps its instant.</summary>
    /// <param name="precision">The precision.</param>
    /// <returns>The new moment (this instance when nothing changes).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not defined.</exception>
    public Moment WithPrecision(MomentPrecision precision)
    {
        Preconditions.CheckDefined(precision);
        if (precision == Precision)
        {
            return this;
        }
        var instant = RelativeTo is null ? Truncate(Instant, Zone, precision) : Instant;
        return new Moment(instant, Zone, Printed, precision, RelativeTo);
    }

    /// <summary>Returns a copy stamped in another zone, keeping the instant (the printed text is dropped,
    /// since it described the old zone's clock). The precision is kept when the instant is still truncated to it
    /// on the new zone's clock; otherwise (a date-only moment's day starts at another instant elsewhere, a printed
    /// minute is not a whole minute on the new zone's clock) the copy keeps the instant as
    /// <see cref="MomentPrecision.Exact"/>.</summary>
    /// <param name="zone">The new zone.</param>
    /// <returns>The new moment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Moment InZone(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        var precision = RelativeTo is not null || IsTruncated(Instant, zone, Precision) ? Precision : MomentPrecision.Exact;
        return new(Instant, zone, null, precision, RelativeTo);
    }

    /// <summary>Orders moments by instant, then, at one instant, coarser precision first (a date-only moment before
    /// a timed one at the day's very start), then absolute before relative. Moments that differ only in zone or
    /// printed text compare as equal. Null sorts first. Thread-safe.</summary>
    public static IComparer<Moment?> ChronologicalComparer { get; } = Comparer<Moment?>.Create(static (x, y) =>
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        int c = x.Instant.CompareTo(y.Instant);
        if (c != 0)
        {
            return c;
        }
        c = y.Precision.CompareTo(x.Precision);
        return c != 0 ? c : x.IsRelative.CompareTo(y.IsRelative);
    });

    /// <summary>Truncates <paramref name="instant"/> to <paramref name="precision"/> on <paramref name="zone"/>'s clock.</summary>
    internal static Instant Truncate(Instant instant, DateTimeZone zone, MomentPrecision precision)
    {
        if (precision == MomentPrecision.Exact)
        {
            return instant;
        }
        var zoned = instant.InZone(zone);
        if (precision == MomentPrecision.Day)
        {
            return zone.AtStartOfDay(zoned.Date).ToInstant();
        }
        var time = zoned.TimeOfDay;
        var truncated = precision switch
        {
            MomentPrecision.Second => new LocalTime(time.Hour, time.Minute, time.Second),
            MomentPrecision.Minute => new LocalTime(time.Hour, time.Minute),
            _ => new LocalTime(time.Hour, 0),
        };
        // Going back on the clock within one day never crosses more than the zone's own transitions; map the
        // truncated local time with the offset in force at the original instant, which keeps it earlier.
        return instant - (time - truncated).ToDuration();
    }

    /// <summary>Whether <paramref name="instant"/> is truncated to <paramref name="precision"/> on <paramref name="zone"/>'s clock.</summary>
    internal static bool IsTruncated(Instant instant, DateTimeZone zone, MomentPrecision precision)
    {
        if (precision == MomentPrecision.Exact)
        {
            return true;
        }
        var zoned = instant.InZone(zone);
        if (precision == MomentPrecision.Day)
        {
            return zone.AtStartOfDay(zoned.Date).ToInstant() == instant;
        }
        var time = zoned.TimeOfDay;
        return time.NanosecondOfSecond == 0
               && (precision == MomentPrecision.Second || time.Second == 0)
               && (precision != MomentPrecision.Hour || time.Minute == 0);
    }

    /// <summary>The first instant this moment may stand for: its instant, or for a date-only moment (relative ones
    /// too) the start of its day in its zone.</summary>
    internal Instant Earliest => Precision == MomentPrecision.Day ? Zone.AtStartOfDay(Date).ToInstant() : Instant;

    /// <summary>The last instant this moment may stand for: its instant when exact; otherwise the last nanosecond of
    /// the second, minute or hour that starts at its instant, or of its day in its zone. A moment covers
    /// <see cref="Earliest"/> to <see cref="Latest"/>: "published 14 May 2020" is not after anything that happened
    /// on that day.</summary>
    internal Instant Latest
    {
        get
        {
            if (Precision == MomentPrecision.Day)
            {
                var date = Date;
                return date >= LocalDate.MaxIsoValue ? Instant.MaxValue : Zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;
            }
            var unit = Precision switch
            {
                MomentPrecision.Hour => Duration.FromHours(1),
                MomentPrecision.Minute => Duration.FromMinutes(1),
                MomentPrecision.Second => Duration.FromSeconds(1),
                _ => Duration.Zero,
            };
            return unit == Duration.Zero ? Instant : Instant > Instant.MaxValue - unit ? Instant.MaxValue : Instant + unit - Duration.Epsilon;
        }
    }

    /// <summary>Whether <paramref name="earlier"/> is certainly before <paramref name="later"/>: the last instant it may
    /// stand for is before the first <paramref name="later"/> may stand for. Two exact moments compare by instant; a
    /// date-only moment is not before a timed one on the same day, nor after it.</summary>
    internal static bool IsSurelyBefore(Moment earlier, Moment later) =>
        earlier.Latest < later.Earliest;

    /// <summary>The unit a precision names, for messages: "day", "hour", "minute", "second" or "instant".</summary>
    internal static string PrecisionName(MomentPrecision precision) => precision switch
    {
        MomentPrecision.Day => "day",
        MomentPrecision.Hour => "hour",
        MomentPrecision.Minute => "minute",
        MomentPrecision.Second => "second",
        _ => "instant",
    };

    /// <summary>Orders moments by instant alone; moments with one instant compare as equal.
    /// Null sorts first. Thread-safe.</summary>
    public static IComparer<Moment?> InstantComparer { get; } = Comparer<Moment?>.Create(static (x, y) =>
        x is null ? (y is null ? 0 : -1) : y is null ? 1 : x.Instant.CompareTo(y.Instant));

    /// <inheritdoc />
    public bool Equals(Moment? other) =>
        other is not null
        && Instant == other.Instant
        && Equality.ZoneEqual(Zone, other.Zone)
        && string.Equals(Printed, other.Printed, StringComparison.Ordinal)
        && Precision == other.Precision
        && RelativeTo == other.RelativeTo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Moment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Instant, Equality.ZoneHash(Zone), Equality.TextHash(Printed), Precision, RelativeTo);

    /// <summary>Returns the RFC 9557 form, for example <c>2014-03-31T05:31:00+08:00[Asia/Hong_Kong]</c>
    /// (a date-only moment as <c>2020-05-14[Europe/London]</c>), then <c>~minute</c>, <c>~second</c> or <c>~hour</c>
    /// for a moment that knows no more, <c>relative to</c> and the reference for a relative one, and the printed text
    /// in quotes when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Precision == MomentPrecision.Day && RelativeTo is null)
        {
            var date = Date;
            builder.Append(date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture)).Append('[').Append(Zone.Id).Append(']');
        }
        else
        {
            AppendRfc9557(builder, ZonedDateTime);
            if (Precision != MomentPrecision.Exact)
            {
                builder.Append(" ~").Append(PrecisionName(Precision));
            }
        }
        if (RelativeTo is { } reference)
        {
            builder.Append(" relative to ").Append(reference.ToString());
        }
        if (Printed is not null)
        {
            builder.Append(" \"").Append(Printed).Append('"');
        }
        return builder.ToString();
    }

    /// <summary>Appends <c>uuuu-MM-ddTHH:mm:ss[.fffffffff]±HH:mm[:ss][Zone]</c> (the RFC 9557 pattern's form).</summary>
    internal static void AppendRfc9557(StringBuilder builder, ZonedDateTime zoned)
    {
        Span<char> buffer = stackalloc char[128];
        if (Text.StampPattern.Rfc9557.TryFormat(zoned, buffer, out int written))
        {
            builder.Append(buffer[..written]);
        }
        else
        {
            builder.Append(Text.StampPattern.Rfc9557.Format(zoned));
        }
    }
}
