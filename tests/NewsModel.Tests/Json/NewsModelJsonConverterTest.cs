using System.Linq;
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsModel.Json;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Tests.Json;

public class NewsModelJsonConverterTest
{
    private static readonly Article Sample = SampleArticles.HarbourFerryFares;

    [Fact]
    public void ConfigureForNewsModel_ReturnsSameOptionsAndWritesTheFormat()
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.ConfigureForNewsModel().Should().BeSameAs(options);
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsModelJsonTypeInfoResolver.Instance);
        JsonSerializer.Serialize(Sample, options).Should().Be(NewsModelJson.Serialize(Sample));
    }

    [Fact]
    public void Resolver_CombinedWithoutReflection_RoundTripsEveryModelType()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsModelJsonTypeInfoResolver.Instance) };
        RoundTrip(Sample, options);
        RoundTrip(Sample.Publication, options);
        RoundTrip(Sample.Timeline, options);
        RoundTrip(Sample.Timeline.Published, options);
        RoundTrip(new Correction(Sample.Timeline.Published!, "Corrected the fare."), options);
        RoundTrip(Sample.Credits[0], options);
        RoundTrip(Sample.Parties[2], options);
        RoundTrip(Sample.Quotes[3].Attribution, options);
        RoundTrip(Sample.Quotes[3], options);
        RoundTrip(new TextRange(3, 4), options);
        RoundTrip(PartyKind.Organisation, options);
        RoundTrip(QuoteKind.Partial, options);
        RoundTrip(CreditRole.SourceAgency, options);
        JsonSerializer.Serialize(Sample.Timeline.Published, options)
            .Should().Be("{\"at\":\"2025-10-14T09:15:00+08:00\",\"zone\":\"Asia/Hong_Kong\",\"printed\":\"Tuesday, 14 October, 2025, 9:15am\",\"precision\":\"minute\"}");
        JsonSerializer.Serialize(CreditRole.AdditionalReporting, options).Should().Be("\"additionalReporting\"");
        NewsModelJsonTypeInfoResolver.Instance.GetTypeInfo(typeof(string), options).Should().BeNull();
    }

    private static void RoundTrip<T>(T value, JsonSerializerOptions options)
    {
        string json = JsonSerializer.Serialize(value, options);
        JsonSerializer.Deserialize<T>(json, options).Should().Be(value);
    }

    [Fact]
    public void Resolver_CombinedWithUserSourceGeneratedContext_RoundTripsUserTypeHoldingModels()
    {
        RoundTripEnvelope(JsonTypeInfoResolver.Combine(NewsModelJsonTypeInfoResolver.Instance, EnvelopeContext.Default));
    }

    [Fact]
    public void ConfigureForNewsModel_UserContextFirst_ConvertersStillOwnTheModelTypes()
    {
        // A user's context generates (wrong) metadata for the model types it reaches; registered converters win over it.
        RoundTripEnvelope(JsonTypeInfoResolver.Combine(EnvelopeContext.Default, NewsModelJsonTypeInfoResolver.Instance), configure: true);
    }

    private static void RoundTripEnvelope(IJsonTypeInfoResolver resolver, bool configure = false)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = resolver };
        if (configure)
        {
            options.ConfigureForNewsModel();
        }
        var envelope = new Envelope { Desk = "Metro", Story = Sample, Filed = Sample.Timeline.Published, Tags = [QuoteKind.Direct] };
        string json = JsonSerializer.Serialize(envelope, options);
        json.Should().StartWith("{\"Desk\":\"Metro\",\"Story\":{\"format\":\"newsmodel/2\",");
        json.Should().Contain("\"Filed\":{\"at\":\"2025-10-14T09:15:00+08:00\"");
        var back = JsonSerializer.Deserialize<Envelope>(json, options)!;
        back.Story.Should().Be(Sample);
        back.Filed.Should().Be(Sample.Timeline.Published);
        back.Tags.Should().Equal(QuoteKind.Direct);
    }

    [Fact]
    public void Converters_FollowTheSerializerNamingPolicy()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsModelJsonTypeInfoResolver.Instance),
        };
        string pub = JsonSerializer.Serialize(Sample.Publication, options);
        pub.Should().Be("{\"name\":\"Harbour Herald\",\"short_name\":\"HH\",\"zone\":\"Asia/Hong_Kong\"}");
        JsonSerializer.Deserialize<Publication>(pub, options).Should().Be(Sample.Publication);
        string moment = JsonSerializer.Serialize(Sample.Timeline.Published, options);
        JsonSerializer.Deserialize<Moment>(moment, options).Should().Be(Sample.Timeline.Published);
    }

    [Fact]
    public void Converter_InvalidValue_ThrowsJsonExceptionWithPath()
    {
        var options = new JsonSerializerOptions().ConfigureForNewsModel();
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Moment>("{\"at\":\"2025-10-14T09:15:00+09:00\",\"zone\":\"Asia/Hong_Kong\"}", options));
        ex.Message.Should().StartWith(Messages.OffsetDisagrees);
        ex.Path.Should().Be("$.at");
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Quote>("{\"text\":\"x\",\"kind\":\"direct\",\"paragraph\":-1}", options))
            .Path.Should().Be("$.paragraph");
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartyKind>("\"robot\"", options))
            .Message.Should().StartWith(Messages.UnknownEnumValue);
    }

    [Fact]
    public void Converter_LenientOptions_SkipUnknownMembers()
    {
        var strict = new JsonSerializerOptions().ConfigureForNewsModel();
        var lenient = new JsonSerializerOptions().ConfigureForNewsModel(new NewsModelJsonOptions { ReadMode = NewsModelJsonReadMode.Lenient });
        const string json = "{\"name\":\"Harbour Herald\",\"shortName\":\"HH\",\"zone\":\"Asia/Hong_Kong\",\"since\":1890}";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Publication>(json, strict)).Path.Should().Be("$.since");
        JsonSerializer.Deserialize<Publication>(json, lenient).Should().Be(Sample.Publication);
    }

    [Fact]
    public void Options_ZoneProvider_IsUsedForReading()
    {
        var bcl = new NewsModelJsonOptions { ZoneProvider = DateTimeZoneProviders.Bcl };
        string json = NewsModelJson.Serialize(Sample);
        var utcOnly = new NewsModelJsonOptions { ZoneProvider = new SingleZoneProvider(DateTimeZone.Utc) };
        Assert.Throws<JsonException>(() => NewsModelJson.Deserialize(json, utcOnly)).Message.Should().StartWith(Messages.UnknownZone + " \"Asia/Hong_Kong\"");
        _ = bcl.ZoneProvider.Should().BeSameAs(DateTimeZoneProviders.Bcl);
    }

    [Fact]
    public void Options_InvalidLimits_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsModelJsonOptions { MaxDepth = 8 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsModelJsonOptions { MaxStringLength = 0 });
        Assert.Throws<ArgumentNullException>(() => new NewsModelJsonOptions { ZoneProvider = null! });
        new NewsModelJsonOptions { MaxDepth = NewsModelJsonOptions.MinMaxDepth }.MaxDepth.Should().Be(9);
    }

    [Fact]
    public void Options_MinimumDepth_ReadsEveryDocumentShape()
    {
        var article = Sample.WithTimeline(Sample.Timeline.WithCorrections([new Correction(Sample.Timeline.Updated!, "Fixed.")]));
        NewsModelJson.Deserialize(NewsModelJson.Serialize(article), new NewsModelJsonOptions { MaxDepth = NewsModelJsonOptions.MinMaxDepth })
            .Should().Be(article);
        // The deepest shape: a mark inside a table cell.
        var cell = new InlineText("HK$5.40", [Mark.Strong(new TextRange(0, 3))]);
        var rich = NewsModel.Testing.SampleArticles.FerryFaresExplained;
        rich = rich.WithBlocks(rich.Blocks.Add(new TableBlock([[cell]])));
        NewsModelJson.Deserialize(NewsModelJson.Serialize(rich), new NewsModelJsonOptions { MaxDepth = NewsModelJsonOptions.MinMaxDepth }).Should().Be(rich);
    }

    [Fact]
    public void Schema_IsDraft202012AndDescribesTheFormat()
    {
        using var document = JsonDocument.Parse(NewsModelJson.Schema);
        document.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        document.RootElement.GetProperty("properties").GetProperty("format").GetProperty("const").GetString().Should().Be(NewsModelJson.Format);
    }

    [Fact]
    public void Schema_RepositoryFile_IsTheSchemaWrittenFromTheShape()
    {
        // The file ships in the package; the library writes the schema from its one description of the format.
        string file = System.IO.File.ReadAllText(NewsModel.Tests.Infrastructure.SharedData.RepositoryPath("src/NewsModel/Json/newsmodel-2.schema.json"));
        NewsModelJson.Schema.Should().Be(file, "the shipped file must be what the shape gives; after changing the shape run "
            + "'dotnet run --project src/NewsModel.Cli -- schema > src/NewsModel/Json/newsmodel-2.schema.json'");
    }

    [Fact]
    public void Schema_RejectsWhatTheStrictReaderRejects()
    {
        string json = NewsModelJson.Serialize(Sample);
        JsonTestSupport.Validate(System.Text.Encoding.UTF8.GetBytes(json.Replace("\"language\":\"en\"", "\"language\":\"en\",\"x\":1"))).IsValid.Should().BeFalse();
        JsonTestSupport.Validate(System.Text.Encoding.UTF8.GetBytes(json.Replace("09:15:00+08:00", "09:15+08:00"))).IsValid.Should().BeFalse();
        JsonTestSupport.Validate(System.Text.Encoding.UTF8.GetBytes(json.Replace("\"person\"", "\"robot\""))).IsValid.Should().BeFalse();
    }

    public sealed class Envelope
    {
        public string Desk { get; set; } = "";

        public Article? Story { get; set; }

        public Moment? Filed { get; set; }

        public List<QuoteKind> Tags { get; set; } = [];
    }

    private sealed class SingleZoneProvider(DateTimeZone zone) : IDateTimeZoneProvider
    {
        public string VersionId => "single";

        public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => new([zone.Id]);

        public DateTimeZone this[string id] => GetZoneOrNull(id) ?? throw new NodaTime.TimeZones.DateTimeZoneNotFoundException(id);

        public DateTimeZone GetSystemDefault() => zone;

        public DateTimeZone? GetZoneOrNull(string id) => id == zone.Id ? zone : null;
    }
}

/// <summary>A user's own source-generated context (tests only), combined with NewsModel's resolver.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(NewsModelJsonConverterTest.Envelope))]
internal sealed partial class EnvelopeContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
