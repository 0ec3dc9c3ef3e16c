using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// Where an article is filed and what it is about: its primary section and others, subjects, keywords (tags), genres
/// and urgency.
/// </summary>
/// <remarks>
/// Urgency is IPTC's 1 (most urgent) to 9. A keyword is a non-empty text. Equality: every member equal (collections in
/// order, text ordinal). Immutable and thread-safe.
/// </remarks>
public sealed class Taxonomy : IEquatable<Taxonomy>
{
    /// <summary>Creates a taxonomy.</summary>
    /// <param name="primarySection">The primary section, or null.</param>
    /// <param name="sections">Other sections, or null for none.</param>
    /// <param name="subjects">Subjects, or null for none.</param>
    /// <param name="keywords">Keywords (tags), or null for none.</param>
    /// <param name="genres">Genres, or null for none.</param>
    /// <param name="urgency">IPTC urgency 1 to 9, or null.</param>
    /// <exception cref="ArgumentException">An element is null or a keyword empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urgency"/> is outside 1 to 9.</exception>
    public Taxonomy(
        Section? primarySection = null,
        IEnumerable<Section>? sections = null,
        IEnumerable<Concept>? subjects = null,
        IEnumerable<string>? keywords = null,
        IEnumerable<Concept>? genres = null,
        int? urgency = null)
    {
        PrimarySection = primarySection;
        Sections = Preconditions.CheckElementsNotNull(sections);
        Subjects = Preconditions.CheckElementsNotNull(subjects);
        Keywords = Preconditions.CheckElementsNotNull(keywords);
        for (int i = 0; i < Keywords.Length; i++)
        {
            Preconditions.CheckArgument(Keywords[i].Length > 0, nameof(keywords), $"Keyword {i} is empty.");
        }
        Genres = Preconditions.CheckElementsNotNull(genres);
        if (urgency is { } u)
        {
            Preconditions.CheckArgumentRange(u, 1, 9, nameof(urgency));
        }
        Urgency = urgency;
    }

    /// <summary>The empty taxonomy.</summary>
    public static Taxonomy Empty { get; } = new();

    /// <summary>Gets the primary section, or null.</summary>
    public Section? PrimarySection { get; }

    /// <summary>Gets the other sections.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Gets the subjects.</summary>
    public ImmutableArray<Concept> Subjects { get; }

    /// <summary>Gets the keywords (tags).</summary>
    public ImmutableArray<string> Keywords { get; }

    /// <summary>Gets the genres.</summary>
    public ImmutableArray<Concept> Genres { get; }

    /// <summary>Gets the IPTC urgency 1 to 9, or null.</summary>
    public int? Urgency { get; }

    /// <summary>Gets whether nothing is set.</summary>
    public bool IsEmpty => PrimarySection is null && Sections.IsEmpty && Subjects.IsEmpty && Keywords.IsEmpty && Genres.IsEmpty && Urgency is null;

    /// <inheritdoc />
    public bool Equals(Taxonomy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Urgency == other.Urgency
                && Equals(PrimarySection, other.PrimarySection)
                && Equality.SequenceEqual(Sections, other.Sections)
                && Equality.SequenceEqual(Subjects, other.Subjects)
                && Equality.SequenceEqual(Keywords, other.Keywords)
                && Equality.SequenceEqual(Genres, other.Genres)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Taxonomy);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(PrimarySection, Equality.SequenceHash(Sections), Equality.SequenceHash(Subjects), Equality.SequenceHash(Keywords), Equality.SequenceHash(Genres), Urgency);

    /// <inheritdoc />
    public override string ToString() =>
        $"{PrimarySection?.Name ?? "no section"}; {Subjects.Length} subject(s), {Keywords.Length} keyword(s), {Genres.Length} genre(s)";
}
