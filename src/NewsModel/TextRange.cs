using System;
using System.Globalization;

namespace NewsModel;

/// <summary>
/// A range of UTF-16 code units within one body paragraph: where a quote's text stands.
/// </summary>
/// <remarks>
/// Equality: equal start and length. Deliberately not comparable. Immutable and thread-safe.
/// </remarks>
public readonly struct TextRange : IEquatable<TextRange>
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The index of the first code unit; not negative.</param>
    /// <param name="length">The number of code units; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative or the end overflows.</exception>
    public TextRange(int start, int length)
    {
        Preconditions.CheckArgumentRange(start, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(length, 0, int.MaxValue - start);
        Start = start;
        Length = length;
    }

    /// <summary>Gets the index of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Returns the text this range covers in <paramref name="paragraph"/>.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>The covered text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not fit the paragraph.</exception>
    public ReadOnlySpan<char> Slice(string paragraph)
    {
        Preconditions.CheckNotNull(paragraph);
        return paragraph.AsSpan(Start, Length);
    }

    /// <inheritdoc />
    public bool Equals(TextRange other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Returns <c>[start..end)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TextRange left, TextRange right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TextRange left, TextRange right) => !left.Equals(right);
}
