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

    /// <summary>n paragraphs of ordinary prose.</summary>
    internal static Article WithParagraphs(int n) =>
        Article(body: new[] { Paragraph0, Paragraph1 }.Concat(Enumerable.Range(0, n).Select(i => $"Paragraph {i}: the operator said fares would rise by 8 per cent on routes across the harbour.")));
}
