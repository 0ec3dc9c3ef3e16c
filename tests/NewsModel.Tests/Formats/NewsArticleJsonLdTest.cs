using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NewsModel.Formats;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests.Formats;

public partial class NewsArticleJsonLdTest
{
    private static readonly string[] PendingTerms = ["Quotation", "spokenByCharacter", "CorrectionComment", "correction", "creditText", "copyrightNotice", "creativeWorkStatus", "jobTitle"];

    private static readonly Lazy<(HashSet<string> Classes, HashSet<string> Properties)> Vocabulary = new(() =>
    {
        using var doc = JsonDocument.Parse(SharedData.ReadText("standards/schemaorg/data/releases/30.0/schemaorg-current-https.jsonld"));
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in doc.RootElement.GetProperty("@graph").EnumerateArray())
        {
            var id = node.GetProperty("@id").GetString()!;
            if (!id.StartsWith("schema:", StringComparison.Ordinal))
            {
                continue;
            }
            var types = node.GetProperty("@type");
            var typeNames = types.ValueKind == JsonValueKind.Array ? types.EnumerateArray().Select(t => t.GetString()) : [types.GetString()];
            foreach (var type in typeNames)
            {
                if (type == "rdfs:Class")
                {
                    classes.Add(id["schema:".Length..]);
                }
                else if (type == "rdf:Property")
                {
                    properties.Add(id["schema:".Length..]);
                }
            }
        }
        return (classes, properties);
    });

    private static void Terms(JsonElement element, HashSet<string> types, HashSet<string> properties)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "@type")
                    {
                        types.Add(property.Value.GetString()!);
                    }
                    else if (!property.Name.StartsWith('@'))
                    {
                        properties.Add(property.Name);
                    }
                    Terms(property.Value, types, properties);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Terms(item, types, properties);
                }
                break;
        }
    }

    [SharedDataFact]
    public void Serialize_ScmpArticle_CarriesPublicationOffsetDates()
    {
        var json = NewsArticleJsonLd.SerializeToString(CorpusArticles.Scmp()).Value;
        json.Should().Contain("\"datePublished\":\"2014-03-31T05:31:00+08:00\"");
        json.Should().Contain("\"dateModified\":\"2014-03-31T17:09:00+08:00\"");
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("@type").GetString().Should().Be("NewsArticle");
        doc.RootElement.GetProperty("headline").GetString().Should().Be("Japan, N Korea break the ice at Beijing talks");
        doc.RootElement.GetProperty("publisher").GetProperty("name").GetString().Should().Be("South China Morning Post");
        doc.RootElement.GetProperty("contributor")[0].GetProperty("name").GetString().Should().Be("Associated Press");
        doc.RootElement.GetProperty("creditText").GetString().Should().Be("Additional reporting by Associated Press");
        doc.RootElement.GetProperty("hasPart").GetArrayLength().Should().Be(4);
        doc.RootElement.GetProperty("hasPart")[1].GetProperty("spokenByCharacter").GetProperty("name").GetString().Should().Be("Song Il-ho");
    }

    [SharedDataFact]
    public void Serialize_GeneratedArticles_UseOnlySchemaOrgTerms()
    {
        var (classes, vocabulary) = Vocabulary.Value;
        var types = new HashSet<string>();
        var properties = new HashSet<string>();
        void Collect(Article article)
        {
            using var doc = JsonDocument.Parse(NewsArticleJsonLd.SerializeToUtf8Bytes(article).Value);
            Terms(doc.RootElement, types, properties);
        }
        Collect(SampleArticles.HarbourFerryFares);
        Collect(Shape.ModelShapeDocuments.Full());
        ArticleGen.Article.Sample(Collect, iter: 300, threads: 1);
        types.Should().Contain(["NewsArticle", "Quotation", "Person", "Organization", "Place", "CorrectionComment"]);
        types.Should().BeSubsetOf(classes);
        properties.Should().Contain(["spokenByCharacter", "datePublished", "author", "sourceOrganization", "creditText", "creativeWorkStatus", "image", "about", "articleSection", "license"]);
        properties.Should().BeSubsetOf(vocabulary);
    }

    [Fact]
    public void Serialize_WithoutPendingTerms_LeavesThemOutAndReportsThem()
    {
        var article = SampleArticles.HarbourFerryFares;
        var result = NewsArticleJsonLd.SerializeToString(Shape.ModelShapeDocuments.Full(), new JsonLdWriteOptions { IncludePendingTerms = false });
        using var doc = JsonDocument.Parse(result.Value);
        var types = new HashSet<string>();
        var properties = new HashSet<string>();
        Terms(doc.RootElement, types, properties);
        types.Concat(properties).Should().NotIntersectWith(PendingTerms);
        result.Losses.For("Quotes").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Dropped);
        NewsArticleJsonLd.SerializeToString(article).Value.Should().Contain("\"Quotation\"");
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- <script>")]
    [InlineData("a\u2028b\u2029c")]
    [InlineData("]]></SCRIPT >&amp;")]
    public void Serialize_HostileText_CannotEndScriptBlock(string hostile)
    {
        var speaker = new Party(hostile);
        var quote = new Quote(hostile, QuoteKind.Direct, 0, new TextRange(0, hostile.Length), new Attribution(speaker));
        var article = SampleArticles.HarbourFerryFares.WithHeadline(hostile).WithDateline(hostile).WithQuotes(null).WithParties([speaker])
            .WithBodyAndQuotes([hostile], [quote])
            .WithCredits([new Credit(hostile, PartyKind.Person, CreditRole.Author, hostile)]);
        var json = NewsArticleJsonLd.SerializeToString(article).Value;
        json.Should().NotContainAny("<", ">", "&", "\u2028", "\u2029");
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("headline").GetString().Should().Be(hostile);
        doc.RootElement.GetProperty("articleBody").GetString().Should().Be(hostile);
    }

    [Fact]
    public void Serialize_GeneratedArticles_ScriptSafeAndDatesInPublicationOffset()
    {
        ArticleGen.Article.Sample(article =>
        {
            var json = NewsArticleJsonLd.SerializeToString(article).Value;
            json.Should().NotContainAny("<", ">", "&", "\u2028", "\u2029");
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            root.GetProperty("headline").GetString().Should().Be(article.Headline);
            string datePublished = root.GetProperty("datePublished").GetString()!;
            if (article.Timeline.Published!.IsDateOnly)
            {
                // A schema.org Date: the moment's own calendar date.
                LocalDatePattern.Iso.Parse(datePublished).GetValueOrThrow().Should().Be(article.Timeline.Published!.Date);
            }
            else
            {
                var published = OffsetDateTimePattern.ExtendedIso.Parse(datePublished).GetValueOrThrow();
                published.ToInstant().Should().Be(article.Timeline.Published!.Instant);
                var offset = article.Publication.Zone.GetUtcOffset(article.Timeline.Published!.Instant);
                published.Offset.Should().Be(offset.Seconds % 60 == 0 ? offset : Offset.Zero);
            }
            root.TryGetProperty("dateModified", out _).Should().Be(article.Timeline.Updated is not null);
        }, iter: 500);
    }

    [Fact]
    public void Serialize_SampleArticle_ReportsIndirectSpeechAndZone()
    {
        var losses = NewsArticleJsonLd.SerializeToString(SampleArticles.HarbourFerryFares).Losses;
        losses.For("Quotes").Should().Contain(e => e.Kind == LossKind.Dropped && e.Detail.Contains("indirect"));
        losses.For("Publication.Zone").Should().ContainSingle().Which.Detail.Should().Contain("zone id");
        losses.For("Timeline.Published.Printed").Should().ContainSingle();
    }
}
