using System;
using System.Globalization;

namespace NewsModel.Validation;

internal sealed class BodyEmptyRule() : ArticleRule(RuleCodes.BodyEmpty, Severity.Error, "The body must have at least one paragraph.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        if (article.Body.Length == 0)
        {
            context.Report(Paths.Body, "The article has no body paragraphs.");
        }
    }
}

internal sealed class ParagraphEmptyRule() : ArticleRule(RuleCodes.BodyParagraphEmpty, Severity.Error, "No body paragraph may be empty or only whitespace.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var body = article.Body;
        for (int i = 0; i < body.Length; i++)
        {
            if (TextScan.IsBlank(body[i]))
            {
                context.Report(Paths.Item("body", i), string.Create(CultureInfo.InvariantCulture, $"Paragraph {i + 1} is empty; remove it."));
            }
        }
    }
}

internal sealed class BoilerplateRule() : ArticleRule(RuleCodes.BodyBoilerplate, Severity.Warning, "Page furniture (\"Send to a friend\", \"click here\") should not be left in the body.")
{
    /// <summary>Phrases that mark a short paragraph as page furniture wherever they stand in it.</summary>
    private static readonly PhraseSet Phrases = new(
    [
        "send to a friend", "click here", "share this article", "sign up for our newsletter", "sign up for our",
        "subscribe to our", "enter multiple addresses", "for unlimited access", "all rights reserved",
        "forward this article", "follow us on", "download our app", "read more:", "related articles",
        "cookie policy", "terms of use", "privacy policy",
    ], wholeWords: false);

    /// <summary>Paragraphs that are page furniture when they are nothing else.</summary>
    private static readonly string[] Whole = ["advertisement", "read more", "share", "print", "email", "comments", "related"];

    /// <summary>Page furniture is a short line; longer paragraphs are taken for prose even when they contain a
    /// phrase ("click here" in a quote). The longest furniture in the corpus is 84 characters.</summary>
    internal const int MaxLength = 100;

    internal static bool LooksLikeBoilerplate(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.Length > MaxLength && !char.IsWhiteSpace(paragraph[0]) && !char.IsWhiteSpace(paragraph[^1]))
        {
            return false;
        }
        var trimmed = paragraph.Trim();
        if (trimmed.Length > MaxLength)
        {
            return false;
        }
        if (Phrases.FoundIn(trimmed))
        {
            return true;
        }
        foreach (var word in Whole)
        {
            if (trimmed.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    public override void Check(Article article, ref ValidationContext context)
    {
        var body = article.Body;
        for (int i = 0; i < body.Length; i++)
        {
            if (LooksLikeBoilerplate(body[i]))
            {
                context.Report(
                    Paths.Item("body", i),
                    string.Create(CultureInfo.InvariantCulture, $"Paragraph {i + 1} (\"{Excerpt.Of(body[i], 0, 50)}\") looks like page furniture left over from the web page, not part of the story."));
            }
        }
    }
}
