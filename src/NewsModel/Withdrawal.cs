using System;

namespace NewsModel;

/// <summary>When a published article was withdrawn (killed) and why. Equality: moment and reason equal. Immutable and
/// thread-safe.</summary>
public sealed class Withdrawal : IEquatable<Withdrawal>
{
    /// <summary>Creates a withdrawal.</summary>
    /// <param name="moment">When it was withdrawn.</param>
    /// <param name="reason">Why, as told to readers or clients, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="moment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public Withdrawal(Moment moment, string? reason = null)
    {
        Moment = Preconditions.CheckNotNull(moment);
        Reason = Preconditions.CheckOptionalNotEmpty(reason);
    }

    /// <summary>Gets when it was withdrawn.</summary>
    public Moment Moment { get; }

    /// <summary>Gets why, or null.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public bool Equals(Withdrawal? other) =>
        other is not null && Moment.Equals(other.Moment) && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Withdrawal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Moment, Equality.TextHash(Reason));

    /// <inheritdoc />
    public override string ToString() => Reason is null ? $"Withdrawn {Moment}" : $"Withdrawn {Moment}: {Reason}";
}
