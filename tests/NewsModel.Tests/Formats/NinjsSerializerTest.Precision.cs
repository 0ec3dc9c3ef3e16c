using System;
using System.Linq;
using NewsModel.Formats;
using NewsModel.Formats.Ninjs;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats;

/// <summary>Moments that know less than the instant, or were read against a reference: ninjs dates are date-times,
/// so a date-only moment is written as the start of its day and reported; the extension keeps precision and
/// reference so that NewsModel reads them back.</summary>
public partial class NinjsSerializerTest
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly Instant Crawled = Instant.FromUtc(2020, 5, 15, 9, 0);

    /// <summary>A London article published on 14 May 2020 (date only), updated "2 hours ago" before the crawl,
    /// created at an hour, with a date-only correction.</summary>
    private static Article Dated()
    {
        var published = Moment.FromDate(new LocalDate(2020, 5, 14), London, "Published May 14, 2020");
        var updated = new Moment(Crawled - Duration.FromHours(2), London, "2 hours ago", MomentPrecision.Hour, Crawled);
        var created = new Moment(Instant.FromUtc(2020, 5, 13, 17, 0), London, "6pm", MomentPrecision.Hour);
        var correction = new Correction(Moment.FromDate(new LocalDate(2020, 5, 15), London, "May 15"), "Corrected the date of the vote.");
        return new Article(
            "urn:x:dated", "Council votes on the pier", "en-GB", new Publication("Morning Ledger", London),
            new Timeline(published, updated, created, corrections: [correction]), ["The council voted."]);
    }

    [Theory]
    [InlineData(NinjsVersion.Ninjs31)]
    [InlineData(NinjsVersion.Ninjs21)]
    public void Serialize_DateOnlyHourAndRelativeMoments_RoundTripThroughTheExtension(NinjsVersion version)
    {
        var article = Dated();
        var written = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { Version = version });
        var read = NinjsSerializer.Deserialize(written.Value);
        read.Value.Should().Be(article);
        read.Losses.IsEmpty.Should().BeTrue(read.Losses.ToString());
        written.Losses.IsLossless.Should().BeTrue(written.Losses.ToString());
    }

    [Fact]
    public void Serialize_DateOnlyMoment_WritesTheStartOfTheDayInItsZone()
    {
        var json = NinjsSerializer.SerializeToString(Dated()).Value;
        json.Should().Contain("\"firstCreated\":\"2020-05-14T00:00:00+01:00\"");
        json.Should().Contain("\\\"published\\\":{\\\"printed\\\":\\\"Published May 14, 2020\\\",\\\"precision\\\":\\\"day\\\"}");
        json.Should().Contain("\\\"updated\\\":{\\\"printed\\\":\\\"2 hours ago\\\",\\\"precision\\\":\\\"hour\\\",\\\"relativeTo\\\":\\\"2020-05-15T09:00:00Z\\\"}");
        json.Should().Contain("\\\"printed\\\":\\\"May 15\\\",\\\"precision\\\":\\\"day\\\",\\\"text\\\":");
    }

    [Theory]
    [InlineData(true, LossKind.ExtensionOnly, LossKind.ExtensionOnly)]
    [InlineData(false, LossKind.Approximated, LossKind.Dropped)]
    public void Serialize_DateOnlyAndRelativeMoments_ReportedByField(bool extension, LossKind dayKind, LossKind otherKind)
    {
        var losses = NinjsSerializer.SerializeToString(Dated(), new NinjsWriteOptions { IncludeExtension = extension }).Losses;
        var day = losses.For("Timeline.Published.Precision").Should().ContainSingle().Subject;
        day.Kind.Should().Be(dayKind);
        day.Detail.Should().Be("a date without a time of day, written as the start of that day in the moment's zone (a time nobody printed)");
        day.Reason.Should().StartWith("ninjs dates are date-times");
        var hour = losses.For("Timeline.Updated.Precision").Should().ContainSingle().Subject;
        hour.Kind.Should().Be(otherKind);
        hour.Detail.Should().Be("the precision: the stamp stated the hour only, which the date-time does not say");
        var reference = losses.For("Timeline.Updated.RelativeTo").Should().ContainSingle().Subject;
        reference.Kind.Should().Be(otherKind);
        reference.Detail.Should().Be("the reference instant the relative stamp was read against");
        losses.For("Timeline.Created.Precision").Should().ContainSingle().Which.Kind.Should().Be(otherKind);
        losses.For("Timeline.Published.RelativeTo").Should().BeEmpty();
        losses.Entries.Select(e => e.Field).Should().ContainInOrder(
            "Timeline.Published.Printed", "Timeline.Published.Precision", "Timeline.Updated.Zone", "Timeline.Updated.Printed",
            "Timeline.Updated.Precision", "Timeline.Updated.RelativeTo", "Timeline.Created.Zone");
        NinjsSerializer.SerializeToString(Dated(), new NinjsWriteOptions { IncludeExtension = extension }).Losses.Should().Be(losses, "a shared report is the same");
    }

    [Fact]
    public void Serialize_SameFieldsOtherPrecision_ReportsTheOtherUnit()
    {
        var sample = SampleArticles.HarbourFerryFares;
        var minute = NinjsSerializer.SerializeToString(sample).Losses.For("Timeline.Published.Precision").Single();
        var hour = NinjsSerializer.SerializeToString(sample.WithTimeline(new Timeline(sample.Timeline.Published!.WithPrecision(MomentPrecision.Hour), sample.Timeline.Updated)))
            .Losses.For("Timeline.Published.Precision").Single();
        minute.Detail.Should().Contain("the minute only");
        hour.Detail.Should().Contain("the hour only");
    }

    [Fact]
    public void Serialize_ExactMoments_ReportNoPrecision()
    {
        var zone = DateTimeZone.Utc;
        var article = new Article("urn:x:1", "Headline", "en", new Publication("Paper", zone), new Timeline(new Moment(Instant.FromUtc(2020, 1, 1, 0, 0), zone)), ["Body."]);
        NinjsSerializer.SerializeToString(article).Losses.Entries.Select(e => e.Field).Should().Equal("Timeline.Published.Zone", "Publication.Zone");
    }

    [Fact]
    public void Serialize_WithoutExtension_ReadsBackAsExactMomentsAtTheSameInstants()
    {
        var article = Dated();
        var written = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { IncludeExtension = false });
        var read = NinjsSerializer.Deserialize(written.Value, new NinjsReadOptions { Zone = London }).Value;
        read.Timeline.Published!.Should().Be(new Moment(article.Timeline.Published!.Instant, London));
        read.Timeline.Updated.Should().Be(new Moment(article.Timeline.Updated!.Instant, London));
    }

    [Fact]
    public void Deserialize_ExtensionDateOnlyStampWithATimedDate_FailsNamingTheMember()
    {
        var json = NinjsSerializer.SerializeToString(Dated()).Value
            .Replace("\"firstCreated\":\"2020-05-14T00:00:00+01:00\"", "\"firstCreated\":\"2020-05-14T09:15:00+01:00\"", StringComparison.Ordinal);
        var error = Failure(json);
        error.Path.Should().Be("$.firstCreated");
        error.Message.Should().Be("NewsModel extension at $.descriptions: expected firstCreated at the start of a day in Europe/London, since the extension says the stamp is a date only; found 2020-05-14T09:15:00 there.");
    }

    [Fact]
    public void Deserialize_ExtensionWithUnknownPrecision_FailsInsideTheExtension()
    {
        var json = NinjsSerializer.SerializeToString(Dated()).Value.Replace("\\\"precision\\\":\\\"hour\\\"", "\\\"precision\\\":\\\"fortnight\\\"", StringComparison.Ordinal);
        Failure(json).Message.Should().StartWith("NewsModel extension at $.descriptions[0].value: $.timeline.updated.precision")
            .And.Contain("one of second, minute, hour, day");
    }

    [Fact]
    public void Deserialize_ExtensionWithAReferenceWithoutOffset_FailsInsideTheExtension()
    {
        var json = NinjsSerializer.SerializeToString(Dated()).Value.Replace("2020-05-15T09:00:00Z", "2020-05-15T09:00:00", StringComparison.Ordinal);
        Failure(json).Message.Should().StartWith("NewsModel extension at $.descriptions[0].value: $.timeline.updated.relativeTo")
            .And.Contain("RFC 3339 date-time with an offset");
    }

    [SharedDataFact]
    public void Serialize_DateOnlyAndRelativeMoments_ValidateAgainstTheOfficialSchemas()
    {
        var article = Dated();
        NinjsSchemas.Errors(NinjsSchemas.V31, NinjsSerializer.SerializeToString(article).Value).Should().BeNull();
        NinjsSchemas.Errors(NinjsSchemas.V21, NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { Version = NinjsVersion.Ninjs21 }).Value).Should().BeNull();
    }
}
