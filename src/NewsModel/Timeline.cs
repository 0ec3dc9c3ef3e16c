using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace NewsModel;

/// <summary>
/// The moments in an article's life: first published, and optionally created, last updated, embargoed until,
/// and corrections.
/// </summary>
/// <remarks>
/// <para>Invariants checked on construction: <see cref="Updated"/> is not before <see cref="Published"/>, and no
/// correction is before <see cref="Published"/>. Moments are compared at their precision: a moment that knows less
/// than the instant covers its whole second, minute, hour or day (<see cref="Moment.Precision"/>) and is before
/// another only when all of it is, so an update stamped with the date only may stand on the day of a timed
/// publication. Looser rules (created after published, a future stamp) are the validators' business.</para>
/// <para>Equality: all moments equal and the corrections equal in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Timeline : IEquatable<Timeline>
{
    /// <summary>Creates a timeline.</summary>
    /// <param name="published">When the article was first published.</param>
    /// <param name="updated">When it was last updated, or null.</param>
    /// <param name="created">When it was created (first drafted), or null.</param>
    /// <param name="embargoedUntil">The end of its embargo, or null.</param>
    /// <param name="corrections">Its corrections in order, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is null.</exception>
    /// <exception cref="ArgumentException">Updated or a correction is before published, or a correction is null.</exception>
    public Timeline(
        Moment published,
        Moment? updated = null,
        Moment? created = null,
        Moment? embargoedUntil = null,
        IEnumerable<Correction>? corrections = null)
    {
        Published = Preconditions.CheckNotNull(published);
        CheckUpdated(published, updated);
        Corrections = Preconditions.CheckElementsNotNull(corrections);
        CheckCorrections(published, Corrections);
        Updated = updated;
        Created = created;
        EmbargoedUntil = embargoedUntil;
    }

    /// <summary>The trusted constructor for NewsModel's readers: <paramref name="published"/> is not null and
    /// <paramref name="corrections"/> is not default and holds no null. The order invariants are checked.</summary>
    /// <exception cref="ArgumentException">Updated or a correction is before published.</exception>
    internal Timeline(Trusted trusted, Moment published, Moment? updated, Moment? created, Moment? embargoedUntil, ImmutableArray<Correction> corrections)
    {
        _ = trusted;
        CheckUpdated(published, updated);
        CheckCorrections(published, corrections);
        Published = published;
        Updated = updated;
        Created = created;
        EmbargoedUntil = embargoedUntil;
        Corrections = corrections;
    }

    private static void CheckUpdated(Moment published, Moment? updated)
    {
        if (updated is not null)
        {
            Preconditions.CheckArgument(
                !Moment.IsSurelyBefore(updated, published),
                nameof(updated),
                $"Updated ({updated.Instant}) must not be before published ({published.Instant}).");
        }
    }

    private static void CheckCorrections(Moment published, ImmutableArray<Correction> corrections)
    {
        for (int i = 0; i < corrections.Length; i++)
        {
            Preconditions.CheckArgument(
                !Moment.IsSurelyBefore(corrections[i].Moment, published),
                nameof(corrections),
                $"Correction {i} ({corrections[i].Moment.Instant}) must not be before published ({published.Instant}).");
        }
    }

    /// <summary>Gets when the article was first published.</summary>
    public Moment Published { get; }

    /// <summary>Gets when the article was last updated, or null.</summary>
    public Moment? Updated { get; }

    /// <summary>Gets when the article was created, or null.</summary>
    public Moment? Created { get; }

    /// <summary>Gets the end of the article's embargo, or null.</summary>
    public Moment? EmbargoedUntil { get; }

    /// <summary>Gets the corrections in the order they were appended.</summary>
    public ImmutableArray<Correction> Corrections { get; }

    /// <summary>Gets the latest of published and updated: the article's current version time.</summary>
    public Moment Latest => Updated ?? Published;

    /// <summary>Returns a copy with another published moment (re-validated).</summary>
    /// <param name="published">The new value.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithPublished(Moment published) => new(published, Updated, Created, EmbargoedUntil, Corrections);

    /// <summary>Returns a copy with another updated moment (re-validated).</summary>
    /// <param name="updated">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithUpdated(Moment? updated) => new(Published, updated, Created, EmbargoedUntil, Corrections);

    /// <summary>Returns a copy with another created moment.</summary>
    /// <param name="created">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithCreated(Moment? created) => new(Published, Updated, created, EmbargoedUntil, Corrections);

    /// <summary>Returns a copy with another embargo end.</summary>
    /// <param name="embargoedUntil">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithEmbargoedUntil(Moment? embargoedUntil) => new(Published, Updated, Created, embargoedUntil, Corrections);

    /// <summary>Returns a copy with other corrections (re-validated).</summary>
    /// <param name="corrections">The new corrections, or null for none.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithCorrections(IEnumerable<Correction>? corrections) => new(Published, Updated, Created, EmbargoedUntil, corrections);

    /// <inheritdoc />
    public bool Equals(Timeline? other) =>
        other is not null
        && Published.Equals(other.Published)
        && Equals(Updated, other.Updated)
        && Equals(Created, other.Created)
        && Equals(EmbargoedUntil, other.EmbargoedUntil)
        && Equality.SequenceEqual(Corrections, other.Corrections);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Published, Updated, Created, EmbargoedUntil, Equality.SequenceHash(Corrections));

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder("Published ").Append(Published);
        if (Updated is not null)
        {
            builder.Append("; updated ").Append(Updated);
        }
        if (Created is not null)
        {
            builder.Append("; created ").Append(Created);
        }
        if (EmbargoedUntil is not null)
        {
            builder.Append("; embargoed until ").Append(EmbargoedUntil);
        }
        if (Corrections.Length > 0)
        {
            builder.Append("; ").Append(Corrections.Length).Append(" correction(s)");
        }
        return builder.ToString();
    }
}
