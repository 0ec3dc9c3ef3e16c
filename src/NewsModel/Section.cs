using System;

namespace NewsModel;

/// <summary>A section of the publication an article belongs to ("World", "Asia"), with its id and URL in the CMS when
/// known. Equality: every member equal (ordinal). Immutable and thread-safe.</summary>
public sealed class Section : IEquatable<Section>
{
    /// <summary>Creates a section.</summary>
    /// <param name="name">Its name as shown.</param>
    /// <param name="id">Its id in the CMS ("/news/asia"), or null.</param>
    /// <param name="url">Its page's URL as given, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public Section(string name, string? id = null, string? url = null)
    {
        Name = Preconditions.CheckNotEmpty(name);
        Id = Preconditions.CheckOptionalNotEmpty(id);
        Url = Preconditions.CheckOptionalNotEmpty(url);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the id, or null.</summary>
    public string? Id { get; }

    /// <summary>Gets the page's URL, or null.</summary>
    public string? Url { get; }

    /// <inheritdoc />
    public bool Equals(Section? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Url, other.Url, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Section);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.TextHash(Name), Equality.TextHash(Id), Equality.TextHash(Url));

    /// <inheritdoc />
    public override string ToString() => Id is null ? Name : Name + " (" + Id + ")";
}
