using System;
using System.Collections.Generic;
using System.Text;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// One block of WordPress block-editor markup as the editor's own parser gives it: its name (<c>core/paragraph</c>;
/// null for HTML outside any block, "freeform"), its attributes as the JSON text of the delimiter (null when it has
/// none), the HTML it holds besides its inner blocks, its inner blocks, and its content in order: HTML pieces and, where
/// an inner block stands, null.
/// </summary>
internal sealed record MarkupBlock(string? Name, string? Attributes, string InnerHtml, IReadOnlyList<MarkupBlock> InnerBlocks, IReadOnlyList<string?> InnerContent);

/// <summary>
/// Reads block-editor markup (<c>&lt;!-- wp:heading {"level":3} --&gt;…&lt;!-- /wp:heading --&gt;</c>) into blocks,
/// with the grammar of WordPress's default block parser (<c>block-serialization-default-parser</c>): a delimiter is an
/// HTML comment opening with white space and <c>wp:</c>, a name (<c>core/</c> when no namespace is given), optional
/// attributes as a JSON object, and <c>/--&gt;</c> for a void block; HTML between top-level blocks is a freeform block.
/// An unmatched closer is kept as HTML; blocks left open at the end are closed there. The HTML inside is not parsed.
/// Linear in the input; never throws. Stateless and thread-safe.
/// </summary>
internal static class BlockMarkup
{
    private readonly record struct Delimiter(int Start, int End, string Name, string? Attributes, bool Closer, bool Void);

    private sealed class Open(string name, string? attributes, int contentStart)
    {
        internal readonly string Name = name;
        internal readonly string? Attributes = attributes;
        internal readonly List<MarkupBlock> Inner = [];
        internal readonly List<string?> Content = [];
        internal readonly StringBuilder Html = new();
        internal int Since = contentStart;
    }

    /// <summary>Whether <paramref name="text"/> holds at least one block delimiter.</summary>
    internal static bool HasBlocks(string text)
    {
        List<int>? terminators = null;
        for (int at = text.IndexOf("<!--", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<!--", at + 4, StringComparison.Ordinal))
        {
            if (TryDelimiter(text, at, ref terminators, out _))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads the top-level blocks of <paramref name="text"/>.</summary>
    internal static List<MarkupBlock> Parse(string text)
    {
        var output = new List<MarkupBlock>();
        var stack = new List<Open>();
        List<int>? terminators = null;
        int since = 0; // where the HTML not yet given to a block starts (top level)
        int at = text.IndexOf("<!--", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (!TryDelimiter(text, at, ref terminators, out var d))
            {
                at = text.IndexOf("<!--", at + 4, StringComparison.Ordinal);
                continue;
            }
            if (d.Closer && stack.Count == 0)
            {
                // A closer with nothing open: its text stays HTML.
                at = text.IndexOf("<!--", d.End, StringComparison.Ordinal);
                continue;
            }
            if (stack.Count == 0)
            {
                Freeform(output, text, since, d.Start);
            }
            else
            {
                Append(stack[^1], text, d.Start);
            }
            if (d.Void)
            {
                var block = new MarkupBlock(d.Name, d.Attributes, string.Empty, [], []);
                Add(output, stack, block);
            }
            else if (d.Closer)
            {
                var open = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                Add(output, stack, Close(open));
            }
            else
            {
                stack.Add(new Open(d.Name, d.Attributes, d.End));
            }
            if (stack.Count > 0)
            {
                stack[^1].Since = d.End;
            }
            since = d.End;
            at = text.IndexOf("<!--", d.End, StringComparison.Ordinal);
        }
        // Blocks left open end with the text.
        if (stack.Count > 0)
        {
            Append(stack[^1], text, text.Length);
            while (stack.Count > 0)
            {
                var open = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                Add(output, stack, Close(open));
            }
            since = text.Length;
        }
        Freeform(output, text, since, text.Length);
        return output;
    }

    private static void Freeform(List<MarkupBlock> output, string text, int from, int to)
    {
        if (to > from)
        {
            var html = text[from..to];
            output.Add(new MarkupBlock(null, null, html, [], [html]));
        }
    }

    private static void Append(Open open, string text, int to)
    {
        if (to > open.Since)
        {
            var html = text[open.Since..to];
            open.Html.Append(html);
            open.Content.Add(html);
        }
        open.Since = to;
    }

    private static void Add(List<MarkupBlock> output, List<Open> stack, MarkupBlock block)
    {
        if (stack.Count == 0)
        {
            output.Add(block);
        }
        else
        {
            stack[^1].Inner.Add(block);
            stack[^1].Content.Add(null);
        }
    }

    private static MarkupBlock Close(Open open) => new(open.Name, open.Attributes, open.Html.ToString(), open.Inner, open.Content);

    /// <summary>Reads a delimiter at <paramref name="at"/> (which starts "&lt;!--"), as the default parser's pattern:
    /// <c>&lt;!--\s+(/)?wp:(ns/)?name\s+({…}\s+)?(/)?--&gt;</c>.</summary>
    private static bool TryDelimiter(string text, int at, ref List<int>? terminators, out Delimiter delimiter)
    {
        delimiter = default;
        int i = at + 4;
        int spaces = i;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
        if (i == spaces)
        {
            return false;
        }
        bool closer = i < text.Length && text[i] == '/';
        if (closer)
        {
            i++;
        }
        if (string.CompareOrdinal(text, i, "wp:", 0, 3) != 0)
        {
            return false;
        }
        i += 3;
        int nameStart = i;
        if (!Name(text, ref i))
        {
            return false;
        }
        bool ns = i < text.Length && text[i] == '/';
        if (ns)
        {
            i++;
            if (!Name(text, ref i))
            {
                return false;
            }
        }
        var name = ns ? text[nameStart..i] : "core/" + text[nameStart..i];
        spaces = i;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
        if (i == spaces)
        {
            return false;
        }
        string? attributes = null;
        if (!closer && i < text.Length && text[i] == '{')
        {
            // The attributes end at the first '}' followed by white space, an optional '/' and "-->".
            int attributesStart = i;
            terminators ??= Terminators(text);
            int t = terminators.BinarySearch(i);
            t = t < 0 ? ~t : t;
            if (t == terminators.Count)
            {
                return false;
            }
            int end = terminators[t];
            i = end + 1;
            while (IsSpace(text[i]))
            {
                i++;
            }
            attributes = text[attributesStart..(end + 1)];
        }
        bool isVoid = !closer && i < text.Length && text[i] == '/';
        if (isVoid)
        {
            i++;
        }
        if (string.CompareOrdinal(text, i, "-->", 0, 3) != 0)
        {
            return false;
        }
        delimiter = new Delimiter(at, i + 3, name, attributes, closer, isVoid);
        return true;
    }

    /// <summary>Where attributes may end: every '}' followed by white space, an optional '/' and "-->" (one pass, so
    /// that many delimiters with attributes stay linear).</summary>
    private static List<int> Terminators(string text)
    {
        var found = new List<int>();
        for (int brace = text.IndexOf('}'); brace >= 0; brace = text.IndexOf('}', brace + 1))
        {
            int k = brace + 1;
            while (k < text.Length && IsSpace(text[k]))
            {
                k++;
            }
            if (k > brace + 1 && (string.CompareOrdinal(text, k, "-->", 0, 3) == 0 || string.CompareOrdinal(text, k, "/-->", 0, 4) == 0))
            {
                found.Add(brace);
            }
        }
        return found;
    }

    private static bool Name(string text, ref int i)
    {
        if (i >= text.Length || text[i] is < 'a' or > 'z')
        {
            return false;
        }
        i++;
        while (i < text.Length && (text[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
        {
            i++;
        }
        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}
