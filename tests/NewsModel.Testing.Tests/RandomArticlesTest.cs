using System;
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
                if (quote.Attribution.Speaker is { } speaker)
                {
                    article.Parties.Should().Contain(speaker);
                }
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

    [Fact]
    public void Next_ManyArticles_HoldEveryBlockMarkMediaAndAttributionKind()
    {
        var articles = new RandomArticles(5) { Publishable = false }.Take(300).ToList();
        var blocks = articles.SelectMany(a => a.Blocks).ToList();
        blocks.Select(b => b.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<BlockKind>());
        Texts(articles).SelectMany(t => t.Marks).Select(m => m.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<MarkKind>());
        articles.SelectMany(a => a.Media).Select(m => m.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<MediaKind>());
        articles.SelectMany(a => a.Quotes).Select(q => q.Attribution.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<AttributionKind>());
        articles.Select(a => a.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<ArticleStatus>());
        articles.Should().Contain(a => a.Media.Any(m => m.Renditions.Length > 0) && a.LeadMedia != null);
        articles.Should().Contain(a => !a.Taxonomy.IsEmpty && a.Taxonomy.Urgency != null && a.Taxonomy.Genres.Length > 0);
        articles.Should().Contain(a => a.Rights != null && a.Rights.LicenseUrl != null);
        articles.Should().Contain(a => a.Timeline.Revisions.Length > 0);
        articles.Should().Contain(a => a.Parties.Any(p => p.ProfileUrl != null) && a.Credits.Any(c => c.ProfileUrl != null));
        Texts(articles).Should().Contain(t => t.Marks.Length > 1 && t.Marks[1].Range.End <= t.Marks[0].Range.End, "some marks nest");
        Texts(articles).Should().Contain(t => t.Marks.Length > 0 && t.Text.Any(char.IsSurrogate), "some marked texts hold surrogate pairs");
    }

    [Fact]
    public void Next_ManyArticles_MarksCoverWholeWordsAndNeverSplitASurrogatePair()
    {
        foreach (var text in Texts(new RandomArticles(8) { Publishable = false }.Take(300)))
        {
            foreach (var mark in text.Marks)
            {
                string covered = text.Covered(mark);
                covered.Should().NotStartWith(" ").And.NotEndWith(" ");
                char.IsLowSurrogate(covered[0]).Should().BeFalse();
                char.IsHighSurrogate(covered[^1]).Should().BeFalse();
                if (mark.Kind == MarkKind.Link)
                {
                    mark.Href.Should().StartWith("https://");
                }
            }
        }
    }

    [Fact]
    public void Next_NotPublishable_LifecycleMomentsAgreeWithStatus()
    {
        foreach (var article in new RandomArticles(9) { Publishable = false }.Take(300))
        {
            var t = article.Timeline;
            switch (article.Status)
            {
                case ArticleStatus.Draft:
                    t.Published.Should().BeNull();
                    break;
                case ArticleStatus.Scheduled:
                    t.Published.Should().BeNull();
                    t.Scheduled.Should().NotBeNull();
                    break;
                case ArticleStatus.Withdrawn:
                    t.Withdrawal!.Moment.Instant.Should().BeGreaterThan(t.Published!.Instant);
                    break;
                default:
                    t.Published.Should().NotBeNull();
                    t.Withdrawal.Should().BeNull();
                    break;
            }
        }
    }

    [Fact]
    public void Next_Publishable_OnlyPublishedWithResolvedOrAnonymousSpeakersAndCreditedImages()
    {
        foreach (var article in new RandomArticles(10).Take(300))
        {
            article.Status.Should().Be(ArticleStatus.Published);
            article.Timeline.Published.Should().NotBeNull();
            article.Quotes.Should().NotContain(q => q.Attribution.Kind == AttributionKind.Unresolved);
            article.Media.Should().NotContain(m => m.Kind == MediaKind.Image && (m.AltText == null || m.Credit == null || m.Rights == null));
        }
    }

    [Fact]
    public void Next_ManyArticles_RoundTripThroughNativeJson()
    {
        foreach (var article in new RandomArticles(6) { Publishable = false }.Take(200))
        {
            var read = NewsModel.Json.NewsModelJson.Deserialize(NewsModel.Json.NewsModelJson.Serialize(article));
            read.Equals(article).Should().BeTrue(ArticleDiff.Describe(article, read));
        }
    }

    internal static System.Collections.Generic.IEnumerable<InlineText> Texts(System.Collections.Generic.IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            foreach (var block in article.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        yield return p.Text;
                        break;
                    case HeadingBlock h:
                        yield return h.Text;
                        break;
                    case QuoteBlock q:
                        yield return q.Text;
                        break;
                    case ListBlock l:
                        foreach (var item in l.Items)
                        {
                            yield return item;
                        }
                        break;
                    case TableBlock t:
                        foreach (var cell in t.Rows.SelectMany(r => r))
                        {
                            yield return cell;
                        }
                        break;
                }
            }
            foreach (var caption in article.Media.Select(m => m.Caption).OfType<InlineText>())
            {
                yield return caption;
            }
        }
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
