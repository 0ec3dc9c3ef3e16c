using System;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests;

public partial class MomentTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Instant ScmpPublished = Instant.FromUtc(2014, 3, 30, 21, 31);

    [Fact]
    public void Constructor_NullZone_ThrowsNamingZone() =>
        FluentActions.Invoking(() => new Moment(ScmpPublished, null!)).Should().Throw<ArgumentNullException>().WithParameterName("zone");

    [Fact]
    public void Constructor_EmptyPrinted_ThrowsNamingPrinted() =>
        FluentActions.Invoking(() => new Moment(ScmpPublished, HongKong, "")).Should().Throw<ArgumentException>().WithParameterName("printed");

    [Fact]
    public void Views_HongKongStamp_GiveLocalTimeOffsetAndUtc()
    {
        var moment = new Moment(ScmpPublished, HongKong, "Monday, 31 March, 2014, 5:31am");
        moment.LocalDateTime.Should().Be(new LocalDateTime(2014, 3, 31, 5, 31));
        moment.Offset.Should().Be(Offset.FromHours(8));
        moment.ZonedDateTime.Zone.Should().BeSameAs(HongKong);
        moment.Utc.LocalDateTime.Should().Be(new LocalDateTime(2014, 3, 30, 21, 31));
        moment.Utc.Date.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday, "the article went out the day before in UTC");
    }

    [Fact]
    public void Views_NewYorkAcrossSpringForward_OffsetFollowsDaylightSaving()
    {
        // 2019-03-10 02:00 EST clocks jumped to 03:00 EDT.
        var before = Moment.FromZoned(new LocalDateTime(2019, 3, 10, 1, 59).InZoneStrictly(NewYork));
        var after = new Moment(before.Instant + Duration.FromMinutes(1), NewYork);
        before.Offset.Should().Be(Offset.FromHours(-5));
        after.Offset.Should().Be(Offset.FromHours(-4));
        after.LocalDateTime.Should().Be(new LocalDateTime(2019, 3, 10, 3, 0));
        after.ToString().Should().Be("2019-03-10T03:00:00-04:00[America/New_York]");
    }

    [Fact]
    public void Views_NewYorkFallBack_SameLocalTimeTwiceAreDifferentMoments()
    {
        var local = new LocalDateTime(2019, 11, 3, 1, 30);
        var mapping = NewYork.MapLocal(local);
        mapping.Count.Should().Be(2);
        var first = Moment.FromZoned(mapping.First());
        var second = Moment.FromZoned(mapping.Last());
        first.LocalDateTime.Should().Be(second.LocalDateTime);
        first.Should().NotBe(second);
        (second.Instant - first.Instant).Should().Be(Duration.FromHours(1));
        first.ToString().Should().Be("2019-11-03T01:30:00-04:00[America/New_York]");
        second.ToString().Should().Be("2019-11-03T01:30:00-05:00[America/New_York]");
    }

    [Fact]
    public void ToString_HongKongWithPrinted_GivesRfc9557AndPrintedText() =>
        new Moment(ScmpPublished, HongKong, "Monday, 31 March, 2014, 5:31am").ToString()
            .Should().Be("2014-03-31T05:31:00+08:00[Asia/Hong_Kong] \"Monday, 31 March, 2014, 5:31am\"");

    [Fact]
    public void ToString_FractionAndSecondsOffset_KeepsBoth()
    {
        var monrovia = DateTimeZoneProviders.Tzdb["Africa/Monrovia"];
        var moment = new Moment(Instant.FromUtc(1970, 6, 1, 12, 0).PlusNanoseconds(120_000_000), monrovia);
        moment.ToString().Should().Be("1970-06-01T11:15:30.12-00:44:30[Africa/Monrovia]");
    }

    [Fact]
    public void InZone_OtherZone_KeepsInstantAndDropsPrinted()
    {
        var moment = new Moment(ScmpPublished, HongKong, "5:31am");
        var moved = moment.InZone(NewYork);
        moved.Instant.Should().Be(moment.Instant);
        moved.Zone.Should().BeSameAs(NewYork);
        moved.Printed.Should().BeNull();
    }

    [Fact]
    public void InstantComparer_DifferentZonesSameInstant_CompareEqual()
    {
        var hk = new Moment(ScmpPublished, HongKong);
        var ny = new Moment(ScmpPublished, NewYork);
        var later = new Moment(ScmpPublished + Duration.Epsilon, NewYork);
        Moment.InstantComparer.Compare(hk, ny).Should().Be(0);
        Moment.InstantComparer.Compare(hk, later).Should().BeNegative();
        Moment.InstantComparer.Compare(null, hk).Should().BeNegative();
        hk.Should().NotBe(ny, "equality is not ordering: the zones differ");
    }

    [Fact]
    public void Equals_ValueSemantics_InstantZoneAndPrintedAllCount() =>
        EqualityAssert.Contract(
            new Moment(ScmpPublished, HongKong, "5:31am"),
            new Moment(ScmpPublished, DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"], "5:31am"),
            new Moment(ScmpPublished + Duration.Epsilon, HongKong, "5:31am"),
            new Moment(ScmpPublished, DateTimeZoneProviders.Tzdb["Asia/Macau"], "5:31am"),
            new Moment(ScmpPublished, HongKong, "5:31 am"),
            new Moment(ScmpPublished, HongKong));

    [Fact]
    public void Equals_GeneratedMoments_EqualToRebuiltCopy() =>
        CsCheck.Check.Sample(ArticleGen.Moment, m =>
        {
            var copy = new Moment(m.Instant, m.Zone, m.Printed is null ? null : new string(m.Printed.AsSpan()), m.Precision, m.RelativeTo);
            return m.Equals(copy) && m.GetHashCode() == copy.GetHashCode();
        }, iter: 2000);
}
