using System;
using System.Linq;
using CsCheck;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NewsModel.Validation;
using NodaTime;
using NodaTime.Testing;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class ArticleValidatorTest
{
    [Fact]
    public void Validate_CleanArticle_ReturnsCachedEmptyReport()
    {
        var validator = new ArticleValidator(ValidationProfile.Publish, Clock());
        var report = validator.Validate(Article());
        report.Should().BeSameAs(ValidationReport.Empty);
        report.IsEmpty.Should().BeTrue();
        report.IsValid.Should().BeTrue();
        report.ToString().Should().Be("no findings");
    }

    [Fact]
    public void Validate_SampleArticle_PublishHasNoFindings()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 10, 15, 0, 0));
        var report = new ArticleValidator(ValidationProfile.Publish, clock).Validate(SampleArticles.HarbourFerryFares);
        report.Should().BeSameAs(ValidationReport.Empty, report.ToString());
    }

    [Fact]
    public void Validate_Null_ThrowsArgumentNull()
    {
        var validator = new ArticleValidator(ValidationProfile.Publish, Clock());
        validator.Invoking(v => v.Validate(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllInRuleOrder()
    {
        var article = Article(headline: " ", language: "english please", body: new[] { Paragraph0, Paragraph1, "Send to a friend" });
        var report = Validate(article);
        report.Select(f => f.Code).Should().Equal(RuleCodes.HeadlineEmpty, RuleCodes.LanguageInvalid, RuleCodes.BodyBoilerplate);
        report.ErrorCount.Should().Be(2);
        report.WarningCount.Should().Be(1);
        report.InfoCount.Should().Be(0);
        report.HasErrors.Should().BeTrue();
        report.ToString().Should().StartWith("error NM-HEADLINE-EMPTY at headline: ");
    }

    [Fact]
    public void Profile_Without_SwitchesRuleOff()
    {
        var article = Article(headline: " ");
        var profile = ValidationProfile.Publish.Without(RuleCodes.HeadlineEmpty);
        profile.IsEnabled(RuleCodes.HeadlineEmpty).Should().BeFalse();
        Validate(article, profile).Should().BeSameAs(ValidationReport.Empty);
        Validate(article, profile.With(RuleCodes.HeadlineEmpty)).Contains(RuleCodes.HeadlineEmpty).Should().BeTrue();
    }

    [Fact]
    public void Profile_WithSeverity_ChangesFindingSeverity()
    {
        var profile = ValidationProfile.Publish.WithSeverity(RuleCodes.HeadlineEmpty, Severity.Info);
        profile.SeverityOf(RuleCodes.HeadlineEmpty).Should().Be(Severity.Info);
        var report = Validate(Article(headline: " "), profile);
        report.Single().Severity.Should().Be(Severity.Info);
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Profile_UnknownCode_ThrowsNamingIt()
    {
        var act = () => ValidationProfile.Publish.Without("NM-HEADLINE-EMTPY");
        act.Should().Throw<ArgumentException>().WithMessage("*NM-HEADLINE-EMTPY*");
    }

    [Fact]
    public void Profile_UserRule_RunsAfterBuiltIns()
    {
        var rule = ArticleRule.Create("ACME-HEADLINE-BRAND", Severity.Warning, "Headlines must not name a rival.", (Article article, ref ValidationContext context) =>
        {
            if (article.Headline.Contains("Rival", StringComparison.Ordinal))
            {
                context.Report("headline", "The headline names a rival paper.");
            }
        });
        var profile = ValidationProfile.Publish.WithRule(rule);
        Validate(Article(), profile).Should().BeSameAs(ValidationReport.Empty);
        var finding = Validate(Article(headline: "Rival fares"), profile).Should().ContainSingle().Subject;
        finding.Should().Be(new Finding("ACME-HEADLINE-BRAND", Severity.Warning, "headline", "The headline names a rival paper."));
        Validate(Article(headline: "Rival fares"), profile.WithSeverity("ACME-HEADLINE-BRAND", Severity.Error)).Single().Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Profile_DuplicateUserRuleCode_Throws()
    {
        var rule = ArticleRule.Create(RuleCodes.HeadlineEmpty, Severity.Error, "Again.", (Article _, ref ValidationContext _) => { });
        var act = () => ValidationProfile.Publish.WithRule(rule);
        act.Should().Throw<ArgumentException>().WithMessage("*NM-HEADLINE-EMPTY*");
    }

    [Fact]
    public void Validate_RuleThrows_ReportsRuleFailedAndGoesOn()
    {
        var rule = ArticleRule.Create("ACME-BROKEN", Severity.Warning, "Always throws.", (Article _, ref ValidationContext _) => throw new InvalidOperationException("boom"));
        var profile = ValidationProfile.Publish.WithRule(rule).WithRule(ArticleRule.Create("ACME-AFTER", Severity.Info, "Reports.", (Article _, ref ValidationContext c) => c.Report("id", "after")));
        var report = Validate(Article(), profile);
        report.Select(f => f.Code).Should().Equal(RuleCodes.RuleFailed, "ACME-AFTER");
        report[0].Message.Should().Contain("ACME-BROKEN").And.Contain("boom");
    }

    [Fact]
    public void ArticleRule_BadCode_Throws()
    {
        var act = () => ArticleRule.Create("bad code", Severity.Error, "x", (Article _, ref ValidationContext _) => { });
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Archive_OldImportWithoutBylineOrUpdate_PassesWithWarnings()
    {
        var timeline = new Timeline(
            Stamp(PublishedAt, "Monday, 31 March, 2014, 5:31am"),
            corrections: new[] { new Correction(Stamp(PublishedAt + Duration.FromDays(1)), "Fixed the fare.") });
        var article = Article(credits: Array.Empty<Credit>(), timeline: timeline);
        Validate(article).IsValid.Should().BeFalse();
        var archive = Validate(article, ValidationProfile.Archive, new FakeClock(Instant.FromUtc(2020, 1, 1, 0, 0)));
        archive.IsValid.Should().BeTrue();
        archive.WarningCount.Should().Be(2);
    }

    [Fact]
    public void Profiles_EveryBuiltInCodeDocumented()
    {
        var doc = System.IO.File.ReadAllText(SharedData.RepositoryPath("docs/validation-rules.md"));
        foreach (var code in typeof(RuleCodes).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            doc.Should().Contain($"## {code}", because: "every code has its own section");
        }
        foreach (var rule in ValidationProfile.Publish.Rules)
        {
            doc.Should().Contain($"## {rule.Code}");
        }
    }

    [Fact]
    public void Validate_GeneratedArticles_NeverThrow()
    {
        var validators = new[]
        {
            new ArticleValidator(ValidationProfile.Publish, new FakeClock(Instant.FromUtc(2025, 1, 1, 0, 0))),
            new ArticleValidator(ValidationProfile.Archive, new FakeClock(Instant.MinValue)),
            new ArticleValidator(ValidationProfile.Publish.WithFutureTolerance(Duration.Zero), new FakeClock(Instant.MaxValue)),
        };
        Gen.Frequency((3, ArticleGen.Article), (1, ArticleGen.RichArticle)).Sample(article =>
        {
            foreach (var validator in validators)
            {
                var report = validator.Validate(article);
                report.Should().NotBeNull();
                report.Should().NotContain(f => f.Code == RuleCodes.RuleFailed, report.ToString());
                foreach (var finding in report)
                {
                    finding.Message.Should().NotBeNullOrWhiteSpace();
                }
            }
        }, iter: 2000);
    }
}
