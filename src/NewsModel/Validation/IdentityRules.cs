using System;
using System.Globalization;

namespace NewsModel.Validation;

internal sealed class IdBlankRule() : ArticleRule(RuleCodes.IdBlank, Severity.Error, "The identifier must not be only whitespace.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        if (TextScan.IsBlank(article.Id))
        {
            context.Report(Paths.Id, "The article identifier is only whitespace; the CMS cannot tell this article from others.");
        }
    }
}

internal sealed class LanguageRule() : ArticleRule(RuleCodes.LanguageInvalid, Severity.Error, "The language must be a well-formed BCP 47 tag such as en, en-GB or zh-Hant-HK.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        int error = LanguageTag.FindError(article.Language);
        if (error >= 0)
        {
            context.Report(
                Paths.Language,
                string.Create(CultureInfo.InvariantCulture, $"The language \"{Excerpt.Of(article.Language)}\" is not a well-formed BCP 47 tag (the problem is at position {error + 1}); expected a tag such as en, en-GB or zh-Hant-HK."));
        }
    }
}

internal sealed class UrlRule() : ArticleRule(RuleCodes.UrlInvalid, Severity.Error, "The canonical URL must be an absolute http or https URL.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var url = article.CanonicalUrl;
        if (url is not null && !IsAbsoluteHttp(url))
        {
            context.Report(
                Paths.CanonicalUrl,
                $"The canonical URL \"{Excerpt.Of(url, 0, 80)}\" is not an absolute http or https URL such as https://www.example.com/news/story.");
        }
    }

    /// <summary>http:// or https://, a host of letters, digits, dots, hyphens (or an IPv6 literal or non-ASCII
    /// letters), an optional port, then no white space or control characters.</summary>
    internal static bool IsAbsoluteHttp(ReadOnlySpan<char> url)
    {
        int i;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            i = 8;
        }
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            i = 7;
        }
        else
        {
            return false;
        }
        int authorityEnd = url[i..].IndexOfAny('/', '?', '#');
        var authority = authorityEnd < 0 ? url[i..] : url.Slice(i, authorityEnd);
        int at = authority.LastIndexOf('@');
        var hostPort = at < 0 ? authority : authority[(at + 1)..];
        ReadOnlySpan<char> host;
        if (hostPort.StartsWith("["))
        {
            int close = hostPort.IndexOf(']');
            if (close < 2)
            {
                return false;
            }
            foreach (char c in hostPort[1..close])
            {
                if (!char.IsAsciiHexDigit(c) && c != ':' && c != '.')
                {
                    return false;
                }
            }
            host = hostPort[..(close + 1)];
            hostPort = hostPort[(close + 1)..];
            if (!hostPort.IsEmpty && hostPort[0] != ':')
            {
                return false;
            }
        }
        else
        {
            int colon = hostPort.IndexOf(':');
            host = colon < 0 ? hostPort : hostPort[..colon];
            hostPort = colon < 0 ? ReadOnlySpan<char>.Empty : hostPort[colon..];
            if (host.IsEmpty || host[0] == '.' || host[0] == '-' || host[^1] == '-')
            {
                return false;
            }
            foreach (char c in host)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.' || (c > 0x7F && char.IsLetterOrDigit(c))))
                {
                    return false;
                }
            }
        }
        if (!hostPort.IsEmpty)
        {
            // ":port", 1 to 5 digits.
            var port = hostPort[1..];
            if (port.IsEmpty || port.Length > 5)
            {
                return false;
            }
            int value = 0;
            foreach (char c in port)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
                value = value * 10 + (c - '0');
            }
            if (value > 65535)
            {
                return false;
            }
        }
        foreach (char c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\' || c == '<' || c == '>' || c == '"')
            {
                return false;
            }
        }
        return host.Length > 0;
    }
}
