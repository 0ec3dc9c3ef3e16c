using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace NewsModel;

/// <summary>
/// The moments in an article's life: first published (none yet for a draft or a scheduled story), and optionally
/// created, last updated, embargoed until, scheduled for, withdrawn, each revision and each correction.
/// </summary>
/// <remarks>
/// <para>Invariants checked on construction, when there is a publication moment: <see cref="Updated"/>, the
/// corrections, the revisions and the withdrawal are not before <see cref="Published"/>. Moments are compared at their
/// precision: a moment that knows less than the instant covers its whole second, minute, hour or day
/// (<see cref="Moment.Precision"/>) and is before another only when all of it is, so an update stamped with the date
/// only may stand on the day of a timed publication. Looser rules (created after published, a future stamp, a draft
/// with a publication moment, a published article without one) are the validators' business.</para>
/// <para>Equality: all moments equal and the corrections and revisions equal in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Timeline : IEquatable<Timeline>
{
    /// <summary>Creates a timeline.</summary>
    /// <param name="published">When the article was first published, or null when it has not been (a draft, a
    /// scheduled story).</param>
    /// <param name="updated">When it was last updated, or null.</param>
    /// <param name="created">When it was created (first drafted), or null.</param>
    /// <param name="embargoedUntil">The end of its embargo, or null.</param>
    /// <param name="corrections">Its corrections in order, or null for none.</param>
    /// <param name="scheduled">When it is scheduled to be published, or null.</param>
    /// <param name="withdrawal">When and why it was withdrawn, or null.</param>
    /// <param name="revisions">Its revisions (updates) in order, or null for none.</param>
    /// <exception cref="ArgumentException">Updated, a correction, a revision or the withdrawal is before published, or an
    /// element is null.</exception>
    public Timeline(
        Moment? published,
        Moment? updated = null,
        Moment? created = null,
        Moment? embargoedUntil = null,
        IEnumerable<Correction>? corrections = null,
        Moment? scheduled = null,
        Withdrawal? withdrawal = null,
        IEnumerable<Revision>? revisions = null)
    {
        Corrections = Preconditions.CheckElementsNotNull(corrections);
        Revisions = Preconditions.CheckElementsNotNull(revisions);
        Check(published, updated, Corrections, withdrawal, Revisions);
        Published = published;
        Updated = updated;
        Created = created;
        EmbargoedUntil = embargoedUntil;
        Scheduled = scheduled;
        Withdrawal = withdrawal;
    }

    /// <summary>The trusted constructor for NewsModel's readers: the arrays are not default and hold no null. The order
    /// of the moments is checked.</summary>
    internal Timeline(
        Trusted trusted,
        Moment? published,
        Moment? updated,
        Moment? created,
        Moment? embargoedUntil,
        ImmutableArray<Correction> corrections,
        Moment? scheduled = null,
        Withdrawal? withdrawal = null,
        ImmutableArray<Revision> revisions = default)
    {
        _ = trusted;
        revisions = revisions.IsDefault ? ImmutableArray<Revision>.Empty : revisions;
        Check(published, updated, corrections, withdrawal, revisions);
        Published = published;
        Updated = updated;
        Created = created;
        EmbargoedUntil = embargoedUntil;
        Corrections = corrections;
        Scheduled = scheduled;
        Withdrawal = withdrawal;
        Revisions = revisions;
    }

    private static void Check(Moment? published, Moment? updated, ImmutableArray<Correction> corrections, Withdrawal? withdrawal, ImmutableArray<Revision> revisions)
    {
        if (published is null)
        {
            return;
        }
        if (updated is not null)
        {
            Preconditions.CheckArgument(
                !Moment.IsSurelyBefore(updated, published),
                nameof(updated),
                $"Updated ({updated.Instant}) must not be before published ({published.Instant}).");
        }
        for (int i = 0; i < corrections.Length; i++)
        {
            Preconditions.CheckArgument(
                !Moment.IsSurelyBefore(corrections[i].Moment, published),
                nameof(corrections),
                $"Correction {i} ({corrections[i].Moment.Instant}) must not be before published ({published.Instant}).");
        }
        for (int i = 0; i < revisions.Length; i++)
        {
            Preconditions.CheckArgument(
                !Moment.IsSurelyBefore(revisions[i].Moment, published),
                nameof(revisions),
                $"Revision {i} ({revisions[i].Moment.Instant}) must not be before published ({published.Instant}).");
        }
        if (withdrawal is not null)
        {
            Preconditions.CheckArgument(
                !Moment.IsSurelyBefore(withdrawal.Moment, published),
                nameof(withdrawal),
                $"The withdrawal ({withdrawal.Moment.Instant}) must not be before published ({published.Instant}).");
        }
    }

    /// <summary>Gets when the article was first published, or null when it has not been.</summary>
    public Moment? Published { get; }

    /// <summary>Gets when the article was last updated, or null.</summary>
    public Moment? Updated { get; }

    /// <summary>Gets when the article was created, or null.</summary>
    public Moment? Created { get; }

    /// <summary>Gets the end of the article's embargo, or null.</summary>
    public Moment? EmbargoedUntil { get; }

    /// <summary>Gets the corrections in the order they were appended.</summary>
    public ImmutableArray<Correction> Corrections { get; }

    /// <summary>Gets when the article is scheduled to be published, or null.</summary>
    public Moment? Scheduled { get; }

    /// <summary>Gets when and why the article was withdrawn, or null.</summary>
    public Withdrawal? Withdrawal { get; }

    /// <summary>Gets the revisions in order.</summary>
    public ImmutableArray<Revision> Revisions { get; }

    /// <summary>Gets the latest of published and updated: the article's current version time, or null when it has
    /// neither.</summary>
    public Moment? Latest => Updated ?? Published;

    /// <summary>Returns a copy with another published moment (re-validated).</summary>
    /// <param name="published">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithPublished(Moment? published) => new(published, Updated, Created, EmbargoedUntil, Corrections, Scheduled, Withdrawal, Revisions);

    /// <summary>Returns a copy with another updated moment (re-validated).</summary>
    /// <param name="updated">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithUpdated(Moment? updated) => new(Published, updated, Created, EmbargoedUntil, Corrections, Scheduled, Withdrawal, Revisions);

    /// <summary>Returns a copy with another created moment.</summary>
    /// <param name="created">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithCreated(Moment? created) => new(Published, Updated, created, EmbargoedUntil, Corrections, Scheduled, Withdrawal, Revisions);

    /// <summary>Returns a copy with another embargo end.</summary>
    /// <param name="embargoedUntil">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithEmbargoedUntil(Moment? embargoedUntil) => new(Published, Updated, Created, embargoedUntil, Corrections, Scheduled, Withdrawal, Revisions);

    /// <summary>Returns a copy with other corrections (re-validated).</summary>
    /// <param name="corrections">The new corrections, or null for none.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithCorrections(IEnumerable<Correction>? corrections) => new(Published, Updated, Created, EmbargoedUntil, corrections, Scheduled, Withdrawal, Revisions);

    /// <summary>Returns a copy with another scheduled moment.</summary>
    /// <param name="scheduled">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithScheduled(Moment? scheduled) => new(Published, Updated, Created, EmbargoedUntil, Corrections, scheduled, Withdrawal, Revisions);

    /// <summary>Returns a copy with another withdrawal (re-validated).</summary>
    /// <param name="withdrawal">The new value, or null.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithWithdrawal(Withdrawal? withdrawal) => new(Published, Updated, Created, EmbargoedUntil, Corrections, Scheduled, withdrawal, Revisions);

    /// <summary>Returns a copy with other revisions (re-validated).</summary>
    /// <param name="revisions">The new revisions, or null for none.</param>
    /// <returns>The new timeline.</returns>
    public Timeline WithRevisions(IEnumerable<Revision>? revisions) => new(Published, Updated, Created, EmbargoedUntil, Corrections, Scheduled, Withdrawal, revisions);

    /// <inheritdoc />
    public bool Equals(Timeline? other) =>
        other is not null
        && Equals(Published, other.Published)
        && Equals(Updated, other.Updated)
        && Equals(Created, other.Created)
        && Equals(EmbargoedUntil, other.EmbargoedUntil)
        && Equals(Scheduled, other.Scheduled)
        && Equals(Withdrawal, other.Withdrawal)
        && Equality.SequenceEqual(Corrections, other.Corrections)
        && Equality.SequenceEqual(Revisions, other.Revisions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Published, Updated, Created, EmbargoedUntil, Equality.SequenceHash(Corrections), Scheduled, Withdrawal, Equality.SequenceHash(Revisions));

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = Published is null ? new StringBuilder("Not published") : new StringBuilder("Published ").Append(Published);
        if (Scheduled is not null)
        {
            builder.Append("; scheduled ").Append(Scheduled);
        }
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
        if (Withdrawal is not null)
        {
            builder.Append("; withdrawn ").Append(Withdrawal.Moment);
        }
        if (Corrections.Length > 0)
        {
            builder.Append("; ").Append(Corrections.Length).Append(" correction(s)");
        }
        if (Revisions.Length > 0)
        {
            builder.Append("; ").Append(Revisions.Length).Append(" revision(s)");
        }
        return builder.ToString();
    }
}
