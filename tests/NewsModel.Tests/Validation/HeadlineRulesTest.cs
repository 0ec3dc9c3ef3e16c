using System.Linq;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class HeadlineRulesTest
{
    [Fact]
    public void Fixture_MinimalArticle_HasNoFindings()
    {
        Validate(Article()).Should().BeSameAs(ValidationReport.Empty);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" \u00a0\t ")]
    public void HeadlineEmpty_Whitespace_Reported(string headline)
    {
        var finding = Validate(Article(headline: headline)).With(RuleCodes.HeadlineEmpty).Should().ContainSingle().Subject;
        finding.Path.Should().Be("headline");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("headline is empty");
    }

    [Fact]
    public void HeadlineEmpty_OneLetter_NotReported()
    {
        Validate(Article(headline: "A")).Contains(RuleCodes.HeadlineEmpty).Should().BeFalse();
    }

    [Theory]
    [InlineData("Ferry fares\nto rise", 12)]
    [InlineData("Ferry\tfares", 6)]
    [InlineData("Ferry fares\u2028to rise", 12)]
    [InlineData("Ferry\u0085fares", 6)]
    public void HeadlineControl_ControlCharacter_ReportedWithPosition(string headline, int position)
    {
        var finding = Validate(Article(headline: headline)).With(RuleCodes.HeadlineControl).Should().ContainSingle().Subject;
        finding.Path.Should().Be("headline");
        finding.Message.Should().Contain($"position {position}");
    }

    [Fact]
    public void HeadlineControl_UnicodePunctuationAndEmoji_NotReported()
    {
        Validate(Article(headline: "Caf\u00e9 \u2014 \u201cquoted\u201d \U0001F6A2 fares")).Contains(RuleCodes.HeadlineControl).Should().BeFalse();
    }

    [Theory]
    [InlineData("<b>Ferry</b> fares to rise", "<b>")]
    [InlineData("Ferry fares<br/>to rise", "<br/>")]
    [InlineData("Ferry fares &amp; tolls", "&amp;")]
    [InlineData("Leung&#8217;s ferry", "&#8217;")]
    [InlineData("<!-- x --> fares", "<!-- x -->")]
    public void HeadlineMarkup_TagOrEntity_Reported(string headline, string markup)
    {
        var finding = Validate(Article(headline: headline)).With(RuleCodes.HeadlineMarkup).Should().ContainSingle().Subject;
        finding.Path.Should().Be("headline");
        finding.Message.Should().Contain($"\"{markup}\"");
    }

    [Theory]
    [InlineData("AT&T says 3 < 4 and 5 > 2")]
    [InlineData("Fares & tolls: <50% rise>")]
    [InlineData("Rock & roll; ferry")]
    public void HeadlineMarkup_AmpersandsAndComparisons_NotReported(string headline)
    {
        Validate(Article(headline: headline)).Contains(RuleCodes.HeadlineMarkup).Should().BeFalse();
    }

    [Fact]
    public void HeadlineTooLong_OverDefaultLimit_Reported()
    {
        var headline = new string('a', ValidationProfile.DefaultMaxHeadlineLength + 1);
        var finding = Validate(Article(headline: headline)).With(RuleCodes.HeadlineTooLong).Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("121 characters").And.Contain("limit is 120");
    }

    [Fact]
    public void HeadlineTooLong_SurrogatePairsCountOnce_NotReported()
    {
        var headline = string.Concat(Enumerable.Repeat("\U0001F6A2", ValidationProfile.DefaultMaxHeadlineLength));
        Validate(Article(headline: headline)).Contains(RuleCodes.HeadlineTooLong).Should().BeFalse();
    }

    [Fact]
    public void HeadlineTooLong_ConfiguredLimit_Applied()
    {
        var profile = ValidationProfile.Publish.WithMaxHeadlineLength(10);
        Validate(Article(headline: "Ferry fares"), profile).Contains(RuleCodes.HeadlineTooLong).Should().BeTrue();
        Validate(Article(headline: "Fares rise"), profile).Contains(RuleCodes.HeadlineTooLong).Should().BeFalse();
    }
}
