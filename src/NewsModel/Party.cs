using System;
using System.Text;

namespace NewsModel;

/// <summary>
/// A person or organisation an article names as a speaker: the name, and the role or title and affiliation
/// as the article prints them.
/// </summary>
/// <remarks>
/// Equality: all members equal (ordinal text). Immutable and thread-safe.
/// </remarks>
public sealed class Party : IEquatable<Party>
{
    /// <summary>Creates a party.</summary>
    /// <param name="name">The full name as printed, for example "Junichi Ihara"; not empty.</param>
    /// <param name="kind">Person or organisation.</param>
    /// <param name="role">The role or title as printed, for example
    /// "head of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau", or null.</param>
    /// <param name="affiliation">The organisation the party speaks for, for example "Japanese Foreign Ministry", or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or <paramref name="kind"/> is undefined.</exception>
    public Party(string name, PartyKind kind = PartyKind.Person, string? role = null, string? affiliation = null)
    {
        Name = Preconditions.CheckNotEmpty(name);
        Kind = Preconditions.CheckDefined(kind);
        Role = Preconditions.CheckOptionalNotEmpty(role);
        Affiliation = Preconditions.CheckOptionalNotEmpty(affiliation);
    }

    /// <summary>The trusted constructor for NewsModel's readers: the name is non-empty, the kind defined, the
    /// optional texts null or non-empty; nothing is re-checked.</summary>
    internal Party(Trusted trusted, string name, PartyKind kind, string? role, string? affiliation)
    {
        _ = trusted;
        Name = name;
        Kind = kind;
        Role = role;
        Affiliation = affiliation;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets whether this is a person or an organisation.</summary>
    public PartyKind Kind { get; }

    /// <summary>Gets the role or title as printed, or null.</summary>
    public string? Role { get; }

    /// <summary>Gets the affiliation as printed, or null.</summary>
    public string? Affiliation { get; }

    /// <summary>Returns a copy with another role.</summary>
    /// <param name="role">The role, or null.</param>
    /// <returns>The new party.</returns>
    public Party WithRole(string? role) => new(Name, Kind, role, Affiliation);

    /// <summary>Returns a copy with another affiliation.</summary>
    /// <param name="affiliation">The affiliation, or null.</param>
    /// <returns>The new party.</returns>
    public Party WithAffiliation(string? affiliation) => new(Name, Kind, Role, affiliation);

    /// <inheritdoc />
    public bool Equals(Party? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Role, other.Role, StringComparison.Ordinal)
        && string.Equals(Affiliation, other.Affiliation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Party);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Equality.TextHash(Name), Equality.TextHash(Role), Equality.TextHash(Affiliation));

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder(Name);
        if (Role is not null)
        {
            builder.Append(", ").Append(Role);
        }
        if (Affiliation is not null)
        {
            builder.Append(" (").Append(Affiliation).Append(')');
        }
        return builder.ToString();
    }
}
