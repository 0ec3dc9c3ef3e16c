using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using NewsModel.Json;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Formats.Feeds;

/// <summary>
/// Reads a feed into one draft per item (what the item says, in the terms common to every feed format), then each
/// draft into an article. Stateless and thread-safe.
/// </summary>
internal static class FeedReader
{
    private static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    /// <summary>What one item says, whatever the format.</summary>
    private sealed class Item
    {
        internal string Path = "";
        internal int Line;
        internal string? Id;
        internal string? Title;
        internal bool TitleIsHtml;
        internal string? Link;
        internal string? Html;
        internal string? Text;
        internal string? Summary;
        internal bool SummaryIsHtml;
        internal (string Text, string Path, bool Rfc822)? Published;
        internal (string Text, string Path, bool Rfc822)? Updated;
        internal string? Language;
        internal readonly List<string> Authors = [];
        internal readonly List<string> Categories = [];
        internal readonly List<(string Url, string? Type, string? Medium, int? Width, int? Height)> Media = [];
    }

    /// <summary>What the feed says of all its items.</summary>
    private sealed class Channel
    {
        internal FeedFormat Format;
        internal string? Version;
        internal string? Title;
        internal string? Link;
        internal string? Language;
        internal (string Text, string Path, bool Rfc822)? Date;
        internal readonly List<Item> Items = [];
    }

    internal static FeedReadResult Read(ReadOnlySpan<byte> bytes, FeedReadOptions options)
    {
        var channel = IsJson(bytes) ? JsonFeed(bytes) : Xml(bytes);
        var losses = new LossCollector();
        var publication = options.Publication;
        if (publication is null)
        {
            var name = !string.IsNullOrWhiteSpace(channel.Title) ? channel.Title.Trim() : Host(channel.Link) ?? "Unknown feed";
            publication = new Publication(name, DateTimeZone.Utc);
            losses.Add("Publication", "the feed's title \"" + Excerpt.Of(name) + "\" in UTC", "an article needs a publication (FeedReadOptions.Publication)", LossKind.Substituted);
        }
        var items = ImmutableArray.CreateBuilder<ItemResult<Article>>(channel.Items.Count);
        for (int i = 0; i < channel.Items.Count; i++)
        {
            try
            {
                items.Add(new ItemResult<Article>(i, Build(channel, channel.Items[i], i, publication, options)));
            }
            catch (FeedException e)
            {
                items.Add(new ItemResult<Article>(i, e));
            }
        }
        return new FeedReadResult(channel.Format, channel.Version, channel.Title, channel.Link, items.MoveToImmutable(), losses.ToReport());
    }

    private static bool IsJson(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        int i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }
        return i < text.Length && text[i] == (byte)'{';
    }

    private static string? Host(string? link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    // ---- XML feeds -----------------------------------------------------------------------------------------------

    private static Channel Xml(ReadOnlySpan<byte> bytes)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1 << 20 };
            using var reader = Open(bytes, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FeedException("Feed: expected well-formed XML; " + e.Message, "/", e.LineNumber, e.LinePosition, e);
        }
        var root = document.Root!;
        var channel = new Channel();
        switch (root.Name.LocalName)
        {
            case "rss":
                channel.Format = FeedFormat.Rss;
                channel.Version = (string?)root.Attribute("version");
                Rss(root, channel);
                break;
            case "RDF" when root.Name.Namespace == Rdf:
                channel.Format = FeedFormat.Rdf;
                channel.Version = "1.0";
                Rdf10(root, channel);
                break;
            case "feed" when root.Name.Namespace == Atom10 || root.Name.Namespace == Atom03:
                channel.Format = FeedFormat.Atom;
                channel.Version = root.Name.Namespace == Atom10 ? "1.0" : (string?)root.Attribute("version") ?? "0.3";
                AtomFeed(root, channel, root.Name.Namespace);
                break;
            default:
                throw new FeedException("Feed: expected <rss>, <rdf:RDF> or <feed> (Atom) as the root element; found <" + Excerpt.Of(root.Name.ToString()) + ">.", "/" + root.Name.LocalName, Line(root), Position(root));
        }
        return channel;
    }

    /// <summary>
    /// A reader of the document in its encoding: UTF-8 (by BOM, declaration or default) goes to the XML reader as
    /// bytes; a UTF-16 BOM, or another encoding the XML declaration names, is decoded first (legacy code pages through
    /// the code-pages provider, without registering it for the whole process; an encoding .NET does not know as UTF-8).
    /// White space before the declaration is left out (some servers print a blank line first).
    /// </summary>
    private static XmlReader Open(ReadOnlySpan<byte> bytes, XmlReaderSettings settings)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return XmlReader.Create(new MemoryStream(bytes.ToArray(), writable: false), settings); // the reader skips the BOM
        }
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return XmlReader.Create(new StringReader(utf16.GetString(bytes[2..]).TrimStart(' ', '\t', '\r', '\n')), settings);
        }
        int start = 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }
        bytes = bytes[start..];
        var declared = DeclaredEncoding(bytes);
        if (declared is null || declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || declared.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return XmlReader.Create(new MemoryStream(bytes.ToArray(), writable: false), settings);
        }
        var encoding = EncodingFor(declared) ?? new UTF8Encoding(false);
        return XmlReader.Create(new StringReader(encoding.GetString(bytes)), settings);
    }

    /// <summary>The encoding the XML declaration at the start of <paramref name="bytes"/> names, or null.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 200)];
        int end = head.IndexOf("?>"u8);
        if (!head.StartsWith("<?xml"u8) || end < 0)
        {
            return null;
        }
        var declaration = head[..end];
        int at = declaration.IndexOf("encoding="u8);
        if (at < 0 || at + 10 >= declaration.Length)
        {
            return null;
        }
        byte quote = declaration[at + 9];
        var rest = declaration[(at + 10)..];
        int close = rest.IndexOf(quote);
        return close > 0 ? Encoding.ASCII.GetString(rest[..close]) : null;
    }

    private static Encoding? EncodingFor(string name)
    {
        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An encoding .NET does not know, or one it refuses (UTF-7, disabled as unsafe): read as UTF-8.
            return null;
        }
    }

    private static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static int Position(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;

    private static string? Value(XElement? element) => element is null ? null : element.Value.Trim() is { Length: > 0 } v ? v : null;

    private static (string, string, bool)? DateOf(XElement? element, string itemPath, bool rfc822) =>
        Value(element) is { } text ? (text, itemPath + "/" + element!.Name.LocalName, rfc822) : null;

    private static void Rss(XElement root, Channel channel)
    {
        // RSS has no namespace, but some feeds give it one (Userland's "http://backend.userland.com/rss2"): its elements
        // are read in the root's namespace.
        var ns = root.Name.Namespace;
        var feed = root.Element(ns + "channel") ?? root;
        channel.Title = Value(feed.Element(ns + "title"));
        channel.Link = Value(feed.Element(ns + "link"));
        channel.Language = Value(feed.Element(ns + "language")) ?? Value(feed.Element(Dc + "language"));
        channel.Date = DateOf(feed.Element(ns + "pubDate"), "/rss/channel", true) ?? DateOf(feed.Element(ns + "lastBuildDate"), "/rss/channel", true);
        // RSS 0.91/0.92 and 2.0 keep items in the channel; a few feeds put them beside it.
        var items = feed.Elements(ns + "item").Concat(feed == root ? [] : root.Elements(ns + "item")).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            channel.Items.Add(RssItem(items[i], ns, "/rss/channel/item[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]"));
        }
    }

    private static Item RssItem(XElement e, XNamespace ns, string path)
    {
        var item = new Item { Path = path, Line = Line(e) };
        item.Title = Value(e.Element(ns + "title")) ?? Value(e.Element(Dc + "title"));
        item.Link = Value(e.Element(ns + "link"));
        item.Id = Value(e.Element(ns + "guid")) ?? item.Link;
        var description = Value(e.Element(ns + "description"));
        item.Html = Value(e.Element(Content + "encoded"));
        if (item.Html is null)
        {
            item.Html = description;
        }
        else
        {
            item.Summary = description;
            item.SummaryIsHtml = true;
        }
        item.Published = DateOf(e.Element(ns + "pubDate"), path, true) ?? DateOf(e.Element(Dc + "date"), path, false);
        item.Language = Value(e.Element(Dc + "language"));
        foreach (var creator in e.Elements(Dc + "creator").Concat(e.Elements(ns + "author")))
        {
            if (Value(creator) is { } name)
            {
                item.Authors.Add(AuthorName(name));
            }
        }
        foreach (var category in e.Elements(ns + "category").Concat(e.Elements(Dc + "subject")))
        {
            if (Value(category) is { } term)
            {
                item.Categories.Add(term);
            }
        }
        MediaOf(e, ns, item);
        return item;
    }

    /// <summary>RSS's author is an e-mail address with the name in parentheses: <c>jo@example.com (Jo Smith)</c>.</summary>
    private static string AuthorName(string author)
    {
        int open = author.IndexOf('(', StringComparison.Ordinal);
        int close = author.LastIndexOf(')');
        return open > 0 && close > open + 1 && author.AsSpan(0, open).Contains('@') ? author[(open + 1)..close].Trim() : author;
    }

    private static void MediaOf(XElement e, XNamespace ns, Item item)
    {
        foreach (var enclosure in e.Elements(ns + "enclosure"))
        {
            if ((string?)enclosure.Attribute("url") is { Length: > 0 } url)
            {
                item.Media.Add((url, (string?)enclosure.Attribute("type"), null, null, null));
            }
        }
        foreach (var content in e.Descendants(Media + "content").Concat(e.Elements(Media + "thumbnail")))
        {
            if ((string?)content.Attribute("url") is { Length: > 0 } url && !item.Media.Exists(m => m.Url == url))
            {
                item.Media.Add((url, (string?)content.Attribute("type"), content.Name.LocalName == "thumbnail" ? "image" : (string?)content.Attribute("medium"),
                    Size(content.Attribute("width")), Size(content.Attribute("height"))));
            }
        }
    }

    private static int? Size(XAttribute? attribute) =>
        int.TryParse((string?)attribute, NumberStyles.None, CultureInfo.InvariantCulture, out int size) && size > 0 ? size : null;

    private static void Rdf10(XElement root, Channel channel)
    {
        var feed = root.Element(Rss10 + "channel");
        channel.Title = Value(feed?.Element(Rss10 + "title"));
        channel.Link = Value(feed?.Element(Rss10 + "link"));
        channel.Language = Value(feed?.Element(Dc + "language"));
        channel.Date = DateOf(feed?.Element(Dc + "date"), "/rdf:RDF/channel", false);
        var items = root.Elements(Rss10 + "item").ToList();
        for (int i = 0; i < items.Count; i++)
        {
            var e = items[i];
            var path = "/rdf:RDF/item[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            var item = new Item { Path = path, Line = Line(e) };
            item.Title = Value(e.Element(Rss10 + "title"));
            item.Link = Value(e.Element(Rss10 + "link"));
            item.Id = (string?)e.Attribute(Rdf + "about") ?? item.Link;
            var description = Value(e.Element(Rss10 + "description"));
            item.Html = Value(e.Element(Content + "encoded")) ?? description;
            if (item.Html != description)
            {
                item.Summary = description;
                item.SummaryIsHtml = true;
            }
            item.Published = DateOf(e.Element(Dc + "date"), path, false);
            item.Language = Value(e.Element(Dc + "language"));
            foreach (var creator in e.Elements(Dc + "creator"))
            {
                if (Value(creator) is { } name)
                {
                    item.Authors.Add(name);
                }
            }
            foreach (var subject in e.Elements(Dc + "subject"))
            {
                if (Value(subject) is { } term)
                {
                    item.Categories.Add(term);
                }
            }
            MediaOf(e, XNamespace.None, item);
            channel.Items.Add(item);
        }
    }

    private static void AtomFeed(XElement root, Channel channel, XNamespace ns)
    {
        channel.Title = AtomText(root.Element(ns + "title"), out _);
        channel.Link = AtomLink(root, ns);
        channel.Language = (string?)root.Attribute(XNamespace.Xml + "lang");
        channel.Date = DateOf(root.Element(ns + "updated"), "/feed", false) ?? DateOf(root.Element(ns + "modified"), "/feed", false);
        var entries = root.Elements(ns + "entry").ToList();
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var path = "/feed/entry[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            var item = new Item { Path = path, Line = Line(e) };
            item.Title = AtomText(e.Element(ns + "title"), out item.TitleIsHtml);
            item.Link = AtomLink(e, ns);
            item.Id = Value(e.Element(ns + "id")) is { } atomId
                ? atomId.StartsWith(FeedWriter.IdTag, StringComparison.Ordinal) ? Uri.UnescapeDataString(atomId[FeedWriter.IdTag.Length..]) : atomId
                : item.Link;
            var content = e.Element(ns + "content");
            var summary = e.Element(ns + "summary");
            item.Html = AtomText(content, out bool contentHtml);
            if (item.Html is not null && !contentHtml)
            {
                item.Text = item.Html;
                item.Html = null;
            }
            item.Summary = AtomText(summary, out item.SummaryIsHtml);
            if (item.Html is null && item.Text is null && item.Summary is not null)
            {
                // Only a summary: it is the body.
                if (item.SummaryIsHtml)
                {
                    item.Html = item.Summary;
                }
                else
                {
                    item.Text = item.Summary;
                }
                item.Summary = null;
            }
            // Atom 1.0: published and updated; Atom 0.3: issued, modified, created.
            item.Published = DateOf(e.Element(ns + "published"), path, false) ?? DateOf(e.Element(ns + "issued"), path, false)
                ?? DateOf(e.Element(ns + "created"), path, false);
            item.Updated = DateOf(e.Element(ns + "updated"), path, false) ?? DateOf(e.Element(ns + "modified"), path, false);
            item.Language = (string?)e.Attribute(XNamespace.Xml + "lang");
            foreach (var author in e.Elements(ns + "author"))
            {
                if (Value(author.Element(ns + "name")) is { } name)
                {
                    item.Authors.Add(name);
                }
            }
            foreach (var category in e.Elements(ns + "category"))
            {
                if (((string?)category.Attribute("label") ?? (string?)category.Attribute("term")) is { Length: > 0 } term)
                {
                    item.Categories.Add(term.Trim());
                }
            }
            foreach (var link in e.Elements(ns + "link").Where(l => (string?)l.Attribute("rel") == "enclosure"))
            {
                if ((string?)link.Attribute("href") is { Length: > 0 } url)
                {
                    item.Media.Add((url, (string?)link.Attribute("type"), null, null, null));
                }
            }
            MediaOf(e, XNamespace.None, item);
            channel.Items.Add(item);
        }
    }

    /// <summary>An Atom text construct: text, HTML (escaped, <c>type="html"</c>, or 0.3's <c>mode="escaped"</c>) or
    /// XHTML (its markup, <c>type="xhtml"</c>).</summary>
    private static string? AtomText(XElement? element, out bool html)
    {
        html = false;
        if (element is null)
        {
            return null;
        }
        var type = (string?)element.Attribute("type");
        var mode = (string?)element.Attribute("mode");
        if (type == "xhtml" || type == "application/xhtml+xml" || (mode == "xml" && element.HasElements))
        {
            html = true;
            var markup = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return markup.Trim().Length == 0 ? null : markup;
        }
        html = type is "html" or "text/html" || mode == "escaped";
        return Value(element);
    }

    private static string? AtomLink(XElement e, XNamespace ns)
    {
        string? any = null;
        foreach (var link in e.Elements(ns + "link"))
        {
            var rel = (string?)link.Attribute("rel");
            var href = (string?)link.Attribute("href");
            if (string.IsNullOrEmpty(href))
            {
                continue;
            }
            if (rel is null or "alternate")
            {
                return href;
            }
            any ??= rel == "self" ? null : href;
        }
        return any;
    }

    // ---- JSON Feed ----------------------------------------------------------------------------------------------

    private static Channel JsonFeed(ReadOnlySpan<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.StartsWith("\uFEFF"u8) ? bytes[3..].ToArray() : bytes.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new FeedException("JSON Feed: expected well-formed JSON; " + e.Message, "$", (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, e);
        }
        using (document)
        {
            var root = document.RootElement;
            var channel = new Channel { Format = FeedFormat.JsonFeed };
            channel.Version = Str(root, "version", "$");
            channel.Title = Str(root, "title", "$");
            channel.Link = Str(root, "home_page_url", "$");
            channel.Language = Str(root, "language", "$");
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedException("JSON Feed $.items: expected the array of items; found " + (items.ValueKind == JsonValueKind.Undefined ? "none" : items.ValueKind.ToString().ToLowerInvariant()) + ".", "$.items", 0, 0);
            }
            var feedAuthors = Authors(root, "$");
            int index = 0;
            foreach (var e in items.EnumerateArray())
            {
                var path = JsonPath.Element("$.items", index);
                index++;
                var item = new Item { Path = path };
                if (e.ValueKind != JsonValueKind.Object)
                {
                    channel.Items.Add(item); // read as an item without anything: fails with its path
                    continue;
                }
                item.Id = Str(e, "id", path) ?? (e.TryGetProperty("id", out var number) && number.ValueKind == JsonValueKind.Number ? number.GetRawText() : null);
                item.Link = Str(e, "url", path) ?? Str(e, "external_url", path);
                item.Title = Str(e, "title", path);
                item.Html = Str(e, "content_html", path);
                item.Text = Str(e, "content_text", path);
                item.Summary = Str(e, "summary", path);
                item.Language = Str(e, "language", path);
                item.Published = Str(e, "date_published", path) is { } published ? (published, JsonPath.Child(path, "date_published"), false) : null;
                item.Updated = Str(e, "date_modified", path) is { } modified ? (modified, JsonPath.Child(path, "date_modified"), false) : null;
                var authors = Authors(e, path);
                item.Authors.AddRange(authors.Count > 0 ? authors : feedAuthors);
                if (e.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
                {
                    item.Categories.AddRange(tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim()).Where(t => t.Length > 0));
                }
                foreach (var name in new[] { "image", "banner_image" })
                {
                    if (Str(e, name, path) is { } url)
                    {
                        item.Media.Add((url, null, "image", null, null));
                    }
                }
                if (e.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
                {
                    foreach (var attachment in attachments.EnumerateArray())
                    {
                        if (attachment.ValueKind == JsonValueKind.Object && Str(attachment, "url", path) is { } url)
                        {
                            item.Media.Add((url, Str(attachment, "mime_type", path), null, null, null));
                        }
                    }
                }
                channel.Items.Add(item);
            }
            return channel;
        }
    }

    private static string? Str(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return null; // a member of another type than JSON Feed gives it is not read (the item may then fail for want of it)
        }
        try
        {
            return value.GetString() is { } s && s.Trim().Length > 0 ? s.Trim() : null;
        }
        catch (InvalidOperationException invalid)
        {
            var at = JsonPath.Child(path, name);
            throw new FeedException("JSON Feed " + at + ": expected a string in valid UTF-16; found a lone surrogate.", at, 0, 0, invalid);
        }
    }

    /// <summary>JSON Feed 1.1's <c>authors</c>, or 1.0's <c>author</c>.</summary>
    private static List<string> Authors(JsonElement e, string path)
    {
        var names = new List<string>();
        if (e.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && Str(author, "name", path) is { } name)
                {
                    names.Add(name);
                }
            }
        }
        else if (e.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object && Str(author, "name", path) is { } name)
        {
            names.Add(name);
        }
        return names;
    }

    // ---- Articles ------------------------------------------------------------------------------------------------

    private const string NoTitle = "(no title)";

    private static ConversionResult<Article> Build(Channel channel, Item item, int index, Publication publication, FeedReadOptions options)
    {
        var losses = new LossCollector();
        var html = options.BodyHtml;
        var id = item.Id ?? item.Link;
        if (id is null)
        {
            // RSS 0.9x items need neither a link nor a guid: the feed's link (or title) and the item's place in it.
            id = (channel.Link ?? channel.Title ?? "feed") + "#item-" + (index + 1).ToString(CultureInfo.InvariantCulture);
            losses.Add(item.Path, "no id, guid or link; \"" + Excerpt.Of(id) + "\" (the feed and the item's place in it) used", "an article needs an id", LossKind.Substituted);
        }
        var title = item.Title is { } t ? (item.TitleIsHtml ? HtmlText.Of(t, html) : WebUtility.HtmlDecode(t)).Trim() : null;
        if (string.IsNullOrEmpty(title))
        {
            title = NoTitle;
            losses.Add(item.Path + "/title", "no title; \"" + NoTitle + "\" used", "an article needs a headline", LossKind.Substituted);
        }
        var zone = publication.Zone;
        var published = item.Published is { } p ? Moment(item, p, zone)
            : item.Updated is { } u ? Substituted(item, u, zone, "no publication date; the update date stands for it", ref losses)
            : channel.Date is { } c ? Substituted(item, c, zone, "no date; the feed's date stands for it", ref losses)
            : options.DefaultPublished is { } fetched ? Fetched(item, fetched, zone, ref losses)
            : throw Fail(item, "a publication date (neither the item nor the feed gives one; FeedReadOptions.DefaultPublished may stand for it)", "none");
        Moment? updated = item.Published is not null && item.Updated is { } up ? Moment(item, up, zone) : null;
        if (updated is not null && updated.Instant < published.Instant)
        {
            losses.Add(item.Updated!.Value.Path, "an update before the publication date", "an article's update cannot precede its publication", LossKind.Dropped);
            updated = null;
        }
        else if (updated is not null && updated.Instant == published.Instant)
        {
            updated = null;
        }

        var media = new List<MediaAsset>();
        var blocks = Body(item, html, media, ref losses);
        string? standfirst = item.Summary is { } s ? (item.SummaryIsHtml ? HtmlText.Of(s, html) : WebUtility.HtmlDecode(s)).Trim() : null;
        if (standfirst?.Length == 0)
        {
            standfirst = null;
        }
        string? lead = null;
        foreach (var (url, type, medium, width, height) in item.Media)
        {
            var kind = (medium ?? type ?? "") switch
            {
                var k when k.StartsWith("video", StringComparison.OrdinalIgnoreCase) => MediaKind.Video,
                var k when k.StartsWith("audio", StringComparison.OrdinalIgnoreCase) => MediaKind.Audio,
                var k when k.StartsWith("image", StringComparison.OrdinalIgnoreCase) || k.Length == 0 => MediaKind.Image,
                _ => (MediaKind?)null,
            };
            if (kind is null)
            {
                losses.Add(item.Path, "an attachment of type " + Excerpt.Of(medium ?? type!), "media assets are images, video and audio", LossKind.Dropped);
                continue;
            }
            var assetId = "feed-media-" + (media.Count + 1).ToString(CultureInfo.InvariantCulture);
            media.Add(new MediaAsset(assetId, kind.Value, url, type is { Length: > 0 } && type.Contains('/') ? type : null, width: width, height: height));
            lead ??= kind == MediaKind.Image ? assetId : null;
        }
        var credits = item.Authors.Distinct(StringComparer.Ordinal).Select(a => new Credit(a, PartyKind.Person, CreditRole.Author, printed: null)).ToList();
        var keywords = item.Categories.Distinct(StringComparer.Ordinal).ToList();
        var language = item.Language ?? channel.Language;
        if (language is null)
        {
            language = options.DefaultLanguage;
            losses.Add(item.Path, "no language; " + language + " used", "an article needs a language (FeedReadOptions.DefaultLanguage)", LossKind.Substituted);
        }
        try
        {
            var article = new Article(id, title, language, publication, new Timeline(published, updated), blocks, credits,
                standfirst: standfirst, canonicalUrl: item.Link, media: media, leadMedia: lead,
                taxonomy: keywords.Count > 0 ? new Taxonomy(keywords: keywords) : null);
            return new ConversionResult<Article>(article, losses.ToReport());
        }
        catch (ArgumentException e)
        {
            throw Fail(item, "an item whose texts and values an article can hold", e.Message, e);
        }
    }

    private static Moment Moment(Item item, (string Text, string Path, bool Rfc822) date, DateTimeZone zone)
    {
        // RSS dates are RFC 822 (as RFC 1123 writes them), with the liberties feeds take: a missing weekday, a date in
        // RFC 3339 (dc:date, and feeds that print it in pubDate).
        var result = date.Rfc822 ? StampPattern.Rfc1123.Parse(date.Text, zone) : StampPattern.Rfc3339.Parse(date.Text, zone);
        if (!result.Success)
        {
            var other = date.Rfc822 ? StampPattern.Rfc3339.Parse(date.Text, zone) : StampPattern.Rfc1123.Parse(date.Text, zone);
            if (other.Success)
            {
                return other.Value;
            }
            throw new FeedException(
                "Feed " + date.Path + (item.Line > 0 ? " (item at line " + item.Line.ToString(CultureInfo.InvariantCulture) + ")" : "") + ": expected a date as "
                + (date.Rfc822 ? "RFC 822 (Wed, 31 Jan 2018 07:26:05 GMT)" : "RFC 3339 (2018-01-31T07:26:05Z)") + "; found \"" + Excerpt.Of(date.Text) + "\": " + result.Message,
                date.Path, item.Line, 0);
        }
        return result.Value;
    }

    private static Moment Substituted(Item item, (string Text, string Path, bool Rfc822) date, DateTimeZone zone, string detail, ref LossCollector losses)
    {
        var moment = Moment(item, date, zone);
        losses.Add(item.Path, detail, "an article needs a publication moment", LossKind.Substituted);
        return moment;
    }

    private static Moment Fetched(Item item, Instant fetched, DateTimeZone zone, ref LossCollector losses)
    {
        losses.Add(item.Path, "no date, in the item or the feed; FeedReadOptions.DefaultPublished stands for it", "an article needs a publication moment", LossKind.Substituted);
        return new Moment(fetched, zone);
    }

    private static FeedException Fail(Item item, string expected, string found, Exception? inner = null) =>
        new("Feed " + item.Path + (item.Line > 0 ? " (line " + item.Line.ToString(CultureInfo.InvariantCulture) + ")" : "") + ": expected " + expected + "; found " + found + ".",
            item.Path, item.Line, 0, inner);

    private static List<Block> Body(Item item, HtmlBodyReader? html, List<MediaAsset> media, ref LossCollector losses)
    {
        if (item.Html is { } markup)
        {
            if (html is null)
            {
                losses.Add(item.Path, "the HTML content, kept as one raw HTML block", "no HTML reader was given (FeedReadOptions.BodyHtml)", LossKind.Approximated);
                return [new RawHtmlBlock(markup)];
            }
            var body = html(markup);
            media.AddRange(body.Media.Select(m => m));
            foreach (var note in body.Notes)
            {
                losses.Add(item.Path, note, "read as near as the model's blocks allow", LossKind.Approximated);
            }
            return [.. body.Blocks];
        }
        if (item.Text is { } text)
        {
            return text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => (Block)new ParagraphBlock(InlineText.Plain(p))).ToList();
        }
        return [];
    }

}
