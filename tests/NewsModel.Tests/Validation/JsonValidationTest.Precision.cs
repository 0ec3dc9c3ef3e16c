using System.Linq;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Validation;
using NodaTime;

namespace NewsModel.Tests.Validation;

/// <summary>The document checker reads a moment's <c>precision</c> and <c>relativeTo</c> as the reader does.</summary>
public partial class JsonValidationTest
{
    private static Article DatedSample()
    {
        var sample = SampleArticles.HarbourFerryFares;
        var zone = sample.Publication.Zone;
        var published = Moment.FromDate(new LocalDate(2025, 10, 14), zone, "14 October 2025");
        var crawled = Instant.FromUtc(2025, 10, 14, 12, 0);
        var updated = new Moment(crawled - Duration.FromHours(2), zone, "2 hours ago", MomentPrecision.Hour, crawled);
        return sample.WithTimeline(new Timeline(published, updated));
    }

    [Fact]
    public void ValidateJson_DayAndRelativeMoments_SameFindingsAsModel()
    {
        var article = DatedSample();
        var json = NewsModelJson.Serialize(article);
        json.Should().Contain("\"precision\":\"day\"").And.Contain("\"relativeTo\":\"2025-10-14T12:00:00Z\"");
        Validator.ValidateJson(json).Select(f => (f.Code, f.Path, f.Message))
            .Should().Equal(Validator.Validate(article).Select(f => (f.Code, "$." + f.Path, f.Message)));
        Validator.ValidateJson(json).Should().NotContain(f => f.Code.StartsWith("NM-JSON", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateJson_UnknownPrecisionWord_ValueReportedWithTheWords()
    {
        var node = SampleNode;
        node["timeline"]!["published"]!["precision"] = "fortnight";
        var finding = Validate(node).Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.JsonValue);
        finding.Path.Should().Be("$.timeline.published.precision");
        finding.Message.Should().Contain("fortnight").And.Contain("second, minute, hour, day");
    }

    [Fact]
    public void ValidateJson_PrecisionNotAString_TypeReported()
    {
        var node = SampleNode;
        node["timeline"]!["updated"]!["precision"] = 4;
        Validate(node).Select(f => (f.Code, f.Path)).Should().Equal((RuleCodes.JsonType, "$.timeline.updated.precision"));
    }

    [Fact]
    public void ValidateJson_DayMomentNotAtTheStartOfItsDay_ValueReportedAtTheTimestamp()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(NewsModelJson.Serialize(DatedSample()))!.AsObject();
        node["timeline"]!["published"]!["at"] = "2025-10-14T09:15:00+08:00";
        var finding = Validate(node).Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.JsonValue);
        finding.Path.Should().Be("$.timeline.published.at");
        finding.Message.Should().Contain("not the start of its day in Asia/Hong_Kong").And.Contain("\"2025-10-14T00:00:00+08:00\"");
    }

    [Theory]
    [InlineData("2025-10-14T20:00:00+08:00", "not in UTC")]
    [InlineData("an hour ago", "not a timestamp")]
    public void ValidateJson_ReferenceNotAUtcTimestamp_ValueReported(string reference, string said)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(NewsModelJson.Serialize(DatedSample()))!.AsObject();
        node["timeline"]!["updated"]!["relativeTo"] = reference;
        var finding = Validate(node).Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.JsonValue);
        finding.Path.Should().Be("$.timeline.updated.relativeTo");
        finding.Message.Should().Contain(said);
    }

    [Fact]
    public void ValidateJson_NullPrecisionAndReference_NoFindings()
    {
        var node = SampleNode;
        node["timeline"]!["published"]!["precision"] = null;
        node["timeline"]!["published"]!["relativeTo"] = null;
        Validate(node).Should().BeEmpty();
    }

    [Fact]
    public void ValidateJson_DateOnlyUpdateOnTheDayOfATimedPublication_NoFindingsAndDeserializes()
    {
        var sample = SampleArticles.HarbourFerryFares;
        var updated = Moment.FromDate(new LocalDate(2025, 10, 14), sample.Publication.Zone, "Updated 14 October 2025");
        var article = sample.WithTimeline(new Timeline(sample.Timeline.Published, updated));
        var json = NewsModelJson.Serialize(article);
        Validator.ValidateJson(json).Should().BeEmpty();
        NewsModelJson.Deserialize(json).Should().Be(article);
    }

    [Fact]
    public void ValidateJson_DateOnlyUpdateTheDayBeforePublication_TimelineOrderReported()
    {
        var node = SampleNode;
        node["timeline"]!["updated"] = System.Text.Json.Nodes.JsonNode.Parse(
            "{\"at\":\"2025-10-13T00:00:00+08:00\",\"zone\":\"Asia/Hong_Kong\",\"precision\":\"day\"}");
        var report = Validate(node);
        report.Select(f => (f.Code, f.Path)).Should().Equal((RuleCodes.TimelineOrder, "$.timeline.updated"));
        report[0].Message.Should().Contain("updated at Mon 13 Oct 2025 (date only, Asia/Hong_Kong), before it was published");
    }
}
