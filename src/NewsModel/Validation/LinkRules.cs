using System;
using System.Globalization;

namespace NewsModel.Validation;

/// <summary>What a link's target is, as a browser would read it.</summary>
internal enum LinkVerdict
{
    /// <summary>An absolute http or https URL, or a mailto link.</summary>
    Web,

    /// <summary>A relative reference (<c>/news/story</c>, <c>#note</c>, <c>//host/path</c>): no scheme.</summary>
    Relative,

    /// <summary>Another scheme (<c>ftp:</c>, <c>tel:</c>, <c>file:</c>), which the HTML renderer does not write.</summary>
    OtherScheme,

    /// <summary>http or https, but not a well-formed absolute URL (no host, white space inside).</summary>
    MalformedWeb,

    /// <summary>A scheme that runs script or carries content of its own: <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>.</summary>
    Unsafe,
}

/// <summary>Judges link targets the way a browser reads their scheme.</summary>
internal static class Links
{
    /// <summary>The longest scheme read; a longer one is some other scheme.</summary>
    private const int MaxScheme = 16;

    /// <summary>Judges a link's target.</summary>
    internal static LinkVerdict Judge(string href)
    {
        Span<char> scheme = stackalloc char[MaxScheme];
        int length = ReadScheme(href, scheme);
        if (length == 0)
        {
            return LinkVerdict.Relative;
        }
        var name = length < 0 ? ReadOnlySpan<char>.Empty : scheme[..length];
        if (name.SequenceEqual("javascript") || name.SequenceEqual("vbscript") || name.SequenceEqual("data"))
        {
            return LinkVerdict.Unsafe;
        }
        if (name.SequenceEqual("http") || name.SequenceEqual("https"))
        {
            return UrlRule.IsAbsoluteHttp(href) ? LinkVerdict.Web : LinkVerdict.MalformedWeb;
        }
        return name.SequenceEqual("mailto") ? LinkVerdict.Web : LinkVerdict.OtherScheme;
    }

    /// <summary>The scheme as a browser reads it, lower case with its colon (<c>javascript:</c>), for messages.</summary>
    internal static string SchemeOf(string href)
    {
        Span<char> scheme = stackalloc char[MaxScheme];
        int length = ReadScheme(href, scheme);
        return length > 0 ? string.Concat(scheme[..length], ":") : "(a long scheme)";
    }

    /// <summary>
    /// Reads the scheme as browsers do (WHATWG URL): leading white space, control and format characters are skipped
    /// and tabs and line breaks anywhere are ignored, so <c>" JaVa\tScript:"</c> is <c>javascript:</c>. Returns its
    /// length in <paramref name="scheme"/> (lower-cased), 0 when there is none (a relative reference), -1 when it is
    /// longer than the buffer.
    /// </summary>
    private static int ReadScheme(ReadOnlySpan<char> href, Span<char> scheme)
    {
        int i = 0;
        while (i < href.Length && (char.IsWhiteSpace(href[i]) || char.IsControl(href[i]) || CharUnicodeInfo.GetUnicodeCategory(href[i]) == UnicodeCategory.Format))
        {
            i++;
        }
        int length = 0;
        for (; i < href.Length; i++)
        {
            char c = href[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }
            if (c == ':')
            {
                return length;
            }
            if (!(char.IsAsciiLetter(c) || (length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return 0;
            }
            if (length == scheme.Length)
            {
                return -1;
            }
            scheme[length++] = char.ToLowerInvariant(c);
        }
        return 0;
    }

    /// <summary>
    /// Reports every link of the article whose verdict <paramref name="reported"/> accepts: the link marks of the body's
    /// inline texts and of the media captions (at <c>….marks[k].href</c>), and the URLs of embeds and related links
    /// (at <c>body[i].url</c>).
    /// </summary>
    internal static void CheckAll(Article article, ref ValidationContext context, Func<LinkVerdict, bool> reported)
    {
        foreach (var (text, site) in new InlineTexts(article))
        {
            var marks = text.Marks;
            for (int k = 0; k < marks.Length; k++)
            {
                if (marks[k].Href is { } href && Judge(href) is var verdict && reported(verdict))
                {
                    context.Report(site.MarkPath(k, "href"), Message(verdict, href, $"The link on \"{Excerpt.Of(text.Covered(marks[k]))}\""));
                }
            }
        }
        var blocks = article.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            string? url = blocks[i] switch
            {
                EmbedBlock embed => embed.Url,
                RelatedLinkBlock related => related.Url,
                _ => null,
            };
            if (url is not null && Judge(url) is var verdict && reported(verdict))
            {
                context.Report(Paths.Block(i, "url"), Message(verdict, url, $"The URL of {Describe.Block(blocks, i, sentenceStart: false)}"));
            }
        }
    }

    private static string Message(LinkVerdict verdict, string href, string subject)
    {
        string target = Excerpt.Of(href, 0, 80);
        return verdict switch
        {
            LinkVerdict.Unsafe => $"{subject} goes to \"{target}\", whose scheme {SchemeOf(href)} runs script or carries content of its own in the reader's browser; link to an http or https page.",
            LinkVerdict.Relative => $"{subject} goes to \"{target}\", a relative link, which breaks wherever the article is shown away from its own site (apps, syndication, feeds); give the absolute URL.",
            LinkVerdict.MalformedWeb => $"{subject} goes to \"{target}\", which is not a well-formed absolute http or https URL (a host, no white space); correct it.",
            _ => $"{subject} goes to \"{target}\", whose scheme {SchemeOf(href)} is neither http, https nor mailto; the HTML renderer drops such links.",
        };
    }
}

internal sealed class LinkUnsafeRule() : ArticleRule(RuleCodes.LinkUnsafe, Severity.Error, "A link must not use a scheme that runs script or carries its own content (javascript:, vbscript:, data:).")
{
    private static readonly Func<LinkVerdict, bool> Reported = verdict => verdict == LinkVerdict.Unsafe;

    public override void Check(Article article, ref ValidationContext context) => Links.CheckAll(article, ref context, Reported);
}

internal sealed class LinkNotWebRule() : ArticleRule(RuleCodes.LinkNotWeb, Severity.Warning, "A link should be an absolute http or https URL, or a mailto link.")
{
    private static readonly Func<LinkVerdict, bool> Reported = verdict => verdict is LinkVerdict.Relative or LinkVerdict.OtherScheme or LinkVerdict.MalformedWeb;

    public override void Check(Article article, ref ValidationContext context) => Links.CheckAll(article, ref context, Reported);
}
