using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

/// <summary>Issue 14: 8x the parties, credits or quotes cost about 8x the time, and the one-pass rules report exactly
/// what comparing every pair reports.</summary>
[Collection(Scaling.Collection)]
public class ArticleValidatorScalingTest
{
    private static readonly ArticleValidator Validator = new(ValidationProfile.Publish, Clock());

    [Fact]
    public void Validate_ManyParties_Linear() =>
        Scaling.IsLinear(LargeArticles.WithParties, article => Validator.Validate(article), n: 200);

    [Fact]
    public void Validate_ManyCredits_Linear() =>
        Scaling.IsLinear(LargeArticles.WithCredits, article => Validator.Validate(article), n: 200);

    [Fact]
    public void Validate_ManyQuotes_Linear() =>
        Scaling.IsLinear(LargeArticles.WithQuotes, article => Validator.Validate(article), n: 200);

    [Fact]
    public void Validate_ManyBlocksMarksAndMedia_Linear() =>
        Scaling.IsLinear(LargeArticles.WithBlocks, article => Validator.Validate(article), n: 200);

    [Fact]
    public void Validate_ManyBlocksMarksAndMedia_ReportsTheBlockAndMediaRules()
    {
        var report = Validator.Validate(LargeArticles.WithBlocks(200));
        foreach (var code in new[]
        {
            RuleCodes.BodyParagraphEmpty, RuleCodes.BodyHeadingSkipped, RuleCodes.BodyTableRagged, RuleCodes.LinkUnsafe,
            RuleCodes.LinkNotWeb, RuleCodes.MediaAltMissing, RuleCodes.MediaUriMissing, RuleCodes.MediaGalleryInvalid,
        })
        {
            report.Contains(code).Should().BeTrue(code);
        }
        report.Should().NotContain(f => f.Code == RuleCodes.RuleFailed);
    }

    [Fact]
    public void ValidateJson_ManyQuotes_Linear() =>
        Scaling.IsLinear(n => NewsModelJson.Serialize(LargeArticles.WithQuotes(n)), json => Validator.ValidateJson(json), n: 400);

    [Fact]
    public void ValidateJson_ManyBrokenQuotes_Linear() =>
        Scaling.IsLinear(
            n => NewsModelJson.Serialize(LargeArticles.WithQuotes(n)).Replace("\"paragraph\":1", "\"paragraph\":7", StringComparison.Ordinal),
            json => Validator.ValidateJson(json),
            n: 100);

    [Fact]
    public void ValidateJson_ManyParties_Linear() =>
        Scaling.IsLinear(n => NewsModelJson.Serialize(LargeArticles.WithParties(n)), json => Validator.ValidateJson(json), n: 100);

    [Fact]
    public void ValidateJson_ManyUnknownMembers_Linear() =>
        Scaling.IsLinear(
            n => "{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"m{i}\":[{i}]")) + "," + NewsModelJson.Serialize(Article())[1..],
            json => Validator.ValidateJson(json),
            n: 200);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validate_ManyDuplicates_SameFindingsAsEveryPair(int seed)
    {
        var random = new Random(seed);
        string[] names = ["Ann Lee", " ann lee", "ANN LEE ", "Bo Chan", "Cy Wong"];
        string?[] roles = [null, "minister", "Minister", "spokesman"];
        var parties = Enumerable.Range(0, 90)
            .Select(_ => new Party(names[random.Next(names.Length)], random.Next(4) == 0 ? PartyKind.Organisation : PartyKind.Person, roles[random.Next(roles.Length)], random.Next(3) == 0 ? "Transport Bureau" : null))
            .Append(Leung)
            .ToArray();
        var credits = Enumerable.Range(0, 90)
            .Select(_ => new Credit(names[random.Next(names.Length)], random.Next(4) == 0 ? PartyKind.Organisation : PartyKind.Person, (CreditRole)random.Next(3)))
            .ToArray();
        string[] texts = ["We held fares as long as we could,", "We held fares as long as we could,", "held fares"];
        var quotes = Enumerable.Range(0, 90).Select(_ =>
        {
            string text = texts[random.Next(texts.Length)];
            return new Quote(text, QuoteKind.Direct, 1, new TextRange(Paragraph1.IndexOf(text, StringComparison.Ordinal), text.Length), new Attribution(parties[random.Next(parties.Length)], cue: "said"));
        }).ToArray();

        var report = Validate(Article(parties: parties, credits: credits, quotes: quotes));

        report.With(RuleCodes.PartyDuplicate).Select(f => f.Path).Should().Equal(
            EveryPair(parties.Length, (i, j) => parties[i].Kind == parties[j].Kind && SameName(parties[i].Name, parties[j].Name)
                && (parties[i].Role != parties[j].Role || parties[i].Affiliation != parties[j].Affiliation)).Select(p => $"parties[{p.I}]"));
        report.With(RuleCodes.PartyDuplicate).Select(f => f.Message).Should().OnlyContain(m => m.Contains(" in entry ", StringComparison.Ordinal));
        var creditPairs = EveryPair(credits.Length, (i, j) => credits[i].Kind == credits[j].Kind && credits[i].Role != credits[j].Role && SameName(credits[i].Name, credits[j].Name)).ToList();
        report.With(RuleCodes.CreditDuplicate).Select(f => f.Path).Should().Equal(creditPairs.Select(p => $"credits[{p.I}].role"));
        report.With(RuleCodes.CreditDuplicate).Select(f => f.Message).Should().Equal(
            creditPairs.Select(p => $"{credits[p.I].Name} is credited as {credits[p.I].Role} here and as {credits[p.J].Role} in credit {p.J + 1}; keep one credit with the right role."));
        var quotePairs = EveryPair(quotes.Length, (i, j) => quotes[i].Text == quotes[j].Text && quotes[i].Attribution.Speaker!.Name != quotes[j].Attribution.Speaker!.Name).ToList();
        report.With(RuleCodes.QuoteSpeakerConflict).Select(f => f.Message).Should().Equal(
            quotePairs.Select(p => $"The quote \"{quotes[p.I].Text}\" is attributed to {quotes[p.I].Attribution.Speaker!.Name}, but quote {p.J + 1} gives the same words to {quotes[p.J].Attribution.Speaker!.Name}."));
        creditPairs.Should().NotBeEmpty();
        quotePairs.Should().NotBeEmpty();
    }

    private static bool SameName(string left, string right) => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>For each i, the earliest j before it that <paramref name="conflict"/>s, as comparing every pair finds it.</summary>
    private static IEnumerable<(int I, int J)> EveryPair(int count, Func<int, int, bool> conflict)
    {
        for (int i = 1; i < count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (conflict(i, j))
                {
                    yield return (i, j);
                    break;
                }
            }
        }
    }
}
