using System;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class BodyRulesTest
{
    [Fact]
    public void BodyEmpty_NoParagraphs_Reported()
    {
        var article = Article(body: Array.Empty<string>(), quotes: Array.Empty<Quote>());
        Validate(article).With(RuleCodes.BodyEmpty).Should().ContainSingle().Which.Path.Should().Be("body");
    }

    [Fact]
    public void BodyEmpty_OneParagraph_NotReported()
    {
        Validate(Article(body: new[] { Paragraph0 }, quotes: Array.Empty<Quote>())).Contains(RuleCodes.BodyEmpty).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void BodyParagraphEmpty_BlankParagraph_Reported(string paragraph)
    {
        var article = Article(body: new[] { Paragraph0, Paragraph1, paragraph });
        var finding = Validate(article).With(RuleCodes.BodyParagraphEmpty).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2]");
        finding.Message.Should().Contain("Paragraph 3");
    }

    [Fact]
    public void BodyParagraphEmpty_Prose_NotReported()
    {
        Validate(Article()).Contains(RuleCodes.BodyParagraphEmpty).Should().BeFalse();
    }

    [Theory]
    [InlineData("Send to a friend")]
    [InlineData("To forward this article using your default email client (e.g. Outlook), click here.")]
    [InlineData("Enter multiple addresses separated by commas(,)")]
    [InlineData("For unlimited access to:")]
    [InlineData("Copyright (c) 2025 Harbour Herald. All rights reserved.")]
    [InlineData("  Advertisement ")]
    public void BodyBoilerplate_PageFurniture_ReportedAsWarning(string paragraph)
    {
        var finding = Validate(Article(body: new[] { Paragraph0, Paragraph1, paragraph })).With(RuleCodes.BodyBoilerplate).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2]");
        finding.Severity.Should().Be(Severity.Warning);
    }

    [Theory]
    [InlineData("The minister said readers could share their views at public hearings next month.")]
    [InlineData("The advertisement campaign cost the operator HK$2 million, the report said.")]
    [InlineData("Passengers who want a refund were told by a recorded message to \u201cclick here\u201d on the operator\u2019s website, which crashed within an hour.")]
    public void BodyBoilerplate_Prose_NotReported(string paragraph)
    {
        Validate(Article(body: new[] { Paragraph0, Paragraph1, paragraph })).Contains(RuleCodes.BodyBoilerplate).Should().BeFalse();
    }
}
