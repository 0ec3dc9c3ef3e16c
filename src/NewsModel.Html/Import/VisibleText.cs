using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// The text a reader sees on a page, roughly as a select-all copy gives it: scripts, styles and hidden elements left
/// out, each block element on lines of its own, runs of white space as one space. The text importer reads it for the
/// printed stamps and bylines. Walked without recursion. Stateless and thread-safe.
/// </summary>
internal static class VisibleText
{
    internal static string Of(IDocument document)
    {
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, text);
        }
        var output = new StringBuilder(text.Length);
        foreach (var line in text.ToString().Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                output.Append(trimmed).Append('\n');
            }
        }
        return output.ToString();
    }

    private static void Walk(INode root, StringBuilder text)
    {
        // (node, closing): a block element is pushed twice, to end its line after its children.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                text.Append('\n');
                continue;
            }
            if (node is IText t)
            {
                AppendCollapsed(text, t.Data);
                continue;
            }
            if (node is not IElement e || (node != root && Hidden(e)))
            {
                continue;
            }
            bool block = IsBlock(e.LocalName);
            if (block || e.LocalName == "br")
            {
                text.Append('\n');
            }
            if (block)
            {
                stack.Push((node, true));
            }
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
    }

    private static bool Hidden(IElement e) =>
        e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "head" or "button" or "select"
        || e.HasAttribute("hidden")
        || (e.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, System.StringComparison.Ordinal).Contains("display:none", System.StringComparison.OrdinalIgnoreCase)
        || e.GetAttribute("aria-hidden") == "true";

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "header" or "footer"
        or "nav" or "aside" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "dl" or "dt"
        or "dd" or "blockquote" or "figure" or "figcaption" or "table" or "tr" or "td" or "th" or "pre" or "form" or "hr"
        or "address" or "caption" or "details" or "summary" or "time";

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ' && text[^1] != '\n')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }
}
