using System;

namespace NewsModel;

/// <summary>
/// One block of an article's body: a paragraph, heading, list, quotation, media reference, embed, table, divider,
/// preformatted text, related link or raw HTML.
/// </summary>
/// <remarks>
/// <para>The kinds are closed: only NewsModel's own block types derive from this class, so a writer that handles every
/// <see cref="BlockKind"/> handles every block.</para>
/// <para>Each block has a <see cref="PlainText"/>: the text quotes address by block index and range (a paragraph's or
/// heading's text; a list's items joined by line feeds; a table's cells joined by tabs and its rows by line feeds; a
/// preformatted block's text; empty for blocks without text of the article's own).</para>
/// <para>Equality: same kind and every member equal (texts ordinal, collections in order). Immutable and thread-safe.</para>
/// </remarks>
public abstract class Block : IEquatable<Block>
{
    private protected Block(BlockKind kind) => Kind = kind;

    /// <summary>Gets what the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>Gets the plain text quotes address (see the remarks of <see cref="Block"/>).</summary>
    public abstract string PlainText { get; }

    /// <summary>The length of <see cref="PlainText"/>, which a list or table knows without joining its text.</summary>
    internal virtual int PlainTextLength => PlainText.Length;

    /// <summary>Gets whether the block carries text of the article's own (a paragraph, heading, list, quotation, table or
    /// preformatted text).</summary>
    public bool HasText => Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.List or BlockKind.BlockQuote
        or BlockKind.PullQuote or BlockKind.Table or BlockKind.Preformatted;

    /// <summary>Creates a paragraph block of unmarked text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The block.</returns>
    public static ParagraphBlock Paragraph(string text) => new(new InlineText(text));

    /// <inheritdoc />
    public abstract bool Equals(Block? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as Block);

    /// <inheritdoc />
    public abstract override int GetHashCode();
}
