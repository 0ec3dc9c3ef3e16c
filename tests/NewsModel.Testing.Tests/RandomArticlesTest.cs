using System.Linq;

namespace NewsModel.Testing.Tests;

public class RandomArticlesTest
{
    [Fact]
    public void Next_SameSeed_GivesEqualArticles() =>
        new RandomArticles(42).Take(50).Should().Equal(new RandomArticles(42).Take(50));

    [Fact]
    public void Next_DifferentSeeds_GiveDifferentArticles() =>
        new RandomArticles(1).Take(5).Should().NotEqual(new RandomArticles(2).Take(5));

    [Fact]
    public void Next_ManyArticles_QuotesPointAtTheirTextAndSpeakersAreParties()
    {
        foreach (var article in new RandomArticles(7).Take(300))
        {
            foreach (var quote in article.Quotes)
            {
                quote.Range.Slice(article.Body[quote.Paragraph]).ToString().Should().Be(quote.Text);
                article.Parties.Should().Contain(quote.Attribution.Speaker!);
            }
            article.Timeline.Published!.Printed.Should().StartWith(article.Timeline.Published!.LocalDateTime.DayOfWeek.ToString());
        }
    }

    [Fact]
    public void Next_ManyArticles_UseSeveralZonesAndAllQuoteKinds()
    {
        var articles = new RandomArticles(3).Take(200).ToList();
        articles.Select(a => a.Publication.Zone.Id).Distinct().Should().HaveCountGreaterThan(5);
        articles.SelectMany(a => a.Quotes).Select(q => q.Kind).Distinct().Should().HaveCount(3);
        articles.Select(a => a.Id).Should().OnlyHaveUniqueItems();
    }
}

public class RandomArticlesValidityTest
{
    [Fact]
    public void Next_ManyArticles_PassThePublishProfileWithoutErrorsOrWarnings()
    {
        var validator = new NewsModel.Validation.ArticleValidator(NewsModel.Validation.ValidationProfile.Publish, NodaTime.SystemClock.Instance);
        foreach (var article in new RandomArticles(2014).Take(2000))
        {
            var report = validator.Validate(article);
            report.Where(f => f.Severity != NewsModel.Validation.Severity.Info).Should().BeEmpty(article.Id);
        }
    }
}
