using System;

namespace NewsModel;

/// <summary>
/// A concept from a controlled vocabulary or a free one: a subject ("Diplomacy", IPTC Media Topic
/// <c>medtop:20000621</c>) or a genre ("Analysis"). It has a name and, when it comes from a scheme, the scheme's URI
/// and its code there, and optionally the concept's own URI. Equality: every member equal (ordinal). Immutable and
/// thread-safe.
/// </summary>
public sealed class Concept : IEquatable<Concept>
{
    /// <summary>Creates a concept.</summary>
    /// <param name="name">Its name as shown.</param>
    /// <param name="code">Its code in the scheme ("20000621"), or null.</param>
    /// <param name="scheme">The scheme's URI ("http://cv.iptc.org/newscodes/mediatopic/"), or null.</param>
    /// <param name="uri">The concept's own URI, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public Concept(string name, string? code = null, string? scheme = null, string? uri = null)
    {
        Name = Preconditions.CheckNotEmpty(name);
        Code = Preconditions.CheckOptionalNotEmpty(code);
        Scheme = Preconditions.CheckOptionalNotEmpty(scheme);
        Uri = Preconditions.CheckOptionalNotEmpty(uri);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the code in the scheme, or null.</summary>
    public string? Code { get; }

    /// <summary>Gets the scheme's URI, or null.</summary>
    public string? Scheme { get; }

    /// <summary>Gets the concept's own URI, or null.</summary>
    public string? Uri { get; }

    /// <inheritdoc />
    public bool Equals(Concept? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Scheme, other.Scheme, StringComparison.Ordinal)
        && string.Equals(Uri, other.Uri, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Concept);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.TextHash(Name), Equality.TextHash(Code), Equality.TextHash(Scheme), Equality.TextHash(Uri));

    /// <inheritdoc />
    public override string ToString() => Code is null ? Name : Name + " [" + Code + "]";
}
