using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NodaTime;

namespace NewsModel.Formats.Ans;

/// <summary>
/// A story's <c>content_elements</c> as blocks and media, one element at a time, with what was left out or changed
/// counted per kind (reported once by <see cref="Finish"/>). Not thread-safe; one per read.
/// </summary>
internal sealed class AnsElements(HtmlBodyReader? html)
{
    internal readonly List<Block> Blocks = [];
    internal readonly List<MediaAsset> Media = [];
    internal readonly List<(string Text, string Path)> Corrections = [];

    private readonly HashSet<string> _mediaIds = new(StringComparer.Ordinal);
    private readonly BodyLosses _losses = new();

    /// <summary>Reads one element (at <paramref name="path"/>) into blocks.</summary>
    internal void Element(JsonElement element, string path)
    {
        AnsJson.Object(element, path, "a content element");
        var type = AnsJson.String(element, "type", path, "the element's type")
            ?? throw new AnsShapeException(JsonPath.Child(path, "type"), "the element's type, a string", "no such member");
        switch (type)
        {
            case "text":
                Text(element, path);
                break;
            case "header":
                Header(element, path);
                break;
            case "list":
                List(element, path);
                break;
            case "quote":
                Quote(element, path);
                break;
            case "blockquote":
                var blockquote = AnsJson.RequiredString(element, "content", path, "the blockquote's content");
                if (Inline(blockquote) is { } quoted)
                {
                    Blocks.Add(new QuoteBlock(quoted));
                }
                else
                {
                    Raw("<blockquote>" + blockquote + "</blockquote>");
                }
                break;
            case "image" or "video" or "gallery":
                if (Asset(element, path) is { } id)
                {
                    Blocks.Add(new MediaBlock(id));
                }
                break;
            case "oembed_response":
                Embed(element, path);
                break;
            case "raw_html":
                var markup = AnsJson.RequiredString(element, "content", path, "the raw HTML");
                if (!string.IsNullOrWhiteSpace(markup))
                {
                    Blocks.Add(new RawHtmlBlock(markup));
                }
                break;
            case "table":
                Table(element, path);
                break;
            case "divider":
                Blocks.Add(DividerBlock.Instance);
                break;
            case "interstitial_link":
                var url = AnsJson.RequiredString(element, "url", path, "the link's URL");
                var title = AnsJson.RequiredString(element, "content", path, "the link's text");
                var text = HtmlText.Of(title, html).Trim();
                if (url.Length > 0 && text.Length > 0)
                {
                    Blocks.Add(new RelatedLinkBlock(url, text));
                }
                else
                {
                    _losses.Dropped("interstitial link without a URL or text");
                }
                if (element.TryGetProperty("image", out _))
                {
                    _losses.Dropped("interstitial link's image");
                }
                break;
            case "code":
                var code = AnsJson.RequiredString(element, "content", path, "the code");
                _ = AnsJson.String(element, "language", path, "the code's language");
                Blocks.Add(new PreformattedBlock(code));
                break;
            case "correction":
                Corrections.Add((AnsReader.Correction(element, path), path));
                break;
            case "element_group":
                _losses.Approximated("element group (its elements read in its place)");
                int i = 0;
                foreach (var inner in AnsJson.Array(element, "content_elements", path, "the group's elements"))
                {
                    Element(inner, JsonPath.Element(JsonPath.Child(path, "content_elements"), i++));
                }
                break;
            default:
                _losses.Dropped(Excerpt.Of(type) + " element");
                break;
        }
    }

    // ---- Text ----------------------------------------------------------------------------------------------------

    private void Text(JsonElement element, string path)
    {
        var content = AnsJson.RequiredString(element, "content", path, "the text's content");
        if (AnsJson.TryMember(element, "block_properties", out var properties))
        {
            var propertiesPath = JsonPath.Child(path, "block_properties");
            AnsJson.Object(properties, propertiesPath, "the block properties");
            if (AnsJson.String(properties, "dropcap", propertiesPath, "the drop cap") is { } dropcap)
            {
                if (dropcap != "letter")
                {
                    throw new AnsShapeException(JsonPath.Child(propertiesPath, "dropcap"), "\"letter\", the one drop cap ANS defines", "the string \"" + Excerpt.Of(dropcap) + "\"");
                }
                _losses.Dropped("drop cap");
            }
        }
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }
        if (!content.Contains('<', StringComparison.Ordinal))
        {
            Blocks.Add(new ParagraphBlock(InlineText.Plain(WebUtility.HtmlDecode(content).Trim())));
            return;
        }
        if (html is null)
        {
            Raw("<p>" + content + "</p>");
            return;
        }
        var body = html(content);
        foreach (var block in body.Blocks)
        {
            if (block is MediaBlock)
            {
                _losses.Dropped("image inside a text element");
                continue;
            }
            Blocks.Add(block);
        }
        foreach (var note in body.Notes)
        {
            _losses.Approximated(note.TrimEnd('.'));
        }
    }

    /// <summary>Inline content (a heading, a list item, a quote's text) as inline text: its markup read when there is
    /// an HTML reader, its character references decoded when there is no markup; null when it holds markup and there is
    /// no reader (the caller keeps the element as raw HTML).</summary>
    private InlineText? Inline(string content)
    {
        if (!content.Contains('<', StringComparison.Ordinal))
        {
            return InlineText.Plain(WebUtility.HtmlDecode(content).Trim());
        }
        if (html is null)
        {
            return null;
        }
        var blocks = html(content).Blocks;
        if (blocks.Length == 1 && blocks[0] is ParagraphBlock paragraph)
        {
            return paragraph.Text;
        }
        var plain = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.PlainText.Length > 0)
            {
                plain.Append(plain.Length > 0 ? " " : string.Empty).Append(block.PlainText);
            }
        }
        if (blocks.Length > 1)
        {
            _losses.Approximated("inline content of several blocks (read as one text)");
        }
        return InlineText.Plain(plain.ToString());
    }

    private void Raw(string markup)
    {
        Blocks.Add(new RawHtmlBlock(markup));
        _losses.Raw();
    }

    private void Header(JsonElement element, string path)
    {
        var content = AnsJson.RequiredString(element, "content", path, "the header's content");
        var level = AnsJson.Integer(element, "level", path, "the header's level", int.MinValue) ?? 2;
        if (level is < 1 or > 6)
        {
            _losses.Approximated("header level outside 1 to 6 (read as the nearest)");
            level = Math.Clamp(level, 1, 6);
        }
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }
        if (Inline(content) is { } text)
        {
            Blocks.Add(new HeadingBlock(level, text));
        }
        else
        {
            var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
            Raw("<" + tag + ">" + content + "</" + tag + ">");
        }
    }

    private void List(JsonElement element, string path)
    {
        var listType = AnsJson.String(element, "list_type", path, "the list's type");
        if (listType is not null and not "ordered" and not "unordered")
        {
            _losses.Approximated("list type other than ordered or unordered (read as unordered)");
        }
        var items = new List<string>();
        ListItems(element, path, items);
        if (items.Count == 0)
        {
            return;
        }
        var texts = new List<InlineText>(items.Count);
        foreach (var item in items)
        {
            if (Inline(item) is not { } text)
            {
                var markup = new StringBuilder(listType == "ordered" ? "<ol>" : "<ul>");
                foreach (var raw in items)
                {
                    markup.Append("<li>").Append(raw).Append("</li>");
                }
                Raw(markup.Append(listType == "ordered" ? "</ol>" : "</ul>").ToString());
                return;
            }
            if (!text.IsBlank)
            {
                texts.Add(text);
            }
        }
        if (texts.Count > 0)
        {
            Blocks.Add(new ListBlock(texts, listType == "ordered"));
        }
    }

    private void ListItems(JsonElement element, string path, List<string> items)
    {
        int i = 0;
        var itemsPath = JsonPath.Child(path, "items");
        foreach (var item in AnsJson.Array(element, "items", path, "the list's items"))
        {
            var itemPath = JsonPath.Element(itemsPath, i++);
            AnsJson.Object(item, itemPath, "a list item");
            switch (AnsJson.String(item, "type", itemPath, "the item's type"))
            {
                case "text":
                    items.Add(AnsJson.RequiredString(item, "content", itemPath, "the item's content"));
                    break;
                case "list":
                    _losses.Approximated("nested list (its items joined to the outer list)");
                    ListItems(item, itemPath, items);
                    break;
                case var other:
                    throw new AnsShapeException(JsonPath.Child(itemPath, "type"), "\"text\" or \"list\" (a list holds texts and lists)", other is null ? "no such member" : "the string \"" + Excerpt.Of(other) + "\"");
            }
        }
    }

    private void Quote(JsonElement element, string path)
    {
        if (!element.TryGetProperty("content_elements", out _))
        {
            throw new AnsShapeException(JsonPath.Child(path, "content_elements"), "the quote's elements, an array", "no such member");
        }
        var texts = new List<string>();
        QuoteTexts(element, path, texts);
        string? citation = null;
        if (AnsJson.TryMember(element, "citation", out var cite))
        {
            var citePath = JsonPath.Child(path, "citation");
            AnsJson.Object(cite, citePath, "the citation");
            AnsJson.Type(cite, citePath, "text");
            citation = AnsJson.RequiredString(cite, "content", citePath, "the citation's text");
        }
        bool pull = AnsJson.String(element, "subtype", path, "the quote's subtype") == "pullquote";
        var parts = new List<InlineText>();
        foreach (var text in texts)
        {
            if (Inline(text) is not { } inline || (citation is not null && citation.Contains('<', StringComparison.Ordinal) && html is null))
            {
                var markup = new StringBuilder("<blockquote>");
                foreach (var raw in texts)
                {
                    markup.Append("<p>").Append(raw).Append("</p>");
                }
                Raw(markup.Append(citation is null ? string.Empty : "<cite>" + citation + "</cite>").Append("</blockquote>").ToString());
                return;
            }
            if (!inline.IsBlank)
            {
                parts.Add(inline);
            }
        }
        if (parts.Count == 0)
        {
            return;
        }
        if (parts.Count > 1)
        {
            _losses.Approximated("quote of several paragraphs (joined by line breaks)");
        }
        var cited = citation is null ? null : HtmlText.Of(citation, html).Trim();
        Blocks.Add(new QuoteBlock(Join(parts), pull, string.IsNullOrEmpty(cited) ? null : cited));
    }

    private void QuoteTexts(JsonElement element, string path, List<string> texts)
    {
        int i = 0;
        var elementsPath = JsonPath.Child(path, "content_elements");
        foreach (var inner in AnsJson.Array(element, "content_elements", path, "the quote's elements"))
        {
            var innerPath = JsonPath.Element(elementsPath, i++);
            AnsJson.Object(inner, innerPath, "a quote's element");
            switch (AnsJson.String(inner, "type", innerPath, "the element's type"))
            {
                case "text":
                    texts.Add(AnsJson.RequiredString(inner, "content", innerPath, "the text's content"));
                    break;
                case "quote":
                    _losses.Approximated("quote inside a quote (its texts joined to the outer one)");
                    QuoteTexts(inner, innerPath, texts);
                    break;
                case var other:
                    _losses.Dropped((other is null ? "untyped" : Excerpt.Of(other)) + " element inside a quote");
                    break;
            }
        }
    }

    /// <summary>Paragraphs as one inline text, a line break between them, their marks moved along.</summary>
    private static InlineText Join(List<InlineText> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        var text = new StringBuilder();
        var marks = new List<Mark>();
        foreach (var part in parts)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            int offset = text.Length;
            text.Append(part.Text);
            foreach (var mark in part.Marks)
            {
                marks.Add(new Mark(mark.Kind, new TextRange(mark.Range.Start + offset, mark.Range.Length), mark.Href, mark.Title, mark.Note));
            }
        }
        return new InlineText(text.ToString(), marks);
    }

    private void Table(JsonElement element, string path)
    {
        var rows = new List<List<string>>();
        bool header = false;
        if (AnsJson.TryMember(element, "header", out _))
        {
            var cells = Cells(AnsJson.Array(element, "header", path, "the table's header"), JsonPath.Child(path, "header"));
            if (cells.Count > 0)
            {
                rows.Add(cells);
                header = true;
            }
        }
        if (!element.TryGetProperty("rows", out _))
        {
            throw new AnsShapeException(JsonPath.Child(path, "rows"), "the table's rows, an array", "no such member");
        }
        int r = 0;
        foreach (var row in AnsJson.Array(element, "rows", path, "the table's rows"))
        {
            var rowPath = JsonPath.Element(JsonPath.Child(path, "rows"), r++);
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw AnsJson.Error(rowPath, "a row, an array of text elements", row);
            }
            rows.Add(Cells(row.EnumerateArray(), rowPath));
        }
        if (rows.Count == 0)
        {
            return;
        }
        var table = new List<List<InlineText>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<InlineText>(row.Count);
            foreach (var cell in row)
            {
                if (Inline(cell) is not { } text)
                {
                    var markup = new StringBuilder("<table>");
                    foreach (var rawRow in rows)
                    {
                        markup.Append("<tr>");
                        foreach (var rawCell in rawRow)
                        {
                            markup.Append("<td>").Append(rawCell).Append("</td>");
                        }
                        markup.Append("</tr>");
                    }
                    Raw(markup.Append("</table>").ToString());
                    return;
                }
                cells.Add(text);
            }
            table.Add(cells);
        }
        try
        {
            Blocks.Add(new TableBlock(table, header));
        }
        catch (ArgumentException)
        {
            // Rows of different lengths: the model's table is rectangular; the markup keeps the element as it is.
            _losses.Approximated("table with rows of different lengths (kept as raw HTML)");
            var markup = new StringBuilder("<table>");
            foreach (var rawRow in rows)
            {
                markup.Append("<tr><td>").AppendJoin("</td><td>", rawRow).Append("</td></tr>");
            }
            Raw(markup.Append("</table>").ToString());
        }
    }

    private static List<string> Cells(JsonElement.ArrayEnumerator cells, string path)
    {
        var list = new List<string>();
        int i = 0;
        foreach (var cell in cells)
        {
            var cellPath = JsonPath.Element(path, i++);
            AnsJson.Object(cell, cellPath, "a table cell, a text element");
            AnsJson.Type(cell, cellPath, "text");
            list.Add(AnsJson.RequiredString(cell, "content", cellPath, "the cell's content"));
        }
        return list;
    }

    private void Embed(JsonElement element, string path)
    {
        string? url = null, provider = AnsJson.String(element, "subtype", path, "the embed's provider"), fallback = null;
        if (AnsJson.TryMember(element, "referent", out var referent))
        {
            AnsJson.Object(referent, JsonPath.Child(path, "referent"), "the referent");
            url = AnsJson.String(referent, "id", JsonPath.Child(path, "referent"), "the embedded URL");
        }
        if (AnsJson.TryMember(element, "raw_oembed", out var oembed))
        {
            var oembedPath = JsonPath.Child(path, "raw_oembed");
            AnsJson.Object(oembed, oembedPath, "the oEmbed response");
            url ??= Loose(oembed, "url") ?? Loose(oembed, "_id");
            provider ??= Loose(oembed, "provider_name");
            fallback = Loose(oembed, "html");
        }
        if (!string.IsNullOrWhiteSpace(url))
        {
            Blocks.Add(new EmbedBlock(url, string.IsNullOrWhiteSpace(provider) ? null : provider, string.IsNullOrWhiteSpace(fallback) ? null : fallback));
        }
        else if (!string.IsNullOrWhiteSpace(fallback))
        {
            _losses.Approximated("oEmbed response without a URL (its HTML kept as raw HTML)");
            Blocks.Add(new RawHtmlBlock(fallback));
        }
        else
        {
            _losses.Dropped("oEmbed response without a URL or HTML");
        }
    }

    /// <summary>A member of an oEmbed response (free-form in ANS) when it is a string.</summary>
    private static string? Loose(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    // ---- Media ---------------------------------------------------------------------------------------------------

    /// <summary>The lead medium (<c>promo_items.basic</c>): an image or video asset.</summary>
    internal string? Lead(JsonElement element, string path, ref LossCollector losses)
    {
        var id = Asset(element, path);
        if (id is null)
        {
            losses.Add(path, "the promo image or video", "a media asset needs at least its URL", LossKind.Dropped);
        }
        return id;
    }

    /// <summary>An image, video or gallery as an asset (and a gallery's images as assets of their own); its id, or null
    /// when it has no URL (nothing to show).</summary>
    private string? Asset(JsonElement element, string path)
    {
        var type = AnsJson.String(element, "type", path, "the medium's type");
        var kind = type switch
        {
            "video" => MediaKind.Video,
            "gallery" => MediaKind.Gallery,
            _ => MediaKind.Image,
        };
        var id = NewId(AnsJson.String(element, "_id", path, "the medium's id"));
        var url = AnsJson.String(element, "url", path, "the medium's URL");
        var alt = AnsJson.String(element, "alt_text", path, "the alternative text");
        var caption = AnsJson.String(element, "caption", path, "the caption");
        int? width = Size(element, "width", path), height = Size(element, "height", path);
        Credit? credit = null;
        if (AnsJson.TryMember(element, "credits", out var credits))
        {
            var creditsPath = JsonPath.Child(path, "credits");
            AnsJson.Object(credits, creditsPath, "the medium's credits");
            int i = 0;
            var ignored = new LossCollector();
            foreach (var by in AnsJson.Array(credits, "by", creditsPath, "the medium's authors"))
            {
                if (AnsReader.Credit(by, JsonPath.Element(JsonPath.Child(creditsPath, "by"), i++), CreditRole.Photographer, ref ignored) is { } found && credit is null)
                {
                    credit = found;
                }
            }
        }
        if (AnsJson.TryMember(element, "subtitle", out _))
        {
            _losses.Dropped("medium's subtitle");
        }
        var renditions = new List<Rendition>();
        Duration? duration = null;
        var items = new List<string>();
        if (kind == MediaKind.Video)
        {
            int s = 0;
            foreach (var stream in AnsJson.Array(element, "streams", path, "the video's streams"))
            {
                var streamPath = JsonPath.Element(JsonPath.Child(path, "streams"), s++);
                AnsJson.Object(stream, streamPath, "a stream");
                if (AnsJson.String(stream, "url", streamPath, "the stream's URL") is { Length: > 0 } streamUrl)
                {
                    var format = AnsJson.String(stream, "stream_type", streamPath, "the stream's type");
                    renditions.Add(new Rendition(streamUrl, Size(stream, "width", streamPath), Size(stream, "height", streamPath), null, string.IsNullOrEmpty(format) ? null : format));
                }
            }
            url ??= renditions.Count > 0 ? renditions[0].Uri : AnsJson.String(element, "canonical_url", path, "the video's page");
            if (AnsJson.TryMember(element, "duration", out var ms) && ms.ValueKind == JsonValueKind.Number && ms.TryGetInt64(out long milliseconds) && milliseconds >= 0)
            {
                duration = Duration.FromMilliseconds(milliseconds);
            }
            if (caption is null && AnsJson.TryMember(element, "description", out var description) && description.ValueKind == JsonValueKind.Object)
            {
                caption = AnsJson.String(description, "basic", JsonPath.Child(path, "description"), "the video's description");
            }
        }
        else if (kind == MediaKind.Gallery)
        {
            int g = 0;
            foreach (var image in AnsJson.Array(element, "content_elements", path, "the gallery's images"))
            {
                var imagePath = JsonPath.Element(JsonPath.Child(path, "content_elements"), g++);
                AnsJson.Object(image, imagePath, "a gallery's image");
                if (Asset(image, imagePath) is { } itemId)
                {
                    items.Add(itemId);
                }
            }
            if (caption is null && AnsJson.TryMember(element, "headlines", out var headlines) && headlines.ValueKind == JsonValueKind.Object)
            {
                caption = AnsJson.String(headlines, "basic", JsonPath.Child(path, "headlines"), "the gallery's headline");
            }
            if (items.Count == 0)
            {
                _losses.Dropped("gallery without images");
                return null;
            }
        }
        if (kind != MediaKind.Gallery && string.IsNullOrWhiteSpace(url))
        {
            _losses.Dropped((type ?? "image") + " without a URL");
            return null;
        }
        var captionText = caption is null ? null : HtmlText.Of(caption, html).Trim();
        Media.Add(new MediaAsset(
            id,
            kind,
            kind == MediaKind.Gallery ? null : url,
            altText: string.IsNullOrWhiteSpace(alt) ? null : alt,
            caption: string.IsNullOrEmpty(captionText) ? null : InlineText.Plain(captionText),
            credit: credit,
            width: width,
            height: height,
            duration: duration,
            renditions: renditions,
            items: items));
        return id;
    }

    private static int? Size(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var member))
        {
            return null;
        }
        if (member.ValueKind != JsonValueKind.Number)
        {
            throw AnsJson.Error(JsonPath.Child(path, name), "a size in pixels, a number", member);
        }
        return member.TryGetInt32(out int size) && size > 0 ? size : null;
    }

    private string NewId(string? ansId)
    {
        var id = string.IsNullOrWhiteSpace(ansId) ? null : "ans-" + ansId.Trim();
        if (id is null || !_mediaIds.Add(id))
        {
            int n = _mediaIds.Count + 1;
            do
            {
                id = "ans-media-" + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }
            while (!_mediaIds.Add(id));
        }
        return id;
    }

    // ---- Losses --------------------------------------------------------------------------------------------------

    /// <summary>Reports, once per kind, what the elements lost.</summary>
    internal void Finish(string path, ref LossCollector losses) => _losses.Report(path, "AnsReadOptions.BodyHtml", ref losses);
}
