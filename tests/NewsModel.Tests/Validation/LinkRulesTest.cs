using System;
using System.Linq;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class LinkRulesTest
{
    private const string Text = "Read the operator's notice on fares.";

    /// <summary>A paragraph whose word "notice" links to <paramref name="href"/>.</summary>
    private static ParagraphBlock Linked(string href) =>
        new(new InlineText(Text, new[] { Mark.Emphasis(new TextRange(0, 4)), Mark.Link(new TextRange(20, 6), href) }));

    private static InlineText LinkedText(string href) => new(Text, new[] { Mark.Link(new TextRange(20, 6), href) });

    [Theory]
    [InlineData("javascript:alert(1)", "javascript:")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript:")]
    [InlineData("  javascript:alert(1)", "javascript:")]
    [InlineData("\u0001\u001F javascript:alert(1)", "javascript:")]
    [InlineData("\u200Bjavascript:alert(1)", "javascript:")]
    [InlineData("java\tscr\nipt:alert(1)", "javascript:")]
    [InlineData("vbscript:msgbox(1)", "vbscript:")]
    [InlineData("VBScript:msgbox(1)", "vbscript:")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:")]
    [InlineData("\r\nDATA:text/html,<script>alert(1)</script>", "data:")]
    public void LinkUnsafe_ScriptCapableScheme_ReportedAsErrorAtTheHref(string href, string scheme)
    {
        var report = Validate(WithBlocks(Linked(href)));
        var finding = report.With(RuleCodes.LinkUnsafe).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2].marks[1].href");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith("The link on \"notice\" goes to \"").And.Contain($"whose scheme {scheme} runs script");
        report.Contains(RuleCodes.LinkNotWeb).Should().BeFalse();
        Validate(WithBlocks(Linked(href)), ValidationProfile.Archive).With(RuleCodes.LinkUnsafe).Single().Severity.Should().Be(Severity.Error);
    }

    [Theory]
    [InlineData("https://www.example.com/notice")]
    [InlineData("HTTP://example.com")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("javascript-guide.html")]
    [InlineData("/news/javascript:alert")]
    [InlineData("https://example.com/?next=javascript:alert(1)")]
    public void LinkUnsafe_WebOrRelativeLink_NotReported(string href)
    {
        Validate(WithBlocks(Linked(href))).Contains(RuleCodes.LinkUnsafe).Should().BeFalse();
    }

    [Fact]
    public void LinkUnsafe_EveryPlaceALinkStands_ReportedWithItsPath()
    {
        const string Bad = "javascript:alert(1)";
        var article = WithBlocks(
                new HeadingBlock(2, LinkedText(Bad)),
                new ListBlock(new[] { (InlineText)"First", LinkedText(Bad) }),
                new TableBlock(new[] { new InlineText[] { "a", "b" }, new[] { "c", LinkedText(Bad) } }),
                new QuoteBlock(LinkedText(Bad)),
                new EmbedBlock(Bad),
                new RelatedLinkBlock(Bad, "Fares frozen"))
            .WithMedia(new[] { new MediaAsset("harbour-1", MediaKind.Image, "https://img.example.com/1.jpg", altText: "Pier", caption: LinkedText(Bad), rights: Rights.FromNotice("© HH")) }, null);
        Validate(article).With(RuleCodes.LinkUnsafe).Select(f => f.Path).Should().Equal(
            "body[2].marks[0].href",
            "body[3].items[1].marks[0].href",
            "body[4].rows[1].cells[1].marks[0].href",
            "body[5].marks[0].href",
            "media[0].caption.marks[0].href",
            "body[6].url",
            "body[7].url");
    }

    [Theory]
    [InlineData("/news/2014/ferry-fares", "a relative link")]
    [InlineData("#note-1", "a relative link")]
    [InlineData("//www.example.com/news", "a relative link")]
    [InlineData("www.example.com/news", "a relative link")]
    [InlineData("ftp://files.example.com/fares.pdf", "scheme ftp: is neither http, https nor mailto")]
    [InlineData("tel:+85221234567", "scheme tel: is neither http, https nor mailto")]
    [InlineData("https:/www.example.com", "not a well-formed absolute http or https URL")]
    [InlineData("https://www.example.com/fare rise", "not a well-formed absolute http or https URL")]
    public void LinkNotWeb_RelativeOtherSchemeOrMalformed_ReportedAsWarning(string href, string said)
    {
        var finding = Validate(WithBlocks(Linked(href))).With(RuleCodes.LinkNotWeb).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2].marks[1].href");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain(said);
        Validate(WithBlocks(Linked(href)), ValidationProfile.Archive).With(RuleCodes.LinkNotWeb).Single().Severity.Should().Be(Severity.Info);
    }

    [Theory]
    [InlineData("https://www.example.com/notice")]
    [InlineData("http://example.com:8080/a?b=c#d")]
    [InlineData("MAILTO:desk@example.com")]
    public void LinkNotWeb_AbsoluteWebOrMailto_NotReported(string href)
    {
        Validate(WithBlocks(Linked(href), new RelatedLinkBlock(href, "Fares"))).Contains(RuleCodes.LinkNotWeb).Should().BeFalse();
    }

    [Fact]
    public void LinkNotWeb_RelativeRelatedLink_ReportedAtItsUrl()
    {
        var finding = Validate(WithBlocks(new RelatedLinkBlock("/news/fares-frozen", "Fares frozen"))).With(RuleCodes.LinkNotWeb).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2].url");
        finding.Message.Should().StartWith("The URL of block 3 (a related link) goes to \"/news/fares-frozen\", a relative link");
    }

    [Fact]
    public void Links_MarksWithoutHref_NotReported()
    {
        var text = new InlineText(Text, new[] { Mark.Strong(new TextRange(0, 4)), Mark.Code(new TextRange(5, 3)), Mark.NoteReference(new TextRange(35, 1), "See the notice.") });
        var report = Validate(WithBlocks(new ParagraphBlock(text)));
        report.Should().BeSameAs(ValidationReport.Empty, report.ToString());
    }
}
