using System;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests;

public partial class TimelineTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Moment Published = new(Instant.FromUtc(2014, 3, 30, 21, 31), HongKong);
    private static readonly Moment Updated = new(Instant.FromUtc(2014, 3, 31, 9, 9), HongKong);

    [Fact]
    public void Constructor_NoPublished_HoldsAnUnpublishedTimelineWithoutOrderChecks()
    {
        // A draft: no publication moment, so nothing is checked against one.
        var draft = new Timeline(null, updated: Published, scheduled: Updated);
        draft.Published.Should().BeNull();
        draft.Latest.Should().Be(Published);
        draft.Scheduled.Should().Be(Updated);
        draft.ToString().Should().StartWith("Not published; scheduled ");
    }

    [Fact]
    public void Constructor_RevisionOrWithdrawalBeforePublished_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => new Timeline(Updated, revisions: [new Revision(Published, "Headline changed.")]))
            .Should().Throw<ArgumentException>().WithParameterName("revisions");
        FluentActions.Invoking(() => new Timeline(Updated, withdrawal: new Withdrawal(Published, "Legal advice.")))
            .Should().Throw<ArgumentException>().WithParameterName("withdrawal");
        new Timeline(Published, revisions: [new Revision(Updated)], withdrawal: new Withdrawal(Updated)).Revisions.Should().HaveCount(1);
    }

    [Fact]
    public void Constructor_UpdatedBeforePublished_ThrowsNamingUpdated() =>
        FluentActions.Invoking(() => new Timeline(Updated, Published)).Should().Throw<ArgumentException>()
            .WithParameterName("updated").WithMessage("Updated (2014-03-30T21:31:00Z) must not be before published (2014-03-31T09:09:00Z).*");

    [Fact]
    public void Constructor_UpdatedEqualToPublished_IsAllowed() =>
        new Timeline(Published, Published).Latest!.Should().Be(Published);

    [Fact]
    public void Constructor_CorrectionBeforePublished_ThrowsNamingCorrections() =>
        FluentActions.Invoking(() => new Timeline(Updated, corrections: new[] { new Correction(Published, "An earlier version misspelt a name.") }))
            .Should().Throw<ArgumentException>().WithParameterName("corrections");

    [Fact]
    public void Constructor_NullCorrection_ThrowsNamingCorrections() =>
        FluentActions.Invoking(() => new Timeline(Published, corrections: new Correction[] { null! }))
            .Should().Throw<ArgumentException>().WithParameterName("corrections");

    [Fact]
    public void Constructor_UpdatedInOtherZoneAfterPublished_Allowed()
    {
        // 21:00 New York time (EDT, UTC-4) on 30 March is 09:00 Hong Kong time on 31 March: after 05:31 HKT.
        var updatedInNewYork = Moment.FromZoned(new LocalDateTime(2014, 3, 30, 21, 0).InZoneStrictly(NewYork));
        var timeline = new Timeline(Published, updatedInNewYork);
        timeline.Updated!.LocalDateTime.Date.Should().BeLessThan(timeline.Published!.LocalDateTime.Date, "local dates differ across zones, instants still order");
    }

    [Fact]
    public void Constructor_NewYorkAcrossFallBack_UpdatedAtRepeatedLocalTimeAfterPublishedIsAllowed()
    {
        var mapping = NewYork.MapLocal(new LocalDateTime(2019, 11, 3, 1, 30));
        var published = Moment.FromZoned(mapping.First());
        var updated = Moment.FromZoned(mapping.Last());
        var timeline = new Timeline(published, updated);
        (timeline.Updated!.Instant - timeline.Published!.Instant).Should().Be(Duration.FromHours(1));
        FluentActions.Invoking(() => new Timeline(updated, published)).Should().Throw<ArgumentException>()
            .WithParameterName("updated", "the same local time an hour earlier in EDT is before the EST one");
    }

    [Fact]
    public void WithUpdated_BeforePublished_Revalidates() =>
        FluentActions.Invoking(() => new Timeline(Updated).WithUpdated(Published)).Should().Throw<ArgumentException>().WithParameterName("updated");

    [Fact]
    public void WithMembers_EachCopy_ChangesOnlyThatMember()
    {
        var timeline = new Timeline(Published);
        var embargo = new Moment(Instant.FromUtc(2014, 3, 30, 20, 0), HongKong);
        var correction = new Correction(Updated, "Corrected the envoy's title.");
        var full = timeline.WithUpdated(Updated).WithCreated(embargo).WithEmbargoedUntil(embargo).WithCorrections(new[] { correction });
        full.Published!.Should().Be(Published);
        full.Updated.Should().Be(Updated);
        full.Created.Should().Be(embargo);
        full.EmbargoedUntil.Should().Be(embargo);
        full.Corrections.Should().Equal(correction);
        full.WithPublished(Published).Should().Be(full);
        full.Latest!.Should().Be(Updated);
        full.ToString().Should().Contain("updated 2014-03-31T17:09:00+08:00[Asia/Hong_Kong]").And.Contain("1 correction(s)");
    }

    [Fact]
    public void Equals_ValueSemantics_IncludesCorrections() =>
        EqualityAssert.Contract(
            new Timeline(Published, Updated, corrections: new[] { new Correction(Updated, "Fixed.") }),
            new Timeline(Published, Updated, corrections: new[] { new Correction(Updated, "Fixed.") }),
            new Timeline(Published, Updated),
            new Timeline(Published, Updated, corrections: new[] { new Correction(Updated, "Fixed!") }),
            new Timeline(Published, corrections: new[] { new Correction(Updated, "Fixed.") }),
            new Timeline(Published, Updated, Published, corrections: new[] { new Correction(Updated, "Fixed.") }),
            new Timeline(Published, Updated, embargoedUntil: Published, corrections: new[] { new Correction(Updated, "Fixed.") }));
}
