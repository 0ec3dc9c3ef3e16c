using System;
using NodaTime;

namespace NewsModel.Tests;

/// <summary>The order invariants at each moment's precision: a moment is before another only when all of the
/// second, minute, hour or day it covers is.</summary>
public partial class TimelineTest
{
    private static Moment DateOnly(int day, string? printed = null) => Moment.FromDate(new LocalDate(2014, 3, day), HongKong, printed);

    [Fact]
    public void Constructor_DateOnlyUpdatedOnTheDayOfATimedPublication_Allowed()
    {
        var timeline = new Timeline(Published, DateOnly(31, "Updated 31 March 2014"));
        timeline.Updated!.Instant.Should().BeLessThan(Published.Instant, "the date-only update stands at the start of the day");
        timeline.Latest!.Should().Be(timeline.Updated);
    }

    [Fact]
    public void Constructor_DateOnlyUpdatedTheDayBefore_ThrowsNamingUpdated() =>
        FluentActions.Invoking(() => new Timeline(Published, DateOnly(30))).Should().Throw<ArgumentException>().WithParameterName("updated");

    [Fact]
    public void Constructor_DateOnlyCorrectionOnPublicationDay_AllowedAndTheDayBeforeRejected()
    {
        new Timeline(Published, corrections: [new Correction(DateOnly(31), "Fixed a name.")]).Corrections.Should().HaveCount(1);
        FluentActions.Invoking(() => new Timeline(Published, corrections: [new Correction(DateOnly(30), "Fixed a name.")]))
            .Should().Throw<ArgumentException>().WithParameterName("corrections");
    }

    [Fact]
    public void Constructor_MinuteUpdatedWithinTheMinuteOfAnExactPublication_Allowed()
    {
        var published = new Moment(Published.Instant + Duration.FromSeconds(30), HongKong);
        var updated = new Moment(Published.Instant, HongKong, "5:31am", MomentPrecision.Minute);
        new Timeline(published, updated).Updated.Should().Be(updated);
        FluentActions.Invoking(() => new Timeline(published, updated.WithPrecision(MomentPrecision.Exact))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_HourUpdatedAnHourBeforePublication_Throws()
    {
        var updated = new Moment(Published.Instant - Duration.FromMinutes(61), HongKong, "4am", MomentPrecision.Hour);
        FluentActions.Invoking(() => new Timeline(Published, updated)).Should().Throw<ArgumentException>().WithParameterName("updated");
    }

    [Fact]
    public void Constructor_DateOnlyPublishedAndTimedUpdatedOnTheSameDay_Allowed()
    {
        var timeline = new Timeline(DateOnly(31), Published);
        timeline.Published!.IsDateOnly.Should().BeTrue();
        Moment.IsSurelyBefore(timeline.Published, timeline.Updated!).Should().BeFalse("a date-only moment covers the whole day");
        Moment.IsSurelyBefore(timeline.Updated!, timeline.Published).Should().BeFalse();
    }

    [Fact]
    public void IsSurelyBefore_DateOnlyMoments_CoverTheirWholeDayInTheirZone()
    {
        var day = DateOnly(31);
        day.Earliest.Should().Be(Instant.FromUtc(2014, 3, 30, 16, 0));
        day.Latest!.Should().Be(Instant.FromUtc(2014, 3, 31, 16, 0) - Duration.Epsilon);
        Moment.IsSurelyBefore(day, new Moment(Instant.FromUtc(2014, 3, 31, 16, 0), HongKong)).Should().BeTrue();
        Moment.IsSurelyBefore(day, new Moment(Instant.FromUtc(2014, 3, 31, 15, 59), HongKong)).Should().BeFalse();
        Moment.IsSurelyBefore(new Moment(Instant.FromUtc(2014, 3, 30, 15, 59), HongKong), day).Should().BeTrue();
    }

    [Fact]
    public void IsSurelyBefore_RelativeDayMoment_CoversTheDayOfItsInstant()
    {
        var crawled = Instant.FromUtc(2014, 3, 31, 9, 0);
        var yesterday = new Moment(crawled - Duration.FromDays(1), HongKong, "Yesterday", MomentPrecision.Day, crawled);
        yesterday.Earliest.Should().Be(Instant.FromUtc(2014, 3, 29, 16, 0));
        yesterday.Latest!.Should().Be(Instant.FromUtc(2014, 3, 30, 16, 0) - Duration.Epsilon);
    }
}
