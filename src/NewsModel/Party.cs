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
    /// <param name="id">An identifier in the newsroom's or a public registry (a CMS id, a Wikidata URI), or null.</param>
    /// <param name="profileUrl">A profile page's URL as given, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or <paramref name="kind"/> is undefined.</exception>
    public Party(string name, PartyKind kind = PartyKind.Person, string? role = null, string? affiliation = null, string? id = null, string? profileUrl = null)
    {
        Name = Preconditions.CheckNotEmpty(name);
        Kind = Preconditions.CheckDefined(kind);
        Role = Preconditions.CheckOptionalNotEmpty(role);
        Affiliation = Preconditions.CheckOptionalNotEmpty(affiliation);
        Id = Preconditions.CheckOptionalNotEmpty(id);
        ProfileUrl = Preconditions.CheckOptionalNotEmpty(profileUrl);
    }

    /// <summary>The trusted constructor for NewsModel's readers: the name is non-empty, the kind defined, the
    /// optional texts null or non-empty; nothing is re-checked.</summary>
    internal Party(Trusted trusted, string name, PartyKind kind, string? role, string? affiliation, string? id = null, string? profileUrl = null)
    {
        _ = trusted;
        Id = id;
        ProfileUrl = profileUrl;
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
    public Party WithRole(string? role) => new(Name, Kind, role, Affiliation, Id, ProfileUrl);

    /// <summary>Returns a copy with another affiliation.</summary>
    /// <param name="affiliation">The affiliation, or null.</param>
    /// <returns>The new party.</returns>
    public Party WithAffiliation(string? affiliation) => new(Name, Kind, Role, affiliation, Id, ProfileUrl);

    /// <summary>Gets the identifier (a CMS id or a URI), or null.</summary>
    public string? Id { get; }

    /// <summary>Gets the profile page's URL as given, or null.</summary>
    public string? ProfileUrl { get; }

    /// <summary>Returns a copy with another identifier and profile URL.</summary>
    /// <param name="id">The new identifier, or null.</param>
    /// <param name="profileUrl">The new profile URL, or null.</param>
    /// <returns>The new party.</returns>
    public Party WithIdentity(string? id, string? profileUrl) => new(Name, Kind, Role, Affiliation, id, profileUrl);

    /// <inheritdoc />
    public bool Equals(Party? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Role, other.Role, StringComparison.Ordinal)
        && string.Equals(Affiliation, other.Affiliation, StringComparison.Ordinal)
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(ProfileUrl, other.ProfileUrl, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Party);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Equality.TextHash(Name), Equality.TextHash(Role), Equality.TextHash(Affiliation), Equality.TextHash(Id), Equality.TextHash(ProfileUrl));

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
