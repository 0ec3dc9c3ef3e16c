using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>One value a page states about the article, and where it states it (<c>json-ld</c>,
/// <c>meta article:published_time</c>, <c>time</c>, <c>url</c>, <c>h1</c>, …).</summary>
internal readonly record struct Stated(string Value, string Layer);

/// <summary>
/// What a page's machine-readable layers say about its article: schema.org JSON-LD (<c>NewsArticle</c>,
/// <c>Article</c> and kin, also inside <c>@graph</c>), Open Graph and <c>article:*</c> meta, Dublin Core and the other
/// common <c>meta name</c>s, microdata (<c>itemprop</c>), <c>&lt;time datetime&gt;</c>, the canonical URL and its date
/// path, the page's declared language. Each field keeps every value found, in order of trust; the importer chooses.
/// Not thread-safe; one per page.
/// </summary>
internal sealed class PageMetadata
{
    internal readonly List<Stated> Titles = [];
    internal readonly List<Stated> Authors = [];
    internal readonly List<Stated> Published = [];
    internal readonly List<Stated> Modified = [];
    internal readonly List<Stated> Descriptions = [];
    internal readonly List<Stated> Languages = [];
    internal readonly List<Stated> Urls = [];
    internal readonly List<Stated> Sections = [];
    internal readonly List<Stated> Keywords = [];
    internal readonly List<Stated> Images = [];
    internal readonly List<string> SiteNames = [];

    /// <summary>The article types of schema.org whose properties describe the page's article.</summary>
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
        "WebPage", "ItemPage", "VideoObject",
    };

    internal static PageMetadata Read(IDocument document, string? url)
    {
        var metadata = new PageMetadata();
        if (url is not null)
        {
            metadata.Urls.Add(new Stated(url, "given"));
        }
        // One walk over the page sorts out what each layer reads; the layers are then read in order of trust, each in
        // document order (as six selector queries did, at a sixth of the walking).
        var scripts = new List<IElement>();
        var metas = new List<IElement>();
        var microdata = new List<IElement>();
        var bylines = new List<IElement>();
        var labelled = new List<IElement>();
        var canonical = new List<string>();
        foreach (var element in MainContent.Elements(document.DocumentElement))
        {
            var name = element.LocalName;
            switch (name)
            {
                case "script" when string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    scripts.Add(element);
                    break;
                case "meta" when element.HasAttribute("content"):
                    metas.Add(element);
                    break;
                case "link" when element.GetAttribute("href") is { } href && HasToken(element.GetAttribute("rel"), "canonical"):
                    canonical.Add(href.Trim());
                    break;
                case "p" or "span" or "div" or "li":
                    labelled.Add(element);
                    break;
            }
            if (element.HasAttribute("itemprop"))
            {
                microdata.Add(element);
            }
            if (element.HasAttribute("class") || element.HasAttribute("id") || (name == "a" && HasToken(element.GetAttribute("rel"), "author")))
            {
                bylines.Add(element);
            }
        }
        foreach (var script in scripts)
        {
            metadata.JsonLd(script.TextContent);
        }
        foreach (var meta in metas)
        {
            metadata.Meta(meta);
        }
        foreach (var href in canonical)
        {
            metadata.Urls.Add(new Stated(href, "link canonical"));
        }
        foreach (var element in microdata)
        {
            metadata.Microdata(element);
        }
        metadata.Bylines(bylines, labelled);
        if (document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang)
        {
            metadata.Languages.Insert(0, new Stated(lang.Trim(), "html lang"));
        }
        return metadata;
    }

    // ---- JSON-LD -------------------------------------------------------------------------------------------------

    private void JsonLd(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return; // a broken block says nothing; the other layers still speak
        }
        using (document)
        {
            // The nodes to look at: the root, an array's items, a @graph's items (one level of each, as publishers write).
            var pending = new Stack<JsonElement>();
            pending.Push(document.RootElement);
            int visited = 0;
            while (pending.Count > 0 && visited++ < 1000)
            {
                var node = pending.Pop();
                if (node.ValueKind == JsonValueKind.Array)
                {
                    for (int i = node.GetArrayLength() - 1; i >= 0; i--)
                    {
                        pending.Push(node[i]);
                    }
                    continue;
                }
                if (node.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                if (node.TryGetProperty("@graph", out var graph))
                {
                    pending.Push(graph);
                }
                if (IsArticle(node))
                {
                    Article(node);
                }
            }
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString()!);
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString()!))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private void Article(JsonElement node)
    {
        // A WebPage's properties are the page's, not the article's: they rank after an article type's.
        bool page = node.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() is "WebPage" or "ItemPage" or "VideoObject";
        string layer = page ? "json-ld " + t.GetString() : "json-ld";
        AddString(Titles, node, "headline", layer, page);
        AddString(Titles, node, "name", layer + " name", lowest: true);
        AddString(Published, node, "datePublished", layer, page);
        AddString(Modified, node, "dateModified", layer, page);
        AddString(Descriptions, node, "description", layer, page);
        AddString(Languages, node, "inLanguage", layer, page);
        AddString(Urls, node, "url", layer, page);
        AddString(Sections, node, "articleSection", layer, page);
        AddString(Keywords, node, "keywords", layer, page);
        if (node.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
            && publisher.TryGetProperty("name", out var publisherName) && publisherName.ValueKind == JsonValueKind.String)
        {
            SiteNames.Add(publisherName.GetString()!);
        }
        if (node.TryGetProperty("mainEntityOfPage", out var main) && main.ValueKind == JsonValueKind.Object)
        {
            AddString(Urls, main, "@id", layer, page);
        }
        if (node.TryGetProperty("author", out var author))
        {
            Persons(author, layer);
        }
        if (node.TryGetProperty("image", out var image))
        {
            if (image.ValueKind == JsonValueKind.Array && image.GetArrayLength() > 0)
            {
                image = image[0];
            }
            if (image.ValueKind == JsonValueKind.String)
            {
                Images.Add(new Stated(image.GetString()!, layer));
            }
            else if (image.ValueKind == JsonValueKind.Object)
            {
                AddString(Images, image, "url", layer, page);
            }
        }
    }

    private void Persons(JsonElement author, string layer)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                Authors.Add(new Stated(author.GetString()!, layer));
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.String or JsonValueKind.Object)
                    {
                        Persons(item, layer);
                    }
                }
                break;
            case JsonValueKind.Object:
                bool organisation = author.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Organization";
                if (organisation && author.TryGetProperty("name", out var orgName) && orgName.ValueKind == JsonValueKind.String)
                {
                    SiteNames.Add(orgName.GetString()!);
                }
                if (author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                {
                    Authors.Add(new Stated(name.GetString()!, organisation ? layer + " organization" : layer));
                }
                break;
        }
    }

    private static void AddString(List<Stated> list, JsonElement node, string name, string layer, bool lowest = false)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return;
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            var parts = new List<string>();
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    parts.Add(item.GetString()!);
                }
            }
            if (parts.Count == 0)
            {
                return;
            }
            Add(list, string.Join(", ", parts), layer, lowest);
            return;
        }
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text)
        {
            Add(list, text, layer, lowest);
        }
    }

    private static void Add(List<Stated> list, string value, string layer, bool lowest)
    {
        value = value.Trim();
        if (value.Length == 0)
        {
            return;
        }
        if (lowest)
        {
            list.Add(new Stated(value, layer));
        }
        else
        {
            // An article type's statements go before any page's or name's already there.
            int at = list.FindIndex(s => s.Layer.StartsWith("json-ld ", StringComparison.Ordinal) || !s.Layer.StartsWith("json-ld", StringComparison.Ordinal));
            list.Insert(at < 0 ? list.Count : at, new Stated(value, layer));
        }
    }

    // ---- Bylines ---------------------------------------------------------------------------------------------------

    /// <summary>Class, id and rel names of an element holding the author's name.</summary>
    private static readonly System.Text.RegularExpressions.Regex BylineClass = new(
        @"(^|[-_\s])(byline|by-line|author|authors|author-?name|autor|autorin|auteur|autore|writer|reporter|firma|signature)($|[-_\s])",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>The words that open a byline in the languages read (By, Von, Por, Par, …) and labels before a name.</summary>
    private static readonly System.Text.RegularExpressions.Regex BylineLead = new(
        @"^(by|von|por|par|di|da|door|av|af|kirjoittanut|text|texto|texte|autor(in)?|auteur|author|redaktion|reporter)\b\s*:?\s*",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether a space-separated attribute value (<c>rel</c>) holds <paramref name="token"/>, in any case.</summary>
    private static bool HasToken(string? value, string token)
    {
        if (value is null)
        {
            return false;
        }
        foreach (var range in value.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (value.AsSpan(range).Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Elements that name the author on the page (<c>rel=author</c> links, byline and author classes and ids):
    /// their short text, without the word that opens a byline; then labelled bylines among the <c>p</c>, <c>span</c>,
    /// <c>div</c> and <c>li</c> elements. Each in document order.</summary>
    private void Bylines(List<IElement> candidates, List<IElement> labelled)
    {
        var matches = new Dictionary<string, bool>(StringComparer.Ordinal); // pages repeat their class names
        foreach (var element in candidates)
        {
            bool rel = element.LocalName == "a" && (element.GetAttribute("rel") ?? string.Empty).Contains("author", StringComparison.OrdinalIgnoreCase);
            // The class and the id are matched apart (the pattern's words end at a space as at either end).
            if (!rel && !IsBylineWord(element.ClassName, matches) && !IsBylineWord(element.Id, matches))
            {
                continue;
            }
            if (element.LocalName is "meta" or "script" or "style" or "img" or "body" or "html" or "article" or "main" or "section")
            {
                continue;
            }
            if (HasMoreText(element, 200))
            {
                continue; // a wrapper (an author box, a section named for its author): no byline, and its text is long
            }
            var text = HtmlImporter.Collapse(element.TextContent);
            text = BylineLead.Replace(text, string.Empty).Trim();
            if (text.Length is < 3 or > 80 || !char.IsLetter(text[0]) || text.Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            Authors.Add(new Stated(text, rel ? "rel author" : "byline"));
        }
        // A labelled byline written as a short paragraph: "Auteur : Kossivi Tiassou", "Autor: …", "Text: …".
        foreach (var element in labelled)
        {
            // Only an element whose own first text opens with the label (its whole text is read only then).
            if (element.ChildElementCount > 2 || element.FirstChild is not IText first || !MayOpenWithLabel(first.Data) || !LabelledByline.IsMatch(first.Data.TrimStart()))
            {
                continue;
            }
            var text = HtmlImporter.Collapse(element.TextContent);
            if (text.Length is < 8 or > 80 || !LabelledByline.IsMatch(text))
            {
                continue;
            }
            var name = BylineLead.Replace(text, string.Empty).Trim();
            if (name.Length >= 3 && char.IsLetter(name[0]))
            {
                Authors.Add(new Stated(name, "byline"));
            }
        }
    }

    /// <summary>Whether the text under <paramref name="element"/> has more than <paramref name="limit"/> characters
    /// that are not white space; stops counting there, so a large wrapper costs no more than a byline.</summary>
    private static bool HasMoreText(IElement element, int limit)
    {
        int count = 0;
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                foreach (char c in text.Data)
                {
                    if (!char.IsWhiteSpace(c) && ++count > limit)
                    {
                        return true;
                    }
                }
                continue;
            }
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
        return false;
    }

    private static bool IsBylineWord(string? words, Dictionary<string, bool> matches)
    {
        if (string.IsNullOrEmpty(words))
        {
            return false;
        }
        if (!matches.TryGetValue(words, out bool byline))
        {
            byline = BylineClass.IsMatch(words);
            matches[words] = byline;
        }
        return byline;
    }

    /// <summary>Whether a text's first letter is one a <see cref="Labels">label</see> starts with (a quick test before
    /// the pattern, which most paragraphs fail at their first letter).</summary>
    private static bool MayOpenWithLabel(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return LabelInitials.Contains(char.ToLowerInvariant(c));
            }
        }
        return false;
    }

    /// <summary>The labels before a byline's name, lower case ("Auteur : Kossivi Tiassou", "Autor: …", "Text: …").</summary>
    private static readonly string[] Labels = ["auteur", "author", "autor", "autorin", "autore", "texte", "texto", "text", "kirjoittaja"];

    /// <summary>The letters the <see cref="Labels"/> start with.</summary>
    private static readonly System.Buffers.SearchValues<char> LabelInitials = System.Buffers.SearchValues.Create(string.Concat(Labels.Select(l => l[0]).Distinct()));

    /// <summary>A label and a colon that open a byline line.</summary>
    private static readonly System.Text.RegularExpressions.Regex LabelledByline = new(
        "^(" + string.Join('|', Labels) + @")\s*:",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // ---- Meta and microdata --------------------------------------------------------------------------------------

    private void Meta(IElement meta)
    {
        var key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv"))?.Trim().ToLowerInvariant();
        var content = meta.GetAttribute("content")?.Trim();
        if (key is null || string.IsNullOrEmpty(content))
        {
            return;
        }
        var layer = "meta " + key;
        switch (key)
        {
            case "og:title" or "twitter:title" or "dc.title" or "dcterms.title" or "title" or "sailthru.title" or "parsely-title" or "headline":
                Titles.Add(new Stated(content, layer));
                break;
            case "article:published_time" or "og:article:published_time" or "article:published" or "datepublished" or "date" or "pubdate"
                or "publishdate" or "publish-date" or "publish_date" or "dc.date" or "dc.date.issued" or "dcterms.date" or "dcterms.issued"
                or "dcterms.created" or "sailthru.date" or "parsely-pub-date" or "article.published" or "published-date" or "cxenseparse:recs:publishtime"
                or "citation_publication_date" or "citation_date" or "og:published_time" or "release_date" or "displaydate" or "date.available":
                Published.Add(new Stated(content, layer));
                break;
            case "article:modified_time" or "og:updated_time" or "og:article:modified_time" or "datemodified" or "dc.date.modified"
                or "dcterms.modified" or "last-modified" or "article.updated" or "lastmod":
                Modified.Add(new Stated(content, layer));
                break;
            case "author" or "article:author" or "og:article:author" or "dc.creator" or "dcterms.creator" or "sailthru.author"
                or "parsely-author" or "byl" or "citation_author" or "twitter:creator" or "cxenseparse:author":
                if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !content.StartsWith('@'))
                {
                    Authors.Add(new Stated(content, layer));
                }
                break;
            case "description" or "og:description" or "twitter:description" or "dc.description":
                Descriptions.Add(new Stated(content, layer));
                break;
            case "og:locale" or "content-language" or "language" or "dc.language" or "inlanguage":
                Languages.Add(new Stated(content, layer));
                break;
            case "og:url":
                Urls.Add(new Stated(content, layer));
                break;
            case "article:section":
                Sections.Add(new Stated(content, layer));
                break;
            case "keywords" or "news_keywords" or "article:tag":
                Keywords.Add(new Stated(content, layer));
                break;
            case "og:site_name" or "application-name" or "twitter:site" or "publisher" or "dc.publisher" or "copyright":
                SiteNames.Add(content.TrimStart('@'));
                break;
            case "og:image":
                Images.Add(new Stated(content, layer));
                break;
        }
    }

    private void Microdata(IElement element)
    {
        if (element.LocalName == "meta")
        {
            return; // read as meta
        }
        var prop = element.GetAttribute("itemprop")!.Trim();
        var value = element.GetAttribute("datetime") ?? element.GetAttribute("content");
        switch (prop)
        {
            case "datePublished" when value is { Length: > 0 }:
                Published.Add(new Stated(value.Trim(), "microdata"));
                break;
            case "dateModified" when value is { Length: > 0 }:
                Modified.Add(new Stated(value.Trim(), "microdata"));
                break;
            case "author":
                // The name: a nested itemprop="name", else the element's text when short.
                var name = element.QuerySelector("[itemprop='name']");
                var text = (name?.GetAttribute("content") ?? name?.TextContent ?? element.TextContent).Trim();
                if (text.Length is > 0 and < 80)
                {
                    Authors.Add(new Stated(text, "microdata"));
                }
                break;
            case "headline":
                var headline = element.TextContent.Trim();
                if (headline.Length is > 0 and < 400)
                {
                    Titles.Add(new Stated(headline, "microdata"));
                }
                break;
        }
    }
}
