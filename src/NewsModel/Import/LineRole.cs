namespace NewsModel.Import;

/// <summary>What the importer made of one line of the input.</summary>
public enum LineRole
{
    /// <summary>An empty or whitespace-only line.</summary>
    Blank,

    /// <summary>The headline.</summary>
    Headline,

    /// <summary>The standfirst (deck, summary) under the headline.</summary>
    Standfirst,

    /// <summary>A byline naming the authors.</summary>
    Byline,

    /// <summary>A printed stamp (published, updated).</summary>
    Stamp,

    /// <summary>A dateline on a line of its own ("WASHINGTON —").</summary>
    Dateline,

    /// <summary>A body paragraph (possibly beginning with a dateline).</summary>
    Body,

    /// <summary>A credit line ("Additional reporting by Associated Press").</summary>
    Credit,

    /// <summary>A picture caption or photo credit, kept out of the body.</summary>
    Caption,

    /// <summary>Page furniture dropped as boilerplate (navigation, share widgets, subscription lines...).</summary>
    Boilerplate,
}
