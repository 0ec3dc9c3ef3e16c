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
/// Equality: two moments are equal when their instants are equal, their zones have the same id (ordinal)
/// and their printed texts are equal (ordinal, both absent counts as equal). Moments are deliberately not
/// <see cref="IComparable{T}"/>: two moments with one instant may differ in zone or text. Use
/// <see cref="InstantComparer"/> to order by instant.
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
    public Moment(Instant instant, DateTimeZone zone, string? printed = null)
    {
        Instant = instant;
        Zone = Preconditions.CheckNotNull(zone);
        Printed = Preconditions.CheckOptionalNotEmpty(printed);
    }

    /// <summary>Creates a moment from a zoned value: its instant and its zone.</summary>
    /// <param name="zoned">The zoned date and time.</param>
    /// <param name="printed">The stamp as printed, or null.</param>
    /// <returns>The moment.</returns>
    public static Moment FromZoned(ZonedDateTime zoned, string? printed = null) =>
        new(zoned.ToInstant(), zoned.Zone, printed);

    /// <summary>Gets the instant of this moment.</summary>
    public Instant Instant { get; }

    /// <summary>Gets the zone this moment was stamped in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the stamp as printed on the page, or null when the moment did not come from text.</summary>
    public string? Printed { get; }

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
    public Moment WithPrinted(string? printed) => new(Instant, Zone, printed);

    /// <summary>Returns a copy stamped in another zone, keeping the instant (the printed text is dropped,
    /// since it described the old zone's clock).</summary>
    /// <param name="zone">The new zone.</param>
    /// <returns>The new moment.</returns>
    public Moment InZone(DateTimeZone zone) => new(Instant, zone);

    /// <summary>Orders moments by instant alone; moments with one instant compare as equal.
    /// Null sorts first. Thread-safe.</summary>
    public static IComparer<Moment?> InstantComparer { get; } = Comparer<Moment?>.Create(static (x, y) =>
        x is null ? (y is null ? 0 : -1) : y is null ? 1 : x.Instant.CompareTo(y.Instant));

    /// <inheritdoc />
    public bool Equals(Moment? other) =>
        other is not null
        && Instant == other.Instant
        && Equality.ZoneEqual(Zone, other.Zone)
        && string.Equals(Printed, other.Printed, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Moment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Instant, Equality.ZoneHash(Zone), Equality.TextHash(Printed));

    /// <summary>Returns the RFC 9557 form, for example <c>2014-03-31T05:31:00+08:00[Asia/Hong_Kong]</c>,
    /// followed by the printed text in quotes when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendRfc9557(builder, ZonedDateTime);
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
