using System;
using System.Collections.Generic;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsModel.Formats;

namespace NewsModel.Html;

/// <summary>
/// Reads an article body written in HTML (a fragment or a whole document, as in ninjs <c>body_html</c> or a CMS's
/// rendered content) into NewsModel blocks, on the AngleSharp HTML5 parser (never a hand-written one).
/// </summary>
/// <remarks>
/// <para>What becomes what: <c>p</c> a paragraph; <c>h1</c>–<c>h6</c> a heading; <c>ul</c>/<c>ol</c> a list (a nested
/// list's items follow its parent item's, noted); <c>blockquote</c> a block quotation, or a pull quote when its class
/// names one, with a <c>cite</c> or <c>footer</c> as the citation; <c>figure</c> and <c>img</c> an image asset (source,
/// alt text, size, <c>srcset</c> renditions, <c>figcaption</c> caption) and a media block; <c>video</c> and
/// <c>audio</c> likewise; <c>iframe</c> an embed (its markup kept as the untrusted fallback); <c>table</c> a table (a
/// first row in <c>thead</c> or of <c>th</c> cells is its header); <c>hr</c> a divider; <c>pre</c> preformatted text;
/// <c>div</c>, <c>section</c> and other containers are read through. Inside text, <c>em</c>/<c>i</c>,
/// <c>strong</c>/<c>b</c>, <c>a href</c> (with its title), <c>code</c>, <c>sup</c>, <c>sub</c> and
/// <c>s</c>/<c>del</c>/<c>strike</c> become marks over exactly the text they hold, nested as in the document;
/// <c>br</c> a line feed; white space collapses as a browser collapses it. <c>script</c>, <c>style</c>,
/// <c>template</c> and <c>noscript</c> are left out; any other element is kept whole as a raw HTML block (the lossless
/// fallback). Blank paragraphs are left out. Each thing not kept as it was is said in <see cref="HtmlBody.Notes"/>.</para>
/// <para>HTML with more than 1,024 elements open at once (a news body has a few dozen) is kept whole as one raw HTML
/// block, with a note saying where: the standard tree builder's work grows with the square of such nesting.</para>
/// <para>Never throws for any input string. Stateless and thread-safe (each call uses its own parser).</para>
/// </remarks>
public static class HtmlBlocks
{
    /// <summary>Reads <paramref name="html"/> into blocks and media.</summary>
    /// <param name="html">The HTML: a fragment or a document.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static HtmlBody Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        IHtmlDocument document;
        try
        {
            document = new HtmlParser(new OpenElementGuard().Options).ParseDocument(html);
        }
        catch (OpenElementGuard.TooDeepException e)
        {
            // Too deep to parse in linear time: kept whole, as the lossless fallback keeps any element it cannot read.
            return new HtmlBody([new RawHtmlBlock(html)], [], [string.Create(CultureInfo.InvariantCulture,
                $"the whole HTML kept as raw HTML: more than {OpenElementGuard.Limit:N0} elements open at once at line {e.Position.Line}, column {e.Position.Column}")]);
        }
        using (document)
        {
            var walker = new BodyWalker();
            if (document.Body is { } body)
            {
                walker.Container(body);
            }
            return walker.Finish();
        }
    }

    /// <summary>Reads the content of elements of a parsed document (the main content a page importer found), each
    /// element's children in order, into one body.</summary>
    internal static HtmlBody Read(IEnumerable<IElement> roots)
    {
        var walker = new BodyWalker();
        foreach (var root in roots)
        {
            walker.Container(root);
        }
        return walker.Finish();
    }

    /// <summary>A reader of HTML bodies for the format readers that take one (<see cref="HtmlBodyReader"/>).</summary>
    public static HtmlBodyReader Reader { get; } = Read;

    /// <summary>Walks the body's elements into blocks; one per reading.</summary>
    private sealed class BodyWalker
    {
        private readonly List<Block> _blocks = new();
        private readonly List<MediaAsset> _media = new();
        private readonly List<string> _notes = new();
        private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
        private InlineBuilder? _loose;

        internal HtmlBody Finish()
        {
            FlushLoose();
            foreach (var (what, count) in _counts)
            {
                _notes.Add(count == 1 ? what : $"{what} ({count} times)");
            }
            return new HtmlBody(_blocks, _media, _notes);
        }

        private void Note(string what) => _counts[what] = _counts.GetValueOrDefault(what) + 1;

        /// <summary>Reads the children of a container: block elements become blocks, loose text and inline elements
        /// between them a paragraph.</summary>
        internal void Container(IElement container)
        {
            foreach (var node in container.ChildNodes)
            {
                if (node is IElement element)
                {
                    Element(element);
                }
                else if (node.NodeType == NodeType.Text)
                {
                    (_loose ??= new InlineBuilder(Note)).Text(node.TextContent);
                }
            }
        }

        private void FlushLoose()
        {
            if (_loose is not null)
            {
                // White space between block elements is no paragraph that was written: left out without a note.
                var text = _loose.Build();
                if (!text.IsBlank)
                {
                    _blocks.Add(new ParagraphBlock(text));
                }
                _loose = null;
            }
        }

        private void AddParagraph(InlineText text)
        {
            if (text.IsBlank)
            {
                Note("left out a blank paragraph");
                return;
            }
            _blocks.Add(new ParagraphBlock(text));
        }

        private void Element(IElement element)
        {
            string name = element.LocalName;
            if (InlineBuilder.IsInline(name))
            {
                (_loose ??= new InlineBuilder(Note)).Element(element);
                return;
            }
            FlushLoose();
            switch (name)
            {
                case "p":
                    AddParagraph(InlineBuilder.Of(element, Note));
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    _blocks.Add(new HeadingBlock(name[1] - '0', InlineBuilder.Of(element, Note)));
                    break;
                case "ul" or "ol" when IsGallery(element):
                    Gallery(element, null);
                    break;
                case "ul" or "ol":
                    _blocks.Add(new ListBlock(ListItems(element), ordered: name == "ol"));
                    break;
                case "blockquote":
                    Quote(element);
                    break;
                case "figure":
                    Figure(element);
                    break;
                case "img" or "picture" or "video" or "audio":
                    Media(element, caption: null);
                    break;
                case "iframe":
                    Embed(element);
                    break;
                case "table":
                    Table(element);
                    break;
                case "hr":
                    _blocks.Add(DividerBlock.Instance);
                    break;
                case "pre":
                    _blocks.Add(new PreformattedBlock(element.TextContent));
                    break;
                case "script" or "style" or "template" or "noscript":
                    Note($"left out a <{name}> element");
                    break;
                case "div" or "section" or "article" or "main" or "header" or "footer" or "body" or "center":
                    Container(element);
                    FlushLoose();
                    break;
                default:
                    _blocks.Add(new RawHtmlBlock(element.OuterHtml));
                    Note($"kept a <{name}> element as raw HTML");
                    break;
            }
        }

        private List<InlineText> ListItems(IElement list)
        {
            var items = new List<InlineText>();
            foreach (var child in list.Children)
            {
                if (child.LocalName != "li")
                {
                    continue;
                }
                items.Add(InlineBuilder.Of(child, Note, skip: static e => e.LocalName is "ul" or "ol"));
                foreach (var nested in child.Children)
                {
                    if (nested.LocalName is "ul" or "ol")
                    {
                        Note("flattened a nested list into its parent's items");
                        items.AddRange(ListItems(nested));
                    }
                }
            }
            return items;
        }

        /// <summary>A figure of several images (or videos): each its own asset, and a gallery of them with the
        /// figure's caption.</summary>
        private void Gallery(IElement figure, InlineText? caption)
        {
            int first = _blocks.Count;
            int firstMedia = _media.Count;
            foreach (var element in figure.QuerySelectorAll("img, picture, video, audio"))
            {
                if (element.ParentElement?.LocalName == "picture")
                {
                    continue;
                }
                // An item's own caption: the figcaption of the figure that holds it, inside the gallery.
                var own = element.Closest("figure");
                InlineText? itemCaption = null;
                if (own is not null && own != figure)
                {
                    foreach (var child in own.Children)
                    {
                        itemCaption = child.LocalName == "figcaption" ? InlineBuilder.Of(child, Note) : itemCaption;
                    }
                }
                Media(element, itemCaption is { IsBlank: false } ? itemCaption : null);
            }
            var items = new List<string>();
            for (int i = firstMedia; i < _media.Count; i++)
            {
                items.Add(_media[i].Id);
            }
            if (items.Count < 2)
            {
                return; // not a gallery after all: what was read stays as read
            }
            _blocks.RemoveAll(b => b is MediaBlock m && items.Contains(m.MediaId));
            string id = "html-media-" + (_media.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _media.Add(new MediaAsset(id, MediaKind.Gallery, caption: caption is { IsBlank: false } ? caption : null, items: items));
            _blocks.Insert(Math.Min(first, _blocks.Count), new MediaBlock(id));
        }

        /// <summary>A list whose every item is an image (a figure or img, perhaps linked) with no text but a caption:
        /// how galleries were written before figures nested.</summary>
        private static bool IsGallery(IElement list)
        {
            int items = 0;
            foreach (var item in list.Children)
            {
                if (item.LocalName != "li" || item.QuerySelector("img, picture, video") is null)
                {
                    return false;
                }
                var words = item.TextContent;
                foreach (var caption in item.QuerySelectorAll("figcaption"))
                {
                    words = caption.TextContent.Length == 0 ? words : words.Replace(caption.TextContent, string.Empty, StringComparison.Ordinal);
                }
                if (!string.IsNullOrWhiteSpace(words))
                {
                    return false;
                }
                items++;
            }
            return items > 1;
        }

        private void Quote(IElement quote) => Quote(quote, pull: false, caption: null);

        private void Quote(IElement quote, bool pull, string? caption)
        {
            string? citation = caption;
            foreach (var child in quote.Children)
            {
                if (child.LocalName is "cite" or "footer" && !string.IsNullOrWhiteSpace(child.TextContent))
                {
                    citation = InlineBuilder.Of(child, Note).Text;
                }
            }
            pull |= (quote.ClassName ?? "").Contains("pull", StringComparison.OrdinalIgnoreCase);
            var text = InlineBuilder.Of(quote, Note, skip: static e => e.LocalName is "cite" or "footer");
            _blocks.Add(new QuoteBlock(text, pull, citation));
        }

        private void Figure(IElement figure)
        {
            InlineText? caption = null;
            IElement? content = null;
            IElement? quotation = null;
            IElement? table = null;
            int pieces = 0;
            foreach (var child in figure.Children)
            {
                if (child.LocalName == "figcaption")
                {
                    caption = InlineBuilder.Of(child, Note);
                }
                else
                {
                    var found = child.LocalName is "img" or "picture" or "video" or "audio" or "iframe" ? child
                        : child.QuerySelector("img, picture, video, audio, iframe");
                    pieces += found is null ? 0 : child.LocalName is "figure" or "img" or "picture" or "video" or "audio" or "iframe" ? 1 : child.QuerySelectorAll("figure, li").Length;
                    content ??= found;
                    quotation ??= child.LocalName == "blockquote" ? child : null;
                    table ??= child.LocalName == "table" ? child : null;
                }
            }
            if (pieces > 1)
            {
                Gallery(figure, caption);
            }
            else if (content is null && table is not null)
            {
                // A table with its caption (the model's table has none: noted).
                Table(table);
                if (caption is { IsBlank: false })
                {
                    Note("left out a table's caption");
                }
            }
            else if (content is null && quotation is not null)
            {
                // A quotation with its source in a caption (HTML's idiom for an attributed quote; a pull quote when the
                // figure's class says so).
                Quote(quotation, (figure.ClassName ?? "").Contains("pull", StringComparison.OrdinalIgnoreCase), caption is { IsBlank: false } ? caption.Text : null);
            }
            else if (content is null)
            {
                _blocks.Add(new RawHtmlBlock(figure.OuterHtml));
                Note("kept a <figure> without an image, video, audio or embed as raw HTML");
            }
            else if (content.LocalName == "iframe")
            {
                Embed(content);
            }
            else
            {
                Media(content, caption is { IsBlank: false } ? caption : null);
            }
        }

        private void Media(IElement element, InlineText? caption)
        {
            var source = element.LocalName == "picture" ? element.QuerySelector("img") ?? element : element;
            var kind = source.LocalName switch
            {
                "video" => MediaKind.Video,
                "audio" => MediaKind.Audio,
                _ => MediaKind.Image,
            };
            string? uri = Attribute(source, "src") ?? Attribute(source.QuerySelector("source"), "src");
            if (uri is null && Renditions(source).Count == 0)
            {
                _blocks.Add(new RawHtmlBlock(element.OuterHtml));
                Note($"kept an <{source.LocalName}> without a source as raw HTML");
                return;
            }
            string id = "html-media-" + (_media.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _media.Add(new MediaAsset(
                id, kind, uri,
                mediaType: Attribute(source.QuerySelector("source"), "type"),
                altText: kind == MediaKind.Image ? Attribute(source, "alt") : null,
                caption: caption,
                width: Size(source, "width"),
                height: Size(source, "height"),
                renditions: Renditions(source)));
            _blocks.Add(new MediaBlock(id));
        }

        private void Embed(IElement frame)
        {
            if (Attribute(frame, "src") is { } src)
            {
                _blocks.Add(new EmbedBlock(src, fallbackHtml: frame.OuterHtml));
            }
            else
            {
                _blocks.Add(new RawHtmlBlock(frame.OuterHtml));
                Note("kept an <iframe> without a source as raw HTML");
            }
        }

        private void Table(IElement table)
        {
            var rows = new List<List<InlineText>>();
            bool header = false;
            foreach (var row in table.QuerySelectorAll("tr"))
            {
                if (row.Closest("table") != table)
                {
                    continue; // a row of a nested table
                }
                var cells = new List<InlineText>();
                bool allHeads = true;
                foreach (var cell in row.Children)
                {
                    if (cell.LocalName is "td" or "th")
                    {
                        cells.Add(InlineBuilder.Of(cell, Note));
                        allHeads &= cell.LocalName == "th";
                    }
                }
                if (rows.Count == 0)
                {
                    header = cells.Count > 0 && (allHeads || row.ParentElement?.LocalName == "thead");
                }
                rows.Add(cells);
            }
            _blocks.Add(new TableBlock(rows, header));
        }

        private static string? Attribute(IElement? element, string name) =>
            element?.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static int? Size(IElement element, string name) =>
            int.TryParse(Attribute(element, name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int size) && size > 0 ? size : null;

        /// <summary>The candidates of a <c>srcset</c> with a width descriptor (<c>a.jpg 320w</c>), as renditions.</summary>
        private static List<Rendition> Renditions(IElement element)
        {
            var renditions = new List<Rendition>();
            if (Attribute(element, "srcset") is not { } srcset)
            {
                return renditions;
            }
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                int? width = parts.Length > 1 && parts[1].EndsWith('w')
                    && int.TryParse(parts[1].AsSpan(0, parts[1].Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int w) && w > 0
                    ? w : null;
                renditions.Add(new Rendition(parts[0], width));
            }
            return renditions;
        }
    }
}
