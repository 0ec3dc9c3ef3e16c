using System.Linq;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class TaxonomyRulesTest
{
    [Fact]
    public void TaxonomyKeywordDuplicate_SameKeywordTrimmedIgnoringCase_ReportedAsWarning()
    {
        var article = Article().WithTaxonomy(new Taxonomy(keywords: new[] { "ferries", "Star Ferry", "fares", " Ferries" }));
        var finding = Validate(article).With(RuleCodes.TaxonomyKeywordDuplicate).Should().ContainSingle().Subject;
        finding.Path.Should().Be("taxonomy.keywords[3]");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().StartWith("The keyword \" Ferries\" is given again: keyword 1 is the same");
    }

    [Fact]
    public void TaxonomyKeywordDuplicate_DistinctKeywords_NotReported()
    {
        var article = Article().WithTaxonomy(new Taxonomy(keywords: new[] { "ferries", "ferry fares", "Star Ferry" }, urgency: 4));
        Validate(article).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void TaxonomyKeywordDuplicate_ManyKeywords_SameFindingsAsEveryPair()
    {
        // Past Groups.SmallCount keywords the rule groups them; the findings stay those of comparing every pair.
        var keywords = Enumerable.Range(0, 100).Select(i => (i % 3 == 0 ? " Tag " : "tag ") + (i % 40)).ToArray();
        var expected = Enumerable.Range(0, keywords.Length)
            .Select(i => (I: i, J: Enumerable.Range(0, i).FirstOrDefault(j => keywords[j].Trim().Equals(keywords[i].Trim(), System.StringComparison.OrdinalIgnoreCase), -1)))
            .Where(p => p.J >= 0)
            .Select(p => $"taxonomy.keywords[{p.I}]: keyword {p.J + 1}");
        Validate(Article().WithTaxonomy(new Taxonomy(keywords: keywords))).With(RuleCodes.TaxonomyKeywordDuplicate)
            .Select(f => f.Path + ": " + f.Message.Split("again: ")[1].Split(" is the same")[0]).Should().Equal(expected);
    }
}
