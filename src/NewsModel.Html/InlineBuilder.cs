using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// Builds inline text from HTML nodes: white space collapsed as a browser collapses it, <c>br</c> as a line feed, and a
/// mark over exactly the text each marking element holds (so marks nest as the elements do). One per text; not
/// thread-safe.
/// </summary>
internal sealed class InlineBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<Mark> _marks = new();
    private readonly Action<string> _note;
    private readonly Func<IElement, bool>? _skip;
    private bool _space;

    internal InlineBuilder(Action<string> note, Func<IElement, bool>? skip = null)
    {
        _note = note;
        _skip = skip;
    }

    /// <summary>The inline text of an element's content.</summary>
    internal static InlineText Of(IElement element, Action<string> note, Func<IElement, bool>? skip = null)
    {
        var builder = new InlineBuilder(note, skip);
        builder.Children(element);
        return builder.Build();
    }

    /// <summary>Whether an element of this name is read as text (a mark, or a span of text), not as a block.</summary>
    internal static bool IsInline(string name) => name is "a" or "em" or "i" or "strong" or "b" or "code" or "kbd" or "samp"
        or "sup" or "sub" or "s" or "del" or "strike" or "u" or "ins" or "small" or "mark" or "abbr" or "cite" or "q"
        or "time" or "span" or "label" or "br" or "wbr" or "bdi" or "bdo" or "data" or "dfn" or "var" or "font";

    internal InlineText Build() => new(_text.ToString(), _marks);

    /// <summary>Appends text, collapsing runs of HTML white space to one space and dropping it at the start.</summary>
    internal void Text(string data)
    {
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _space = _text.Length > 0 && _text[^1] != '\n';
            }
            else
            {
                FlushSpace();
                _text.Append(c);
            }
        }
    }

    private void FlushSpace()
    {
        if (_space)
        {
            _text.Append(' ');
            _space = false;
        }
    }

    private void Children(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                Element(child);
            }
            else if (node.NodeType == NodeType.Text)
            {
                Text(node.TextContent);
            }
        }
    }

    /// <summary>Appends an element's text, with its mark when it is a marking element.</summary>
    internal void Element(IElement element)
    {
        if (_skip?.Invoke(element) == true)
        {
            return;
        }
        string name = element.LocalName;
        switch (name)
        {
            case "br":
                _text.Append('\n');
                _space = false;
                return;
            case "script" or "style" or "template" or "noscript":
                _note($"left out a <{name}> element");
                return;
            case "img":
                if (element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    Text(alt);
                }
                _note("kept only the alt text of an image inside text");
                return;
            case "p" or "div" or "li" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "ul" or "ol" or "table":
                // Block content inside text (a quotation's paragraphs): a line between blocks.
                if (_text.Length > 0 && _text[^1] != '\n')
                {
                    _text.Append('\n');
                }
                _space = false;
                Children(element);
                return;
        }
        MarkKind? kind = name switch
        {
            "em" or "i" => MarkKind.Emphasis,
            "strong" or "b" => MarkKind.Strong,
            "a" when !string.IsNullOrWhiteSpace(element.GetAttribute("href")) => MarkKind.Link,
            "code" or "kbd" or "samp" => MarkKind.Code,
            "sup" => MarkKind.Superscript,
            "sub" => MarkKind.Subscript,
            "s" or "del" or "strike" => MarkKind.Strikethrough,
            _ => null,
        };
        if (kind is null)
        {
            Children(element);
            return;
        }
        FlushSpace();
        int start = _text.Length;
        Children(element);
        int end = _text.Length;
        if (end > start)
        {
            var range = new TextRange(start, end - start);
            _marks.Add(kind == MarkKind.Link
                ? Mark.Link(range, element.GetAttribute("href")!.Trim(), element.GetAttribute("title") is { Length: > 0 } title ? title : null)
                : new Mark(kind.Value, range));
        }
    }
}
