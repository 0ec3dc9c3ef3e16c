using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net;

namespace NewsModel.Formats;

/// <summary>
/// An article body read from HTML: its blocks, the media assets its figures and images became (which the blocks refer
/// to by id), and notes on what the reading could not keep as it was (an element kept as raw HTML, a nested list
/// flattened, a script left out). The core library does not parse HTML; the <c>NewsModel.Html</c> package does
/// (<c>HtmlBlocks.Read</c>), and format readers that meet HTML bodies take a reader of this shape
/// (<see cref="HtmlBodyReader"/>). Immutable and thread-safe; equality is reference equality.
/// </summary>
public sealed class HtmlBody
{
    /// <summary>Creates a body read from HTML.</summary>
    /// <param name="blocks">The blocks in order.</param>
    /// <param name="media">The media assets the blocks refer to, or null for none.</param>
    /// <param name="notes">What the reading could not keep as it was, or null for nothing.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="blocks"/> is null.</exception>
    /// <exception cref="System.ArgumentException">An element is null.</exception>
    public HtmlBody(IEnumerable<Block> blocks, IEnumerable<MediaAsset>? media = null, IEnumerable<string>? notes = null)
    {
        Blocks = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(blocks), nameof(blocks));
        Media = Preconditions.CheckElementsNotNull(media);
        Notes = Preconditions.CheckElementsNotNull(notes);
    }

    /// <summary>Gets the blocks in order.</summary>
    public ImmutableArray<Block> Blocks { get; }

    /// <summary>Gets the media assets the blocks refer to.</summary>
    public ImmutableArray<MediaAsset> Media { get; }

    /// <summary>Gets what the reading could not keep as it was, one sentence each.</summary>
    public ImmutableArray<string> Notes { get; }
}

/// <summary>Reads an HTML body into blocks (for example <c>NewsModel.Html.HtmlBlocks.Read</c>); must not throw for any
/// input string.</summary>
/// <param name="html">The HTML, a fragment or a document.</param>
/// <returns>The body read.</returns>
public delegate HtmlBody HtmlBodyReader(string html);

/// <summary>The text of a short piece of HTML in a format (a title, a caption, an excerpt). Thread-safe.</summary>
internal static class HtmlText
{
    /// <summary>Read by <paramref name="html"/> when there is one and the text holds markup (the blocks' plain texts,
    /// joined by a space); otherwise its character references decoded.</summary>
    internal static string Of(string markup, HtmlBodyReader? html) =>
        html is not null && markup.Contains('<', System.StringComparison.Ordinal)
            ? string.Join(" ", html(markup).Blocks.Select(b => b.PlainText).Where(t => t.Length > 0))
            : WebUtility.HtmlDecode(markup);
}
