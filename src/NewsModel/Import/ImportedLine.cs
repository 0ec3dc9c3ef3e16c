using System;
using System.Globalization;

namespace NewsModel.Import;

/// <summary>One line of the input and what the importer made of it.</summary>
/// <remarks>Equality: all members equal (ordinal text). Immutable and thread-safe.</remarks>
public sealed class ImportedLine : IEquatable<ImportedLine>
{
    internal ImportedLine(int number, int offset, string text, LineRole role, string? reason)
    {
        Number = number;
        Offset = offset;
        Text = text;
        Role = role;
        Reason = reason;
    }

    /// <summary>Gets the 1-based line number in the input.</summary>
    public int Number { get; }

    /// <summary>Gets the 0-based offset (UTF-16 code units) of the line's trimmed text in the input.</summary>
    public int Offset { get; }

    /// <summary>Gets the line's text, trimmed of surrounding white space.</summary>
    public string Text { get; }

    /// <summary>Gets what the line became.</summary>
    public LineRole Role { get; }

    /// <summary>Gets why the line was given its role when that is not obvious (always set for boilerplate and
    /// captions), or null.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public bool Equals(ImportedLine? other) =>
        other is not null
        && Number == other.Number
        && Offset == other.Offset
        && Role == other.Role
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImportedLine);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Offset, Role, StringComparer.Ordinal.GetHashCode(Text));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Number}: {Role}{(Reason is null ? "" : " (" + Reason + ")")}: {Text}");
}
