using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NewsModel.Tests.Infrastructure;
using NewsModel.Validation;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace NewsModel.Tests.Validation;

/// <summary>The real SCMP article, built at run time from the corpus text and its hand-checked reading.</summary>
public class ScmpArticleValidationTest
{
    private const string Corpus = "corpus/scmp-2014-03-31-japan-north-korea-talks";

    internal static Article BuildScmp()
    {
        var text = SharedData.ReadText(Corpus + ".txt");
        using var doc = JsonDocument.Parse(SharedData.ReadText(Corpus + ".expected.json"));
        var root = doc.RootElement;
        var pub = root.GetProperty("publication");
        var zone = DateTimeZoneProviders.Tzdb[pub.GetProperty("time_zone").GetString()!];
        var publication = new Publication(pub.GetProperty("name").GetString()!, zone, pub.GetProperty("short_name").GetString());

        Moment ReadMoment(string name)
        {
            var m = root.GetProperty(name);
            var instant = InstantPattern.ExtendedIso.Parse(m.GetProperty("instant").GetString()!).Value;
            var printed = m.GetProperty("printed").GetString()!;
            text.Should().Contain(printed, "the printed stamp comes from the page");
            return new Moment(instant, DateTimeZoneProviders.Tzdb[m.GetProperty("zone").GetString()!], printed);
        }

        var body = root.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString()!).ToArray();
        foreach (var paragraph in body)
        {
            text.Should().Contain(paragraph, "every body paragraph is a paragraph of the corpus text");
        }
        var people = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var person in root.GetProperty("people").EnumerateArray())
        {
            var name = person.GetProperty("name").GetString()!;
            people[name] = new Party(name, PartyKind.Person, person.GetProperty("role").GetString());
        }
        var quotes = new List<Quote>();
        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            int paragraph = q.GetProperty("paragraph").GetInt32();
            var quoteText = q.GetProperty("text").GetString()!;
            int start = body[paragraph].IndexOf(quoteText, StringComparison.Ordinal);
            start.Should().BeGreaterThanOrEqualTo(0);
            var speaker = people[q.GetProperty("speaker").GetString()!];
            var mention = q.GetProperty("speaker_mention").GetString();
            var kind = Enum.Parse<QuoteKind>(q.GetProperty("kind").GetString()!, ignoreCase: true);
            var attribution = new Attribution(
                speaker,
                mention == speaker.Name ? null : mention,
                q.GetProperty("cue").GetString(),
                q.GetProperty("via").GetString());
            quotes.Add(new Quote(quoteText, kind, paragraph, new TextRange(start, quoteText.Length), attribution));
        }
        var credits = root.GetProperty("credits").EnumerateArray()
            .Select(c => new Credit(c.GetProperty("name").GetString()!, PartyKind.Organisation, CreditRole.AdditionalReporting, c.GetProperty("printed").GetString()))
            .ToArray();
        var headline = root.GetProperty("headline").GetString()!;
        text.Should().StartWith(headline);
        return new Article(
            "scmp-2014-03-31-japan-north-korea-talks",
            headline,
            root.GetProperty("language").GetString()!,
            publication,
            new Timeline(ReadMoment("published"), ReadMoment("updated")),
            body,
            credits,
            people.Values,
            quotes,
            places: root.GetProperty("places_mentioned").EnumerateArray().Select(p => p.GetString()!));
    }

    [SharedDataFact]
    public void Publish_ScmpArticle_NoErrors()
    {
        var article = BuildScmp();
        var report = new ArticleValidator(ValidationProfile.Publish, new FakeClock(Instant.FromUtc(2014, 4, 1, 0, 0))).Validate(article);
        report.ErrorCount.Should().Be(0, report.ToString());
        // Kyodo news agency carried Song's words but is not credited: a warning, not an error.
        report.Should().OnlyContain(f => f.Code == RuleCodes.QuoteChannelUnknown, report.ToString());
        report.Select(f => f.Path).Should().Contain("quotes[2].attribution.via");
    }

    [SharedDataFact]
    public void Publish_ScmpArticleWithBoilerplateLeftIn_Warns()
    {
        var article = BuildScmp();
        var withJunk = article.WithBody(article.Body.Add("Send to a friend").Add("To forward this article using your default email client (e.g. Outlook), click here."));
        var report = new ArticleValidator(ValidationProfile.Publish, new FakeClock(Instant.FromUtc(2014, 4, 1, 0, 0))).Validate(withJunk);
        report.Where(f => f.Code == RuleCodes.BodyBoilerplate).Select(f => f.Path).Should().Equal("body[8]", "body[9]");
    }
}
