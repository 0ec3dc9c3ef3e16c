using System.Linq;
using CsCheck;
using NewsModel.Import;

namespace NewsModel.Tests.Import;

/// <summary>One line per quotation shape (issue 16): every quotation kept with the attribution the text supports,
/// speakers introduced anywhere, unnamed sources, the marks of other languages, and what is not a quote.</summary>
public class TextImporterQuoteShapesTest
{
    private static Quote Single(params string[] paragraphs) =>
        ImportTestKit.ImportBody(paragraphs).Quotes.Should().ContainSingle().Subject;

    private static Article ImportIn(string language, params string[] paragraphs)
    {
        var result = ImportTestKit.In(language).Import(ImportTestKit.PageHeaded("Ein Titel für den Test", paragraphs));
        result.Success.Should().BeTrue(result.Message);
        return result.Article!;
    }

    [Fact]
    public void Import_NameInASentenceWithoutMarks_PronounAfterItResolvesToTheName()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("Burton explained from a podium. \"I love cats,\" he said."));
        var quote = result.Article!.Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Should().Be(new Attribution(new Party("Burton", PartyKind.Person), "he", "said"));
        result.Report.Uncertainties.Should().Contain(u => u.Contains("taken as Burton", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PronounWithNoOneNamedBefore_KeptUnresolved()
    {
        var quote = Single("She said: \"This is a nicely structured quote.\"");
        quote.Text.Should().Be("This is a nicely structured quote.");
        quote.Attribution.Should().Be(Attribution.Unresolved("She", "said"));
    }

    [Fact]
    public void Import_UnnamedSourceBeforeTheCue_Anonymous()
    {
        Single("\"We will not stop,\" a senior official familiar with the talks said.")
            .Attribution.Should().Be(Attribution.Anonymous("a senior official familiar with the talks", "said"));
    }

    [Fact]
    public void Import_UnnamedSourceAfterTheCue_Anonymous()
    {
        Single("\"It is over,\" said one operative in the state.")
            .Attribution.Should().Be(Attribution.Anonymous("one operative in the state", "said"));
    }

    [Fact]
    public void Import_PluralOfPeopleBeforeTheCue_Anonymous()
    {
        Single("\"The road will reopen on Friday,\" officials said.")
            .Attribution.Should().Be(Attribution.Anonymous("officials", "said"));
    }

    [Fact]
    public void Import_DefiniteDescriptionWithNoOneBefore_KeptUnresolved()
    {
        Single("\"No comment,\" the spokesman said.").Attribution.Should().Be(Attribution.Unresolved("the spokesman", "said"));
    }

    [Fact]
    public void Import_TitledNameInAnEarlierParagraph_SurnameResolvesWithTheTitleAsRole()
    {
        var quote = Single(
            "Foreign Minister Wang Yi spoke to reporters in Beijing on Monday after a long meeting with his counterparts.",
            "\"Peace matters more than anything else we discussed today,\" Wang said at the end of the briefing.");
        quote.Attribution.Speaker.Should().Be(new Party("Wang Yi", PartyKind.Person, "Foreign Minister"));
        quote.Attribution.Mention.Should().Be("Wang");
    }

    [Fact]
    public void Import_AppositiveBeforeAColon_RoleFromTheAppositive()
    {
        var quote = Single("Song Il-ho, North Korea's ambassador for normalisation talks, replied: \"We are ready.\"");
        quote.Attribution.Speaker.Should().Be(new Party("Song Il-ho", PartyKind.Person, "North Korea's ambassador for normalisation talks"));
        quote.Attribution.Cue.Should().Be("replied");
    }

    [Fact]
    public void Import_CueBeforeWithColon_Direct()
    {
        var quote = Single("Jane Doe said: \"The plan works.\"");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Attribution.Speaker!.Name.Should().Be("Jane Doe");
    }

    [Fact]
    public void Import_CueAfterWithSubjectFirst_Direct()
    {
        Single("\"The plan works,\" Jane Doe said.").Attribution.Speaker!.Name.Should().Be("Jane Doe");
    }

    [Fact]
    public void Import_CueAfterWithSubjectInverted_Direct()
    {
        Single("\"The plan works,\" said Jane Doe.").Attribution.Speaker!.Name.Should().Be("Jane Doe");
    }

    [Fact]
    public void Import_SplitQuote_BothPartsBySameSpeaker()
    {
        var article = ImportTestKit.ImportBody(
            "Jane Doe spoke first at the meeting of the harbour committee on Monday evening.",
            "\"The first part,\" she said, \"and the second part.\"");
        article.Quotes.Select(q => q.Text).Should().Equal("The first part", "and the second part.");
        article.Quotes.Should().OnlyContain(q => q.Attribution.Speaker!.Name == "Jane Doe" && q.Attribution.Mention == "she");
    }

    [Fact]
    public void Import_QuoteRunningOverTwoParagraphs_SecondParagraphContinuesTheSpeaker()
    {
        var article = ImportTestKit.ImportBody(
            "Jane Doe said: \"We started in March and we were not ready for what the harbour would ask of us.",
            "\"Now we are, and the crews know every pier and every timetable by heart.\"");
        article.Quotes.Should().HaveCount(2);
        article.Quotes.Should().OnlyContain(q => q.Attribution.Speaker!.Name == "Jane Doe");
    }

    [Fact]
    public void Import_NestedQuote_OuterQuotationIsTheQuote()
    {
        var quote = Single("\"He told me 'never again' and left the room,\" said Jane Doe.");
        quote.Text.Should().Be("He told me 'never again' and left the room");
    }

    [Fact]
    public void Import_PartialQuoteInReportedSpeech_PartialBySubject()
    {
        var quote = Single("Jane Doe called the timing \"deeply unfortunate\" in a statement.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Text.Should().Be("deeply unfortunate");
        quote.Attribution.Cue.Should().Be("called");
    }

    [Fact]
    public void Import_AsSomeonePutIt_PartialQuoteWithThatCue()
    {
        var quote = Single("Their opposition to \"the collective society,\" as Margaret Thatcher put it, had consequences.");
        quote.Text.Should().Be("the collective society");
        quote.Attribution.Speaker!.Name.Should().Be("Margaret Thatcher");
        quote.Attribution.Cue.Should().Be("put it");
    }

    [Theory]
    [InlineData("“The plan works,” said Jane Doe.")]
    [InlineData("\"The plan works\", said Jane Doe.")]
    [InlineData("«The plan works», said Jane Doe.")]
    [InlineData("»The plan works«, said Jane Doe.")]
    [InlineData("„The plan works“, said Jane Doe.")]
    [InlineData("‚The plan works‘, said Jane Doe.")]
    [InlineData("‹The plan works›, said Jane Doe.")]
    [InlineData("「The plan works」, said Jane Doe.")]
    [InlineData("『The plan works』, said Jane Doe.")]
    [InlineData("‘The plan works,’ said Jane Doe.")]
    public void Import_QuotationMarksOfOtherLanguages_Paired(string paragraph)
    {
        var quote = Single(paragraph);
        quote.Text.Should().Be("The plan works");
        quote.Attribution.Speaker!.Name.Should().Be("Jane Doe");
    }

    [Fact]
    public void Import_ScareQuoteAfterSoCalled_NotAQuote()
    {
        ImportTestKit.ImportBody("The so-called \"peace dividend\" never arrived, Jane Doe said.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Import_TitleOfAWorkInMarks_NotAQuote()
    {
        ImportTestKit.ImportBody("Jane Doe said she watched \"The Godfather Part Two\" twice.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Import_OneQuotedWordWithNoOneSpeaking_NotAQuote()
    {
        ImportTestKit.ImportBody("The \"plan\" was late again this week, and the harbour board did not meet.").Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Import_OneQuotedWordSomeoneIsSaidToHaveUsed_PartialQuote()
    {
        var quote = Single("The incident is \"regrettable\" although the hospital has enough masks, an official said.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Text.Should().Be("regrettable");
        quote.Attribution.Should().Be(Attribution.Anonymous("an official", "said"));
    }

    [Fact]
    public void Import_PronounOfTheOtherSex_SkipsToTheNearestCompatibleAntecedent()
    {
        var quote = Single("Mr Tom Lee met Mrs Ann Park at the hearing.", "\"It was fine,\" he said.");
        quote.Attribution.Speaker!.Name.Should().Be("Tom Lee");
    }

    [Fact]
    public void Import_QuoteParagraphWithoutAnyAttribution_ContinuesTheSpeakerBefore()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("\"We are ready,\" said Jane Doe.", "\"We have been ready for years.\""));
        result.Article!.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Attribution.Speaker!.Name == "Jane Doe");
        result.Report.Uncertainties.Should().Contain(u => u.Contains("the speaker of the quotation just before it", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Import_QuoteWithNoOneToAttributeItTo_LeftOutWithALineInTheReport()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("\"Nobody is named anywhere in this text.\""));
        result.Article!.Quotes.Should().BeEmpty();
        result.Report.Uncertainties.Should().ContainSingle(u => u.Contains("left out", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Import_FrenchInvertedCueAfterGuillemets_SpeakerAndCue()
    {
        var quote = ImportIn("fr", "« Nous sommes prêts », a déclaré Emmanuel Macron.").Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Nous sommes prêts");
        quote.Attribution.Should().Be(new Attribution(new Party("Emmanuel Macron", PartyKind.Person), null, "déclaré"));
    }

    [Fact]
    public void Import_FrenchSelon_SourceAfterIt()
    {
        var quote = ImportIn("fr", "La situation est « très grave », selon Jean Dupont.").Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Speaker!.Name.Should().Be("Jean Dupont");
        quote.Attribution.Cue.Should().Be("selon");
    }

    [Fact]
    public void Import_GermanLowNineMarksAndInvertedCue_SpeakerAndCue()
    {
        var quote = ImportIn("de", "„Wir schaffen das“, sagte Angela Merkel.").Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Wir schaffen das");
        quote.Attribution.Should().Be(new Attribution(new Party("Angela Merkel", PartyKind.Person), null, "sagte"));
    }

    [Fact]
    public void Import_GermanPronoun_ResolvesToTheNearestPerson()
    {
        var article = ImportIn("de", "„Wir schaffen das“, sagte Angela Merkel.", "„Es wird schwer“, sagte sie.");
        article.Quotes.Should().HaveCount(2);
        article.Quotes[1].Attribution.Should().Be(new Attribution(new Party("Angela Merkel", PartyKind.Person), "sie", "sagte"));
    }

    [Fact]
    public void Import_FrenchInciseInsideGuillemets_TwoPartsBySpeaker()
    {
        var article = ImportIn("fr", "« Nous continuerons, a déclaré Jean Dupont, mais pas seuls et pas tout de suite. »");
        article.Quotes.Select(q => q.Text).Should().Equal("Nous continuerons", "mais pas seuls et pas tout de suite.");
        article.Quotes.Should().OnlyContain(q => q.Attribution.Speaker!.Name == "Jean Dupont" && q.Attribution.Cue == "déclaré");
    }

    [Fact]
    public void Import_SpanishInciseBetweenDashes_TwoPartsBySpeaker()
    {
        var article = ImportIn("es", "«Es un día triste —dijo Ana López—, pero seguiremos trabajando en el puerto.»");
        article.Quotes.Select(q => q.Text).Should().Equal("Es un día triste", "pero seguiremos trabajando en el puerto.");
        article.Quotes.Should().OnlyContain(q => q.Attribution.Speaker!.Name == "Ana López" && q.Attribution.Cue == "dijo");
    }

    [Fact]
    public void Import_FrenchInvertedPronoun_ResolvesToTheNearestPerson()
    {
        var article = ImportIn("fr",
            "Marie Dupont, directrice du port, a présenté le nouveau plan des tarifs lundi matin.",
            "« Nous sommes prêts pour la saison », explique-t-elle.");
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Should().Be(new Attribution(article.Parties.Single(), "elle", "explique"));
        quote.Attribution.Speaker!.Name.Should().Be("Marie Dupont");
    }

    [Fact]
    public void Import_EnglishQuoteWithCommasInside_NotTakenForAnIncise()
    {
        var quote = Single("\"We will go on, said the old song, and we did,\" Jane Doe said.");
        quote.Text.Should().Be("We will go on, said the old song, and we did");
        quote.Attribution.Speaker!.Name.Should().Be("Jane Doe");
    }

    [Fact]
    public void Import_SpanishSegun_SourceAfterIt()
    {
        var quote = ImportIn("es", "El plan es «muy malo», según María López.").Quotes.Should().ContainSingle().Subject;
        quote.Attribution.Speaker!.Name.Should().Be("María López");
        quote.Attribution.Cue.Should().Be("según");
    }

    [Fact]
    public void Import_ParticipleCueAfterItsSubject_PartialByThatSubject()
    {
        var quote = Single("Videos on social media showed protesters chanting \u201cMacron resign\u201d outside the theatre.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Attribution.Should().Be(Attribution.Anonymous("protesters", "chanting"));
    }

    [Fact]
    public void Import_TimeBetweenSubjectAndCue_SubjectStillFound()
    {
        var quote = Single("Microsoft last week announced a plan to become \u201ccarbon negative\u201d by 2030.");
        quote.Attribution.Speaker!.Name.Should().Be("Microsoft");
        quote.Attribution.Cue.Should().Be("announced");
    }

    [Fact]
    public void Import_AppositiveOpeningWithAPreposition_IsNoRole()
    {
        var quote = Single("Google, for example, claims \u201czero net carbon emissions\u201d for its data centres.");
        quote.Attribution.Speaker!.Name.Should().Be("Google");
        quote.Attribution.Speaker.Role.Should().BeNull();
    }

    [Fact]
    public void Import_PluralOfPeopleOpeningTheSentence_AnonymousThoughCapitalised()
    {
        Single("Critics argue that this is \u201cneoliberal identity politics\u201d and nothing more.")
            .Attribution.Should().Be(Attribution.Anonymous("Critics", "argue"));
    }

    [Fact]
    public void Import_TitleWithAnOwnerAndAComplement_UnresolvedDescriptionNotTheNearestPerson()
    {
        var quote = Single(
            "Prime Minister Gordon Brown spoke in London on Tuesday.",
            "The Labour Party\u2019s chancellor of the Exchequer said the cuts would be \u201cdeeper and tougher\u201d than before.");
        quote.Attribution.Should().Be(Attribution.Unresolved("The Labour Party\u2019s chancellor of the Exchequer", "said"));
    }

    [Fact]
    public void Import_TitledNameInThePossessive_NameWithoutThePossessive()
    {
        var quote = Single(
            "President Barack Obama\u2019s advisers shrank the stimulus package in 2009.",
            "\"It was never going to be enough,\" he said.");
        quote.Attribution.Speaker.Should().Be(new Party("Barack Obama", PartyKind.Person, "President"));
    }
}

/// <summary>The quote reader's work stays linear in the text: many distinct people, pronouns that fit none of them,
/// long paragraphs of quotes and names.</summary>
[Collection(NewsModel.Tests.Infrastructure.Scaling.Collection)]
public class TextImporterQuoteScalingTest
{
    /// <summary>A distinct capitalised word for each number: "Ba", "Bb", ... "Cba".</summary>
    private static string Name(int i)
    {
        var letters = new System.Text.StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return "B" + letters;
    }

    [Fact]
    public void Import_ManyPeopleAndPronounsOfTheOtherSex_ScalesLinearly() =>
        NewsModel.Tests.Infrastructure.Scaling.IsLinear(
            n => ImportTestKit.Page(Enumerable.Range(0, n).Select(i =>
                $"Mr Tom {Name(i)} met the harbour board on Monday to talk about the ferry fares. \"It was fine, and we will meet again,\" she said.").ToArray()),
            text => ImportTestKit.Scmp.Import(text),
            n: 40);

    [Fact]
    public void Import_OneLongParagraphOfQuotesAndNames_ScalesLinearly() =>
        NewsModel.Tests.Infrastructure.Scaling.IsLinear(
            n => ImportTestKit.Page(string.Concat(Enumerable.Range(0, n).Select(i =>
                $"Foreign Minister Wang {Name(i)} spoke in Beijing. \"Peace matters,\" {Name(i)} said, \"and so do fares,\" a senior official familiar with the talks added. "))),
            text => ImportTestKit.Scmp.Import(text),
            n: 40);
}

/// <summary>Quotations in a headline are reported, never attributed.</summary>
public class TextImporterHeadlineQuoteTest
{
    /// <summary>A body paragraph with no quotation.</summary>
    internal const string Fares = "Fares on the harbour ferries will rise by 8 per cent from next month, the operator said on Monday.";

    [Theory]
    [InlineData("Mother of 'Bubbly' girl speaks at inquest", "Bubbly")]
    [InlineData("Minister calls fares rise “deeply unfortunate”", "deeply unfortunate")]
    [InlineData("'We will not stop', says ferry operator", "We will not stop")]
    public void Import_QuotationInTheHeadline_ReportedNotAttributed(string headline, string quoted)
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.PageHeaded(headline, Fares));
        result.Article!.Quotes.Should().BeEmpty();
        result.Report.Uncertainties.Should().ContainSingle(u => u.Contains("headline quotes \"" + quoted + "\"", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ApostrophesInTheHeadline_NoQuotationReported()
    {
        var page = ImportTestKit.PageHeaded("Harbour's ferries and the operators' plans for '90s fares", Fares);
        ImportTestKit.Scmp.Import(page).Report.Uncertainties.Should().NotContain(u => u.Contains("headline quotes", System.StringComparison.Ordinal));
    }
}

/// <summary>Pages made of quotation pieces in every shape and language the reader knows: the import never throws, and
/// every quote it keeps is the text its range points at.</summary>
public class TextImporterQuotePropertyTest
{
    private static readonly CsCheck.Gen<(string Open, string Close)> Marks = CsCheck.Gen.OneOf(
        ("\"", "\""), ("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("‹", "›"), ("‚", "‘"), ("‘", "’"), ("「", "」"),
        ("『", "』"), ("'", "'"), ("“", ""), ("", "”"), ("«", "»"), ("\"", "”"));

    private static readonly CsCheck.Gen<string> Word = CsCheck.Gen.OneOf(
        "we", "will", "not", "stop", "it", "was", "fine", "the", "plan", "don’t", "'90s", "Harbour's", "é", "中文", "\U0001F600",
        "so-called", "peace", "dividend", "Wang", "ferry", "fares", ",", ".", "—", "'", "’", "\"");

    private static readonly CsCheck.Gen<string> Cue = CsCheck.Gen.OneOf(
        "said", "says", "told reporters", "added", "according to", "as", "put it", "selon", "a déclaré", "sagte", "laut",
        "dijo", "según", "explained", "warned:");

    private static readonly CsCheck.Gen<string> Speaker = CsCheck.Gen.OneOf(
        "he", "she", "He", "She", "they", "il", "elle", "er", "sie", "Jane Doe", "Mr Tom Lee", "Mrs Ann Park",
        "Foreign Minister Wang Yi", "Michael R. Bloomberg", "Bloomberg", "Reuters", "a senior official familiar with the talks",
        "officials", "the spokesman", "der Sprecher", "un porte-parole", "una fuente", "a source close to Macron",
        "the former mayor", "Song Il-ho, North Korea's ambassador,", "Ana Sofia Cardenal", "Hart Island");

    /// <summary>A sentence with a quotation: the quote first or last, the speaker before or after the cue, marks of
    /// any style (some unpaired).</summary>
    private static readonly CsCheck.Gen<string> Sentence = CsCheck.Gen.Select(Marks, Word.Array[1, 12], Cue, Speaker, CsCheck.Gen.Int[0, 3])
        .Select((marks, words, cue, speaker, order) =>
        {
            string quote = marks.Open + string.Join(" ", words) + marks.Close;
            return order switch
            {
                0 => $"{quote}, {speaker} {cue}.",
                1 => $"{quote}, {cue} {speaker}.",
                2 => $"{speaker} {cue}: {quote}",
                _ => $"{speaker} {cue} the timing {quote} in a statement on Monday.",
            };
        });

    private static readonly CsCheck.Gen<string> Paragraph = Sentence.Array[1, 4].Select(sentences => string.Join(" ", sentences));

    [Fact]
    public void Import_PagesOfQuotationPieces_NeverThrowAndQuotesMatchTheirRanges()
    {
        var languages = new[] { "en", "fr", "de", "es", "ja" };
        int quotes = 0;
        CsCheck.Gen.Select(Sentence, Paragraph.Array[1, 6], CsCheck.Gen.Int[0, languages.Length - 1]).Sample((headline, paragraphs, language) =>
        {
            var page = ImportTestKit.PageHeaded("Ferry fares 'to rise' " + headline, [TextImporterHeadlineQuoteTest.Fares, .. paragraphs]);
            var result = ImportTestKit.In(languages[language]).Import(page);
            if (result.Article is not { } article)
            {
                return true;
            }
            System.Threading.Interlocked.Add(ref quotes, article.Quotes.Length);
            return article.Quotes.All(q => System.MemoryExtensions.SequenceEqual(q.Range.Slice(article.Body[q.Paragraph]), q.Text));
        }, iter: 1_500);
        quotes.Should().BeGreaterThan(100, "the pieces make quotations, so the property is tested on some");
    }
}
