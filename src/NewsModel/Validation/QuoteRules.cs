using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Validation;

internal sealed class QuoteTextRule() : ArticleRule(RuleCodes.QuoteTextMismatch, Severity.Error, "A direct or partial quote's text must appear, word for word, in its paragraph (straight and curly quotation marks count alike).")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var quotes = article.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            if (QuoteLocation.Find(article, quote) == QuoteLocation.Missing)
            {
                context.Report(
                    Paths.Quote(i, "text"),
                    string.Create(CultureInfo.InvariantCulture, $"The {(quote.Kind == QuoteKind.Direct ? "direct" : "partial")} quote \"{Excerpt.Of(quote.Text, 0, 60)}\" does not appear word for word in {Describe.Block(article.Blocks, quote.Paragraph, sentenceStart: false)}; a quotation must match what is printed."));
            }
        }
    }
}

/// <summary>Where a verbatim (direct or partial) quote's text stands in its paragraph.</summary>
internal static class QuoteLocation
{
    /// <summary>Not checked: an indirect quote, or a block outside the body or without text (reported by
    /// <see cref="QuoteRangeRule"/>).</summary>
    internal const int NotChecked = -3;

    /// <summary>At its range.</summary>
    internal const int AtRange = -2;

    /// <summary>Nowhere in the paragraph.</summary>
    internal const int Missing = -1;

    /// <summary>One of the constants, or the index in the paragraph where the text stands instead of its range.</summary>
    internal static int Find(Article article, Quote quote)
    {
        if (quote.Kind == QuoteKind.Indirect || quote.Paragraph >= article.Body.Length || !article.Blocks[quote.Paragraph].HasText)
        {
            return NotChecked;
        }
        var paragraph = article.Body[quote.Paragraph];
        if (QuoteRangeRule.Fits(quote, paragraph) && TextScan.EqualsFolded(paragraph.AsSpan(quote.Range.Start, quote.Range.Length), quote.Text))
        {
            return AtRange;
        }
        return TextScan.IndexOfFolded(paragraph, quote.Text);
    }
}

internal sealed class QuoteRangeRule() : ArticleRule(RuleCodes.QuoteRangeOutside, Severity.Error, "A quote's block must exist and have text, and its range must lie inside that text.")
{
    internal static bool Fits(Quote quote, string paragraph) => quote.Range.End <= paragraph.Length;

    public override void Check(Article article, ref ValidationContext context)
    {
        var quotes = article.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            if (quote.Paragraph >= article.Body.Length)
            {
                context.Report(Paths.Quote(i, "paragraph"), string.Create(CultureInfo.InvariantCulture, $"The quote stands in paragraph {quote.Paragraph + 1}, but the body has {article.Body.Length} paragraph(s)."));
            }
            else if (!article.Blocks[quote.Paragraph].HasText)
            {
                context.Report(
                    Paths.Quote(i, "paragraph"),
                    $"The quote stands in {Describe.Block(article.Blocks, quote.Paragraph, sentenceStart: false)}, which has no text of its own to quote from; point it at the block that prints its words.");
            }
            else if (!Fits(quote, article.Body[quote.Paragraph]))
            {
                context.Report(Paths.Quote(i, "range"), string.Create(CultureInfo.InvariantCulture, $"The quote's range {quote.Range} lies outside {Describe.Block(article.Blocks, quote.Paragraph, sentenceStart: false)}, which has {article.Body[quote.Paragraph].Length} character(s)."));
            }
        }
    }
}

internal sealed class QuoteRangeMismatchRule() : ArticleRule(RuleCodes.QuoteRangeMismatch, Severity.Error, "A direct or partial quote's range must point at its text in the paragraph.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var quotes = article.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            int found = QuoteLocation.Find(article, quote);
            if (found >= 0)
            {
                context.Report(
                    Paths.Quote(i, "range"),
                    string.Create(CultureInfo.InvariantCulture, $"The quote's range {quote.Range} does not point at its text, which stands at [{found}..{found + quote.Text.Length}) in {Describe.Block(article.Blocks, quote.Paragraph, sentenceStart: false)}; highlighting would mark the wrong words."));
            }
        }
    }
}

internal sealed class QuoteCueRule() : ArticleRule(RuleCodes.QuoteCueMissing, Severity.Error, "A partial quote must have a cue verb (\"said\", \"called\").")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var quotes = article.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            if (quote.Kind == QuoteKind.Partial && (quote.Attribution.Cue is null || TextScan.IsBlank(quote.Attribution.Cue)))
            {
                context.Report(
                    Paths.Quote(i, "attribution.cue"),
                    $"The partial quote \"{Excerpt.Of(quote.Text, 0, 40)}\" has no cue verb; without \"said\", \"called\" or similar the reader cannot tell who used the words.");
            }
        }
    }
}

internal sealed class QuoteSpeakerUnresolvedRule() : ArticleRule(RuleCodes.QuoteSpeakerUnresolved, Severity.Warning, "A quote's speaker should be resolved to one of the article's people or organisations.")
{
    public override void Check(Article article, ref ValidationContext context) =>
        QuoteAttributions.Report(article, ref context, AttributionKind.Unresolved, "is attributed only to", "which names none of the article's people or organisations; resolve it to the party who spoke.");
}

internal sealed class QuoteSourceAnonymousRule() : ArticleRule(RuleCodes.QuoteSourceAnonymous, Severity.Info, "A quote from an anonymous source is pointed out, so that the desk's rules for such sources can be checked.")
{
    public override void Check(Article article, ref ValidationContext context) =>
        QuoteAttributions.Report(article, ref context, AttributionKind.Anonymous, "comes from an anonymous source,", "check that the desk's rules for anonymous sources are met.");
}

/// <summary>Reports the quotes whose attribution is of one kind.</summary>
internal static class QuoteAttributions
{
    /// <summary>Reports, at <c>quotes[i].attribution.mention</c>, each quote whose attribution is of
    /// <paramref name="kind"/>: <c>Quote 2 ("…") {before} "{mention}", {after}</c>.</summary>
    internal static void Report(Article article, ref ValidationContext context, AttributionKind kind, string before, string after)
    {
        var quotes = article.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var attribution = quotes[i].Attribution;
            if (attribution.Kind == kind)
            {
                context.Report(
                    Paths.Quote(i, "attribution.mention"),
                    string.Create(CultureInfo.InvariantCulture, $"Quote {i + 1} (\"{Excerpt.Of(quotes[i].Text, 0, 40)}\") {before} \"{Excerpt.Of(attribution.PrintedMention)}\", {after}"));
            }
        }
    }
}

internal sealed class QuoteConflictRule() : ArticleRule(RuleCodes.QuoteSpeakerConflict, Severity.Error, "The same quote must not be attributed to different speakers.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var quotes = article.Quotes;
        if (quotes.Length > Groups.SmallCount)
        {
            var earlier = Groups.EarliestDiffering(
                quotes.Length,
                i => TextScan.FoldedKey(quotes[i].Text),
                StringComparer.Ordinal,
                (i, j) => !SameSpeaker(quotes[i], quotes[j]));
            for (int i = 0; i < quotes.Length; i++)
            {
                if (earlier[i] >= 0)
                {
                    Report(quotes, i, earlier[i], ref context);
                }
            }
            return;
        }
        for (int i = 1; i < quotes.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (TextScan.EqualsFolded(quotes[j].Text, quotes[i].Text) && !SameSpeaker(quotes[i], quotes[j]))
                {
                    Report(quotes, i, j, ref context);
                    break;
                }
            }
        }
    }

    private static bool SameSpeaker(Quote quote, Quote other) =>
        quote.Attribution.Kind == other.Attribution.Kind && string.Equals(quote.Attribution.Speaker?.Name ?? quote.Attribution.Mention, other.Attribution.Speaker?.Name ?? other.Attribution.Mention, StringComparison.Ordinal);

    private static void Report(ImmutableArray<Quote> quotes, int i, int j, ref ValidationContext context) =>
        context.Report(
            Paths.Quote(i, "attribution.speaker"),
            string.Create(CultureInfo.InvariantCulture, $"The quote \"{Excerpt.Of(quotes[i].Text, 0, 40)}\" is attributed to {quotes[i].Attribution.PrintedMention}, but quote {j + 1} gives the same words to {quotes[j].Attribution.PrintedMention}."));
}

internal sealed class QuoteChannelRule() : ArticleRule(RuleCodes.QuoteChannelUnknown, Severity.Warning, "A news agency a quote came through should be among the credits or organisations.")
{
    /// <summary>Words and names that make a channel a news agency (wire service) rather than, say, a broadcaster.</summary>
    private static readonly PhraseSet AgencyMarkers = new(
        [.. NewsAgencies.Names, "agency", "agencies", "wire", "wires", "news service"], wholeWords: true);

    /// <summary>True when the channel names a news agency (short markers such as AP only in that case).</summary>
    internal static bool IsAgency(string via) => AgencyMarkers.FoundIn(via);

    /// <summary>True when a credit or an organisation names the channel, or the channel names it.</summary>
    private static bool IsCredited(string via, Article article)
    {
        foreach (var credit in article.Credits)
        {
            if (Mentions(via, credit.Name))
            {
                return true;
            }
        }
        foreach (var party in article.Parties)
        {
            if (party.Kind == PartyKind.Organisation && Mentions(via, party.Name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the channel names the entry or the entry names the channel (ignoring case).</summary>
    private static bool Mentions(string via, string name) =>
        !TextScan.IsBlank(name)
        && (via.Contains(name.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase) || name.Contains(via.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase));

    public override void Check(Article article, ref ValidationContext context)
    {
        var quotes = article.Quotes;
        Dictionary<string, bool>? verdicts = quotes.Length > Groups.SmallCount ? new(StringComparer.Ordinal) : null;
        for (int i = 0; i < quotes.Length; i++)
        {
            var via = quotes[i].Attribution.Via;
            if (via is null)
            {
                continue;
            }
            bool known;
            if (verdicts is null)
            {
                known = !IsAgency(via) || IsCredited(via, article);
            }
            else if (!verdicts.TryGetValue(via, out known))
            {
                // Each channel is judged once, however many quotes came through it.
                verdicts[via] = known = !IsAgency(via) || IsCredited(via, article);
            }
            if (!known)
            {
                context.Report(
                    Paths.Quote(i, "attribution.via"),
                    $"The quote came through {via}, which is not among the article's credits or organisations; credit the agency if its copy was used.");
            }
        }
    }
}
