using System.Linq;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class QuoteRulesTest
{
    private static readonly Party Lam = new("Lam Chi-keung", PartyKind.Person, "chairman");

    private static Quote At(string paragraph, string text, QuoteKind kind, Attribution attribution, int index = 0) =>
        new(text, kind, index, new TextRange(paragraph.IndexOf(text, System.StringComparison.Ordinal), text.Length), attribution);

    [Fact]
    public void QuoteTextMismatch_WordsNotInParagraph_Reported()
    {
        var quote = new Quote("We never raised fares", QuoteKind.Direct, 1, new TextRange(1, 10), new Attribution(Leung, cue: "said"));
        var finding = Validate(Article(quotes: new[] { quote })).With(RuleCodes.QuoteTextMismatch).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[0].text");
        finding.Message.Should().Contain("does not appear word for word in paragraph 2");
    }

    [Fact]
    public void QuoteTextMismatch_StraightVersusCurlyMarks_NotReported()
    {
        const string Paragraph = "\u201cIt\u2019s the \u2018last\u2019 rise,\u201d Leung said.";
        const string Text = "It's the 'last' rise,";
        var quote = new Quote(Text, QuoteKind.Direct, 0, new TextRange(1, Text.Length), new Attribution(Leung, cue: "said"));
        var report = Validate(Article(body: new[] { Paragraph }, quotes: new[] { quote }));
        report.Contains(RuleCodes.QuoteTextMismatch).Should().BeFalse();
        report.Contains(RuleCodes.QuoteRangeMismatch).Should().BeFalse();
    }

    [Fact]
    public void QuoteTextMismatch_IndirectQuoteParaphrased_NotReported()
    {
        var quote = new Quote("fares would go up", QuoteKind.Indirect, 0, new TextRange(0, 5), new Attribution(Leung, cue: "said"));
        Validate(Article(quotes: new[] { quote })).Contains(RuleCodes.QuoteTextMismatch).Should().BeFalse();
    }

    [Fact]
    public void QuoteRangeOutside_FittingRange_NotReported()
    {
        // Constructors refuse a range outside its paragraph; raw JSON validation reports it (see the JSON tests).
        Validate(Article()).Contains(RuleCodes.QuoteRangeOutside).Should().BeFalse();
    }

    [Fact]
    public void QuoteRangeMismatch_RangeElsewhere_Reported()
    {
        var quote = DirectQuote();
        var moved = new Quote(quote.Text, quote.Kind, quote.Paragraph, new TextRange(0, quote.Text.Length), quote.Attribution);
        var finding = Validate(Article(quotes: new[] { moved })).With(RuleCodes.QuoteRangeMismatch).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[0].range");
        finding.Message.Should().Contain("[1..35)");
    }

    [Fact]
    public void QuoteRangeMismatch_RangeOnText_NotReported()
    {
        Validate(Article()).Contains(RuleCodes.QuoteRangeMismatch).Should().BeFalse();
    }

    [Fact]
    public void QuoteSpeakerUnknown_SpeakerNotInParties_ArticleRefusesIt()
    {
        // The model cannot hold such a quote (so no rule reports it); ValidateJson reports it from raw JSON.
        FluentActions.Invoking(() => Article(parties: new[] { Lam })).Should().Throw<System.ArgumentException>()
            .WithParameterName("quotes").WithMessage("*Margaret Leung*not among the article's parties*");
    }

    [Fact]
    public void QuoteSpeakerUnknown_SameNameOtherInstance_Accepted()
    {
        var copy = new Party("Margaret Leung", PartyKind.Person, "managing director");
        Validate(Article(parties: new[] { Lam, copy })).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void QuoteSpeakerUnresolved_Mention_WarningOnPublishInfoOnArchive()
    {
        var quote = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, Attribution.Unresolved("the spokeswoman", cue: "said"));
        var article = Article(quotes: new[] { DirectQuote(), quote });
        var finding = Validate(article).With(RuleCodes.QuoteSpeakerUnresolved).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[1].attribution.mention");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("Quote 2 (\"We held fares as long as we could,\") is attributed only to \"the spokeswoman\", which names none of the article's people or organisations; resolve it to the party who spoke.");
        Validate(article, ValidationProfile.Archive).With(RuleCodes.QuoteSpeakerUnresolved).Single().Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public void QuoteSourceAnonymous_AnonymousSource_ReportedAsInfo()
    {
        var quote = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, Attribution.Anonymous("a senior official familiar with the talks", cue: "said"));
        var report = Validate(Article(quotes: new[] { quote }));
        var finding = report.With(RuleCodes.QuoteSourceAnonymous).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[0].attribution.mention");
        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("anonymous source, \"a senior official familiar with the talk\u2026\"");
        report.Contains(RuleCodes.QuoteSpeakerUnresolved).Should().BeFalse();
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void QuoteSpeakerUnresolved_ResolvedSpeaker_NotReported()
    {
        var report = Validate(Article());
        report.Contains(RuleCodes.QuoteSpeakerUnresolved).Should().BeFalse();
        report.Contains(RuleCodes.QuoteSourceAnonymous).Should().BeFalse();
    }

    [Fact]
    public void QuoteRangeOutside_QuoteInABlockWithoutText_ReportedClearlyAndTextNotJudged()
    {
        var quote = new Quote("We held fares", QuoteKind.Direct, 2, new TextRange(0, 0), new Attribution(Leung, cue: "said"));
        var article = WithBlocks(new DividerBlock()).WithQuotes(new[] { quote });
        var report = Validate(article);
        var finding = report.With(RuleCodes.QuoteRangeOutside).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[0].paragraph");
        finding.Message.Should().Be("The quote stands in block 3 (a divider), which has no text of its own to quote from; point it at the block that prints its words.");
        report.Contains(RuleCodes.QuoteTextMismatch).Should().BeFalse();
        report.Contains(RuleCodes.QuoteRangeMismatch).Should().BeFalse();
    }

    [Fact]
    public void QuoteTextMismatch_QuoteInAListItem_CheckedAgainstTheBlocksPlainText()
    {
        var list = new ListBlock(new InlineText[] { "Fares rise 8 per cent", "\u201cWe held fares,\u201d she said" });
        int start = list.PlainText.IndexOf("We held", System.StringComparison.Ordinal);
        var right = new Quote("We held fares,", QuoteKind.Direct, 2, new TextRange(start, 14), new Attribution(Leung, cue: "said"));
        var wrong = new Quote("We froze fares,", QuoteKind.Direct, 2, new TextRange(start, 15), new Attribution(Leung, cue: "said"));
        var report = Validate(WithBlocks(list).WithQuotes(new[] { right, wrong }));
        var finding = report.With(RuleCodes.QuoteTextMismatch).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[1].text");
        finding.Message.Should().Contain("does not appear word for word in block 3 (a list)");
        report.Contains(RuleCodes.QuoteRangeMismatch).Should().BeFalse();
    }

    [Fact]
    public void QuoteCueMissing_PartialWithoutCue_Reported()
    {
        var quote = At(Paragraph0, "rise by 8 per cent", QuoteKind.Partial, new Attribution(Leung));
        var finding = Validate(Article(quotes: new[] { quote })).With(RuleCodes.QuoteCueMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[0].attribution.cue");
        finding.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void QuoteCueMissing_PartialWithCueOrDirectWithout_NotReported()
    {
        var partial = At(Paragraph0, "rise by 8 per cent", QuoteKind.Partial, new Attribution(Leung, cue: "said"));
        var direct = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, new Attribution(Leung));
        Validate(Article(quotes: new[] { partial, direct })).Contains(RuleCodes.QuoteCueMissing).Should().BeFalse();
    }

    [Fact]
    public void QuoteSpeakerConflict_SameWordsTwoSpeakers_Reported()
    {
        var first = DirectQuote();
        var second = DirectQuote(Lam);
        var finding = Validate(Article(parties: new[] { Leung, Lam }, quotes: new[] { first, second })).With(RuleCodes.QuoteSpeakerConflict).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[1].attribution.speaker");
        finding.Message.Should().Contain("Lam Chi-keung").And.Contain("Margaret Leung");
    }

    [Fact]
    public void QuoteSpeakerConflict_SameWordsSameSpeaker_NotReported()
    {
        Validate(Article(quotes: new[] { DirectQuote(), DirectQuote() })).Contains(RuleCodes.QuoteSpeakerConflict).Should().BeFalse();
    }

    [Fact]
    public void QuoteChannelUnknown_UncreditedAgency_ReportedAsWarning()
    {
        var quote = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, new Attribution(Leung, cue: "said", via: "Kyodo news agency"));
        var finding = Validate(Article(quotes: new[] { quote })).With(RuleCodes.QuoteChannelUnknown).Should().ContainSingle().Subject;
        finding.Path.Should().Be("quotes[0].attribution.via");
        finding.Severity.Should().Be(Severity.Warning);
    }

    [Theory]
    [InlineData("Kyodo news agency", "Kyodo")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("AP", "AP")]
    public void QuoteChannelUnknown_AgencyCredited_NotReported(string via, string credit)
    {
        var quote = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, new Attribution(Leung, cue: "said", via: via));
        var credits = new[] { new Credit("Jane Chan", PartyKind.Person, CreditRole.Author), new Credit(credit, PartyKind.Organisation, CreditRole.SourceAgency) };
        Validate(Article(quotes: new[] { quote }, credits: credits)).Contains(RuleCodes.QuoteChannelUnknown).Should().BeFalse();
    }

    [Fact]
    public void QuoteChannelUnknown_AgencyAmongOrganisations_NotReported()
    {
        var kyodo = new Party("Kyodo", PartyKind.Organisation);
        var quote = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, new Attribution(Leung, cue: "said", via: "Kyodo news agency"));
        Validate(Article(quotes: new[] { quote }, parties: new[] { Leung, kyodo })).Contains(RuleCodes.QuoteChannelUnknown).Should().BeFalse();
    }

    [Theory]
    [InlineData("government broadcaster RTHK")]
    [InlineData("a spokesman")]
    [InlineData("her apartment")]
    public void QuoteChannelUnknown_NotAnAgency_NotReported(string via)
    {
        var quote = new Quote(DirectQuote().Text, QuoteKind.Direct, 1, DirectQuote().Range, new Attribution(Leung, cue: "said", via: via));
        Validate(Article(quotes: new[] { quote })).Contains(RuleCodes.QuoteChannelUnknown).Should().BeFalse();
    }
}
