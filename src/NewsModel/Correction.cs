using System;
using NodaTime;

namespace NewsModel;

/// <summary>
/// A correction or clarification appended to an article: when it was made and what it says.
/// </summary>
/// <remarks>
/// Equality: equal moments and equal texts (ordinal). This type is immutable and thread-safe.
/// </remarks>
public sealed class Correction : IEquatable<Correction>
{
    /// <summary>Creates a correction.</summary>
    /// <param name="moment">When the correction was made.</param>
    /// <param name="text">The correction notice as printed; not empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public Correction(Moment moment, string text)
    {
        Moment = Preconditions.CheckNotNull(moment);
        Text = Preconditions.CheckNotEmpty(text);
    }

    /// <summary>Gets when the correction was made.</summary>
    public Moment Moment { get; }

    /// <summary>Gets the correction notice as printed.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public bool Equals(Correction? other) =>
        other is not null && Moment.Equals(other.Moment) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Correction);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Moment, Equality.TextHash(Text));

    /// <inheritdoc />
    public override string ToString() => $"Correction {Moment}: {Text}";
}
