using System;

namespace NewsModel;

/// <summary>
/// A credit: who contributed to the article, whether a person or an organisation, in what role, and the
/// credit line as printed.
/// </summary>
/// <remarks>
/// Equality: all members equal (ordinal text). Immutable and thread-safe.
/// </remarks>
public sealed class Credit : IEquatable<Credit>
{
    /// <summary>Creates a credit.</summary>
    /// <param name="name">The credited name, for example "Associated Press"; not empty.</param>
    /// <param name="kind">Person or organisation.</param>
    /// <param name="role">The contribution.</param>
    /// <param name="printed">The credit line as printed ("Additional reporting by Associated Press"), or null.</param>
    /// <param name="id">An identifier (a CMS author id, a URI), or null.</param>
    /// <param name="profileUrl">A profile page's URL as given, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or an enum value undefined.</exception>
    public Credit(string name, PartyKind kind, CreditRole role, string? printed = null, string? id = null, string? profileUrl = null)
    {
        Id = Preconditions.CheckOptionalNotEmpty(id);
        ProfileUrl = Preconditions.CheckOptionalNotEmpty(profileUrl);
        Name = Preconditions.CheckNotEmpty(name);
        Kind = Preconditions.CheckDefined(kind);
        Role = Preconditions.CheckDefined(role);
        Printed = Preconditions.CheckOptionalNotEmpty(printed);
    }

    /// <summary>The trusted constructor for NewsModel's readers: the name is non-empty, kind and role defined, the
    /// printed text null or non-empty; nothing is re-checked.</summary>
    internal Credit(Trusted trusted, string name, PartyKind kind, CreditRole role, string? printed, string? id = null, string? profileUrl = null)
    {
        _ = trusted;
        Id = id;
        ProfileUrl = profileUrl;
        Name = name;
        Kind = kind;
        Role = role;
        Printed = printed;
    }

    /// <summary>Gets the credited name.</summary>
    public string Name { get; }

    /// <summary>Gets whether the credit names a person or an organisation.</summary>
    public PartyKind Kind { get; }

    /// <summary>Gets the contribution.</summary>
    public CreditRole Role { get; }

    /// <summary>Gets the credit line as printed, or null.</summary>
    public string? Printed { get; }

    /// <summary>Gets the identifier (a CMS author id, a URI), or null.</summary>
    public string? Id { get; }

    /// <summary>Gets the profile page's URL as given, or null.</summary>
    public string? ProfileUrl { get; }

    /// <summary>Returns a copy with another identifier and profile URL.</summary>
    /// <param name="id">The new identifier, or null.</param>
    /// <param name="profileUrl">The new profile URL, or null.</param>
    /// <returns>The new credit.</returns>
    public Credit WithIdentity(string? id, string? profileUrl) => new(Name, Kind, Role, Printed, id, profileUrl);

    /// <inheritdoc />
    public bool Equals(Credit? other) =>
        other is not null
        && Kind == other.Kind
        && Role == other.Role
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Printed, other.Printed, StringComparison.Ordinal)
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(ProfileUrl, other.ProfileUrl, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Credit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Role, Equality.TextHash(Name), Equality.TextHash(Printed), Equality.TextHash(Id), Equality.TextHash(ProfileUrl));

    /// <inheritdoc />
    public override string ToString() => $"{Role}: {Name} ({Kind})";
}
