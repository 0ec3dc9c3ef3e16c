using System.Linq;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Testing;
using NewsModel.Tests.Shape;

namespace NewsModel.Tests.Formats;

/// <summary>Model 2 in JSON-LD: media, sections, keywords, subjects, status, rights, identities, attributions.</summary>
public partial class NewsArticleJsonLdTest
{
    [Fact]
    public void Serialize_RichArticle_WritesTheModel2Terms()
    {
        var result = NewsArticleJsonLd.SerializeToString(ModelShapeDocuments.Full());

        using var doc = JsonDocument.Parse(result.Value);
        var root = doc.RootElement;
        root.GetProperty("creativeWorkStatus").GetString().Should().Be("Scheduled");
        var image = root.GetProperty("image")[0];
        image.GetProperty("@type").GetString().Should().Be("ImageObject");
        image.GetProperty("url").GetString().Should().Be("https://img.harbour-herald.example/ferry.jpg");
        image.GetProperty("width").GetInt32().Should().Be(1600);
        image.GetProperty("caption").GetString().Should().Be("The Star Ferry at dusk.");
        image.GetProperty("creditText").GetString().Should().Be("Photo: Lee Ka-ming");
        image.GetProperty("copyrightHolder").GetProperty("name").GetString().Should().Be("Harbour Herald Ltd");
        root.GetProperty("video")[0].GetProperty("duration").GetString().Should().Be("PT90S");
        root.GetProperty("articleSection").EnumerateArray().Select(s => s.GetString()).Should().Equal("Hong Kong", "Transport");
        root.GetProperty("keywords").EnumerateArray().Select(s => s.GetString()).Should().Equal("ferry", "fares");
        var about = root.GetProperty("about")[0];
        about.GetProperty("sameAs").GetString().Should().Be("http://cv.iptc.org/newscodes/mediatopic/20000763");
        about.GetProperty("identifier").GetString().Should().Be("medtop:20000763");
        root.GetProperty("license").GetString().Should().Be("https://harbour-herald.example/licence");
        root.GetProperty("copyrightNotice").GetString().Should().Be("© 2025 Harbour Herald");
        result.Value.Should().Contain("\"@id\":\"https://harbour-herald.example/staff/1\",\"name\":")
            .And.Contain("\"url\":\"https://harbour-herald.example/profile/1\"");
        result.Losses.For("Rights.UsageTerms").Should().ContainSingle();
        result.Losses.For("Taxonomy.Urgency").Should().ContainSingle();
        result.Losses.For("Blocks").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Approximated);
    }

    [Fact]
    public void Serialize_RichArticle_ArticleBodyHoldsOnlyTheTextOfTextBlocks()
    {
        var article = ModelShapeDocuments.Full();

        using var doc = JsonDocument.Parse(NewsArticleJsonLd.SerializeToString(article).Value);

        var body = doc.RootElement.GetProperty("articleBody").GetString()!;
        body.Should().NotContain("\n\n\n\n", "blocks without text (media, embeds, dividers) add no empty paragraphs");
        body.Should().Contain("Fares <must> rise & stay fair\U0001F6A2.").And.NotContain("class=\"ad\"");
    }

    [Fact]
    public void Serialize_Draft_OmitsDatePublishedAndReportsIt()
    {
        var sample = SampleArticles.HarbourFerryFares;
        var draft = sample.WithStatus(ArticleStatus.Draft).WithTimeline(sample.Timeline.WithPublished(null));

        var result = NewsArticleJsonLd.SerializeToString(draft);

        using var doc = JsonDocument.Parse(result.Value);
        doc.RootElement.TryGetProperty("datePublished", out _).Should().BeFalse();
        doc.RootElement.GetProperty("creativeWorkStatus").GetString().Should().Be("Draft");
        result.Losses.For("Timeline.Published").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Dropped);
    }

    [Theory]
    [InlineData(AttributionKind.Unresolved)]
    [InlineData(AttributionKind.Anonymous)]
    public void Serialize_QuoteWithoutAKnownSpeaker_WritesNoPersonAndReportsIt(AttributionKind kind)
    {
        var sample = SampleArticles.HarbourFerryFares;
        var first = sample.Quotes.First(q => q.Kind != QuoteKind.Indirect);
        var attribution = kind == AttributionKind.Anonymous ? Attribution.Anonymous("a source close to the talks") : Attribution.Unresolved("the spokesman");
        var article = sample.WithQuotes([first.WithAttribution(attribution)]);

        var result = NewsArticleJsonLd.SerializeToString(article);

        using var doc = JsonDocument.Parse(result.Value);
        var quotation = doc.RootElement.GetProperty("hasPart")[0];
        quotation.GetProperty("text").GetString().Should().Be(first.Text);
        quotation.TryGetProperty("spokenByCharacter", out _).Should().BeFalse("an unresolved mention or an anonymous source is not a known Person");
        result.Value.Should().NotContain(attribution.PrintedMention);
        result.Losses.For("Quotes").Should().Contain(e => e.Kind == LossKind.Dropped && e.Detail.Contains("anonymous"));
    }
}
