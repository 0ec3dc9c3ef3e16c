using System;

namespace NewsModel;

/// <summary>One update of a published article: when, and optionally what changed (corrections, which readers are told
/// about, are <see cref="Correction"/>s). Equality: moment and note equal. Immutable and thread-safe.</summary>
public sealed class Revision : IEquatable<Revision>
{
    /// <summary>Creates a revision.</summary>
    /// <param name="moment">When the article was updated.</param>
    /// <param name="note">What changed, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="moment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty.</exception>
    public Revision(Moment moment, string? note = null)
    {
        Moment = Preconditions.CheckNotNull(moment);
        Note = Preconditions.CheckOptionalNotEmpty(note);
    }

    /// <summary>Gets when the article was updated.</summary>
    public Moment Moment { get; }

    /// <summary>Gets what changed, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(Revision? other) =>
        other is not null && Moment.Equals(other.Moment) && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Revision);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Moment, Equality.TextHash(Note));

    /// <inheritdoc />
    public override string ToString() => Note is null ? $"Revision {Moment}" : $"Revision {Moment}: {Note}";
}
