namespace NewsModel;

/// <summary>What a <see cref="Mark"/> does to the text it covers.</summary>
public enum MarkKind
{
    /// <summary>Emphasis (HTML <c>em</c>, usually italic).</summary>
    Emphasis = 0,

    /// <summary>Strong importance (HTML <c>strong</c>, usually bold).</summary>
    Strong = 1,

    /// <summary>A link: <see cref="Mark.Href"/> and an optional <see cref="Mark.Title"/>.</summary>
    Link = 2,

    /// <summary>Inline code.</summary>
    Code = 3,

    /// <summary>Superscript.</summary>
    Superscript = 4,

    /// <summary>Subscript.</summary>
    Subscript = 5,

    /// <summary>Struck-through text.</summary>
    Strikethrough = 6,

    /// <summary>A reference to a note (a footnote or endnote) whose text is <see cref="Mark.Note"/>; the mark covers the
    /// printed marker ("1", "*").</summary>
    NoteReference = 7,
}
