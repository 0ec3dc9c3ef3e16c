using System;
using System.Linq;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.Ans;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats.Ans;

/// <summary>Writing ANS stories: valid against the official schema, read back to the same article where ANS can hold
/// it, and a loss report for what it cannot.</summary>
public class AnsSerializerWriteTest
{
    private static Article Sample() => NewsModelJson.Deserialize(System.IO.File.ReadAllText(SharedData.RepositoryPath("samples/ferry-fares-explained.json")));

    [SharedDataFact]
    public void Serialize_RichSample_ValidAgainstTheAnsSchema()
    {
        var written = AnsSerializer.SerializeToString(Sample(), new AnsWriteOptions { Website = "harbour-herald", Indented = true });
        AnsSchemas.Errors(written.Value).Should().BeNull(written.Value);
    }

    [SharedDataFact]
    public void Serialize_EveryGoodFixtureReadAndWrittenAgain_ValidAgainstTheAnsSchema()
    {
        foreach (var name in AnsSchemas.StoryFixtures("good"))
        {
            var article = AnsSerializer.Deserialize(AnsSchemas.Fixture(name), AnsSerializerFixturesTest.Post).Value;
            var written = AnsSerializer.SerializeToString(article).Value;
            AnsSchemas.Errors(written).Should().BeNull(name + ": " + written);
        }
    }

    [Fact]
    public void RoundTrip_RichSample_KeepsHeadlineBlocksCreditsTaxonomyStatusAndInstants()
    {
        var article = Sample();
        var written = AnsSerializer.SerializeToString(article);
        var read = AnsSerializer.Deserialize(written.Value, new AnsReadOptions { Publication = article.Publication, BodyHtml = NewsModel.Html.HtmlBlocks.Reader }).Value;
        read.Headline.Should().Be(article.Headline);
        read.Standfirst.Should().Be(article.Standfirst);
        read.Language.Should().Be(article.Language);
        read.Status.Should().Be(article.Status);
        read.Blocks.Should().Equal(article.Blocks, (a, b) => a.Kind == b.Kind && a.PlainText == b.PlainText);
        read.Credits.Select(c => (c.Name, c.Role)).Should().Equal(article.Credits.Select(c => (c.Name, c.Role)));
        read.Taxonomy.Subjects.Select(s => s.Name).Should().Equal(article.Taxonomy.Subjects.Select(s => s.Name));
        read.Taxonomy.Keywords.Should().Equal(article.Taxonomy.Keywords);
        read.Timeline.Published!.Instant.Should().Be(article.Timeline.Published!.Instant);
        (read.Timeline.Updated?.Instant).Should().Be(article.Timeline.Updated?.Instant);
    }

    [Fact]
    public void Serialize_HongKongArticle_ReportsTheZoneThePrintedStampAndTheQuotes()
    {
        var article = Sample();
        var losses = AnsSerializer.SerializeToString(article).Losses;
        losses.Entries.Should().Contain(e => e.Field == "Timeline.Published.Zone" && e.Detail.Contains(article.Timeline.Published!.Zone.Id, StringComparison.Ordinal));
        if (article.Timeline.Published!.Printed is not null)
        {
            losses.Entries.Should().Contain(e => e.Field == "Timeline.Published.Printed");
        }
        if (!article.Quotes.IsEmpty)
        {
            losses.Entries.Should().Contain(e => e.Field == "Quotes" && e.Kind == LossKind.Dropped);
        }
    }

    [Fact]
    public void Serialize_Story_DatesInUtcTypeAndVersion()
    {
        var article = Sample();
        using var document = JsonDocument.Parse(AnsSerializer.SerializeToString(article).Value);
        var root = document.RootElement;
        root.GetProperty("type").GetString().Should().Be("story");
        root.GetProperty("version").GetString().Should().Be(AnsSerializer.Version);
        root.GetProperty("first_publish_date").GetString().Should().EndWith("Z");
        NodaTime.Text.InstantPattern.ExtendedIso.Parse(root.GetProperty("first_publish_date").GetString()!).Value
            .Should().Be(article.Timeline.Published!.Instant);
    }
}
