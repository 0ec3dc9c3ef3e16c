using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace NewsModel.Formats;

/// <summary>
/// What a conversion could not carry into its target, field by field, so that a CMS can warn before it
/// publishes a lossy feed.
/// </summary>
/// <remarks>Equality: the entries element by element, in order. Immutable and thread-safe.</remarks>
public sealed class LossReport : IEquatable<LossReport>
{
    /// <summary>The report with no entries.</summary>
    public static LossReport None { get; } = new(ImmutableArray<LossEntry>.Empty, trusted: true);

    /// <summary>Creates a report.</summary>
    /// <param name="entries">The entries in order; no element null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public LossReport(IEnumerable<LossEntry> entries)
    {
        Entries = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(entries));
    }

    /// <summary>Wraps entries the converters built (never null), without copying.</summary>
    internal LossReport(ImmutableArray<LossEntry> entries, bool trusted)
    {
        System.Diagnostics.Debug.Assert(trusted, "Only converters use this.");
        Entries = entries;
    }

    /// <summary>Gets the entries in the order the converter met the fields.</summary>
    public ImmutableArray<LossEntry> Entries { get; }

    /// <summary>Gets whether the report has no entries at all.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>Gets whether nothing was dropped or approximated: every entry, if any, is
    /// <see cref="LossKind.ExtensionOnly"/> (a NewsModel reader restores it exactly).</summary>
    public bool IsLossless
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Kind != LossKind.ExtensionOnly)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Returns the entries about one field (exact, ordinal), in order.</summary>
    /// <param name="field">The field path.</param>
    /// <returns>The entries; empty when the field lost nothing.</returns>
    public ImmutableArray<LossEntry> For(string field)
    {
        Preconditions.CheckNotNull(field);
        var builder = ImmutableArray.CreateBuilder<LossEntry>();
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Field, field, StringComparison.Ordinal))
            {
                builder.Add(entry);
            }
        }
        return builder.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(LossReport? other) => other is not null && Equality.SequenceEqual(Entries, other.Entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LossReport);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SequenceHash(Entries);

    /// <summary>Returns one line per entry, or <c>(nothing lost)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Entries.IsEmpty)
        {
            return "(nothing lost)";
        }
        var builder = new StringBuilder();
        foreach (var entry in Entries)
        {
            builder.Append(entry).Append('\n');
        }
        return builder.ToString(0, builder.Length - 1);
    }
}
