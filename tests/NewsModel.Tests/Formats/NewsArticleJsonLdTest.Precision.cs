using System.Linq;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Tests.Formats;

/// <summary>A date-only moment is a schema.org <c>Date</c>; what a <c>DateTime</c> cannot say (a stated precision, a
/// relative stamp's reference) is reported.</summary>
public partial class NewsArticleJsonLdTest
{
    private static readonly DateTimeZone LondonZone = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static Article Dated(Moment published, Moment? updated = null, params Correction[] corrections) =>
        new("urn:x:dated", "Council votes on the pier", "en-GB", new Publication("Morning Ledger", LondonZone),
            new Timeline(published, updated, corrections: corrections), ["The council voted."]);

    [Fact]
    public void Serialize_DateOnlyPublished_WritesADate()
    {
        var article = Dated(Moment.FromDate(new LocalDate(2020, 5, 14), LondonZone, "Published May 14, 2020"));
        var result = NewsArticleJsonLd.SerializeToString(article);
        result.Value.Should().Contain("\"datePublished\":\"2020-05-14\"");
        result.Losses.For("Timeline.Published.Zone").Should().ContainSingle().Which.Detail.Should().Contain("written as its date");
        result.Losses.For("Timeline.Published.Printed").Should().ContainSingle();
        result.Losses.For("Timeline.Published.Precision").Should().BeEmpty("a Date says the day is all that is known");
    }

    [Fact]
    public void Serialize_DateOnlyInAnotherZone_WritesItsOwnDate()
    {
        // The start of 14 May in Auckland is still 13 May in London: the date written is the one printed.
        var auckland = DateTimeZoneProviders.Tzdb["Pacific/Auckland"];
        var article = Dated(Moment.FromDate(new LocalDate(2020, 5, 14), auckland));
        article.Timeline.Published!.Instant.InZone(LondonZone).Date.Should().Be(new LocalDate(2020, 5, 13));
        NewsArticleJsonLd.SerializeToString(article).Value.Should().Contain("\"datePublished\":\"2020-05-14\"");
    }

    [Fact]
    public void Serialize_DateOnlyUpdatedAndCorrection_WriteDates()
    {
        var published = new Moment(Instant.FromUtc(2020, 5, 14, 8, 15), LondonZone, "9:15am", MomentPrecision.Minute);
        var updated = Moment.FromDate(new LocalDate(2020, 5, 14), LondonZone, "Updated May 14");
        var correction = new Correction(Moment.FromDate(new LocalDate(2020, 5, 14), LondonZone), "Corrected the vote count.");
        var json = NewsArticleJsonLd.SerializeToString(Dated(published, updated, correction)).Value;
        json.Should().Contain("\"datePublished\":\"2020-05-14T09:15:00+01:00\"").And.Contain("\"dateModified\":\"2020-05-14\"");
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("correction")[0].GetProperty("datePublished").GetString().Should().Be("2020-05-14");
    }

    [Theory]
    [InlineData(MomentPrecision.Second, "second")]
    [InlineData(MomentPrecision.Minute, "minute")]
    [InlineData(MomentPrecision.Hour, "hour")]
    public void Serialize_TimedMomentWithAPrecision_WritesTheDateTimeAndReportsThePrecision(MomentPrecision precision, string unit)
    {
        var published = new Moment(Instant.FromUtc(2020, 5, 14, 8, 0), LondonZone, "9am", precision);
        var result = NewsArticleJsonLd.SerializeToString(Dated(published));
        result.Value.Should().Contain("\"datePublished\":\"2020-05-14T09:00:00+01:00\"");
        var entry = result.Losses.For("Timeline.Published.Precision").Should().ContainSingle().Subject;
        entry.Kind.Should().Be(LossKind.Dropped);
        entry.Detail.Should().Be($"the precision: the stamp stated the {unit} only, which a DateTime does not say");
    }

    [Fact]
    public void Serialize_RelativeMoment_ReportsTheReference()
    {
        var crawled = Instant.FromUtc(2020, 5, 15, 9, 0);
        var published = new Moment(crawled - Duration.FromHours(2), LondonZone, "2 hours ago", MomentPrecision.Hour, crawled);
        var losses = NewsArticleJsonLd.SerializeToString(Dated(published)).Losses;
        losses.For("Timeline.Published.RelativeTo").Should().ContainSingle().Which.Kind.Should().Be(LossKind.Dropped);
        losses.Entries.Select(e => e.Field).Where(f => f.StartsWith("Timeline.Published", System.StringComparison.Ordinal)).Should().Equal(
            "Timeline.Published.Zone", "Timeline.Published.Printed", "Timeline.Published.Precision", "Timeline.Published.RelativeTo");
    }

    [Fact]
    public void Serialize_SampleArticle_ReportsTheMinutePrecisionOfItsStamps()
    {
        var losses = NewsArticleJsonLd.SerializeToString(SampleArticles.HarbourFerryFares).Losses;
        losses.For("Timeline.Published.Precision").Should().ContainSingle().Which.Detail.Should().Contain("minute");
        losses.For("Timeline.Updated.Precision").Should().ContainSingle();
    }

    [Fact]
    public void Serialize_DateOutsideIsoYears_RefusedByTheModelBeforeTheWriter()
    {
        // The model refuses a moment no format could write, so the writer never meets one.
        FluentActions.Invoking(() => Moment.FromDate(new LocalDate(-5, 1, 1), LondonZone)).Should().Throw<System.ArgumentOutOfRangeException>();
    }
}
