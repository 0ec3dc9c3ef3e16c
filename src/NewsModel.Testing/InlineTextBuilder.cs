using System;
using System.Collections.Generic;

namespace NewsModel.Testing;

/// <summary>
/// A fluent builder of <see cref="InlineText"/> whose marks are placed by the text they cover:
/// <c>new InlineTextBuilder("Fares rise by 8 per cent.").Strong("8 per cent").Build()</c>.
/// </summary>
/// <remarks>
/// <para>Each method finds the covered text by ordinal search and fails when it does not occur or occurs more than
/// once (give a longer text, or the range with <see cref="Add(Mark)"/>). Marks nest or stay apart, as
/// <see cref="InlineText"/> requires; <see cref="Build"/> reports one that crosses another.</para>
/// <para>A builder is mutable and not thread-safe; each <see cref="Build"/> gives an independent immutable text.</para>
/// </remarks>
public sealed class InlineTextBuilder
{
    private readonly string _text;
    private readonly List<Mark> _marks = new();

    /// <summary>Creates a builder of marks over <paramref name="text"/>.</summary>
    /// <param name="text">The plain text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InlineTextBuilder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>Marks <paramref name="covered"/> as emphasis.</summary>
    /// <param name="covered">The text covered; must occur once.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The text does not occur or occurs more than once.</exception>
    public InlineTextBuilder Emphasis(string covered) => Mark(MarkKind.Emphasis, covered);

    /// <summary>Marks <paramref name="covered"/> as strong.</summary>
    /// <param name="covered">The text covered; must occur once.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The text does not occur or occurs more than once.</exception>
    public InlineTextBuilder Strong(string covered) => Mark(MarkKind.Strong, covered);

    /// <summary>Marks <paramref name="covered"/> as a link.</summary>
    /// <param name="covered">The text covered; must occur once.</param>
    /// <param name="href">The link's target.</param>
    /// <param name="title">Its title, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The text does not occur or occurs more than once.</exception>
    public InlineTextBuilder Link(string covered, string href, string? title = null) => Mark(MarkKind.Link, covered, href, title);

    /// <summary>Marks <paramref name="covered"/> as a reference to a note.</summary>
    /// <param name="covered">The printed marker covered ("1", "*"); must occur once.</param>
    /// <param name="note">The note's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The text does not occur or occurs more than once.</exception>
    public InlineTextBuilder NoteReference(string covered, string note) => Mark(MarkKind.NoteReference, covered, note: note);

    /// <summary>Adds a mark of any kind over <paramref name="covered"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="covered">The text covered; must occur once.</param>
    /// <param name="href">For a link, its target; otherwise null.</param>
    /// <param name="title">For a link, its title or null; otherwise null.</param>
    /// <param name="note">For a note reference, the note; otherwise null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The text does not occur or occurs more than once.</exception>
    /// <exception cref="ArgumentException">The mark's members do not suit its kind (see <see cref="NewsModel.Mark"/>).</exception>
    public InlineTextBuilder Mark(MarkKind kind, string covered, string? href = null, string? title = null, string? note = null)
    {
        var range = TextSearch.Once(_text, covered, "The text to mark", "\"" + _text + "\"");
        _marks.Add(new Mark(kind, range, href, title, note));
        return this;
    }

    /// <summary>Adds a mark with its range.</summary>
    /// <param name="mark">The mark.</param>
    /// <returns>This builder.</returns>
    public InlineTextBuilder Add(Mark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        _marks.Add(mark);
        return this;
    }

    /// <summary>Builds the inline text (validated by its constructor).</summary>
    /// <returns>The inline text.</returns>
    /// <exception cref="ArgumentException">A mark crosses another.</exception>
    public InlineText Build() => new(_text, _marks);
}
