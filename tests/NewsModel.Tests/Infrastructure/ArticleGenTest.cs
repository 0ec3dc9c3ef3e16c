using System.Linq;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace NewsModel.Tests.Infrastructure;

/// <summary>The generators make what real articles hold: quotes whose ranges cover their text, speakers that are the
/// article's parties.</summary>
public class ArticleGenTest
{
    [Fact]
    public void Article_Quotes_CoverTheirTextInTheirParagraph() =>
        ArticleGen.Article.Sample(article =>
        {
            foreach (var quote in article.Quotes)
            {
                string paragraph = article.Body[quote.Paragraph];
                paragraph.Substring(quote.Range.Start, quote.Range.Length).Should().Be(quote.Text);
            }
        }, iter: 300);

    [Fact]
    public void Article_QuoteRanges_NeverSplitASurrogatePair() =>
        ArticleGen.Article.Sample(article =>
        {
            foreach (var quote in article.Quotes)
            {
                string paragraph = article.Body[quote.Paragraph];
                foreach (int edge in new[] { quote.Range.Start, quote.Range.Start + quote.Range.Length })
                {
                    (edge > 0 && edge < paragraph.Length && char.IsLowSurrogate(paragraph[edge]) && char.IsHighSurrogate(paragraph[edge - 1]))
                        .Should().BeFalse($"the range edge {edge} of \"{quote.Text}\" is inside a surrogate pair");
                }
            }
        }, iter: 300);

    [Fact]
    public void Article_QuoteSpeakers_AreTheArticlesParties() =>
        ArticleGen.Article.Sample(article =>
        {
            foreach (var quote in article.Quotes)
            {
                article.Parties.Should().Contain(quote.Attribution.Speaker!);
            }
        }, iter: 300);
}
