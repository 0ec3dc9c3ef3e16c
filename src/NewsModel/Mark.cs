using System;
using System.Globalization;

namespace NewsModel;

/// <summary>
/// A mark over a range of an <see cref="InlineText"/>: emphasis, strong, a link, code, superscript, subscript,
/// strikethrough or a note reference.
/// </summary>
/// <remarks>
/// The range is in UTF-16 code units of the text the mark belongs to and is never empty; the owning
/// <see cref="InlineText"/> checks that it fits, splits no surrogate pair and nests with the other marks. A link has an
/// <see cref="Href"/> (and may have a <see cref="Title"/>), a note reference a <see cref="Note"/>; other kinds have
/// neither. Whether a link's scheme is safe is a validator's rule (and the HTML renderer writes only http(s) and mailto
/// links). Equality: kind, range and texts equal (ordinal). Immutable and thread-safe.
/// </remarks>
public sealed class Mark : IEquatable<Mark>
{
    /// <summary>Creates a mark.</summary>
    /// <param name="kind">What the mark does.</param>
    /// <param name="range">The range it covers; not empty.</param>
    /// <param name="href">For a link, its target as given; otherwise null.</param>
    /// <param name="title">For a link, its title or null; otherwise null.</param>
    /// <param name="note">For a note reference, the note's text; otherwise null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The range is empty, a text is empty, a link has no href, a note reference no
    /// note, or another kind has an href, title or note.</exception>
    public Mark(MarkKind kind, TextRange range, string? href = null, string? title = null, string? note = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        Preconditions.CheckArgument(range.Length > 0, nameof(range), "A mark covers at least one character.");
        Range = range;
        Href = Preconditions.CheckOptionalNotEmpty(href);
        Title = Preconditions.CheckOptionalNotEmpty(title);
        Note = Preconditions.CheckOptionalNotEmpty(note);
        if (kind == MarkKind.Link)
        {
            Preconditions.CheckArgument(href is not null, nameof(href), "A link mark needs an href.");
        }
        else
        {
            Preconditions.CheckArgument(href is null && title is null, nameof(href), $"Only a link mark has an href or a title, not {kind}.");
        }
        if (kind == MarkKind.NoteReference)
        {
            Preconditions.CheckArgument(note is not null, nameof(note), "A note reference mark needs its note.");
        }
        else
        {
            Preconditions.CheckArgument(note is null, nameof(note), $"Only a note reference mark has a note, not {kind}.");
        }
    }

    /// <summary>Creates an emphasis mark.</summary>
    /// <param name="range">The range it covers.</param>
    /// <returns>The mark.</returns>
    public static Mark Emphasis(TextRange range) => new(MarkKind.Emphasis, range);

    /// <summary>Creates a strong mark.</summary>
    /// <param name="range">The range it covers.</param>
    /// <returns>The mark.</returns>
    public static Mark Strong(TextRange range) => new(MarkKind.Strong, range);

    /// <summary>Creates a link mark.</summary>
    /// <param name="range">The range it covers.</param>
    /// <param name="href">The link's target as given.</param>
    /// <param name="title">Its title, or null.</param>
    /// <returns>The mark.</returns>
    public static Mark Link(TextRange range, string href, string? title = null) => new(MarkKind.Link, range, Preconditions.CheckNotEmpty(href), title);

    /// <summary>Creates an inline code mark.</summary>
    /// <param name="range">The range it covers.</param>
    /// <returns>The mark.</returns>
    public static Mark Code(TextRange range) => new(MarkKind.Code, range);

    /// <summary>Creates a note reference mark.</summary>
    /// <param name="range">The printed marker it covers.</param>
    /// <param name="note">The note's text.</param>
    /// <returns>The mark.</returns>
    public static Mark NoteReference(TextRange range, string note) => new(MarkKind.NoteReference, range, note: Preconditions.CheckNotEmpty(note));

    /// <summary>Gets what the mark does.</summary>
    public MarkKind Kind { get; }

    /// <summary>Gets the range it covers, in UTF-16 code units of its text.</summary>
    public TextRange Range { get; }

    /// <summary>Gets a link's target as given, or null for other kinds.</summary>
    public string? Href { get; }

    /// <summary>Gets a link's title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets a note reference's note text, or null for other kinds.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(Mark? other) =>
        other is not null
        && Kind == other.Kind
        && Range == other.Range
        && string.Equals(Href, other.Href, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Mark);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Range, Equality.TextHash(Href), Equality.TextHash(Title), Equality.TextHash(Note));

    /// <inheritdoc />
    public override string ToString() =>
        Kind switch
        {
            MarkKind.Link => string.Create(CultureInfo.InvariantCulture, $"Link {Range} → {Href}"),
            MarkKind.NoteReference => string.Create(CultureInfo.InvariantCulture, $"NoteReference {Range}: {Note}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Range}"),
        };
}
