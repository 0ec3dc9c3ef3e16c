using NewsModel.Validation;
using NodaTime;
using NodaTime.Testing;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public partial class TimelineRulesTest
{
    private static Article WithTimeline(Timeline timeline) => Article(timeline: timeline);

    [Fact]
    public void TimelineOrder_CreatedAfterPublished_Reported()
    {
        var timeline = new Timeline(Published, created: Stamp(PublishedAt + Duration.FromMinutes(1)));
        var finding = Validate(WithTimeline(timeline)).With(RuleCodes.TimelineOrder).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.created");
        finding.Message.Should().Contain("after it was published");
    }

    [Fact]
    public void TimelineOrder_CreatedBeforePublished_NotReported()
    {
        var timeline = new Timeline(Published, created: Stamp(PublishedAt - Duration.FromDays(1)));
        Validate(WithTimeline(timeline)).Contains(RuleCodes.TimelineOrder).Should().BeFalse();
    }

    [Fact]
    public void TimelineEmbargoBroken_PublishedBeforeEmbargoEnds_Reported()
    {
        var timeline = new Timeline(Published, embargoedUntil: Stamp(PublishedAt + Duration.FromMinutes(30)));
        Validate(WithTimeline(timeline)).With(RuleCodes.TimelineEmbargoBroken).Should().ContainSingle().Which.Path.Should().Be("timeline.published");
    }

    [Fact]
    public void TimelineEmbargoBroken_PublishedWhenEmbargoEnds_NotReported()
    {
        var timeline = new Timeline(Published, embargoedUntil: Stamp(PublishedAt));
        Validate(WithTimeline(timeline)).Contains(RuleCodes.TimelineEmbargoBroken).Should().BeFalse();
    }

    [Fact]
    public void TimelineFuture_PublishedAnHourAhead_Reported()
    {
        var clock = new FakeClock(PublishedAt - Duration.FromHours(1));
        var finding = Validate(Article(), clock: clock).With(RuleCodes.TimelineFuture).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.published");
        finding.Message.Should().Contain("lies in the future");
    }

    [Fact]
    public void TimelineFuture_WithinTolerance_NotReported()
    {
        var clock = new FakeClock(PublishedAt - ValidationProfile.DefaultFutureTolerance);
        Validate(Article(), clock: clock).Contains(RuleCodes.TimelineFuture).Should().BeFalse();
    }

    [Fact]
    public void TimelineFuture_ClockAdvances_ReportDisappears()
    {
        var clock = new FakeClock(PublishedAt - Duration.FromHours(1));
        var validator = new ArticleValidator(ValidationProfile.Publish.WithFutureTolerance(Duration.FromMinutes(10)), clock);
        validator.Validate(Article()).Contains(RuleCodes.TimelineFuture).Should().BeTrue();
        clock.Advance(Duration.FromMinutes(50));
        validator.Validate(Article()).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void TimelineFuture_EmbargoInFuture_NotReported()
    {
        var timeline = new Timeline(Published, embargoedUntil: Stamp(PublishedAt - Duration.FromHours(1)));
        Validate(WithTimeline(timeline), clock: new FakeClock(PublishedAt + Duration.FromMinutes(1))).Contains(RuleCodes.TimelineFuture).Should().BeFalse();
    }

    [Fact]
    public void TimelineZoneNotTzdb_FixedOffsetPublicationZone_Reported()
    {
        var fixedZone = DateTimeZone.ForOffset(Offset.FromHours(8));
        var article = Article(publication: new Publication("Harbour Herald", fixedZone), timeline: new Timeline(Stamp(PublishedAt, "Monday, 31 March, 2014, 5:31am", fixedZone)));
        var finding = Validate(article).With(RuleCodes.TimelineZoneNotTzdb);
        finding.Should().HaveCount(2);
        finding.Should().Contain(f => f.Path == "publication.zone" && f.Message.Contains("UTC+08"));
        finding.Should().Contain(f => f.Path == "timeline.published.zone");
    }

    [Fact]
    public void TimelineZoneNotTzdb_TzdbZones_NotReported()
    {
        Validate(Article()).Contains(RuleCodes.TimelineZoneNotTzdb).Should().BeFalse();
    }

    [Fact]
    public void TimelineZoneForeign_LondonStampWithoutZone_Reported()
    {
        var timeline = new Timeline(Published, Stamp(PublishedAt + Duration.FromHours(2), "Sunday, 30 March, 2014, 11:31pm", London));
        var finding = Validate(WithTimeline(timeline)).With(RuleCodes.TimelineZoneForeign).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.updated.zone");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("Europe/London").And.Contain("Asia/Hong_Kong");
    }

    [Theory]
    [InlineData("Sunday, 30 March, 2014, 11:31pm BST")]
    [InlineData("2014-03-30T23:31:00+01:00")]
    [InlineData("2014-03-30T23:31:00+01:00[Europe/London]")]
    [InlineData("30 Mar 2014 22:31 GMT")]
    public void TimelineZoneForeign_PrintedTextNamesZone_NotReported(string printed)
    {
        var timeline = new Timeline(Published, Stamp(PublishedAt + Duration.FromHours(2), printed, London));
        Validate(WithTimeline(timeline)).Contains(RuleCodes.TimelineZoneForeign).Should().BeFalse();
    }

    [Fact]
    public void TimelineUpdatedMissing_CorrectionWithoutUpdated_Reported()
    {
        var timeline = new Timeline(Published, corrections: new[] { new Correction(Stamp(PublishedAt + Duration.FromMinutes(5)), "Fixed a name.") });
        var finding = Validate(WithTimeline(timeline)).With(RuleCodes.TimelineUpdatedMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.updated");
        finding.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void TimelineUpdatedMissing_CorrectionAfterUpdated_Reported()
    {
        var timeline = new Timeline(
            Published,
            Stamp(PublishedAt + Duration.FromMinutes(1)),
            corrections: new[] { new Correction(Stamp(PublishedAt + Duration.FromMinutes(5)), "Fixed a name.") });
        Validate(WithTimeline(timeline)).With(RuleCodes.TimelineUpdatedMissing).Should().ContainSingle().Which.Message.Should().Contain("after the updated stamp");
    }

    [Fact]
    public void TimelineUpdatedMissing_UpdatedCoversCorrection_NotReported()
    {
        var timeline = new Timeline(
            Published,
            Stamp(PublishedAt + Duration.FromMinutes(5)),
            corrections: new[] { new Correction(Stamp(PublishedAt + Duration.FromMinutes(5)), "Fixed a name.") });
        Validate(WithTimeline(timeline)).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void TimelineUpdatedMissing_Archive_IsWarning()
    {
        var timeline = new Timeline(Published, corrections: new[] { new Correction(Stamp(PublishedAt + Duration.FromMinutes(5)), "Fixed a name.") });
        var report = Validate(WithTimeline(timeline), ValidationProfile.Archive);
        report.With(RuleCodes.TimelineUpdatedMissing).Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
        report.IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("Monday, 31 March, 2014, 6:31am", "time")]
    [InlineData("Monday, 30 March, 2014, 5:31am", "date")]
    [InlineData("Tuesday, 31 March, 2014, 5:31am", "weekday")]
    [InlineData("Monday, 31 March, 2014, 5:31pm", "time")]
    [InlineData("Monday, 31 March, 2013, 5:31am", "date")]
    public void TimelinePrintedMismatch_DisagreesInPublicationZone_Reported(string printed, string what)
    {
        var timeline = new Timeline(Stamp(PublishedAt, printed));
        var finding = Validate(WithTimeline(timeline)).With(RuleCodes.TimelinePrintedMismatch).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.published.printed");
        finding.Message.Should().Contain(what).And.Contain("Monday 31 March 2014, 05:31 in Asia/Hong_Kong");
    }

    [Theory]
    [InlineData("Monday, 31 March, 2014, 5:31am")]
    [InlineData("PUBLISHED : Monday, 31 March, 2014, 5:31am")]
    [InlineData("5:31am, 31 Mar, 2014")]
    [InlineData("March 31, 2014, 5:31 a.m.")]
    public void TimelinePrintedMismatch_Agrees_NotReported(string printed)
    {
        var timeline = new Timeline(Stamp(PublishedAt, printed));
        var report = Validate(WithTimeline(timeline));
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse();
        report.Contains(RuleCodes.TimelinePrintedUnreadable).Should().BeFalse();
    }

    [Fact]
    public void TimelinePrintedMismatch_UpdatedStamp_PathNamesUpdated()
    {
        var timeline = new Timeline(Published, Stamp(PublishedAt + Duration.FromHours(2), "Monday, 31 March, 2014, 5:31am"));
        Validate(WithTimeline(timeline)).With(RuleCodes.TimelinePrintedMismatch).Should().ContainSingle().Which.Path.Should().Be("timeline.updated.printed");
    }

    [Fact]
    public void TimelinePrintedUnreadable_NotAStamp_Reported()
    {
        var timeline = new Timeline(Stamp(PublishedAt, "yesterday morning"));
        var report = Validate(WithTimeline(timeline));
        var finding = report.With(RuleCodes.TimelinePrintedUnreadable).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.published.printed");
        finding.Severity.Should().Be(Severity.Warning);
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse();
    }

    [Fact]
    public void TimelinePrintedUnreadable_Stamp_NotReported()
    {
        Validate(Article()).Contains(RuleCodes.TimelinePrintedUnreadable).Should().BeFalse();
    }

    [Theory]
    [InlineData("2014-03-31T05:31:00+08:00", false)]
    [InlineData("2014-03-31T05:31:00+08:00[Asia/Hong_Kong]", false)]
    [InlineData("Mon, 31 Mar 2014 05:31:00 +0800", false)]
    [InlineData("2014-03-31T06:31:00+08:00", true)]
    [InlineData("Mon, 31 Mar 2014 05:31:00 +0900", true)]
    public void TimelinePrintedMismatch_StampsWithOffsets_ComparedAtTheirOffset(string printed, bool reported)
    {
        var report = Validate(WithTimeline(new Timeline(Stamp(PublishedAt, printed))));
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().Be(reported, report.ToString());
        report.Contains(RuleCodes.TimelinePrintedUnreadable).Should().BeFalse(report.ToString());
    }

    [Fact]
    public void TimelinePrintedMismatch_ForeignZoneStampAgreeingInItsOwnZone_NotReported()
    {
        // 2014-03-30T23:31 in London (BST) is the same instant as 05:31 the next morning in Hong Kong.
        var london = Stamp(PublishedAt, "2014-03-30T22:31:00+01:00[Europe/London]", London);
        var report = Validate(WithTimeline(new Timeline(london)));
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse(report.ToString());
        report.Contains(RuleCodes.TimelineZoneForeign).Should().BeFalse(report.ToString());
    }

    [Fact]
    public void TimelinePrintedMismatch_NewYorkDaylightStamp_ReadInPublicationZone()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var paper = new Publication("Gotham Gazette", newYork);
        var at = Instant.FromUtc(2014, 3, 31, 9, 31); // 5:31 a.m. EDT
        var ok = Article(publication: paper, timeline: new Timeline(Stamp(at, "March 31, 2014, 5:31 a.m. EDT", newYork)));
        Validate(ok).Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse();
        var hourOff = Article(publication: paper, timeline: new Timeline(Stamp(at + Duration.FromHours(1), "March 31, 2014, 5:31 a.m. EDT", newYork)));
        Validate(hourOff, clock: new NodaTime.Testing.FakeClock(at + Duration.FromDays(1))).With(RuleCodes.TimelinePrintedMismatch)
            .Should().ContainSingle().Which.Message.Should().Contain("time disagrees").And.Contain("06:31 in America/New_York");
    }
}
