using System;

namespace NewsModel.Formats;

/// <summary>
/// One entry of a <see cref="LossReport"/>: which field, what of it the target could not hold, and why.
/// </summary>
/// <remarks>Equality: all four members equal (texts ordinal). Immutable and thread-safe.</remarks>
public sealed class LossEntry : IEquatable<LossEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="field">The field path in the source, for example <c>Quotes[2].Attribution.Cue</c> or
    /// <c>$.renditions</c>; not empty.</param>
    /// <param name="detail">What was lost or changed; not empty.</param>
    /// <param name="reason">Why the target could not hold it; not empty.</param>
    /// <param name="kind">How the field fared.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or <paramref name="kind"/> is not defined.</exception>
    public LossEntry(string field, string detail, string reason, LossKind kind)
    {
        Field = Preconditions.CheckNotEmpty(field);
        Detail = Preconditions.CheckNotEmpty(detail);
        Reason = Preconditions.CheckNotEmpty(reason);
        Kind = Preconditions.CheckDefined(kind);
    }

    /// <summary>Creates an entry from the converters' own constant texts, unchecked (they are never empty).</summary>
    internal LossEntry(string field, string detail, string reason, LossKind kind, bool trusted)
    {
        System.Diagnostics.Debug.Assert(trusted && field.Length > 0 && detail.Length > 0 && reason.Length > 0, "Converters pass non-empty texts.");
        Field = field;
        Detail = detail;
        Reason = reason;
        Kind = kind;
    }

    /// <summary>Gets the field path in the source.</summary>
    public string Field { get; }

    /// <summary>Gets what was lost or changed.</summary>
    public string Detail { get; }

    /// <summary>Gets why the target could not hold it.</summary>
    public string Reason { get; }

    /// <summary>Gets how the field fared.</summary>
    public LossKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(LossEntry? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Field, other.Field, StringComparison.Ordinal)
        && string.Equals(Detail, other.Detail, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LossEntry);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Equality.TextHash(Field), Equality.TextHash(Detail), Equality.TextHash(Reason));

    /// <summary>Returns <c>Kind Field: Detail (Reason)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Field}: {Detail} ({Reason})";
}
