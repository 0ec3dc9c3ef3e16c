using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsModel.Formats.Html;

/// <summary>
/// Renders body blocks and inline text as HTML that is safe by construction: every text and attribute value is
/// escaped (<c>&amp; &lt; &gt; " '</c>; other characters, surrogate pairs included, are written as they are), marks
/// become properly nested elements, and only link targets with the schemes <c>http</c>, <c>https</c> and
/// <c>mailto</c> (and media sources with <c>http</c> or <c>https</c>) are written. What is left out is reported in the
/// result's <see cref="ConversionResult{T}.Losses"/> (kind <see cref="LossKind.Dropped"/>), field by field.
/// </summary>
/// <remarks>
/// <para>Elements: a paragraph <c>&lt;p&gt;</c>, a heading <c>&lt;h1&gt;</c>–<c>&lt;h6&gt;</c>, a list
/// <c>&lt;ul&gt;</c>/<c>&lt;ol&gt;</c> of <c>&lt;li&gt;</c>, a block quote <c>&lt;blockquote&gt;&lt;p&gt;</c> (a pull
/// quote with <c>class="pull-quote"</c>, see <see cref="BlockHtmlOptions.PullQuoteClass"/>) and its citation in
/// <c>&lt;cite&gt;</c>, a table (<c>&lt;thead&gt;</c> with <c>&lt;th&gt;</c> cells when the first row is a header,
/// then <c>&lt;tbody&gt;</c>), a divider <c>&lt;hr&gt;</c>, preformatted text <c>&lt;pre&gt;</c>, a related link
/// <c>&lt;p class="related"&gt;&lt;a href&gt;</c>, an embed <c>&lt;p class="embed"&gt;&lt;a href&gt;</c> (or its
/// fallback HTML, only with <see cref="BlockHtmlOptions.IncludeEmbedFallbackHtml"/>), a media block
/// <c>&lt;figure&gt;</c> with <c>&lt;img alt&gt;</c> (<c>&lt;video controls&gt;</c>, <c>&lt;audio controls&gt;</c>,
/// one <c>&lt;img&gt;</c> per gallery item) and a <c>&lt;figcaption&gt;</c> holding the caption and the credit
/// (<c>&lt;span class="credit"&gt;</c>) when the article's media are given. A raw HTML block is written only with
/// <see cref="BlockHtmlOptions.IncludeRawHtml"/>. Blocks are separated by a line feed.</para>
/// <para>Marks: emphasis <c>&lt;em&gt;</c>, strong <c>&lt;strong&gt;</c>, link <c>&lt;a href title&gt;</c>, code
/// <c>&lt;code&gt;</c>, superscript <c>&lt;sup&gt;</c>, subscript <c>&lt;sub&gt;</c>, strikethrough <c>&lt;s&gt;</c>;
/// a note reference is <c>&lt;sup class="note" title="the note"&gt;</c> around the text it covers (the note as a
/// tooltip, no footnote list). A link whose target has another scheme (<c>javascript:</c>, <c>data:</c>, a
/// relative reference, ...) is written as its text alone.</para>
/// <para>Every method is thread-safe.</para>
/// </remarks>
public static class BlockHtml
{
    private const string UnsafeLink = "only http, https and mailto link targets are written";
    private const string UnsafeSource = "only http and https media sources are written";
    private const string Untrusted = "untrusted markup is written only when BlockHtmlOptions opts in";
    private const string LinkDetail = "the link target (the text is written without the link)";

    /// <summary>Renders an article's body, with its media.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="BlockHtmlOptions.Default"/>.</param>
    /// <returns>The HTML and what was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<string> Render(Article article, BlockHtmlOptions? options = null)
    {
        Preconditions.CheckNotNull(article);
        return Render(article.Blocks, article.Media, options ?? BlockHtmlOptions.Default);
    }

    /// <summary>Renders blocks.</summary>
    /// <param name="blocks">The blocks; no element null.</param>
    /// <param name="media">The media the media blocks refer to (an article's <see cref="Article.Media"/>), or null;
    /// a media block whose asset is not among them is left out and reported.</param>
    /// <param name="options">The options, or null for <see cref="BlockHtmlOptions.Default"/>.</param>
    /// <returns>The HTML and what was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ConversionResult<string> Render(IEnumerable<Block> blocks, IEnumerable<MediaAsset>? media = null, BlockHtmlOptions? options = null)
    {
        var checkedBlocks = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(blocks), nameof(blocks));
        var checkedMedia = Preconditions.CheckElementsNotNull(media, nameof(media));
        return Render(checkedBlocks, checkedMedia, options ?? BlockHtmlOptions.Default);
    }

    /// <summary>Renders inline text: its escaped text with its marks as elements.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The HTML and what was left out (fields <c>Marks[i]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ConversionResult<string> Render(InlineText text)
    {
        Preconditions.CheckNotNull(text);
        var html = new StringBuilder(text.Text.Length + 16);
        var losses = new LossCollector();
        Inline(html, text, "", ref losses);
        return new ConversionResult<string>(html.ToString(), losses.ToReport());
    }

    /// <summary>Whether a link target is written: it starts with <c>http:</c>, <c>https:</c> or <c>mailto:</c>
    /// (ASCII case-insensitive, nothing before the scheme, no control character anywhere).</summary>
    /// <param name="href">The link target.</param>
    /// <returns>Whether it is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="href"/> is null.</exception>
    public static bool IsSafeLink(string href) =>
        HasScheme(Preconditions.CheckNotNull(href), "http:") || HasScheme(href, "https:") || HasScheme(href, "mailto:");

    /// <summary>Escapes a text for HTML content or a quoted attribute value: <c>&amp; &lt; &gt; " '</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text (the same instance when nothing needs escaping).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        Preconditions.CheckNotNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        Escape(builder, text.AsSpan());
        return builder.ToString();
    }

    internal static bool IsSafeSource(string uri) => HasScheme(uri, "http:") || HasScheme(uri, "https:");

    private static bool HasScheme(string uri, string scheme)
    {
        if (!uri.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (char c in uri)
        {
            if (c < ' ' || c == '\u007F')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Renders checked blocks (the ninjs writer's entry).</summary>
    internal static ConversionResult<string> Render(ImmutableArray<Block> blocks, ImmutableArray<MediaAsset> media, BlockHtmlOptions options)
    {
        var html = new StringBuilder(256);
        var losses = new LossCollector();
        for (int i = 0; i < blocks.Length; i++)
        {
            int before = html.Length;
            if (i > 0)
            {
                html.Append('\n');
            }
            var path = "Blocks[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!Block(html, blocks[i], path, media, options, ref losses))
            {
                html.Length = before;
            }
        }
        return new ConversionResult<string>(html.ToString(), losses.ToReport());
    }

    /// <summary>Writes one block; false when nothing of it was written.</summary>
    private static bool Block(StringBuilder html, Block block, string path, ImmutableArray<MediaAsset> media, BlockHtmlOptions options, ref LossCollector losses)
    {
        switch (block)
        {
            case ParagraphBlock p:
                Element(html, "p", p.Text, path, ref losses);
                return true;
            case HeadingBlock h:
                Element(html, "h" + h.Level.ToString(CultureInfo.InvariantCulture), h.Text, path, ref losses);
                return true;
            case ListBlock l:
                html.Append(l.Ordered ? "<ol>" : "<ul>");
                for (int i = 0; i < l.Items.Length; i++)
                {
                    Element(html, "li", l.Items[i], path + ".Items[" + i.ToString(CultureInfo.InvariantCulture) + "]", ref losses);
                }
                html.Append(l.Ordered ? "</ol>" : "</ul>");
                return true;
            case QuoteBlock q:
                html.Append("<blockquote");
                if (q.IsPullQuote)
                {
                    html.Append(" class=\"");
                    Escape(html, options.PullQuoteClass);
                    html.Append('"');
                }
                html.Append('>');
                Element(html, "p", q.Text, path, ref losses);
                if (q.Citation is not null)
                {
                    html.Append("<cite>");
                    Escape(html, q.Citation);
                    html.Append("</cite>");
                }
                html.Append("</blockquote>");
                return true;
            case TableBlock t:
                Table(html, t, path, ref losses);
                return true;
            case DividerBlock:
                html.Append("<hr>");
                return true;
            case PreformattedBlock pre:
                html.Append("<pre>");
                Escape(html, pre.Text);
                html.Append("</pre>");
                return true;
            case RelatedLinkBlock r:
                html.Append("<p class=\"related\">");
                Link(html, r.Url, r.Title, path + ".Url", ref losses);
                html.Append("</p>");
                return true;
            case EmbedBlock e:
                if (e.FallbackHtml is not null)
                {
                    if (options.IncludeEmbedFallbackHtml)
                    {
                        html.Append(e.FallbackHtml);
                        return true;
                    }
                    losses.Add(path + ".Html", "the embed's fallback HTML", Untrusted, LossKind.Dropped);
                }
                html.Append("<p class=\"embed\">");
                Link(html, e.Url, e.Provider ?? e.Url, path + ".Url", ref losses);
                html.Append("</p>");
                return true;
            case RawHtmlBlock raw:
                if (options.IncludeRawHtml)
                {
                    html.Append(raw.Html);
                    return true;
                }
                losses.Add(path, "a raw HTML block", Untrusted, LossKind.Dropped);
                return false;
            case MediaBlock m:
                return Figure(html, m, path, media, ref losses);
            default:
                throw new InvalidOperationException("Unknown block " + block.Kind);
        }
    }

    private static void Table(StringBuilder html, TableBlock table, string path, ref LossCollector losses)
    {
        html.Append("<table>");
        for (int r = 0; r < table.Rows.Length; r++)
        {
            bool header = r == 0 && table.HeaderRow;
            if (r == 0)
            {
                html.Append(header ? "<thead>" : "<tbody>");
            }
            else if (r == 1 && table.HeaderRow)
            {
                html.Append("<tbody>");
            }
            html.Append("<tr>");
            var row = table.Rows[r];
            for (int c = 0; c < row.Length; c++)
            {
                Element(html, header ? "th" : "td", row[c], path + ".Rows[" + r.ToString(CultureInfo.InvariantCulture) + "][" + c.ToString(CultureInfo.InvariantCulture) + "]", ref losses);
            }
            html.Append("</tr>");
            if (header)
            {
                html.Append("</thead>");
            }
        }
        if (table.Rows.Length > (table.HeaderRow ? 1 : 0))
        {
            html.Append("</tbody>");
        }
        html.Append("</table>");
    }

    private static bool Figure(StringBuilder html, MediaBlock block, string path, ImmutableArray<MediaAsset> media, ref LossCollector losses)
    {
        var asset = Find(media, block.MediaId);
        if (asset is null)
        {
            losses.Add(path, "a media block whose asset was not given", "a figure needs the article's media", LossKind.Dropped);
            return false;
        }
        html.Append(asset.Kind == MediaKind.Gallery ? "<figure class=\"gallery\">" : "<figure>");
        if (asset.Kind == MediaKind.Gallery)
        {
            foreach (var id in asset.Items)
            {
                if (Find(media, id) is { } item)
                {
                    Source(html, item, path, ref losses);
                }
            }
        }
        else
        {
            Source(html, asset, path, ref losses);
        }
        if (asset.Caption is not null || asset.Credit is not null)
        {
            html.Append("<figcaption>");
            if (asset.Caption is not null)
            {
                Inline(html, asset.Caption, path + ".Caption.", ref losses);
            }
            if (asset.Credit is not null)
            {
                if (asset.Caption is not null)
                {
                    html.Append(' ');
                }
                html.Append("<span class=\"credit\">");
                Escape(html, asset.Credit.Printed ?? asset.Credit.Name);
                html.Append("</span>");
            }
            html.Append("</figcaption>");
        }
        html.Append("</figure>");
        return true;
    }

    /// <summary>Writes an image, video or audio element for an asset (its URI, else its first rendition's).</summary>
    private static void Source(StringBuilder html, MediaAsset asset, string path, ref LossCollector losses)
    {
        var uri = asset.Uri ?? (asset.Renditions.IsEmpty ? null : asset.Renditions[0].Uri);
        if (uri is null || !IsSafeSource(uri))
        {
            losses.Add(path, "the source of media \"" + asset.Id + "\"", UnsafeSource, LossKind.Dropped);
            return;
        }
        html.Append(asset.Kind switch
        {
            MediaKind.Video => "<video controls src=\"",
            MediaKind.Audio => "<audio controls src=\"",
            _ => "<img src=\"",
        });
        Escape(html, uri);
        html.Append('"');
        if (asset.Kind is MediaKind.Image or MediaKind.Gallery)
        {
            html.Append(" alt=\"");
            Escape(html, asset.AltText ?? "");
            html.Append('"');
        }
        if (asset.Width is { } width)
        {
            html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\"");
        }
        if (asset.Height is { } height)
        {
            html.Append(CultureInfo.InvariantCulture, $" height=\"{height}\"");
        }
        html.Append(asset.Kind switch
        {
            MediaKind.Video => "></video>",
            MediaKind.Audio => "></audio>",
            _ => ">",
        });
    }

    private static MediaAsset? Find(ImmutableArray<MediaAsset> media, string id)
    {
        foreach (var asset in media)
        {
            if (string.Equals(asset.Id, id, StringComparison.Ordinal))
            {
                return asset;
            }
        }
        return null;
    }

    private static void Link(StringBuilder html, string url, string text, string path, ref LossCollector losses)
    {
        if (!IsSafeLink(url))
        {
            Escape(html, text);
            losses.Add(path, LinkDetail, UnsafeLink, LossKind.Dropped);
            return;
        }
        html.Append("<a href=\"");
        Escape(html, url);
        html.Append("\">");
        Escape(html, text);
        html.Append("</a>");
    }

    private static void Element(StringBuilder html, string tag, InlineText text, string path, ref LossCollector losses)
    {
        html.Append('<').Append(tag).Append('>');
        Inline(html, text, path + ".", ref losses);
        html.Append("</").Append(tag).Append('>');
    }

    /// <summary>Writes inline text; marks are ordered by start (longer first) and nest, so each closes before the one
    /// it starts in (<see cref="InlineText"/> checks this).</summary>
    private static void Inline(StringBuilder html, InlineText inline, string prefix, ref LossCollector losses)
    {
        var text = inline.Text.AsSpan();
        var marks = inline.Marks;
        if (marks.IsEmpty)
        {
            Escape(html, text);
            return;
        }
        Span<int> open = marks.Length <= 32 ? stackalloc int[marks.Length] : new int[marks.Length];
        int depth = 0;
        int position = 0;
        for (int i = 0; i < marks.Length; i++)
        {
            var mark = marks[i];
            while (depth > 0 && marks[open[depth - 1]].Range.End <= mark.Range.Start)
            {
                position = Close(html, text, position, marks[open[--depth]]);
            }
            Escape(html, text[position..mark.Range.Start]);
            position = mark.Range.Start;
            if (mark.Kind == MarkKind.Link && !IsSafeLink(mark.Href!))
            {
                losses.Add(prefix + "Marks[" + i.ToString(CultureInfo.InvariantCulture) + "]", LinkDetail, UnsafeLink, LossKind.Dropped);
            }
            Open(html, mark);
            open[depth++] = i;
        }
        while (depth > 0)
        {
            position = Close(html, text, position, marks[open[--depth]]);
        }
        Escape(html, text[position..]);
    }

    private static void Open(StringBuilder html, Mark mark)
    {
        switch (mark.Kind)
        {
            case MarkKind.Link:
                if (IsSafeLink(mark.Href!))
                {
                    html.Append("<a href=\"");
                    Escape(html, mark.Href!);
                    html.Append('"');
                    if (mark.Title is not null)
                    {
                        html.Append(" title=\"");
                        Escape(html, mark.Title);
                        html.Append('"');
                    }
                    html.Append('>');
                }
                break;
            case MarkKind.NoteReference:
                html.Append("<sup class=\"note\" title=\"");
                Escape(html, mark.Note!);
                html.Append("\">");
                break;
            default:
                html.Append('<').Append(Tag(mark.Kind)).Append('>');
                break;
        }
    }

    private static int Close(StringBuilder html, ReadOnlySpan<char> text, int position, Mark mark)
    {
        Escape(html, text[position..mark.Range.End]);
        if (mark.Kind != MarkKind.Link || IsSafeLink(mark.Href!))
        {
            html.Append("</").Append(Tag(mark.Kind)).Append('>');
        }
        return mark.Range.End;
    }

    private static string Tag(MarkKind kind) => kind switch
    {
        MarkKind.Emphasis => "em",
        MarkKind.Strong => "strong",
        MarkKind.Link => "a",
        MarkKind.Code => "code",
        MarkKind.Strikethrough => "s",
        MarkKind.Subscript => "sub",
        _ => "sup",
    };

    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            int next = text.IndexOfAny("&<>\"'");
            if (next < 0)
            {
                html.Append(text);
                return;
            }
            html.Append(text[..next]);
            html.Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
    }
}
