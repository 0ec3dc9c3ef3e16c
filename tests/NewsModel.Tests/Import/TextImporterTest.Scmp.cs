using System;
using System.Linq;
using System.Text.Json;
using NewsModel.Import;
using NewsModel.Text;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Import;

/// <summary>The acceptance test: the SCMP page imports to exactly its hand-checked reading (both read at run time).</summary>
public partial class TextImporterTest
{
    private static (Article Article, ImportResult Result, JsonElement Expected, JsonDocument Document) ImportScmp()
    {
        var document = CorpusArticles.ReadScmpExpected();
        var root = document.RootElement;
        var pub = root.GetProperty("publication");
        var importer = new TextImporterBuilder()
            .WithPublication(pub.GetProperty("name").GetString()!, NodaTime.DateTimeZoneProviders.Tzdb[pub.GetProperty("time_zone").GetString()!], pub.GetProperty("short_name").GetString())
            .Build();
        var result = importer.Import(SharedData.ReadText(CorpusArticles.ScmpText));
        result.Success.Should().BeTrue(result.Message);
        return (result.Article!, result, root, document);
    }

    [SharedDataFact]
    public void Import_ScmpArticle_HeadlineStampsAndBodyMatchTheReading()
    {
        var (article, _, expected, document) = ImportScmp();
        using var _d = document;
        article.Headline.Should().Be(expected.GetProperty("headline").GetString());
        article.Language.Should().Be(expected.GetProperty("language").GetString());
        foreach (var (moment, name) in new[] { (article.Timeline.Published!, "published"), (article.Timeline.Updated!, "updated") })
        {
            var e = expected.GetProperty(name);
            moment.Printed.Should().Be(e.GetProperty("printed").GetString());
            moment.LocalDateTime.ToString("uuuu-MM-dd'T'HH:mm:ss", null).Should().Be(e.GetProperty("local").GetString());
            moment.Offset.ToString("m", null).Should().Be(e.GetProperty("offset").GetString());
            moment.Zone.Id.Should().Be(e.GetProperty("zone").GetString());
            moment.Instant.ToString().Should().Be(e.GetProperty("instant").GetString());
            StampPattern.Rfc9557.Format(moment).Should().Be(e.GetProperty("rfc9557").GetString());
            moment.Precision.Should().Be(MomentPrecision.Minute, "the page printed hours and minutes");
        }
        article.Body.Should().Equal(expected.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString()));
        article.Dateline.Should().Be(expected.GetProperty("dateline").GetString());
        article.Standfirst.Should().BeNull();
        article.Id.Should().Be("scmp-2014-03-31-japan-n-korea-break-the-ice-at-beijing-talks");
    }

    [SharedDataFact]
    public void Import_ScmpArticle_QuotesMatchTheReading()
    {
        var (article, _, expected, document) = ImportScmp();
        using var _d = document;
        var quotes = expected.GetProperty("quotes").EnumerateArray().ToArray();
        article.Quotes.Should().HaveCount(quotes.Length);
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = article.Quotes[i];
            var e = quotes[i];
            q.Kind.ToString().ToLowerInvariant().Should().Be(e.GetProperty("kind").GetString());
            q.Paragraph.Should().Be(e.GetProperty("paragraph").GetInt32());
            q.Text.Should().Be(e.GetProperty("text").GetString());
            q.Range.Slice(article.Body[q.Paragraph]).ToString().Should().Be(q.Text);
            q.Attribution.Speaker!.Name.Should().Be(e.GetProperty("speaker").GetString());
            q.Attribution.PrintedMention.Should().Be(e.GetProperty("speaker_mention").GetString());
            q.Attribution.Cue.Should().Be(e.GetProperty("cue").GetString());
            q.Attribution.Via.Should().Be(e.GetProperty("via").GetString());
            if (e.GetProperty("role").GetString() is string role)
            {
                q.Attribution.Speaker!.Role.Should().Be(role);
            }
        }
        article.Quotes[0].Attribution.Speaker!.Affiliation.Should().Be(quotes[0].GetProperty("organisation").GetString());
        article.Quotes[1].Attribution.Speaker!.Affiliation.Should().BeNull();
        article.Parties.Select(p => (p.Name, p.Role)).Should().Equal(
            expected.GetProperty("people").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("role").GetString())));
        var reported = expected.GetProperty("reported_speech_not_quotes").EnumerateArray().Select(r => r.GetProperty("content").GetString()!);
        article.Quotes.Should().NotContain(q => reported.Any(r => r.Contains(q.Text, StringComparison.Ordinal)), "reported speech is not a quote");
    }

    [SharedDataFact]
    public void Import_ScmpArticle_CreditAndBoilerplateMatchTheReading()
    {
        var (article, result, expected, document) = ImportScmp();
        using var _d = document;
        var credit = expected.GetProperty("credits")[0];
        article.Credits.Should().ContainSingle();
        article.Credits[0].Name.Should().Be(credit.GetProperty("name").GetString());
        article.Credits[0].Role.Should().Be(CreditRole.AdditionalReporting);
        article.Credits[0].Kind.Should().Be(PartyKind.Organisation);
        article.Credits[0].Printed.Should().Be(credit.GetProperty("printed").GetString());
        var boilerplate = expected.GetProperty("boilerplate");
        foreach (var phrase in boilerplate.GetProperty("must_not_appear_in_body").EnumerateArray().Select(b => b.GetString()!))
        {
            article.Body.Should().NotContain(p => p.Contains(phrase, StringComparison.Ordinal));
            result.Report.Lines.Should().Contain(l => l.Text.Contains(phrase, StringComparison.Ordinal) && l.Role == LineRole.Boilerplate && l.Reason != null);
        }
        var dropped = ImportTestKit.Roles(result, LineRole.Boilerplate).ToList();
        dropped.First().Should().Be(boilerplate.GetProperty("first_line").GetString());
        dropped.Last().Should().Be(boilerplate.GetProperty("last_line").GetString());
    }

    [SharedDataFact]
    public void Import_ScmpArticle_EqualsTheHandBuiltArticleApartFromIdAndPlaces()
    {
        var (article, _, _, document) = ImportScmp();
        using var _d = document;
        var handBuilt = CorpusArticles.Scmp();
        article.Should().Be(handBuilt.WithId(article.Id).WithPlaces(null));
    }

    [Fact]
    public void Import_ProjectSample_HasItsStructureQuotesAndCredit()
    {
        var importer = new TextImporterBuilder().WithPublication("Harbour Herald", ImportTestKit.HongKong, "HH").Build();
        var result = importer.Import(System.IO.File.ReadAllText(SharedData.RepositoryPath("samples/harbour-ferry-fares.txt")));
        result.Success.Should().BeTrue(result.Message);
        var article = result.Article!;
        article.Headline.Should().Be("Star Ferry fares to rise for first time in six years as fuel costs bite");
        article.Timeline.Published!.Printed.Should().Be("Tuesday, 14 October, 2025, 9:15am");
        StampPattern.Rfc9557.Format(article.Timeline.Published).Should().Be("2025-10-14T09:15:00+08:00[Asia/Hong_Kong]");
        article.Timeline.Published!.Precision.Should().Be(MomentPrecision.Minute);
        article.Timeline.Updated!.Printed.Should().Be("Tuesday, 14 October, 2025, 6:42pm");
        article.Body.Should().HaveCount(7);
        article.Body[0].Should().StartWith("Cross-harbour ferry fares");
        article.Body[^1].Should().StartWith("The operator carried");
        article.Credits.Should().Equal(new Credit("Reuters", PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by Reuters"));
        article.Parties.Should().Equal(
            new Party("Margaret Leung Wai-ling", PartyKind.Person, "managing director of the Harbour Crossing Company", "Harbour Crossing Company"),
            new Party("Lam Chi-keung", PartyKind.Person, "chairman of the Kowloon Commuters' Alliance", "Kowloon Commuters' Alliance"));
        article.Quotes.Select(q => (q.Kind, q.Paragraph, q.Attribution.Speaker!.Name, q.Attribution.Mention, q.Attribution.Cue, q.Attribution.Via)).Should().Equal(
            (QuoteKind.Direct, 2, "Margaret Leung Wai-ling", (string?)null, "said", (string?)null),
            (QuoteKind.Direct, 3, "Lam Chi-keung", null, "warned", null),
            (QuoteKind.Partial, 4, "Lam Chi-keung", "Lam", "called", "government broadcaster RTHK"));
        article.Quotes[2].Text.Should().Be("deeply unfortunate");
        article.Quotes.Should().OnlyContain(q => q.Range.Slice(article.Body[q.Paragraph]).ToString() == q.Text);
        ImportTestKit.Roles(result, LineRole.Boilerplate).Should().Equal("Share this article", "Sign up for our newsletter", "Copyright (c) 2025 Harbour Herald. All rights reserved.");
        article.Body.Should().NotContain(p => p.Contains("newsletter", StringComparison.Ordinal) || p.Contains("Additional reporting", StringComparison.Ordinal));
    }
}
