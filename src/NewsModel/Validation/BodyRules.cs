using System;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Validation;

internal sealed class BodyEmptyRule() : ArticleRule(RuleCodes.BodyEmpty, Severity.Error, "The body must have at least one block.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        if (article.Body.Length == 0)
        {
            context.Report(Paths.Body, "The article has no body blocks.");
        }
    }
}

internal sealed class BlockEmptyRule() : ArticleRule(RuleCodes.BodyParagraphEmpty, Severity.Error, "No text block (paragraph, heading, list or list item, quotation, table, preformatted text) may be empty or only whitespace.")
{
    // Blocks without text of their own (media, embeds, dividers, related links, raw HTML) are never empty. A single
    // blank table cell is ordinary (a gap in a results table); a table with no text in any cell is not.
    public override void Check(Article article, ref ValidationContext context)
    {
        var blocks = article.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            switch (blocks[i])
            {
                case ListBlock list:
                    CheckList(blocks, i, list, ref context);
                    break;
                case TableBlock table:
                    if (IsBlank(table))
                    {
                        context.Report(
                            Paths.Block(i),
                            $"{Describe.Block(blocks, i)} {(table.Rows.IsEmpty ? "has no rows" : "has no text in any cell")}; remove it.");
                    }
                    break;
                default:
                    if (blocks[i].HasText && TextScan.IsBlank(article.Body[i]))
                    {
                        context.Report(Paths.Block(i), $"{Describe.Block(blocks, i)} is empty; remove it.");
                    }
                    break;
            }
        }
    }

    private static void CheckList(ImmutableArray<Block> blocks, int index, ListBlock list, ref ValidationContext context)
    {
        if (list.Items.IsEmpty)
        {
            context.Report(Paths.Block(index), $"{Describe.Block(blocks, index)} has no items; remove it.");
            return;
        }
        for (int j = 0; j < list.Items.Length; j++)
        {
            if (TextScan.IsBlank(list.Items[j].Text))
            {
                context.Report(
                    Paths.Block(index, Paths.Item("items", j)),
                    string.Create(CultureInfo.InvariantCulture, $"Item {j + 1} of {Describe.Block(blocks, index, sentenceStart: false)} is empty; remove it."));
            }
        }
    }

    private static bool IsBlank(TableBlock table)
    {
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                if (!TextScan.IsBlank(cell.Text))
                {
                    return false;
                }
            }
        }
        return true;
    }
}

internal sealed class HeadingSkippedRule() : ArticleRule(RuleCodes.BodyHeadingSkipped, Severity.Warning, "A heading must not be more than one level deeper than the heading before it (h2 then h4).")
{
    // The first heading is not judged: the headline stands above the body, and where a house style starts its
    // subheads (h2 or h3) is the renderer's business.
    public override void Check(Article article, ref ValidationContext context)
    {
        var blocks = article.Blocks;
        int previous = -1;
        int before = 0;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not HeadingBlock heading)
            {
                continue;
            }
            if (previous >= 0 && heading.Level > before + 1)
            {
                context.Report(
                    Paths.Block(i, "level"),
                    string.Create(CultureInfo.InvariantCulture, $"Block {i + 1} is a level-{heading.Level} heading after the level-{before} heading of block {previous + 1}, skipping level {before + 1}; screen readers and outlines lose the structure. Make it level {before + 1}."));
            }
            previous = i;
            before = heading.Level;
        }
    }
}

internal sealed class TableRaggedRule() : ArticleRule(RuleCodes.BodyTableRagged, Severity.Warning, "Every row of a table should have as many cells as its first row.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var blocks = article.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not TableBlock table || table.Rows.Length < 2)
            {
                continue;
            }
            int width = table.Rows[0].Length;
            for (int r = 1; r < table.Rows.Length; r++)
            {
                if (table.Rows[r].Length != width)
                {
                    context.Report(
                        Paths.Block(i, Paths.Item("rows", r)),
                        string.Create(CultureInfo.InvariantCulture, $"Row {r + 1} of {Describe.Block(blocks, i, sentenceStart: false)} has {table.Rows[r].Length} cell(s), but its first row has {width}; columns would not line up. Pad the row or merge the cells."));
                }
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
            // Preformatted text is kept exactly as printed (code, verse), so a short "print" there is not furniture.
            if (article.Blocks[i].Kind != BlockKind.Preformatted && LooksLikeBoilerplate(body[i]))
            {
                context.Report(
                    Paths.Block(i),
                    $"{Describe.Block(article.Blocks, i)} (\"{Excerpt.Of(body[i], 0, 50)}\") looks like page furniture left over from the web page, not part of the story.");
            }
        }
    }
}
