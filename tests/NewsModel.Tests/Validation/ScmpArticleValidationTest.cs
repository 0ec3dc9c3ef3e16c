using System.Linq;
using NewsModel.Tests.Infrastructure;
using NewsModel.Validation;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Validation;

/// <summary>The real SCMP article (built at run time from the corpus by <see cref="CorpusArticles.Scmp"/>) under the validators.</summary>
public class ScmpArticleValidationTest
{
    [SharedDataFact]
    public void Publish_ScmpArticle_NoErrors()
    {
        var article = CorpusArticles.Scmp();
        var report = new ArticleValidator(ValidationProfile.Publish, new FakeClock(Instant.FromUtc(2014, 4, 1, 0, 0))).Validate(article);
        report.ErrorCount.Should().Be(0, report.ToString());
        // Kyodo news agency carried Song's words but is not credited: a warning, not an error.
        report.Should().OnlyContain(f => f.Code == RuleCodes.QuoteChannelUnknown, report.ToString());
        report.Select(f => f.Path).Should().Contain("quotes[2].attribution.via");
    }

    [SharedDataFact]
    public void Publish_ScmpArticleWithBoilerplateLeftIn_Warns()
    {
        var article = CorpusArticles.Scmp();
        var withJunk = article.WithBody(article.Body.Add("Send to a friend").Add("To forward this article using your default email client (e.g. Outlook), click here."));
        var report = new ArticleValidator(ValidationProfile.Publish, new FakeClock(Instant.FromUtc(2014, 4, 1, 0, 0))).Validate(withJunk);
        report.Where(f => f.Code == RuleCodes.BodyBoilerplate).Select(f => f.Path).Should().Equal("body[8]", "body[9]");
    }
}
