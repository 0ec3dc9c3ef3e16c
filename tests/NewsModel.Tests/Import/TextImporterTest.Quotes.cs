using System.Linq;

namespace NewsModel.Tests.Import;

/// <summary>Quote patterns: cue positions, roles, split and continued quotes, partial quotes, channels,
/// surnames and pronouns, quotation-mark styles, and quoted phrases that are not quotes.</summary>
public partial class TextImporterTest
{
    private static void AssertRangesPointAtText(Article article)
    {
        foreach (var q in article.Quotes)
        {
            q.Range.Slice(article.Body[q.Paragraph]).ToString().Should().Be(q.Text);
        }
    }

    [Fact]
    public void Import_SaidAfterSpeakerWithRoleAfterQuote_DirectQuoteWithRoleAndAffiliation()
    {
        var article = ImportTestKit.ImportBody(
            "\"The bridge will open on time,\" said Jane Smith, a spokeswoman for the Highways Department.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().Be("The bridge will open on time");
        quote.Attribution.Cue.Should().Be("said");
        quote.Attribution.Speaker!.Should().Be(new Party("Jane Smith", PartyKind.Person, "a spokeswoman for the Highways Department", "Highways Department"));
        AssertRangesPointAtText(article);
    }

    [Theory]
    [InlineData("told")]
    [InlineData("added")]
    [InlineData("insisted")]
    [InlineData("warned")]
    [InlineData("replied")]
    public void Import_CueVerbAndColonBeforeQuote_DirectQuote(string cue)
    {
        var article = ImportTestKit.ImportBody($"Michael Brown {cue}: \"We are ready for the opening.\"");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().Be("We are ready for the opening.");
        quote.Attribution.Speaker!.Name.Should().Be("Michael Brown");
        quote.Attribution.Cue.Should().Be(cue);
        AssertRangesPointAtText(article);
    }

    [Fact]
    public void Import_QuestionThenAskedSpeaker_DirectQuoteKeepsQuestionMark()
    {
        var article = ImportTestKit.ImportBody("\"Why does the tunnel need to close again?\" asked Peter Chan, a lawmaker.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Why does the tunnel need to close again?");
        quote.Attribution.Cue.Should().Be("asked");
        quote.Attribution.Speaker!.Name.Should().Be("Peter Chan");
        quote.Attribution.Speaker!.Role.Should().Be("a lawmaker");
    }

    [Fact]
    public void Import_SplitQuote_BothPartsShareTheAttribution()
    {
        var article = ImportTestKit.ImportBody(
            "\"We have done everything we can,\" Jane Smith said. \"The rest is up to the contractors.\"");
        article.Quotes.Should().HaveCount(2);
        article.Quotes.Select(q => q.Text).Should().Equal("We have done everything we can", "The rest is up to the contractors.");
        article.Quotes.Should().OnlyContain(q => q.Attribution.Speaker!.Name == "Jane Smith" && q.Kind == QuoteKind.Direct);
        AssertRangesPointAtText(article);
    }

    [Fact]
    public void Import_QuoteContinuingOverParagraphs_EachPartIsAttributedInItsParagraph()
    {
        var article = ImportTestKit.ImportBody(
            "Jane Smith, the director of highways, said: \"The first phase is finished and the second is on schedule.",
            "\"We expect the whole tunnel to reopen by the end of the year.\"",
            "Work will continue at night to keep the road open during the day.");
        article.Quotes.Should().HaveCount(2);
        article.Quotes[0].Paragraph.Should().Be(0);
        article.Quotes[0].Text.Should().Be("The first phase is finished and the second is on schedule.");
        article.Quotes[1].Paragraph.Should().Be(1);
        article.Quotes[1].Text.Should().Be("We expect the whole tunnel to reopen by the end of the year.");
        article.Quotes[1].Attribution.Should().Be(article.Quotes[0].Attribution);
        AssertRangesPointAtText(article);
    }

    [Fact]
    public void Import_PartialQuoteInReportedSpeech_IsPartialWithSurnameResolved()
    {
        var article = ImportTestKit.ImportBody(
            "\"We are confident,\" Peter Chan, the transport minister, said.",
            "Chan expressed hope that the new tolls would push traffic \"in a sensible direction\".");
        article.Quotes.Should().HaveCount(2);
        var partial = article.Quotes[1];
        partial.Kind.Should().Be(QuoteKind.Partial);
        partial.Text.Should().Be("in a sensible direction");
        partial.Attribution.Speaker!.Name.Should().Be("Peter Chan");
        partial.Attribution.Mention.Should().Be("Chan");
        partial.Attribution.Cue.Should().Be("expressed hope");
        article.Parties.Should().ContainSingle();
        AssertRangesPointAtText(article);
    }

    [Fact]
    public void Import_PronounAfterNamedSpeaker_ResolvesToThatSpeaker()
    {
        var article = ImportTestKit.ImportBody(
            "\"The numbers speak for themselves,\" said Mary Wong, who chairs the committee.",
            "She added: \"We will publish them every month.\"");
        article.Quotes.Should().HaveCount(2);
        article.Quotes[1].Attribution.Speaker!.Name.Should().Be("Mary Wong");
        article.Quotes[1].Attribution.Mention.Should().Be("She");
        article.Quotes[1].Attribution.Cue.Should().Be("added");
        article.Quotes[0].Attribution.Speaker!.Role.Should().BeNull("a relative clause is not a role");
    }

    [Fact]
    public void Import_TitleBeforeName_TitleBecomesRoleAndLaterSurnameResolves()
    {
        var article = ImportTestKit.ImportBody(
            "Transport Secretary Grant Shapps said on Twitter: \"The latest data means we must act.\"",
            "Mr Shapps said: \"This will be reviewed weekly.\"");
        article.Quotes.Should().HaveCount(2);
        article.Quotes[0].Attribution.Speaker!.Should().Be(new Party("Grant Shapps", PartyKind.Person, "Transport Secretary"));
        article.Quotes[1].Attribution.Speaker!.Name.Should().Be("Grant Shapps");
        article.Quotes[1].Attribution.Mention.Should().Be("Shapps");
    }

    [Fact]
    public void Import_AccordingTo_SpeakerAfterTheCue()
    {
        var article = ImportTestKit.ImportBody("\"The tunnel is safe to use,\" according to the Highways Department.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Cue.Should().Be("according to");
        quote.Attribution.Speaker!.Name.Should().Be("Highways Department");
        quote.Attribution.Speaker!.Kind.Should().Be(PartyKind.Organisation);
    }

    [Fact]
    public void Import_AgencyAlone_IsTheSpeaker()
    {
        var article = ImportTestKit.ImportBody("\"The talks will resume next week,\" Kyodo news agency said.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Speaker!.Name.Should().Be("Kyodo news agency");
        quote.Attribution.Speaker!.Kind.Should().Be(PartyKind.Organisation);
        quote.Attribution.Via.Should().BeNull();
    }

    [Fact]
    public void Import_AgencyReportingASpeaker_AgencyIsTheChannel()
    {
        var article = ImportTestKit.ImportBody(
            "\"We will not pay,\" said David Lee, a driver.",
            "Lee said the new tolls would \"hurt every family\", Reuters reported.");
        var quote = article.Quotes[1];
        quote.Attribution.Speaker!.Name.Should().Be("David Lee");
        quote.Attribution.Via.Should().Be("Reuters");
        article.Parties.Should().NotContain(p => p.Name == "Reuters");
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("«", "»")]
    [InlineData("„", "“")]
    [InlineData("「", "」")]
    [InlineData("\"", "\"")]
    [InlineData("‘", "’")]
    public void Import_QuotationMarkStyles_AreRecognised(string open, string close)
    {
        var article = ImportTestKit.ImportBody($"{open}The plan is ready,{close} Jane Smith said.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("The plan is ready");
        quote.Attribution.Speaker!.Name.Should().Be("Jane Smith");
        AssertRangesPointAtText(article);
    }

    [Fact]
    public void Import_SingleCurlyMarksWithApostrophes_QuoteEndsAtTheClosingMarkNotAtAnApostrophe()
    {
        var article = ImportTestKit.ImportBody("‘We don’t expect the fares to rise before April,’ said Jane Smith, the operator’s spokeswoman.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().Be("We don’t expect the fares to rise before April");
        quote.Attribution.Speaker!.Name.Should().Be("Jane Smith");
        AssertRangesPointAtText(article);
    }

    [Fact]
    public void Import_SingleMarksInsideDoubleMarks_OnlyTheOuterQuotationIsAQuote()
    {
        var article = ImportTestKit.ImportBody("“They told us, ‘Wait for the new timetable,’ and we waited,” Peter Chan said.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("They told us, ‘Wait for the new timetable,’ and we waited");
        quote.Attribution.Speaker!.Name.Should().Be("Peter Chan");
    }

    [Theory]
    [InlineData("The ferry’s owners said fares would rise in April after the operators’ talks with the government.")]
    [InlineData("Rock ‘n’ roll played on the pier while the operators’ staff said fares would rise in April.")]
    [InlineData("In the ‘90s the operators said the fares would rise every April, the report found.")]
    public void Import_ApostrophesAndElisions_AreNotQuotes(string paragraph)
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page(paragraph));
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Import_ScareQuotesAndTitles_AreNotQuotes()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page(
            "Officials described the so-called \"reset\" of the toll system as a routine matter for the department.",
            "Many drivers watched the film \"Little America\" during the long queues at the tunnel entrance, Smith said."));
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Import_QuoteWithoutAnySpeaker_IsLeftOutAndReported()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("\"Nobody knows when the tunnel will reopen.\""));
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Quotes.Should().BeEmpty();
        result.Report.Uncertainties.Should().Contain(u => u.Contains("without a speaker", System.StringComparison.Ordinal) && u.StartsWith("Line 5:", System.StringComparison.Ordinal));
    }
}

/// <summary>Speakers introduced or described rather than named with a cue.</summary>
public partial class TextImporterTest
{
    [Fact]
    public void Import_PersonIntroducedWithAppositive_PronounResolvesToTheLatestPerson()
    {
        var article = ImportTestKit.ImportBody(
            "Brian Kamau said: \"Unemployed youth is an untapped resource.\"",
            "Hafiz, from Pakistan, has built water purification kits for refugee camps across the region.",
            "He said: \"This award is an encouragement to continue.\"");
        article.Quotes.Should().HaveCount(2);
        article.Quotes[1].Attribution.Speaker!.Name.Should().Be("Hafiz");
        article.Quotes[1].Attribution.Mention.Should().Be("He");
        article.Parties.Select(p => p.Name).Should().Equal("Brian Kamau", "Hafiz");
    }

    [Fact]
    public void Import_UnnamedSource_AnonymousWithTheDescription()
    {
        var article = ImportTestKit.ImportBody("\"The couple left the venue by car around 10pm,\" a source close to Macron said.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Should().Be(Attribution.Anonymous("a source close to Macron", "said"));
        article.Parties.Should().BeEmpty();
    }

    [Fact]
    public void Import_HyphenatedTitleBeforeName_TitleIsTheRoleAndRelativeClauseIsNot()
    {
        var article = ImportTestKit.ImportBody(
            "Commonwealth Secretary-General Patricia Scotland, who presented the awards, said: \"We received nominations from 40 countries.\"");
        article.Quotes.Should().ContainSingle().Which.Attribution.Speaker!.Should().Be(
            new Party("Patricia Scotland", PartyKind.Person, "Commonwealth Secretary-General"));
    }
}

/// <summary>Definite descriptions and sentence adverbs.</summary>
public partial class TextImporterTest
{
    [Fact]
    public void Import_DefiniteDescriptionAfterNamedSpeaker_ResolvesToThatSpeaker()
    {
        var article = ImportTestKit.ImportBody(
            "\"The industry needs help now,\" said Chris Grayling.",
            "Chicago, meanwhile, imposed a curfew on alcohol sales from 21:00 local time on Thursday.",
            "Speaking in the Commons, the Conservative MP said: \"There are ways to get part of it going again.\"");
        article.Quotes.Should().HaveCount(2);
        article.Quotes[1].Attribution.Speaker!.Name.Should().Be("Chris Grayling");
        article.Quotes[1].Attribution.Mention.Should().Be("the Conservative MP");
        article.Parties.Select(p => p.Name).Should().Equal("Chris Grayling");
    }
}
