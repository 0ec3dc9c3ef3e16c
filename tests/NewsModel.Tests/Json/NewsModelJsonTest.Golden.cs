using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Json;

public partial class NewsModelJsonTest
{
    [Fact]
    public void Serialize_SampleArticle_MatchesGoldenFile()
    {
        string actual = NewsModelJson.Serialize(SampleArticles.HarbourFerryFares, JsonTestSupport.Indented);
        string golden = JsonTestSupport.Golden("harbour-ferry-fares.json", actual);
        actual.Should().Be(golden);
    }

    [Fact]
    public void Deserialize_SampleGoldenFile_EqualsSampleArticle()
    {
        string golden = System.IO.File.ReadAllText(JsonTestSupport.GoldenPath("harbour-ferry-fares.json"));
        NewsModelJson.Deserialize(golden).Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Fact]
    public void Serialize_RichSample_IsTheSamplesFile()
    {
        // samples/ferry-fares-explained.json: every block and mark kind, media, taxonomy, rights, lifecycle, identities
        // and unresolved and anonymous attributions, as the project's own example of the format.
        string path = NewsModel.Tests.Infrastructure.SharedData.RepositoryPath("samples/ferry-fares-explained.json");
        string actual = NewsModelJson.Serialize(SampleArticles.FerryFaresExplained, JsonTestSupport.Indented) + "\n";
        if (System.Environment.GetEnvironmentVariable("NEWSMODEL_UPDATE_GOLDEN") == "1")
        {
            System.IO.File.WriteAllText(path, actual, new UTF8Encoding(false));
        }
        string file = System.IO.File.ReadAllText(path).ReplaceLineEndings("\n");
        file.Should().Be(actual, "the sample file is the rich sample article as written; regenerate it with NEWSMODEL_UPDATE_GOLDEN=1");
        NewsModelJson.Deserialize(file).Should().Be(SampleArticles.FerryFaresExplained);
        JsonTestSupport.Validate(Encoding.UTF8.GetBytes(file)).IsValid.Should().BeTrue("the sample is valid against the shipped schema");
    }

    [Fact]
    public void Deserialize_Format1GoldenFile_EqualsSampleArticle()
    {
        // The sample as the first format wrote it: body strings, speakers as party objects, "copyright".
        string golden = System.IO.File.ReadAllText(JsonTestSupport.GoldenPath("harbour-ferry-fares.newsmodel-1.json"));
        golden.Should().Contain("\"format\": \"newsmodel/1\"");
        NewsModelJson.Deserialize(golden).Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Fact]
    public void DeserializeWithExtras_Format1SpeakerWithAnUnknownMember_KeptOnThePartyAndWrittenBack()
    {
        // Found by the fuzz smoke run: newsmodel/2 gives the speaker as an index, so the member moves to the party.
        var node = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(JsonTestSupport.GoldenPath("harbour-ferry-fares.newsmodel-1.json")))!;
        node["quotes"]![1]!["attribution"]!["speaker"]!["x-cms"] = 7;
        var (article, extras) = NewsModelJson.DeserializeWithExtras(node.ToJsonString());
        int party = article.IndexOfParty(article.Quotes[1].Attribution.Speaker!);
        extras.Keys.Should().Equal($"$.parties[{party}]['x-cms']");
        var again = NewsModelJson.DeserializeWithExtras(NewsModelJson.Serialize(article, extras));
        again.Article.Should().Be(article);
        again.Extras.Equals(extras).Should().BeTrue();
    }

    [Fact]
    public void Deserialize_Format1FormsUnderFormat2Marker_RejectedNamingTheForm()
    {
        string golden = System.IO.File.ReadAllText(JsonTestSupport.GoldenPath("harbour-ferry-fares.newsmodel-1.json"))
            .Replace("\"newsmodel/1\"", "\"newsmodel/2\"", System.StringComparison.Ordinal);
        FluentActions.Invoking(() => NewsModelJson.Deserialize(golden)).Should().Throw<JsonException>()
            .WithMessage("A newsmodel/1 form in a newsmodel/2 document (a paragraph as a string) at $.body[0] (byte *): expected the newsmodel/2 form*");
    }

    [Fact]
    public void Serialize_SampleArticleCompact_IsTheGoldenFileWithoutWhitespace()
    {
        string golden = System.IO.File.ReadAllText(JsonTestSupport.GoldenPath("harbour-ferry-fares.json"));
        using var document = JsonDocument.Parse(golden);
        var expected = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(expected, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }
        NewsModelJson.Serialize(SampleArticles.HarbourFerryFares).Should().Be(Encoding.UTF8.GetString(expected.WrittenSpan));
    }

    [Fact]
    public void Deserialize_RepeatedSpeakerTexts_SharedWithinOneDocumentOnly()
    {
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        var first = NewsModelJson.Deserialize(utf8);
        var second = NewsModelJson.Deserialize(utf8);
        ReferenceEquals(first.Quotes[0].Attribution.Speaker!.Role, first.Parties[0].Role).Should().BeTrue();
        ReferenceEquals(first.Quotes[0].Attribution.Speaker!.Role, second.Parties[0].Role).Should().BeFalse();
        first.Should().Be(second);
    }

    [Fact]
    public void Serialize_SampleArticle_StartsWithFormatMarkerAndWritesZonedMoments()
    {
        string json = NewsModelJson.Serialize(SampleArticles.HarbourFerryFares);
        json.Should().StartWith("{\"format\":\"newsmodel/2\",");
        json.Should().Contain("\"published\":{\"at\":\"2025-10-14T09:15:00+08:00\",\"zone\":\"Asia/Hong_Kong\",\"printed\":\"Tuesday, 14 October, 2025, 9:15am\",\"precision\":\"minute\"}");
    }

    /// <summary>
    /// The SCMP article, built at run time from the shared corpus text and its hand-checked reading
    /// (<see cref="CorpusArticles.Scmp"/>). Its golden is the
    /// hand-checked reading itself (no copy of the corpus text in the repository): the document must carry exactly
    /// those values, validate against the schema, and read back to the same article.
    /// </summary>
    [SharedDataFact]
    public void Serialize_ScmpArticle_CarriesTheHandCheckedReadingAndRoundTrips()
    {
        var article = CorpusArticles.Scmp();
        using var expectedDocument = CorpusArticles.ReadScmpExpected();
        var expected = expectedDocument.RootElement;
        byte[] utf8 = JsonTestSupport.ToUtf8(article);
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;

        root.GetProperty("format").GetString().Should().Be("newsmodel/2");
        root.GetProperty("headline").GetString().Should().Be(expected.GetProperty("headline").GetString());
        root.GetProperty("language").GetString().Should().Be("en");
        var publication = root.GetProperty("publication");
        publication.GetProperty("name").GetString().Should().Be(expected.GetProperty("publication").GetProperty("name").GetString());
        publication.GetProperty("shortName").GetString().Should().Be(expected.GetProperty("publication").GetProperty("short_name").GetString());
        publication.GetProperty("zone").GetString().Should().Be("Asia/Hong_Kong");
        foreach (string stamp in new[] { "published", "updated" })
        {
            var moment = root.GetProperty("timeline").GetProperty(stamp);
            var want = expected.GetProperty(stamp);
            string rfc9557 = want.GetProperty("rfc9557").GetString()!;
            moment.GetProperty("at").GetString().Should().Be(rfc9557[..rfc9557.IndexOf('[')]);
            moment.GetProperty("zone").GetString().Should().Be(want.GetProperty("zone").GetString());
            moment.GetProperty("printed").GetString().Should().Be(want.GetProperty("printed").GetString());
            System.DateTimeOffset.Parse(moment.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime
                .Should().Be(System.DateTimeOffset.Parse(want.GetProperty("instant").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime,
                    "a reader without NewsModel gets the instant right");
        }
        root.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString())
            .Should().Equal(expected.GetProperty("body_paragraphs").EnumerateArray().Select(e => e.GetString()));
        var quotes = root.GetProperty("quotes").EnumerateArray().ToArray();
        var wantQuotes = expected.GetProperty("quotes").EnumerateArray().ToArray();
        quotes.Should().HaveCount(wantQuotes.Length);
        for (int i = 0; i < quotes.Length; i++)
        {
            quotes[i].GetProperty("text").GetString().Should().Be(wantQuotes[i].GetProperty("text").GetString());
            quotes[i].GetProperty("kind").GetString().Should().Be(wantQuotes[i].GetProperty("kind").GetString());
            quotes[i].GetProperty("paragraph").GetInt32().Should().Be(wantQuotes[i].GetProperty("paragraph").GetInt32());
            var attribution = quotes[i].GetProperty("attribution");
            var parties = root.GetProperty("parties");
            parties[attribution.GetProperty("speaker").GetInt32()].GetProperty("name").GetString().Should().Be(wantQuotes[i].GetProperty("speaker").GetString());
            attribution.GetProperty("cue").GetString().Should().Be(wantQuotes[i].GetProperty("cue").GetString());
        }
        var credit = root.GetProperty("credits")[0];
        credit.GetProperty("printed").GetString().Should().Be(expected.GetProperty("credits")[0].GetProperty("printed").GetString());
        credit.GetProperty("role").GetString().Should().Be("additionalReporting");

        JsonTestSupport.Validate(utf8).IsValid.Should().BeTrue();
        NewsModelJson.Deserialize(utf8).Should().Be(article);
        NewsModelJson.Deserialize(JsonTestSupport.Chunked(utf8)).Should().Be(article);
    }

    [Fact]
    public async System.Threading.Tasks.Task Serialize_ToEveryDestination_GivesTheSameBytes()
    {
        var article = SampleArticles.HarbourFerryFares;
        byte[] expected = JsonTestSupport.ToUtf8(article);
        Encoding.UTF8.GetBytes(NewsModelJson.Serialize(article)).Should().Equal(expected);
        using (var stream = new System.IO.MemoryStream())
        {
            NewsModelJson.Serialize(article, stream);
            stream.ToArray().Should().Equal(expected);
        }
        using (var stream = new System.IO.MemoryStream())
        {
            await NewsModelJson.SerializeAsync(article, stream);
            stream.ToArray().Should().Equal(expected);
        }
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            NewsModelJson.Serialize(article, writer);
        }
        buffer.WrittenSpan.ToArray().Should().Equal(expected);
    }

    [Fact]
    public async System.Threading.Tasks.Task Deserialize_FromEverySource_GivesTheSameArticle()
    {
        var article = SampleArticles.HarbourFerryFares;
        byte[] utf8 = JsonTestSupport.ToUtf8(article);
        NewsModelJson.Deserialize(utf8).Should().Be(article);
        NewsModelJson.Deserialize(JsonTestSupport.Chunked(utf8, 7)).Should().Be(article);
        NewsModelJson.Deserialize(Encoding.UTF8.GetString(utf8)).Should().Be(article);
        NewsModelJson.Deserialize(new System.IO.MemoryStream(utf8)).Should().Be(article);
        (await NewsModelJson.DeserializeAsync(new System.IO.MemoryStream(utf8))).Should().Be(article);
    }
}
