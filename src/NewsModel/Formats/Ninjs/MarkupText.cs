using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// Turns an HTML, XHTML or NITF body into plain paragraphs: block elements (<c>p</c>, <c>div</c>, <c>br</c>,
/// headings, list items, <c>hl1</c>/<c>hl2</c>, ...) end a paragraph, other tags are removed, character
/// references are decoded and white space is collapsed. A hand-written scanner; thread-safe (stateless).
/// </summary>
internal static class MarkupText
{
    private static readonly string[] Blocks =
        ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "header", "footer", "hl1", "hl2", "table", "tr", "body.head", "body.content", "body.end", "dateline", "byline", "abstract", "figure", "figcaption"];

    internal static void Paragraphs(string markup, List<string> paragraphs)
    {
        var current = new StringBuilder();
        bool space = false;
        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            if (c == '<')
            {
                int end = markup.IndexOf('>', i + 1);
                if (end < 0)
                {
                    break;
                }
                var tag = markup.AsSpan(i + 1, end - i - 1).TrimStart('/').TrimStart('!').TrimStart('?');
                int nameEnd = 0;
                while (nameEnd < tag.Length && !char.IsWhiteSpace(tag[nameEnd]) && tag[nameEnd] != '/')
                {
                    nameEnd++;
                }
                var name = tag[..nameEnd].ToString().ToLowerInvariant();
                if (name is "script" or "style" or "head" && markup[i + 1] != '/')
                {
                    int close = markup.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    int gt = close < 0 ? -1 : markup.IndexOf('>', close);
                    end = gt < 0 ? markup.Length - 1 : gt;
                }
                else if (Array.IndexOf(Blocks, name) >= 0)
                {
                    Flush(current, paragraphs);
                    space = false;
                }
                i = end + 1;
                continue;
            }
            if (c == '&')
            {
                // A reference is at most ten characters long: look no further (a text of '&' without ';' stays linear).
                int semicolon = markup.AsSpan(i + 1, Math.Min(10, markup.Length - i - 1)).IndexOf(';') + i + 1;
                if (semicolon > i && Decode(markup.AsSpan(i + 1, semicolon - i - 1)) is string decoded)
                {
                    Append(current, decoded, ref space);
                    i = semicolon + 1;
                    continue;
                }
            }
            Append(current, c.ToString(), ref space);
            i++;
        }
        Flush(current, paragraphs);
    }

    private static void Append(StringBuilder current, string text, ref bool space)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00a0')
            {
                space = current.Length > 0;
            }
            else
            {
                if (space)
                {
                    current.Append(' ');
                    space = false;
                }
                current.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    private static string? Decode(ReadOnlySpan<char> entity)
    {
        if (entity.Length > 1 && entity[0] == '#')
        {
            bool hex = entity[1] is 'x' or 'X';
            if (int.TryParse(entity[(hex ? 2 : 1)..], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                return char.ConvertFromUtf32(code);
            }
            return null;
        }
        return entity switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => "\u00a0",
            "mdash" => "\u2014",
            "ndash" => "\u2013",
            "hellip" => "\u2026",
            "lsquo" => "\u2018",
            "rsquo" => "\u2019",
            "ldquo" => "\u201c",
            "rdquo" => "\u201d",
            _ => null,
        };
    }
}
