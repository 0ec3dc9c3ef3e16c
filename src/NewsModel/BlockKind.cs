namespace NewsModel;

/// <summary>What a <see cref="Block"/> of an article's body is.</summary>
public enum BlockKind
{
    /// <summary>A paragraph of inline text (<see cref="ParagraphBlock"/>).</summary>
    Paragraph = 0,

    /// <summary>A heading (subhead) with a level (<see cref="HeadingBlock"/>).</summary>
    Heading = 1,

    /// <summary>A list, ordered or not (<see cref="ListBlock"/>).</summary>
    List = 2,

    /// <summary>A block quotation (<see cref="QuoteBlock"/>).</summary>
    BlockQuote = 3,

    /// <summary>A pull quote: words from the article set apart for display (<see cref="QuoteBlock"/>).</summary>
    PullQuote = 4,

    /// <summary>A reference to one of the article's media assets (<see cref="MediaBlock"/>).</summary>
    Media = 5,

    /// <summary>Content embedded from a provider by URL (<see cref="EmbedBlock"/>).</summary>
    Embed = 6,

    /// <summary>A table of inline-text cells (<see cref="TableBlock"/>).</summary>
    Table = 7,

    /// <summary>A divider between parts of the body (<see cref="DividerBlock"/>).</summary>
    Divider = 8,

    /// <summary>Preformatted text kept as printed, line breaks and spaces included (<see cref="PreformattedBlock"/>).</summary>
    Preformatted = 9,

    /// <summary>A link to a related article (<see cref="RelatedLinkBlock"/>).</summary>
    RelatedLink = 10,

    /// <summary>Raw HTML kept as the lossless fallback for what has no block; untrusted (<see cref="RawHtmlBlock"/>).</summary>
    RawHtml = 11,
}
