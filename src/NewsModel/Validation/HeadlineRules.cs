using System.Globalization;

namespace NewsModel.Validation;

internal sealed class HeadlineEmptyRule() : ArticleRule(RuleCodes.HeadlineEmpty, Severity.Error, "The headline must not be empty or only whitespace.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        if (TextScan.IsBlank(article.Headline))
        {
            context.Report(Paths.Headline, "The headline is empty: it has only spaces or line breaks.");
        }
    }
}

internal sealed class HeadlineControlRule() : ArticleRule(RuleCodes.HeadlineControl, Severity.Error, "The headline must not contain line breaks, tabs or other control characters.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        int index = TextScan.IndexOfControl(article.Headline);
        if (index >= 0)
        {
            context.Report(
                Paths.Headline,
                string.Create(CultureInfo.InvariantCulture, $"The headline contains the control character U+{(int)article.Headline[index]:X4} at position {index + 1} (a line break, tab or invisible character); headlines are one line of plain text."));
        }
    }
}

internal sealed class HeadlineMarkupRule() : ArticleRule(RuleCodes.HeadlineMarkup, Severity.Error, "The headline must be plain text, without HTML tags or character entities.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        int index = TextScan.IndexOfMarkup(article.Headline, out int length);
        if (index >= 0)
        {
            context.Report(
                Paths.Headline,
                string.Create(CultureInfo.InvariantCulture, $"The headline contains markup \"{Excerpt.Of(article.Headline.Substring(index, length))}\" at position {index + 1}; it would show literally on the page. Use plain text."));
        }
    }
}

internal sealed class HeadlineTooLongRule() : ArticleRule(RuleCodes.HeadlineTooLong, Severity.Warning, "The headline must not be longer than the profile's limit.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        int max = context.Profile.MaxHeadlineLength;
        if (article.Headline.Length <= max)
        {
            return;
        }
        int count = TextScan.ScalarCount(article.Headline);
        if (count > max)
        {
            context.Report(
                Paths.Headline,
                string.Create(CultureInfo.InvariantCulture, $"The headline is {count} characters long; the limit is {max}. Shorten it."));
        }
    }
}
