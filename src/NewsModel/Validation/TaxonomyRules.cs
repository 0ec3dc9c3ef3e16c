using System;
using System.Globalization;

namespace NewsModel.Validation;

internal sealed class KeywordDuplicateRule() : ArticleRule(RuleCodes.TaxonomyKeywordDuplicate, Severity.Warning, "A keyword should not be given twice (trimmed, ignoring case).")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var keywords = article.Taxonomy.Keywords;
        if (keywords.Length > Groups.SmallCount)
        {
            // Every later keyword of a group differs in place from the first, so each is reported against the first.
            var earlier = Groups.EarliestDiffering(keywords.Length, i => TextScan.NameKey(keywords[i]), StringComparer.OrdinalIgnoreCase, static (_, _) => true);
            for (int i = 0; i < keywords.Length; i++)
            {
                if (earlier[i] >= 0)
                {
                    Report(keywords[i], i, earlier[i], ref context);
                }
            }
            return;
        }
        for (int i = 1; i < keywords.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (TextScan.SameName(keywords[i], keywords[j]))
                {
                    Report(keywords[i], i, j, ref context);
                    break;
                }
            }
        }
    }

    private static void Report(string keyword, int i, int j, ref ValidationContext context) =>
        context.Report(
            Paths.Item("taxonomy.keywords", i),
            string.Create(CultureInfo.InvariantCulture, $"The keyword \"{Excerpt.Of(keyword)}\" is given again: keyword {j + 1} is the same; tag pages and feeds would list the article twice. Remove it."));
}
