using System.Linq;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.Html;
using NewsModel.Formats.Ninjs;
using NewsModel.Testing;
using NewsModel.Tests.Shape;

namespace NewsModel.Tests.Formats;

/// <summary>Model 2 in ninjs: blocks, media, taxonomy, rights, status, lifecycle, identities, attributions.</summary>
public partial class NinjsSerializerTest
{
    private static readonly NinjsReadOptions HongKong = new() { Zone = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"] };

    public static TheoryData<NinjsVersion> Versions() => new() { NinjsVersion.Ninjs31, NinjsVersion.Ninjs21 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Serialize_RichArticleWithExtension_RoundTripsExactly(NinjsVersion version)
    {
        var article = ModelShapeDocuments.Full();

        var written = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { Version = version });
        var read = NinjsSerializer.Deserialize(written.Value);

        read.Value.Should().Be(article, ArticleDiff.Describe(article, read.Value));
        read.Losses.IsEmpty.Should().BeTrue(read.Losses.ToString());
        written.Losses.Entries.Should().OnlyContain(e => e.Kind == LossKind.ExtensionOnly || e.Field == "Id");
    }

    [Theory]
    [InlineData(NinjsVersion.Ninjs31, true)]
    [InlineData(NinjsVersion.Ninjs31, false)]
    [InlineData(NinjsVersion.Ninjs21, true)]
    [InlineData(NinjsVersion.Ninjs21, false)]
    public void Serialize_RichArticle_ValidatesAgainstTheOfficialSchema(NinjsVersion version, bool extension)
    {
        var json = NinjsSerializer.SerializeToString(ModelShapeDocuments.Full(), new NinjsWriteOptions { Version = version, IncludeExtension = extension }).Value;

        NinjsSchemas.Errors(version == NinjsVersion.Ninjs31 ? NinjsSchemas.V31 : NinjsSchemas.V21, json).Should().BeNull(json);
    }

    [Fact]
    public void Serialize_RichArticle_WritesTheNinjsMembers()
    {
        var json = NinjsSerializer.SerializeToString(ModelShapeDocuments.Full(), new NinjsWriteOptions { IncludeExtension = false }).Value;

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        root.GetProperty("pubStatus").GetString().Should().Be("withheld");
        root.GetProperty("urgency").GetInt32().Should().Be(4);
        root.GetProperty("copyrightHolder").GetString().Should().Be("Harbour Herald Ltd");
        root.GetProperty("usageTerms").GetString().Should().Be("No syndication without permission.");
        root.GetProperty("rightsInfo").GetProperty("linkedRights").GetString().Should().Be("https://harbour-herald.example/licence");
        var subject = root.GetProperty("subjects")[0];
        subject.GetProperty("literal").GetString().Should().Be("medtop:20000763");
        subject.GetProperty("uri").GetString().Should().Be("http://cv.iptc.org/newscodes/mediatopic/20000763");
        root.GetProperty("genres")[0].GetProperty("literal").GetString().Should().Be("genre:Current");
        root.GetProperty("people").EnumerateArray().Select(p => p.TryGetProperty("uri", out var uri) ? uri.GetString() : null)
            .Should().Contain("https://www.wikidata.org/entity/Q1");
        var bodies = root.GetProperty("bodies").EnumerateArray().ToList();
        bodies.Select(b => b.GetProperty("contentType").GetString()).Should().Equal("text/plain", "text/html");
        var html = bodies[1].GetProperty("value").GetString()!;
        html.Should().Contain("<h2>What changes</h2>").And.Contain("<table><thead>").And.Contain("<figure><img src=\"https://img.harbour-herald.example/ferry.jpg\"");
        html.Should().NotContain("class=\"ad\"", "raw HTML is left out by default").And.NotContain("<iframe");
        var associations = root.GetProperty("associations").EnumerateArray().ToList();
        associations[0].GetProperty("name").GetString().Should().Be("img1");
        associations[0].GetProperty("rel").GetString().Should().Be("featureimage");
        associations[0].GetProperty("type").GetString().Should().Be("picture");
        associations[0].GetProperty("renditions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Equal("original", "thumbnail");
        associations[1].GetProperty("renditions")[0].GetProperty("duration").GetDouble().Should().Be(90);
        associations.Select(a => a.GetProperty("type").GetString()).Should().Equal("picture", "video", "composite");
    }

    [Fact]
    public void Serialize_RawHtmlOptedIn_WritesItIntoTheHtmlBody()
    {
        var options = new NinjsWriteOptions { IncludeExtension = false, Html = new BlockHtmlOptions { IncludeRawHtml = true } };

        var written = NinjsSerializer.SerializeToString(ModelShapeDocuments.Full(), options);

        written.Value.Should().Contain("class=\\\"ad\\\"");
    }

    [Fact]
    public void Serialize_Draft_WithoutPublicationTime_RoundTrips()
    {
        var full = ModelShapeDocuments.Full();
        var draft = full.WithStatus(ArticleStatus.Draft).WithTimeline(full.Timeline.WithPublished(null).WithWithdrawal(null));

        var written = NinjsSerializer.SerializeToString(draft);
        var read = NinjsSerializer.Deserialize(written.Value);

        written.Value.Should().NotContain("firstCreated");
        read.Value.Should().Be(draft, ArticleDiff.Describe(draft, read.Value));
    }

    [Fact]
    public void Deserialize_WithheldWithoutFirstCreatedOrExtension_IsAnUnpublishedDraft()
    {
        var full = ModelShapeDocuments.Full();
        var draft = full.WithStatus(ArticleStatus.Draft).WithTimeline(full.Timeline.WithPublished(null).WithWithdrawal(null));
        var written = NinjsSerializer.SerializeToString(draft, new NinjsWriteOptions { IncludeExtension = false });

        var read = NinjsSerializer.Deserialize(written.Value, HongKong);

        read.Value.Status.Should().Be(ArticleStatus.Draft);
        read.Value.Timeline.Published.Should().BeNull();
        read.Losses.For("$.pubStatus").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Approximated);
        read.Losses.For("$.firstCreated").Should().BeEmpty("a draft has no publication time to substitute");
    }

    [Fact]
    public void Deserialize_RichArticleWithoutExtension_ReadsTextParagraphsAndReportsTheHtmlBody()
    {
        var article = ModelShapeDocuments.Full();
        var written = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { IncludeExtension = false });

        var read = NinjsSerializer.Deserialize(written.Value, HongKong);

        read.Value.Blocks.Should().AllBeOfType<ParagraphBlock>();
        read.Losses.For("$.bodies").Should().ContainSingle().Which.Detail.Should().Contain("text/html");
        // The associations give the media back: the image with its caption, alt text, renditions and the lead.
        var image = article.Media.Single(m => m.Kind == MediaKind.Image);
        var readImage = read.Value.Media.Single(m => m.Kind == MediaKind.Image);
        (readImage.Id, readImage.Uri, readImage.AltText, readImage.Caption!.Text).Should().Be((image.Id, image.Uri, image.AltText, image.Caption!.Text));
        readImage.Renditions.Select(r => r.Uri).Should().Equal(image.Renditions.Select(r => r.Uri));
        read.Value.LeadMedia.Should().Be(article.LeadMedia);
        read.Value.Media.Should().Contain(m => m.Kind == MediaKind.Video && m.Duration == article.Media.Single(a => a.Kind == MediaKind.Video).Duration);
        read.Losses.For("$.associations[2]").Should().ContainSingle("the gallery (a composite) is not read back")
            .Which.Kind.Should().Be(LossKind.Dropped);
        read.Value.Taxonomy.Subjects.Should().Equal(article.Taxonomy.Subjects);
        read.Value.Taxonomy.Urgency.Should().Be(4);
        read.Value.Rights.Should().Be(article.Rights);
        read.Value.Parties[0].Id.Should().Be("https://www.wikidata.org/entity/Q1");
    }

    [Fact]
    public void Serialize_UnresolvedAndAnonymousAttributions_RoundTripWithoutNullSpeakers()
    {
        var sample = SampleArticles.HarbourFerryFares;
        var quotes = sample.Quotes.Select((q, i) => i switch
        {
            0 => q.WithAttribution(Attribution.Unresolved("the operator", "said")),
            1 => q.WithAttribution(Attribution.Anonymous("a source close to the talks", via: "RTHK")),
            _ => q,
        });
        var article = sample.WithQuotes(quotes);

        var written = NinjsSerializer.SerializeToString(article);
        var read = NinjsSerializer.Deserialize(written.Value);

        written.Value.Should().NotContain("\\\"speaker\\\":null").And.NotContain("\\\"anonymous\\\":true");
        written.Value.Should().Contain("\\\"attribution\\\":\\\"unresolved\\\"").And.Contain("\\\"attribution\\\":\\\"anonymous\\\"");
        read.Value.Should().Be(article, ArticleDiff.Describe(article, read.Value));
        read.Value.Quotes[1].Attribution.Kind.Should().Be(AttributionKind.Anonymous);
    }

    [Fact]
    public void Deserialize_ExtensionQuoteWithNeitherSpeakerNorAttributionKind_Fails()
    {
        var json = NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value
            .Replace("\\\"speaker\\\":0,", "", System.StringComparison.Ordinal);

        var read = () => NinjsSerializer.Deserialize(json);

        read.Should().Throw<NinjsException>().WithMessage("*speaker*");
    }
}

public partial class NinjsSerializerTest
{
    [Theory]
    [InlineData("\\\"type\\\":\\\"heading\\\"", "\\\"type\\\":\\\"headline\\\"", "*model.blocks*")]
    [InlineData("\\\"level\\\":2", "\\\"level\\\":7", "*model member*")]
    [InlineData("\\\"duration\\\":\\\"0:00:01:30\\\"", "\\\"duration\\\":90", "*model.media[1].duration*")]
    [InlineData("\\\"status\\\":\\\"scheduled\\\"", "\\\"status\\\":\\\"live\\\"", "*model.status*")]
    public void Deserialize_BrokenModelInTheExtension_FailsWithNinjsException(string good, string bad, string message)
    {
        var json = NinjsSerializer.SerializeToString(ModelShapeDocuments.Full()).Value;
        json.Should().Contain(good);

        var read = () => NinjsSerializer.Deserialize(json.Replace(good, bad, System.StringComparison.Ordinal));

        read.Should().Throw<NinjsException>().WithMessage(message);
    }

    [Fact]
    public void Deserialize_RichArticleWrittenWithoutExtension_ConformsInStrictMode()
    {
        var json = NinjsSerializer.SerializeToString(ModelShapeDocuments.Full(), new NinjsWriteOptions { IncludeExtension = false }).Value;

        var read = () => NinjsSerializer.Deserialize(json, HongKong with { Strict = true });

        read.Should().NotThrow();
    }
}
