using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// Finds the article's text on a page: the element(s) a publisher marks as the article body (<c>itemprop=
/// "articleBody"</c> and the common body class names) when they hold the text, else the container whose paragraphs
/// score highest (text length and commas, less the share of link text), with its siblings that read as more of the
/// same. Navigation, headers and footers, asides, forms, comment sections, "related" and "read more" blocks, share
/// bars, newsletters, advertising and cookie notices are taken out first. Every walk is iterative: a page nested a
/// hundred thousand levels deep is walked in linear time without running out of stack. Stateless and thread-safe.
/// </summary>
internal static class MainContent
{
    /// <summary>Elements that are never article text.</summary>
    private static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside",
        "footer", "dialog", "menu", "object", "embed", "link", "meta", "head",
    };

    /// <summary>Class and id words of page furniture, always taken out.</summary>
    private static readonly Regex Furniture = new(
        @"comment|share|sharing|social|related|recommend|promo|newsletter|cookie|consent|gdpr|footer|sidebar|widget|breadcrumb|(^|[-_ ])nav|menu|advert|(^|[-_ ])ads?($|[-_ ])|adslot|ad-slot|dfp|sponsor|outbrain|taboola|teaser|more-stories|morestories|read-?more|popular|trending|most-read|mostread|(^|[-_ ])tags?($|[-_ ])|author[-_]?(bio|info|box|card|profile|details)|about-the-author|toolbar|disclaimer|infobox|playlist|pagination|pager|similar|also-read|further-reading|weitere|mehr-zum-thema",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>Class and id words of furniture that may also wrap the article (a paywall, a banner holder, a print
    /// view): taken out only when they hold little text.</summary>
    private static readonly Regex WeakFurniture = new(
        @"subscri|paywall|signup|sign-up|login|modal|popup|banner|masthead|skip|print|rating|hidden|visually-hidden|sr-only|follow|topics",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>Class and id words of article text.</summary>
    private static readonly Regex Body = new(
        @"article|body|content|entry|main|post|story|text|blog|prose|rich-?text|paragraph",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>Class names publishers give the element that holds exactly the article's text.</summary>
    private static readonly Regex BodyClass = new(
        @"(^|\s)(article-?body|articlebody|article__body|article-body-content|article__content|article-content|articletext|article-text|story-?body|storybody|story__body|story-content|entry-content|post-content|post-body|post__content|body-text|bodytext|text-body|article__text|c-article-body|articleContent|article_body|news-content|news-text|td-post-content|field-name-body|content-body|main-text|rich-text|textblock|text-block|article-main|articleBody)(\s|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>Takes the page furniture out of the document (in place).</summary>
    internal static void Clean(IDocument document)
    {
        var doomed = new List<IElement>();
        var lengths = TextLengths(document.Body);
        int page = document.Body is { } body ? lengths.GetValueOrDefault(body) : 0;
        // Pages repeat their class names: each distinct one is matched against the word lists once.
        var kinds = new Dictionary<string, WordKind>(StringComparer.Ordinal);
        foreach (var element in Elements(document.Body))
        {
            if (IsFurniture(element, page, lengths, kinds))
            {
                doomed.Add(element);
            }
        }
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>What an element's class and id words say.</summary>
    [Flags]
    private enum WordKind
    {
        None = 0,
        Furniture = 1,
        Weak = 2,
        Body = 4,
        BodyClass = 8,
    }

    private static WordKind Kind(string? words, Dictionary<string, WordKind> kinds)
    {
        if (string.IsNullOrEmpty(words))
        {
            return WordKind.None;
        }
        if (!kinds.TryGetValue(words, out var kind))
        {
            kind = (Furniture.IsMatch(words) ? WordKind.Furniture : 0) | (WeakFurniture.IsMatch(words) ? WordKind.Weak : 0)
                | (Body.IsMatch(words) ? WordKind.Body : 0) | (BodyClass.IsMatch(words) ? WordKind.BodyClass : 0);
            kinds[words] = kind;
        }
        return kind;
    }

    private static bool IsFurniture(IElement element, int page, Dictionary<IElement, int> lengths, Dictionary<string, WordKind> kinds)
    {
        var name = element.LocalName;
        if (NeverText.Contains(name))
        {
            return true;
        }
        // The attributes that hide an element or name it furniture, in one pass over them.
        var attributes = element.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }
            bool hides = attribute.Name switch
            {
                "hidden" => true,
                "aria-hidden" => string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase),
                "style" => attribute.Value.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase),
                "role" => attribute.Value is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "search" or "menu",
                _ => false,
            };
            if (hides)
            {
                return true;
            }
        }
        if (name is "body" or "article" or "main" or "p" or "h1" or "h2" or "h3" or "figure" or "figcaption" or "blockquote" or "table" or "tbody" or "tr" or "td" or "li")
        {
            return false;
        }
        if (name == "header" && element.QuerySelector("p") is null)
        {
            return true; // a page or article header: title and byline, read from their own layers
        }
        // The class and the id are matched apart: no pattern's word runs over the space that would join them.
        var kind = Kind(element.ClassName, kinds) | Kind(element.Id, kinds);
        if (kind == WordKind.None)
        {
            return false;
        }
        if ((kind & WordKind.BodyClass) != 0)
        {
            return false;
        }
        if ((kind & WordKind.Furniture) != 0)
        {
            // Furniture never wraps most of the page: a wrapper whose name merely contains a furniture word stays.
            int length = lengths.GetValueOrDefault(element);
            return !((kind & WordKind.Body) != 0 && length > 500) && length < page / 2;
        }
        return (kind & WordKind.Weak) != 0 && lengths.GetValueOrDefault(element) < 200;
    }

    /// <summary>The element(s) holding the article's text, in document order.</summary>
    internal static List<IElement> Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return [];
        }
        var good = GoodText(body);
        // 1. What the publisher marks as the article's body, when it holds the text.
        var marked = new List<IElement>();
        foreach (var element in Elements(body))
        {
            var prop = element.GetAttribute("itemprop");
            if (string.Equals(prop, "articleBody", StringComparison.OrdinalIgnoreCase) || BodyClass.IsMatch(element.ClassName ?? string.Empty)
                || (element.Id is { Length: > 0 } id && BodyClass.IsMatch(id)))
            {
                if (!marked.Exists(m => m.Contains(element)))
                {
                    marked.RemoveAll(element.Contains);
                    marked.Add(element);
                }
            }
        }
        int total = good.GetValueOrDefault(body);
        int markedText = 0;
        foreach (var element in marked)
        {
            markedText += good.GetValueOrDefault(element);
        }
        if (marked.Count > 0 && markedText >= 0.4 * total && markedText > 100)
        {
            return marked;
        }
        // 2. The deepest element that still holds most of the page's good text.
        IElement chosen = body;
        while (total > 0)
        {
            IElement? next = null;
            foreach (var child in chosen.Children)
            {
                if (good.GetValueOrDefault(child) >= 0.6 * total)
                {
                    next = child;
                    break;
                }
            }
            if (next is null)
            {
                break;
            }
            chosen = next;
        }
        // The text split over siblings of one kind (the same tag sharing a class name: "story-text" parts between
        // advertisements, a lead and a body field): the siblings with good text come too, in document order.
        var parts = new List<IElement>();
        if (chosen.ParentElement is { } parent && chosen.ClassList.Length > 0)
        {
            foreach (var sibling in parent.Children)
            {
                if (sibling == chosen || (sibling.LocalName == chosen.LocalName && sibling.ClassList.Any(chosen.ClassList.Contains) && good.GetValueOrDefault(sibling) >= 25))
                {
                    parts.Add(sibling);
                }
            }
        }
        return parts.Count > 1 ? parts : [chosen];
    }

    /// <summary>For every element, the visible length of the good text under it: text blocks (a paragraph, a leaf
    /// container, a list item or cell without block children) of 25 characters or more with less than half their
    /// text in links. Computed in one pass from the leaves up, so linear in the page.</summary>
    private static Dictionary<IElement, int> GoodText(IElement body)
    {
        var good = new Dictionary<IElement, int>();
        var order = new List<IElement>(Elements(body));
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            int sum = 0;
            foreach (var child in element.Children)
            {
                sum += good.GetValueOrDefault(child);
            }
            if (element.LocalName is "p" or "div" or "pre" or "li" or "td" or "dd" or "blockquote" or "section" or "article" or "main" or "font" or "center")
            {
                // The element's own text: all of it for a leaf block; for a container, its loose text and inline
                // elements between its blocks (text written with <br>s beside a few paragraphs).
                bool leaf = !HasBlockChild(element);
                int length = 0, links = 0;
                foreach (var node in element.ChildNodes)
                {
                    if (node.NodeType == NodeType.Text)
                    {
                        length += Visible(node.TextContent);
                    }
                    else if (node is IElement child && (leaf || IsInline(child)))
                    {
                        int text = Visible(child.TextContent);
                        length += text;
                        links += child.LocalName == "a" ? text : 0;
                        foreach (var link in child.QuerySelectorAll("a"))
                        {
                            links += Visible(link.TextContent);
                        }
                    }
                }
                if (length >= 25 && links < length / 2)
                {
                    sum += length;
                }
            }
            if (sum > 0)
            {
                good[element] = sum;
            }
        }
        return good;
    }

    private static bool IsInline(IElement element) =>
        element.LocalName is "a" or "b" or "i" or "em" or "strong" or "span" or "font" or "u" or "small" or "big" or "sup" or "sub" or "abbr" or "cite" or "q" or "mark" or "time" or "br" or "code";

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "blockquote" or "pre" or "figure" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The visible length of every element's text, computed from the leaves up in one pass.</summary>
    private static Dictionary<IElement, int> TextLengths(IElement? root)
    {
        var lengths = new Dictionary<IElement, int>();
        var order = new List<IElement>(Elements(root));
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            int sum = 0;
            foreach (var node in element.ChildNodes)
            {
                sum += node is IElement child ? lengths.GetValueOrDefault(child) : node.NodeType == NodeType.Text ? Visible(node.TextContent) : 0;
            }
            if (sum > 0)
            {
                lengths[element] = sum;
            }
        }
        return lengths;
    }

    private static int Visible(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            n += char.IsWhiteSpace(c) ? 0 : 1;
        }
        return n;
    }

    /// <summary>Every element under <paramref name="root"/> in document order, without recursion.</summary>
    internal static IEnumerable<IElement> Elements(IElement? root)
    {
        if (root is null)
        {
            yield break;
        }
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            // The child nodes by index, last first (a node list indexes its array; the element-only Children
            // collection filters from its start on every index, and allocates to enumerate).
            var nodes = element.ChildNodes;
            for (int i = nodes.Length - 1; i >= 0; i--)
            {
                if (nodes[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
