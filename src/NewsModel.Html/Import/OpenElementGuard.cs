using System;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace NewsModel.Html;

/// <summary>
/// Stops a parse whose page opens more elements than it closes, past <see cref="Limit"/>. AngleSharp's tree builder
/// follows the HTML standard, whose scope checks walk the stack of open elements at each tag: 100,000 nested
/// <c>&lt;div&gt;</c>s cost 5·10⁹ steps, time growing with the square of the page. The guard counts AngleSharp's own
/// tokens (no HTML is parsed here): a start tag of an element that can hold content opens one, its end tag closes one;
/// elements that close themselves (void elements, and those whose end tag is implied by the next of their kind:
/// <c>p</c>, <c>li</c>, <c>dt</c>, <c>dd</c>, table parts, <c>option</c>, ruby parts) are not counted, so the count is
/// at least as large as what stays open in practice and never smaller than nesting the builder keeps. One guard per
/// parse; not thread-safe.
/// </summary>
internal sealed class OpenElementGuard
{
    /// <summary>The most elements a page may leave open at once: 40 times the most any of the 42 corpus pages counts
    /// (25), and twice the depth at which browsers stop nesting (512).</summary>
    internal const int Limit = 1024;

    private int _open;

    /// <summary>Gets parser options whose token callback feeds this guard.</summary>
    internal HtmlParserOptions Options => new() { IsScripting = false, OnToken = Count };

    private void Count(HtmlToken token, AngleSharp.Text.TextRange range)
    {
        if (token.Type == HtmlTokenType.StartTag)
        {
            if (token is HtmlTagToken { IsSelfClosing: true } || !Holds(token.Name))
            {
                return;
            }
            if (++_open > Limit)
            {
                throw new TooDeepException(token.Position);
            }
        }
        else if (token.Type == HtmlTokenType.EndTag && _open > 0 && Holds(token.Name))
        {
            _open--;
        }
    }

    /// <summary>Whether an element of this name stays open until its end tag.</summary>
    private static bool Holds(string name) => name switch
    {
        "area" or "base" or "basefont" or "bgsound" or "br" or "col" or "embed" or "frame" or "hr" or "image" or "img"
            or "input" or "keygen" or "link" or "meta" or "param" or "source" or "track" or "wbr" => false,
        "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th"
            or "colgroup" or "caption" or "rb" or "rp" or "rt" or "rtc" => false,
        _ => true,
    };

    /// <summary>Ends a parse that passed the limit, at the token that did.</summary>
    internal sealed class TooDeepException(TextPosition position) : Exception("More than " + Limit + " open elements.")
    {
        /// <summary>Gets where in the page the limit was passed.</summary>
        internal TextPosition Position { get; } = position;
    }
}
