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
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or an enum value undefined.</exception>
    public Credit(string name, PartyKind kind, CreditRole role, string? printed = null)
    {
        Name = Preconditions.CheckNotEmpty(name);
        Kind = Preconditions.CheckDefined(kind);
        Role = Preconditions.CheckDefined(role);
        Printed = Preconditions.CheckOptionalNotEmpty(printed);
    }

    /// <summary>The trusted constructor for NewsModel's readers: the name is non-empty, kind and role defined, the
    /// printed text null or non-empty; nothing is re-checked.</summary>
    internal Credit(Trusted trusted, string name, PartyKind kind, CreditRole role, string? printed)
    {
        _ = trusted;
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

    /// <inheritdoc />
    public bool Equals(Credit? other) =>
        other is not null
        && Kind == other.Kind
        && Role == other.Role
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Printed, other.Printed, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Credit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Role, Equality.TextHash(Name), Equality.TextHash(Printed));

    /// <inheritdoc />
    public override string ToString() => $"{Role}: {Name} ({Kind})";
}
