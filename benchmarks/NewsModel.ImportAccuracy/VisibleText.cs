using System;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsModel.ImportAccuracy;

/// <summary>
/// The text a reader sees on an HTML page, roughly as a select-all copy gives it: scripts, styles and hidden
/// elements left out, each block element on lines of its own, runs of white space as one space. The quote gold set's
/// HTML cases are annotated on this text, and the text importer reads it.
/// </summary>
internal static class VisibleText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The visible text of the page in <paramref name="path"/>, its bytes decoded as the page declares.</summary>
    internal static string OfFile(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Of(Parser.ParseDocument(stream));
    }

    private static string Of(IDocument document)
    {
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, text);
        }
        // One paragraph per line, no blank runs.
        var lines = text.ToString().Split('\n');
        var output = new StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                output.Append(trimmed).Append('\n');
            }
        }
        return output.ToString();
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendCollapsed(text, t.Data);
                    break;
                case IElement e when Hidden(e):
                    break;
                case IElement e:
                    bool block = IsBlock(e.LocalName);
                    if (block || e.LocalName == "br")
                    {
                        text.Append('\n');
                    }
                    Walk(e, text);
                    if (block)
                    {
                        text.Append('\n');
                    }
                    break;
            }
        }
    }

    private static bool Hidden(IElement e) =>
        e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "head" or "button" or "select"
        || e.HasAttribute("hidden")
        || (e.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
        || e.GetAttribute("aria-hidden") == "true";

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "header" or "footer"
        or "nav" or "aside" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "dl" or "dt"
        or "dd" or "blockquote" or "figure" or "figcaption" or "table" or "tr" or "td" or "th" or "pre" or "form" or "hr"
        or "address" or "caption" or "details" or "summary";

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
