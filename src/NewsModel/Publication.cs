using System;
using NodaTime;

namespace NewsModel;

/// <summary>
/// The publication an article belongs to: its name, optional short name, and the home time zone in which it
/// prints stamps that carry no zone.
/// </summary>
/// <remarks>
/// Equality: names equal (ordinal) and zones with the same id. Immutable and thread-safe.
/// </remarks>
public sealed class Publication : IEquatable<Publication>
{
    /// <summary>Creates a publication.</summary>
    /// <param name="name">Its full name, for example "South China Morning Post"; not empty.</param>
    /// <param name="zone">Its home time zone, normally from <see cref="DateTimeZoneProviders.Tzdb"/>.</param>
    /// <param name="shortName">Its short name, for example "SCMP", or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="shortName"/> is empty.</exception>
    public Publication(string name, DateTimeZone zone, string? shortName = null)
    {
        Name = Preconditions.CheckNotEmpty(name);
        Zone = Preconditions.CheckNotNull(zone);
        ShortName = Preconditions.CheckOptionalNotEmpty(shortName);
    }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the short name, or null.</summary>
    public string? ShortName { get; }

    /// <summary>Gets the home time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <inheritdoc />
    public bool Equals(Publication? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(ShortName, other.ShortName, StringComparison.Ordinal)
        && Equality.ZoneEqual(Zone, other.Zone);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Publication);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Equality.TextHash(Name), Equality.TextHash(ShortName), Equality.ZoneHash(Zone));

    /// <inheritdoc />
    public override string ToString() =>
        ShortName is null ? $"{Name} ({Zone.Id})" : $"{Name} [{ShortName}] ({Zone.Id})";
}
