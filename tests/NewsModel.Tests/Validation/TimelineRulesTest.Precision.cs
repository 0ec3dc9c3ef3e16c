using System;
using NewsModel.Validation;
using NodaTime;
using NodaTime.Testing;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

/// <summary>The timeline rules at each moment's precision: a date-only moment covers its day, a minute its minute;
/// a printed date is compared with a date-only moment's date; a relative stamp is not read as an absolute one.</summary>
public partial class TimelineRulesTest
{
    /// <summary>Monday 31 March 2014 in Hong Kong, date only.</summary>
    private static Moment Day(string? printed = "Monday, 31 March 2014", int day = 31) =>
        Moment.FromDate(new LocalDate(2014, 3, day), HongKong, printed);

    private static Moment Timed(Instant instant, MomentPrecision precision, string? printed = null) =>
        new(instant, HongKong, printed, precision);

    [Fact]
    public void TimelineOrder_CreatedLaterOnTheDayOfADateOnlyPublication_NotReported()
    {
        var timeline = new Timeline(Day(), created: Stamp(PublishedAt + Duration.FromHours(3)));
        Validate(WithTimeline(timeline)).Contains(RuleCodes.TimelineOrder).Should().BeFalse();
    }

    [Fact]
    public void TimelineOrder_CreatedTheDayAfterADateOnlyPublication_ReportedWithTheDate()
    {
        var timeline = new Timeline(Day(), created: Stamp(Instant.FromUtc(2014, 3, 31, 16, 0)));
        var finding = Validate(WithTimeline(timeline), clock: new FakeClock(Instant.FromUtc(2014, 4, 2, 0, 0)))
            .With(RuleCodes.TimelineOrder).Should().ContainSingle().Subject;
        finding.Message.Should().Be("The article is stamped as created at Tue 1 Apr 2014 00:00:00 +08 (Asia/Hong_Kong), after it was published at Mon 31 Mar 2014 (date only, Asia/Hong_Kong).");
    }

    [Fact]
    public void TimelineOrder_CreatedWithinThePrintedMinuteOfPublication_NotReported()
    {
        var timeline = new Timeline(Timed(PublishedAt, MomentPrecision.Minute, "Monday, 31 March, 2014, 5:31am"), created: Stamp(PublishedAt + Duration.FromSeconds(40)));
        Validate(WithTimeline(timeline)).Contains(RuleCodes.TimelineOrder).Should().BeFalse();
        var exact = new Timeline(Published, created: Stamp(PublishedAt + Duration.FromSeconds(40)));
        Validate(WithTimeline(exact)).Contains(RuleCodes.TimelineOrder).Should().BeTrue("an exact publication knows it was before");
    }

    [Fact]
    public void Timeline_DateOnlyUpdateOnTheDayOfATimedPublication_AcceptedAndNotReported()
    {
        // Updated "31 March 2014" stands at the start of that day, before 5:31am, but it covers the whole day.
        var timeline = new Timeline(Published, Day("Updated 31 March 2014"));
        timeline.Updated!.Instant.Should().BeLessThan(timeline.Published!.Instant);
        var report = Validate(WithTimeline(timeline));
        report.Contains(RuleCodes.TimelineOrder).Should().BeFalse(report.ToString());
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse(report.ToString());
        report.Contains(RuleCodes.TimelinePrintedUnreadable).Should().BeFalse(report.ToString());
    }

    [Fact]
    public void Timeline_DateOnlyCorrectionOnTheDayOfPublication_Accepted()
    {
        var correction = new Correction(Day("31 March 2014"), "Corrected the fare.");
        var timeline = new Timeline(Published, Stamp(PublishedAt + Duration.FromHours(1)), corrections: [correction]);
        var report = Validate(WithTimeline(timeline));
        report.Contains(RuleCodes.TimelineOrder).Should().BeFalse(report.ToString());
        report.Contains(RuleCodes.TimelineUpdatedMissing).Should().BeFalse(report.ToString());
    }

    [Fact]
    public void TimelineUpdatedMissing_DateOnlyUpdatedOnTheDayOfALaterCorrection_NotReported()
    {
        var correction = new Correction(Stamp(PublishedAt + Duration.FromHours(4)), "Corrected the fare.");
        var timeline = new Timeline(Day(), Day("Updated 31 March 2014"), corrections: [correction]);
        Validate(WithTimeline(timeline), clock: new FakeClock(Instant.FromUtc(2014, 4, 1, 0, 0))).Contains(RuleCodes.TimelineUpdatedMissing).Should().BeFalse();
    }

    [Fact]
    public void TimelineEmbargoBroken_DateOnlyPublicationOnTheDayTheEmbargoEnds_NotReported()
    {
        var timeline = new Timeline(Day(), embargoedUntil: Stamp(PublishedAt));
        Validate(WithTimeline(timeline)).Contains(RuleCodes.TimelineEmbargoBroken).Should().BeFalse();
    }

    [Fact]
    public void TimelineEmbargoBroken_DateOnlyPublicationTheDayBeforeTheEmbargoEnds_Reported()
    {
        var timeline = new Timeline(Day("30 March 2014", day: 30), embargoedUntil: Stamp(PublishedAt));
        Validate(WithTimeline(timeline)).With(RuleCodes.TimelineEmbargoBroken).Should().ContainSingle()
            .Which.Message.Should().Contain("published at Sun 30 Mar 2014 (date only, Asia/Hong_Kong)");
    }

    [Fact]
    public void TimelineFuture_DateOnlyPublicationToday_NotReported()
    {
        var today = Moment.FromDate(new LocalDate(2014, 3, 31), HongKong, "31 March 2014");
        Validate(WithTimeline(new Timeline(today)), clock: new FakeClock(Instant.FromUtc(2014, 3, 30, 16, 30))).Contains(RuleCodes.TimelineFuture).Should().BeFalse();
    }

    [Theory]
    [InlineData("Monday, 31 March 2014")]
    [InlineData("31 March 2014")]
    [InlineData("Published 31st of March, 2014")]
    [InlineData("Updated: Mon. Mar 31, 2014")]
    [InlineData("March 31, 2014")]
    [InlineData("2014-03-31")]
    [InlineData("03/31/2014")]
    [InlineData("Monday, 31 March, 2014, 5:31am")]
    public void TimelinePrintedMismatch_DateOnlyMomentPrintedWithItsDate_NotReported(string printed)
    {
        var report = Validate(WithTimeline(new Timeline(Day(printed))));
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse(report.ToString());
        report.Contains(RuleCodes.TimelinePrintedUnreadable).Should().BeFalse(report.ToString());
    }

    [Fact]
    public void TimelinePrintedMismatch_StampTruncatedToTheDay_ComparesTheDateNotMidnight()
    {
        var dated = Published.WithPrecision(MomentPrecision.Day);
        dated.Printed.Should().Be("Monday, 31 March, 2014, 5:31am");
        dated.LocalDateTime.TimeOfDay.Should().Be(LocalTime.Midnight);
        Validate(WithTimeline(new Timeline(dated))).Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse();
    }

    [Theory]
    [InlineData("30 March 2014", "its date disagrees with the moment's date, Monday 31 March 2014 in Asia/Hong_Kong")]
    [InlineData("Sunday, 30 March, 2014, 5:31am", "its date and weekday disagree with the moment's date, Monday 31 March 2014 in Asia/Hong_Kong")]
    [InlineData("Tuesday, 31 March 2014", "its weekday disagrees with its date, which is a Monday; the moment's date is Monday 31 March 2014 in Asia/Hong_Kong")]
    public void TimelinePrintedMismatch_DateOnlyMomentPrintedWithAnotherDate_Reported(string printed, string detail)
    {
        var finding = Validate(WithTimeline(new Timeline(Day(printed)))).With(RuleCodes.TimelinePrintedMismatch).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.published.printed");
        finding.Message.Should().Be($"The published stamp is printed \"{printed}\", but {detail}.");
    }

    [Theory]
    [InlineData("sometime in March")]
    [InlineData("31 March 2014 at noon")]
    [InlineData("31 March")]
    public void TimelinePrintedUnreadable_DateOnlyMomentPrintedWithoutAReadableDate_Reported(string printed)
    {
        var report = Validate(WithTimeline(new Timeline(Day(printed))));
        report.With(RuleCodes.TimelinePrintedUnreadable).Should().ContainSingle().Which.Path.Should().Be("timeline.published.printed");
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse();
    }

    [Theory]
    [InlineData("Monday, 31 March, 2014, 5:31am", false)]
    [InlineData("Monday, 31 March, 2014, 5:05am", false)]
    [InlineData("Monday, 31 March, 2014, 6:31am", true)]
    public void TimelinePrintedMismatch_HourMoment_ComparesTheHour(string printed, bool reported)
    {
        var hour = Timed(PublishedAt, MomentPrecision.Minute, printed).WithPrecision(MomentPrecision.Hour);
        Validate(WithTimeline(new Timeline(hour))).Contains(RuleCodes.TimelinePrintedMismatch).Should().Be(reported);
    }

    [Theory]
    [InlineData(MomentPrecision.Minute, false)]
    [InlineData(MomentPrecision.Second, true)]
    [InlineData(MomentPrecision.Exact, true)]
    public void TimelinePrintedMismatch_PrintedSecondsAgainstAMinuteMoment_ComparedAtTheMinute(MomentPrecision precision, bool reported)
    {
        var moment = Timed(PublishedAt + Duration.FromSeconds(40), precision, "2014-03-31T05:31:20+08:00");
        Validate(WithTimeline(new Timeline(moment))).Contains(RuleCodes.TimelinePrintedMismatch).Should().Be(reported);
    }

    [Fact]
    public void TimelinePrintedUnreadable_RelativeStamp_NotReported()
    {
        var crawled = PublishedAt + Duration.FromHours(2);
        var relative = new Moment(PublishedAt, HongKong, "2 hours ago", MomentPrecision.Hour, crawled);
        var report = Validate(WithTimeline(new Timeline(relative)));
        report.Contains(RuleCodes.TimelinePrintedUnreadable).Should().BeFalse(report.ToString());
        report.Contains(RuleCodes.TimelinePrintedMismatch).Should().BeFalse(report.ToString());
    }
}
