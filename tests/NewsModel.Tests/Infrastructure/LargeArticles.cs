using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Infrastructure;

/// <summary>Articles with n of something, for the scaling checks of readers, writers and validators.</summary>
internal static class LargeArticles
{
    private static string Name(int i) => "Person " + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>n parties, every name twice (the second with another role), so half are duplicates.</summary>
    internal static Article WithParties(int n) =>
        Article(parties: Enumerable.Range(0, n).Select(i => new Party(Name(i / 2), PartyKind.Person, i % 2 == 0 ? "minister" : "spokesman")).Append(Leung));

    /// <summary>n credits, every name twice with two roles.</summary>
    internal static Article WithCredits(int n) =>
        Article(credits: Enumerable.Range(0, n).Select(i => new Credit(Name(i / 2), PartyKind.Person, i % 2 == 0 ? CreditRole.Author : CreditRole.Photographer)));

    /// <summary>n quotes of the same words by n speakers (conflicts), a third of them through an agency no credit names.</summary>
    internal static Article WithQuotes(int n)
    {
        var speakers = Enumerable.Range(0, n).Select(i => new Party(Name(i), PartyKind.Person)).ToArray();
        var quotes = Enumerable.Range(0, n).Select(i => new Quote(
            "We held fares as long as we could,", QuoteKind.Direct, 1, new TextRange(1, 34),
            new Attribution(speakers[i], cue: "said", via: i % 3 == 0 ? "Agency " + (i % 7).ToString(CultureInfo.InvariantCulture) + " news agency" : null)));
        return Article(parties: speakers, quotes: quotes);
    }

    /// <summary>About n body blocks: headings that skip a level, paragraphs with links (safe, unsafe, relative),
    /// lists and ragged tables with linked cells, an empty block now and then; and n/8 images, a third of them without
    /// alt text or URI, in galleries of five (from the second on, one of them the gallery before).</summary>
    internal static Article WithBlocks(int n)
    {
        string[] hrefs = ["https://www.example.com/fares", " JavaScript:alert(1)", "/news/fares", "mailto:desk@example.com"];
        InlineText Linked(int i) => new("The operator's notice on fares.", [Mark.Emphasis(new TextRange(0, 3)), Mark.Link(new TextRange(15, 6), hrefs[i % hrefs.Length])]);
        var blocks = new List<Block> { Block.Paragraph(Paragraph0), Block.Paragraph(Paragraph1) };
        for (int i = 0; blocks.Count < n + 2; i++)
        {
            blocks.Add(new HeadingBlock(i % 2 == 0 ? 2 : 4, "Section " + i.ToString(CultureInfo.InvariantCulture)));
            blocks.Add(new ParagraphBlock(Linked(i)));
            blocks.Add(new ListBlock([Linked(i + 1), "Second item", i % 5 == 0 ? " " : "Third item"]));
            blocks.Add(new TableBlock([["Route", "Fare"], [Linked(i + 2), "HK$15.2"], i % 3 == 0 ? new InlineText[] { "Ragged" } : ["Even", "row"]]));
            blocks.Add(i % 7 == 0 ? Block.Paragraph(" ") : DividerBlock.Instance);
        }
        var media = new List<MediaAsset>();
        for (int i = 0; i < n / 8; i++)
        {
            string id = "img-" + i.ToString(CultureInfo.InvariantCulture);
            media.Add(new MediaAsset(id, MediaKind.Image, i % 5 == 0 ? null : "https://img.example.com/" + id + ".jpg", altText: i % 3 == 0 ? null : "A pier", caption: Linked(i)));
            if (i % 4 == 3)
            {
                media.Add(new MediaAsset("gallery-" + id, MediaKind.Gallery, items: media.Skip(media.Count - 5).Select(m => m.Id)));
            }
        }
        return Article().WithMedia(media, null).WithBlocks(blocks);
    }

    /// <summary>n paragraphs of ordinary prose.</summary>
    internal static Article WithParagraphs(int n) =>
        Article(body: new[] { Paragraph0, Paragraph1 }.Concat(Enumerable.Range(0, n).Select(i => $"Paragraph {i}: the operator said fares would rise by 8 per cent on routes across the harbour.")));
}
