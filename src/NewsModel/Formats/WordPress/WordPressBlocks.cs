using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// The blocks of the WordPress block editor as the model's blocks. Text blocks (paragraph, heading, list, quote, table,
/// preformatted, code, verse), media blocks (image, gallery, video, audio) and classic HTML are read by the HTML reader
/// from the block's own markup; a pull quote is a pull quote; an embed is an embed of the URL its attributes give; a
/// separator is a divider; custom HTML is a raw HTML block; layout blocks (group, columns, column) are read through.
/// What has no place (a "more" tag, a page break, a spacer, the footnotes block, a layout) is reported. Stateless and
/// thread-safe.
/// </summary>
internal static class WordPressBlocks
{
    /// <summary>Blocks whose own markup is all they say: read by the HTML reader.</summary>
    private static readonly HashSet<string> Html = new(StringComparer.Ordinal)
    {
        "core/paragraph", "core/heading", "core/list", "core/list-item", "core/quote", "core/table", "core/preformatted",
        "core/code", "core/verse", "core/image", "core/gallery", "core/video", "core/audio", "core/freeform", "core/subhead",
        "core/text", "core/cover", "core/cover-image", "core/media-text", "core/file", "core/details",
    };

    /// <summary>Blocks that only arrange others: their inner blocks are read, the arrangement is reported.</summary>
    private static readonly HashSet<string> Layout = new(StringComparer.Ordinal)
    {
        "core/group", "core/columns", "core/column", "core/text-columns", "core/row", "core/stack",
    };

    /// <summary>Blocks that carry nothing of the article's: reported.</summary>
    private static readonly Dictionary<string, string> Nothing = new(StringComparer.Ordinal)
    {
        ["core/more"] = "a \"more\" tag (where an excerpt ends on archive pages)",
        ["core/nextpage"] = "a page break",
        ["core/spacer"] = "a spacer",
        ["core/footnotes"] = "the footnotes block (its notes are in the post's meta)",
    };

    internal static List<Block> Read(List<MarkupBlock> markup, string path, HtmlBodyReader? html, List<MediaAsset> media, ref LossCollector losses)
    {
        var reading = new Reading(html, media);
        for (int i = 0; i < markup.Count; i++)
        {
            reading.Block(markup[i]);
        }
        reading.Finish(path, ref losses);
        return reading.Blocks;
    }

    internal static List<Block> ReadHtml(string content, string path, HtmlBodyReader? html, List<MediaAsset> media, ref LossCollector losses)
    {
        var reading = new Reading(html, media);
        reading.FromHtml(content, null);
        reading.Finish(path, ref losses);
        return reading.Blocks;
    }

    /// <summary>One reading of a body: the blocks and media so far, and what was left out, counted per kind.</summary>
    private sealed class Reading(HtmlBodyReader? html, List<MediaAsset> media)
    {
        internal readonly List<Block> Blocks = [];

        /// <summary>The media by id (the list holds them in order; this finds one without a scan).</summary>
        private readonly Dictionary<string, MediaAsset> _byId = Index(media);
        private int _nextId = media.Count + 1;

        private static Dictionary<string, MediaAsset> Index(List<MediaAsset> media)
        {
            var byId = new Dictionary<string, MediaAsset>(StringComparer.Ordinal);
            foreach (var asset in media)
            {
                byId[asset.Id] = asset;
            }
            return byId;
        }

        private void AddMedia(MediaAsset asset)
        {
            media.Add(asset);
            _byId[asset.Id] = asset;
        }
        private readonly BodyLosses _losses = new();
        private readonly StringBuilder _pending = new();

        /// <summary>Keeps the markup of a block the HTML reader reads as it is, to read with its neighbours in one pass
        /// (as a browser reads the post); without a reader, each block is its own raw HTML block.</summary>
        private void Pend(string markup)
        {
            if (html is null)
            {
                FromHtml(markup, null);
            }
            else
            {
                _pending.Append(markup);
            }
        }

        /// <summary>Reads the markup kept so far, before a block that is read on its own.</summary>
        private void Flush()
        {
            if (_pending.Length > 0)
            {
                var markup = _pending.ToString();
                _pending.Clear();
                FromHtml(markup, null);
            }
        }

        internal void Block(MarkupBlock block)
        {
            var name = block.Name;
            if (name is null)
            {
                Pend(block.InnerHtml);
                return;
            }
            if (name.StartsWith("core-embed/", StringComparison.Ordinal))
            {
                name = "core/embed"; // the embed blocks before WordPress 5.6, one per provider
            }
            if (Batched(name))
            {
                if (!Html.Contains(name))
                {
                    _losses.Approximated("the block " + name + ", read as its HTML");
                }
                Pend(Flatten(block));
                return;
            }
            if (!Layout.Contains(name) || block.InnerBlocks.Count == 0)
            {
                Flush();
            }
            switch (name)
            {
                case "core/pullquote":
                {
                    int first = Blocks.Count;
                    FromHtml(Flatten(block), null);
                    for (int i = first; i < Blocks.Count; i++)
                    {
                        if (Blocks[i] is QuoteBlock { IsPullQuote: false } quote)
                        {
                            Blocks[i] = new QuoteBlock(quote.Text, pull: true, quote.Citation);
                        }
                    }
                    return;
                }
                case "core/embed":
                    Embed(block);
                    return;
                case "core/separator":
                    Blocks.Add(new DividerBlock());
                    return;
                case "core/html":
                    if (block.InnerHtml.Trim() is { Length: > 0 } markup)
                    {
                        Blocks.Add(new RawHtmlBlock(markup));
                    }
                    return;
                case "core/shortcode":
                    if (block.InnerHtml.Trim() is { Length: > 0 } code)
                    {
                        Blocks.Add(new RawHtmlBlock(code));
                        _losses.Approximated("a shortcode, kept as its text (WordPress expands it only when it renders the post)");
                    }
                    return;
            }
            if (Nothing.TryGetValue(name, out var what))
            {
                _losses.Dropped(what);
                return;
            }
            if (Layout.Contains(name))
            {
                _losses.Approximated("the layout of " + name + " (its blocks are kept, one after another)");
                if (block.InnerBlocks.Count == 0)
                {
                    FromHtml(block.InnerHtml, null);
                }
                foreach (var inner in block.InnerBlocks)
                {
                    Block(inner);
                }
                return;
            }
            int mediaBefore = media.Count;
            int blocksBefore = Blocks.Count;
            FromHtml(Flatten(block), name == "core/image" ? Attachment(block) : null);
            if (name is "core/cover" or "core/cover-image" && Attribute(block, "url") is { Length: > 0 } background && media.Count == mediaBefore)
            {
                // An image cover draws its image as a CSS background, which is no element the HTML reader reads: the
                // image from the block's attributes, before the cover's text.
                var id = FreshId();
                AddMedia(new MediaAsset(id, MediaKind.Image, background));
                Blocks.Insert(blocksBefore, new MediaBlock(id));
                _losses.Approximated("a cover (its background image kept as an image before its text)");
            }
            if (name == "core/gallery")
            {
                Gallery(blocksBefore);
            }
        }

        /// <summary>A gallery block whose markup gave single images (the oldest galleries, figures in a div): one
        /// gallery of them.</summary>
        private void Gallery(int first)
        {
            var items = new List<string>();
            for (int i = first; i < Blocks.Count; i++)
            {
                if (Blocks[i] is MediaBlock m && _byId.GetValueOrDefault(m.MediaId) is { Kind: MediaKind.Image or MediaKind.Video })
                {
                    items.Add(m.MediaId);
                }
                else
                {
                    return; // a gallery already, or text in it: left as read
                }
            }
            if (items.Count < 2)
            {
                return;
            }
            Blocks.RemoveRange(first, Blocks.Count - first);
            var id = FreshId();
            AddMedia(new MediaAsset(id, MediaKind.Gallery, items: items));
            Blocks.Add(new MediaBlock(id));
        }

        /// <summary>An embed: the URL from its attributes (or the text of its wrapper), the provider's slug.</summary>
        private void Embed(MarkupBlock block)
        {
            var url = Attribute(block, "url");
            if (string.IsNullOrWhiteSpace(url))
            {
                // Before attributes held it, the URL was the wrapper's text.
                var text = block.InnerHtml;
                int at = text.IndexOf("http", StringComparison.Ordinal);
                int end = at < 0 ? -1 : text.IndexOfAny([' ', '\n', '\r', '\t', '<', '"'], at);
                url = at < 0 ? null : end < 0 ? text[at..] : text[at..end];
            }
            if (string.IsNullOrWhiteSpace(url))
            {
                _losses.Dropped("an embed without a URL");
                return;
            }
            var provider = Attribute(block, "providerNameSlug");
            Blocks.Add(new EmbedBlock(url.Trim(), string.IsNullOrEmpty(provider) ? null : provider));
            if (block.InnerHtml.Contains("<figcaption", StringComparison.OrdinalIgnoreCase))
            {
                _losses.Dropped("an embed's caption");
            }
        }

        /// <summary>Reads HTML into blocks with the HTML reader, giving its media WordPress's ids; without a reader, keeps it as raw HTML.</summary>
        internal void FromHtml(string markup, int? attachment)
        {
            if (string.IsNullOrWhiteSpace(markup))
            {
                return;
            }
            if (html is null)
            {
                Blocks.Add(new RawHtmlBlock(markup.Trim()));
                _losses.Raw();
                return;
            }
            var body = html(markup);
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var asset in body.Media)
            {
                string id = attachment is int known && ids.Count == 0 ? WordPressReader.MediaId(known) : FreshId();
                ids[asset.Id] = id;
                if (_byId.ContainsKey(id))
                {
                    continue; // the same attachment again (the featured image shown in the body)
                }
                AddMedia(new MediaAsset(id, asset.Kind, asset.Uri, asset.MediaType, asset.AltText, asset.Caption, asset.Credit, asset.Rights,
                    asset.Width, asset.Height, asset.Duration, asset.Renditions, asset.Items.IsDefaultOrEmpty ? null : Rename(asset.Items, ids)));
            }
            foreach (var block in body.Blocks)
            {
                Blocks.Add(block is MediaBlock m && ids.TryGetValue(m.MediaId, out var renamed) ? new MediaBlock(renamed) : block);
            }
            foreach (var note in body.Notes)
            {
                _losses.Approximated(note);
            }
        }

        private static List<string> Rename(System.Collections.Immutable.ImmutableArray<string> items, Dictionary<string, string> ids)
        {
            var renamed = new List<string>(items.Length);
            foreach (var item in items)
            {
                renamed.Add(ids.TryGetValue(item, out var id) ? id : item);
            }
            return renamed;
        }

        private string FreshId()
        {
            while (true)
            {
                var id = "wp-body-media-" + (_nextId++).ToString(CultureInfo.InvariantCulture);
                if (!_byId.ContainsKey(id))
                {
                    return id;
                }
            }
        }

        /// <summary>Whether a block is read by the HTML reader as it is, so may be read together with its neighbours:
        /// every block but those read on their own (an image with its attachment id, a gallery, a cover, a pull quote,
        /// an embed, a separator, custom HTML, a shortcode), those that say nothing, and layouts.</summary>
        private static bool Batched(string name) =>
            name is not ("core/image" or "core/gallery" or "core/cover" or "core/cover-image" or "core/pullquote" or "core/embed"
                or "core/separator" or "core/html" or "core/shortcode")
            && !Nothing.ContainsKey(name) && !Layout.Contains(name);

        internal void Finish(string path, ref LossCollector losses)
        {
            Flush();
            _losses.Report(path, "WordPressReadOptions.BodyHtml", ref losses);
        }
    }

    /// <summary>The block's markup without delimiters: its HTML with its inner blocks' markup where they stand.</summary>
    internal static string Flatten(MarkupBlock block)
    {
        if (block.InnerBlocks.Count == 0)
        {
            return block.InnerHtml;
        }
        var html = new StringBuilder();
        int inner = 0;
        foreach (var piece in block.InnerContent)
        {
            html.Append(piece ?? Flatten(block.InnerBlocks[inner++]));
        }
        return html.ToString();
    }

    /// <summary>A string attribute of a block, or null (absent, not a string, or attributes that are not JSON).</summary>
    internal static string? Attribute(MarkupBlock block, string name)
    {
        if (block.Attributes is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(block.Attributes);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null; // invalid UTF-16 in a string
        }
    }

    private static int? Attachment(MarkupBlock block) =>
        int.TryParse(Attribute(block, "id"), NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id > 0 ? id : null;
}
