using System;
using System.Linq;
using System.Text.Json;
using NewsModel.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests;

/// <summary>
/// The model's acceptance test: the real SCMP article, built from the corpus text at run time, holds its
/// hand-checked reading without loss.
/// </summary>
public class ScmpArticleAcceptanceTest
{
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    [SharedDataFact]
    public void Timeline_ScmpStamps_MatchHandCheckedInstantsZonesAndPrintedText()
    {
        var article = CorpusArticles.Scmp();
        using var expected = CorpusArticles.ReadScmpExpected();
        AssertMoment(article.Timeline.Published!, expected.RootElement.GetProperty("published"));
        AssertMoment(article.Timeline.Updated!, expected.RootElement.GetProperty("updated"));
        article.Timeline.Published!.Utc.ToString("uuuu-MM-dd'T'HH:mm", null).Should().Be("2014-03-30T21:31");
        article.Timeline.Updated!.Utc.LocalDateTime.Should().Be(new LocalDateTime(2014, 3, 31, 9, 9));
    }

    [SharedDataFact]
    public void Body_ScmpArticle_HoldsTheEightHandCheckedParagraphs()
    {
        var article = CorpusArticles.Scmp();
        using var expected = CorpusArticles.ReadScmpExpected();
        var paragraphs = expected.RootElement.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString()).ToArray();
        article.Body.Should().HaveCount(8).And.Equal(paragraphs);
        article.Headline.Should().Be(expected.RootElement.GetProperty("headline").GetString());
        var boilerplate = expected.RootElement.GetProperty("boilerplate").GetProperty("must_not_appear_in_body").EnumerateArray().Select(b => b.GetString()!);
        foreach (var phrase in boilerplate)
        {
            article.Body.Should().NotContain(p => p.Contains(phrase, StringComparison.Ordinal));
        }
    }

    [SharedDataFact]
    public void Quotes_ScmpArticle_HoldSpeakersRolesCuesAndAgency()
    {
        var article = CorpusArticles.Scmp();
        using var expected = CorpusArticles.ReadScmpExpected();
        var quotes = expected.RootElement.GetProperty("quotes").EnumerateArray().ToArray();
        article.Quotes.Should().HaveCount(4);
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = article.Quotes[i];
            var e = quotes[i];
            q.Kind.ToString().ToLowerInvariant().Should().Be(e.GetProperty("kind").GetString());
            q.Paragraph.Should().Be(e.GetProperty("paragraph").GetInt32());
            q.Text.Should().Be(e.GetProperty("text").GetString());
            q.Range.Slice(article.Body[q.Paragraph]).ToString().Should().Be(q.Text, "the range points at the quote's text in its paragraph");
            q.Attribution.Speaker!.Name.Should().Be(e.GetProperty("speaker").GetString());
            q.Attribution.PrintedMention.Should().Be(e.GetProperty("speaker_mention").GetString());
            q.Attribution.Cue.Should().Be(e.GetProperty("cue").GetString());
            q.Attribution.Via.Should().Be(e.GetProperty("via").GetString());
            article.Parties.Should().Contain(q.Attribution.Speaker, "every speaker is among the article's people");
        }
        article.Quotes[0].Attribution.Speaker!.Role.Should().Be(quotes[0].GetProperty("role").GetString());
        article.Quotes[0].Attribution.Speaker!.Affiliation.Should().Be("Japanese Foreign Ministry");
        article.Quotes[1].Attribution.Speaker!.Role.Should().Be(quotes[1].GetProperty("role").GetString());
        article.Quotes[2].Attribution.Speaker!.Should().Be(article.Quotes[1].Attribution.Speaker, "\"Song\" is Song Il-ho");
    }

    [SharedDataFact]
    public void Credits_ScmpArticle_HoldTheAssociatedPressAdditionalReporting()
    {
        var article = CorpusArticles.Scmp();
        using var expected = CorpusArticles.ReadScmpExpected();
        var credit = expected.RootElement.GetProperty("credits")[0];
        article.Credits.Should().ContainSingle();
        article.Credits[0].Name.Should().Be(credit.GetProperty("name").GetString());
        article.Credits[0].Role.Should().Be(CreditRole.AdditionalReporting);
        article.Credits[0].Kind.Should().Be(PartyKind.Organisation);
        article.Credits[0].Printed.Should().Be(credit.GetProperty("printed").GetString());
        article.Dateline.Should().BeNull();
        article.Language.Should().Be("en");
        article.Publication.Zone.Id.Should().Be("Asia/Hong_Kong");
    }

    [SharedDataFact]
    public void Equals_ScmpArticleBuiltTwice_IsEqualWithEqualHash()
    {
        var first = CorpusArticles.Scmp();
        var second = CorpusArticles.Scmp();
        EqualityAssert.Contract(first, second, first.WithHeadline(first.Headline + "!"), first.WithQuotes(first.Quotes.RemoveAt(3)));
    }

    private static void AssertMoment(Moment moment, JsonElement expected)
    {
        moment.Printed.Should().Be(expected.GetProperty("printed").GetString());
        moment.Zone.Id.Should().Be(expected.GetProperty("zone").GetString());
        InstantText.Format(moment.Instant).Should().Be(expected.GetProperty("instant").GetString());
        LocalDateTimePattern.ExtendedIso.Format(moment.LocalDateTime).Should().Be(expected.GetProperty("local").GetString());
        moment.Offset.ToString("m", null).Should().Be(expected.GetProperty("offset").GetString());
        moment.ToString().Should().StartWith(expected.GetProperty("rfc9557").GetString());
    }
}
