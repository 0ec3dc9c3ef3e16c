using System.Linq;
using CsCheck;
using NewsModel.Formats;
using NewsModel.Formats.Ninjs;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats;

public partial class NinjsSerializerTest
{
    [Fact]
    public void Serialize_GeneratedArticles_RoundTripExactly()
    {
        ArticleGen.Article.Sample(article =>
        {
            var written = NinjsSerializer.SerializeToUtf8Bytes(article);
            var read = NinjsSerializer.Deserialize(written.Value);
            read.Value.Should().Be(article);
            read.Losses.IsEmpty.Should().BeTrue(read.Losses.ToString());
            written.Losses.Entries.Should().OnlyContain(e => e.Kind == LossKind.ExtensionOnly || e.Field == "Id");
        }, iter: 1000);
    }

    [Fact]
    public void Serialize_MomentsInThePublicationZone_RoundTripWithTheZoneWrittenOnce()
    {
        ArticleGen.Article.Sample(generated =>
        {
            var zone = generated.Publication.Zone;
            // In the publication's zone a moment keeps its precision where that zone's clock allows it (Moment.InZone).
            Moment? Local(Moment? m) => m?.InZone(zone).WithPrinted(m.Printed);
            var t = generated.Timeline;
            var published = Local(t.Published)!;
            // A date-only update on the publication's day may become an exact start of day before an exact publication.
            var updated = Local(t.Updated) is { } u && !Moment.IsSurelyBefore(u, published) ? u : null;
            var article = generated.WithTimeline(new Timeline(published, updated, Local(t.Created), Local(t.EmbargoedUntil), t.Corrections));
            var json = NinjsSerializer.SerializeToString(article).Value;
            json.Should().NotContain("\\\"published\\\":{\\\"zone\\\"");
            NinjsSerializer.Deserialize(json).Value.Should().Be(article);
        }, iter: 200);
    }

    [Fact]
    public void Serialize_Ninjs21_RoundTripsExactly()
    {
        ArticleGen.Article.Sample(article =>
        {
            var written = NinjsSerializer.SerializeToUtf8Bytes(article, new NinjsWriteOptions { Version = NinjsVersion.Ninjs21 });
            NinjsSerializer.Deserialize(written.Value).Value.Should().Be(article);
        }, iter: 300);
    }

    [SharedDataFact]
    public void Serialize_GeneratedArticles_ValidateAgainstOfficialSchema31()
    {
        ArticleGen.Article.Sample(article =>
        {
            var json = NinjsSerializer.SerializeToString(article).Value;
            NinjsSchemas.Errors(NinjsSchemas.V31, json).Should().BeNull(json);
        }, iter: 1000);
    }

    [SharedDataFact]
    public void Serialize_Ninjs21_ValidatesAgainstOfficialSchema21()
    {
        ArticleGen.Article.Sample(article =>
        {
            var json = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { Version = NinjsVersion.Ninjs21 }).Value;
            NinjsSchemas.Errors(NinjsSchemas.V21, json).Should().BeNull(json);
        }, iter: 1000);
    }

    [SharedDataFact]
    public void Schema_WithFormatAssertion_RejectsBadUriAndDate()
    {
        NinjsSchemas.Errors(NinjsSchemas.V31, "{\"uri\":\"urn:x\",\"versionCreated\":\"2014-03-31T05:31:00+08:00\"}").Should().BeNull();
        NinjsSchemas.Errors(NinjsSchemas.V31, "{\"uri\":\"not a uri\"}").Should().NotBeNull();
        NinjsSchemas.Errors(NinjsSchemas.V31, "{\"uri\":\"urn:x\",\"versionCreated\":\"Last Tuesday\"}").Should().NotBeNull();
        NinjsSchemas.Errors(NinjsSchemas.V31, "{\"uri\":\"urn:x\",\"newsmodel\":{}}").Should().NotBeNull("the root admits no extra members");
    }

    [SharedDataFact]
    public void Serialize_WithoutExtension_ValidatesAndReportsDroppedFields()
    {
        var article = SampleArticles.HarbourFerryFares;
        var written = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { IncludeExtension = false });
        NinjsSchemas.Errors(NinjsSchemas.V31, written.Value).Should().BeNull();
        written.Value.Should().NotContain(NinjsNames.ExtensionRole);
        written.Losses.IsLossless.Should().BeFalse();
        written.Losses.For("Quotes").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Dropped);
        written.Losses.For("Publication.Zone").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Dropped);
    }

    [Theory]
    [InlineData(true, LossKind.ExtensionOnly)]
    [InlineData(false, LossKind.Dropped)]
    public void Serialize_SampleArticle_ReportsEveryFieldInWritingOrder(bool extension, LossKind kind)
    {
        var options = new NinjsWriteOptions { IncludeExtension = extension };
        var losses = NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares, options).Losses;
        losses.Entries.Select(e => e.Field).Should().Equal(
            "Id", "Timeline.Published.Zone", "Timeline.Published.Printed", "Timeline.Published.Precision",
            "Timeline.Updated.Zone", "Timeline.Updated.Printed", "Timeline.Updated.Precision",
            "Parties", "Publication.Zone", "Credits", "Quotes");
        losses.Entries.Skip(1).Should().OnlyContain(e => e.Kind == kind);
        losses.Entries[0].Kind.Should().Be(LossKind.Approximated);
        losses.For("Quotes").Single().Reason.Should().Be(extension ? "ninjs has no field for it; kept in the NewsModel extension" : "ninjs has no field for it");
        NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares, options).Losses.Should().Be(losses);
    }

    [Theory]
    [InlineData(true, LossKind.ExtensionOnly)]
    [InlineData(false, LossKind.Approximated)]
    public void Serialize_OffsetWithSeconds_ReportsTheOffsetBeforeTheZone(bool extension, LossKind kind)
    {
        var monrovia = DateTimeZoneProviders.Tzdb["Africa/Monrovia"];
        var published = new Moment(Instant.FromUtc(1960, 5, 1, 12, 0), monrovia);
        var article = new Article("urn:x:1", "Headline", "en", new Publication("Paper", monrovia), new Timeline(published), ["Body."]);
        var losses = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { IncludeExtension = extension }).Losses;
        losses.Entries.Select(e => e.Field).Should().Equal("Timeline.Published.Offset", "Timeline.Published.Zone", "Publication.Zone");
        var offset = losses.Entries[0];
        offset.Kind.Should().Be(kind);
        offset.Detail.Should().Be("the offset -00:44:30 has seconds; written in UTC");
        offset.Reason.Should().Be("RFC 3339 offsets are whole minutes");
    }

    [Fact]
    public void Serialize_VeryLongIdThatIsNotAUri_RoundTripsWithoutExhaustingTheStack()
    {
        var id = new string('\u00e9', 2_000_000);
        var article = SampleArticles.HarbourFerryFares.WithId(id);
        var written = NinjsSerializer.SerializeToUtf8Bytes(article);
        written.Losses.For("Id").Should().ContainSingle();
        NinjsSerializer.Deserialize(written.Value).Value.Should().Be(article);
    }

    [Fact]
    public void Serialize_PersonAfterAnOrganisationWithARole_IsListedInPeople()
    {
        var zone = DateTimeZone.Utc;
        var article = new Article("urn:x:1", "Headline", "en", new Publication("Paper", zone), new Timeline(new Moment(Instant.FromUtc(2020, 1, 1, 0, 0), zone)), ["Body."],
            parties: [new Party("Alliance", PartyKind.Organisation, role: "lobby"), new Party("Lam")]);
        var json = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { IncludeExtension = false }).Value;
        json.Should().Contain("\"people\":[{\"name\":\"Lam\",\"rel\":\"quoted\"}]");
        json.Should().Contain("\"organisations\":[{\"name\":\"Alliance\",\"rel\":\"quoted\"}]");
    }

    [Fact]
    public void Serialize_SampleArticle_ReportsExtensionOnlyFieldsAndTheEncodedId()
    {
        var written = NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares);
        written.Losses.Entries.Where(e => e.Field != "Id").Should().OnlyContain(e => e.Kind == LossKind.ExtensionOnly);
        written.Losses.For("Id").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Approximated);
        written.Value.Should().Contain("\"uri\":\"urn:newsmodel:id:");
        written.Losses.For("Quotes").Should().ContainSingle().Which.Kind.Should().Be(LossKind.ExtensionOnly);
        written.Losses.For("Timeline.Published.Zone").Should().ContainSingle();
    }
}

public partial class NinjsSerializerTest
{
    public static TheoryData<string> Samples() => new() { "HarbourFerryFares", "SpringForwardStorm", "CouncilDebate", "CorrectedBudget", "Scmp" };

    private static Article Sample(string name) => name switch
    {
        "HarbourFerryFares" => SampleArticles.HarbourFerryFares,
        "SpringForwardStorm" => SampleArticles.SpringForwardStorm,
        "CouncilDebate" => SampleArticles.CouncilDebate,
        "CorrectedBudget" => SampleArticles.CorrectedBudget,
        _ => CorpusArticles.Scmp(),
    };

    [SharedDataTheory]
    [MemberData(nameof(Samples))]
    public void Serialize_SampleArticles_ValidateAndRoundTripInBothVersions(string name)
    {
        var article = Sample(name);
        foreach (var version in new[] { NinjsVersion.Ninjs31, NinjsVersion.Ninjs21 })
        {
            var json = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { Version = version, Indented = true }).Value;
            NinjsSchemas.Errors(version == NinjsVersion.Ninjs31 ? NinjsSchemas.V31 : NinjsSchemas.V21, json).Should().BeNull(json);
            NinjsSerializer.Deserialize(json).Value.Should().Be(article);
        }
    }

    [SharedDataFact]
    public void Serialize_ScmpArticle_WritesOffsetDatesAndMappedFields()
    {
        var json = NinjsSerializer.SerializeToString(CorpusArticles.Scmp()).Value;
        json.Should().Contain("\"firstCreated\":\"2014-03-31T05:31:00+08:00\"");
        json.Should().Contain("\"versionCreated\":\"2014-03-31T17:09:00+08:00\"");
        json.Should().Contain("\"headlines\":[{\"role\":\"main\",\"value\":\"Japan, N Korea break the ice at Beijing talks\"}]");
        json.Should().Contain("{\"name\":\"South China Morning Post\",\"role\":\"publisher\",\"literal\":\"SCMP\"}");
        json.Should().Contain("{\"name\":\"Associated Press\",\"rel\":\"additional-reporting\"}");
    }
}
