using System;
using System.Linq;
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

    public static TheoryData<Block, string, string> EmptyBlocks() => new()
    {
        { new HeadingBlock(2, " "), "body[2]", "Block 3 (a heading) is empty" },
        { new QuoteBlock("\u3000", pull: true), "body[2]", "Block 3 (a pull quote) is empty" },
        { new QuoteBlock(""), "body[2]", "Block 3 (a block quotation) is empty" },
        { new PreformattedBlock("\n  \n"), "body[2]", "Block 3 (preformatted text) is empty" },
        { new ListBlock(Array.Empty<InlineText>()), "body[2]", "Block 3 (a list) has no items" },
        { new ListBlock(new InlineText[] { "Fares rise", " " }, ordered: true), "body[2].items[1]", "Item 2 of block 3 (a list) is empty" },
        { new TableBlock(Array.Empty<InlineText[]>()), "body[2]", "Block 3 (a table) has no rows" },
        { new TableBlock(new[] { new InlineText[] { "", " " }, new InlineText[] { "\t" } }), "body[2]", "Block 3 (a table) has no text in any cell" },
    };

    [Theory]
    [MemberData(nameof(EmptyBlocks))]
    public void BodyParagraphEmpty_BlankTextBlock_ReportedAtTheBlock(Block block, string path, string message)
    {
        var finding = Validate(WithBlocks(block)).With(RuleCodes.BodyParagraphEmpty).Should().ContainSingle().Subject;
        finding.Path.Should().Be(path);
        finding.Message.Should().StartWith(message);
        finding.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void BodyParagraphEmpty_BlocksWithoutTextAndTableWithOneBlankCell_NotReported()
    {
        var article = WithBlocks(
            new DividerBlock(),
            new EmbedBlock("https://www.youtube.com/watch?v=harbour", "YouTube"),
            new RelatedLinkBlock("https://www.example.com/news/ferries", "Ferry fares frozen"),
            new TableBlock(new[] { new InlineText[] { "Route", "Fare" }, new InlineText[] { "Central–Mui Wo", "" } }, headerRow: true));
        Validate(article).Contains(RuleCodes.BodyParagraphEmpty).Should().BeFalse();
    }

    [Fact]
    public void BodyBoilerplate_FurnitureHeading_ReportedNamingTheBlock()
    {
        var finding = Validate(WithBlocks(new HeadingBlock(2, "Related articles"))).With(RuleCodes.BodyBoilerplate).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2]");
        finding.Message.Should().StartWith("Block 3 (a heading) (\"Related articles\")");
    }

    [Fact]
    public void BodyBoilerplate_PreformattedText_NotReported()
    {
        Validate(WithBlocks(new PreformattedBlock("print"))).Contains(RuleCodes.BodyBoilerplate).Should().BeFalse();
    }

    [Fact]
    public void BodyHeadingSkipped_H2ThenH4_ReportedAtTheLevelAsWarning()
    {
        var article = WithBlocks(new HeadingBlock(2, "Why fares rise"), Block.Paragraph("Fuel costs more."), new HeadingBlock(4, "Diesel"));
        var finding = Validate(article).With(RuleCodes.BodyHeadingSkipped).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[4].level");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("level-4 heading after the level-2 heading of block 3").And.Contain("Make it level 3");
        Validate(article, ValidationProfile.Archive).With(RuleCodes.BodyHeadingSkipped).Single().Severity.Should().Be(Severity.Info);
    }

    [Theory]
    [InlineData(3, 2, 3, 4)]
    [InlineData(2, 2, 2, 1)]
    [InlineData(1, 2, 3, 2)]
    public void BodyHeadingSkipped_FirstHeadingOrStepsOfOneOrUpward_NotReported(int first, int second, int third, int fourth)
    {
        var article = WithBlocks(new HeadingBlock(first, "A"), new HeadingBlock(second, "B"), new HeadingBlock(third, "C"), new HeadingBlock(fourth, "D"));
        Validate(article).Contains(RuleCodes.BodyHeadingSkipped).Should().BeFalse();
    }

    [Fact]
    public void BodyTableRagged_ShortRow_ReportedAtTheRow()
    {
        var table = new TableBlock(new[] { new InlineText[] { "Route", "Fare", "Rise" }, new InlineText[] { "Central–Mui Wo", "HK$15.2", "8%" }, new InlineText[] { "Central–Cheung Chau", "HK$13.6" } }, headerRow: true);
        var finding = Validate(WithBlocks(table)).With(RuleCodes.BodyTableRagged).Should().ContainSingle().Subject;
        finding.Path.Should().Be("body[2].rows[2]");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().StartWith("Row 3 of block 3 (a table) has 2 cell(s), but its first row has 3");
    }

    [Fact]
    public void BodyTableRagged_EvenRows_NotReported()
    {
        var table = new TableBlock(new[] { new InlineText[] { "Route", "Fare" }, new InlineText[] { "Central–Mui Wo", "HK$15.2" } });
        Validate(WithBlocks(table)).Contains(RuleCodes.BodyTableRagged).Should().BeFalse();
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
