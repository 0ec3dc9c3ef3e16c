using System;
using System.Linq;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests;

public partial class MomentTest
{
    private static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

    [Fact]
    public void Constructor_WithoutPrecision_IsExactAndAbsolute()
    {
        var moment = new Moment(ScmpPublished, HongKong, "5:31am");

        moment.Precision.Should().Be(MomentPrecision.Exact);
        moment.IsRelative.Should().BeFalse();
        moment.RelativeTo.Should().BeNull();
    }

    [Fact]
    public void FromDate_DayStartingInAGap_StandsWhenTheClocksResume()
    {
        // Sao Paulo went from 00:00 to 01:00 on 4 November 2018.
        var moment = Moment.FromDate(new LocalDate(2018, 11, 4), SaoPaulo, "4 November 2018");

        moment.Precision.Should().Be(MomentPrecision.Day);
        moment.IsDateOnly.Should().BeTrue();
        moment.LocalDateTime.Should().Be(new LocalDateTime(2018, 11, 4, 1, 0));
        moment.Date.Should().Be(new LocalDate(2018, 11, 4));
    }

    [Fact]
    public void Constructor_DayPrecisionNotAtTheStartOfTheDay_ThrowsNamingInstant()
    {
        var act = () => new Moment(ScmpPublished, HongKong, null, MomentPrecision.Day);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("instant");
    }

    [Fact]
    public void Constructor_RelativeDayPrecision_KeepsTheCountedInstant()
    {
        var reference = Instant.FromUtc(2020, 5, 14, 12, 0);

        var moment = new Moment(reference - Duration.FromDays(3), HongKong, "3 days ago", MomentPrecision.Day, reference);

        moment.Instant.Should().Be(reference - Duration.FromDays(3));
        moment.RelativeTo.Should().Be(reference);
    }

    [Fact]
    public void Constructor_UndefinedPrecision_ThrowsOutOfRange()
    {
        var act = () => new Moment(ScmpPublished, HongKong, null, (MomentPrecision)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equals_PrecisionAndReferenceCount() =>
        EqualityAssert.Contract(
            new Moment(ScmpPublished, HongKong, "5:31am", MomentPrecision.Minute),
            new Moment(ScmpPublished, HongKong, "5:31am", MomentPrecision.Minute),
            new Moment(ScmpPublished, HongKong, "5:31am"),
            new Moment(ScmpPublished, HongKong, "5:31am", MomentPrecision.Second),
            new Moment(ScmpPublished, HongKong, "5:31am", MomentPrecision.Minute, ScmpPublished + Duration.FromHours(1)));

    [Theory]
    [InlineData(MomentPrecision.Second, 5, 31, 17)]
    [InlineData(MomentPrecision.Minute, 5, 31, 0)]
    [InlineData(MomentPrecision.Hour, 5, 0, 0)]
    [InlineData(MomentPrecision.Day, 0, 0, 0)]
    public void WithPrecision_Coarser_TruncatesOnTheZonesClock(MomentPrecision precision, int hour, int minute, int second)
    {
        var moment = Moment.FromZoned(new LocalDateTime(2014, 3, 31, 5, 31, 17, 250).InZoneStrictly(HongKong), "printed");

        var truncated = moment.WithPrecision(precision);

        truncated.Precision.Should().Be(precision);
        truncated.LocalDateTime.Should().Be(new LocalDateTime(2014, 3, 31, hour, minute, second));
        truncated.Printed.Should().Be("printed");
    }

    [Fact]
    public void InZone_DateOnlyMomentToAZoneWhereTheDayStartsElsewhere_KeepsTheInstantAsExact()
    {
        var day = Moment.FromDate(new LocalDate(2020, 5, 14), HongKong);

        var moved = day.InZone(NewYork);

        moved.Instant.Should().Be(day.Instant);
        moved.Precision.Should().Be(MomentPrecision.Exact);
        Moment.FromDate(new LocalDate(2020, 5, 14), DateTimeZone.Utc).InZone(DateTimeZoneProviders.Tzdb["Africa/Abidjan"]).Precision
            .Should().Be(MomentPrecision.Day, "midnight UTC is the start of the day in Abidjan too");
    }

    [Fact]
    public void ChronologicalComparer_DateOnlyAndTimedOnTheSameDay_DateOnlyFirstAndTiesByPrecision()
    {
        var day = Moment.FromDate(new LocalDate(2014, 3, 31), HongKong);
        var midnight = new Moment(day.Instant, HongKong, "12:00am", MomentPrecision.Minute);
        var morning = new Moment(ScmpPublished, HongKong, "5:31am", MomentPrecision.Minute);

        new[] { morning, midnight, day }.OrderBy(m => m, Moment.ChronologicalComparer).Should().Equal(day, midnight, morning);
        Moment.InstantComparer.Compare(day, midnight).Should().Be(0);
        Moment.InstantComparer.Compare(day, morning).Should().BeNegative();
    }

    [Fact]
    public void ToString_DateOnlyAndRelative_SayWhatTheyKnow()
    {
        var reference = Instant.FromUtc(2020, 5, 14, 12, 0);

        Moment.FromDate(new LocalDate(2020, 5, 14), HongKong, "May 14, 2020").ToString()
            .Should().Be("2020-05-14[Asia/Hong_Kong] \"May 14, 2020\"");
        new Moment(reference - Duration.FromHours(2), HongKong, "2 hours ago", MomentPrecision.Hour, reference).ToString()
            .Should().Be("2020-05-14T18:00:00+08:00[Asia/Hong_Kong] ~hour relative to 2020-05-14T12:00:00Z \"2 hours ago\"");
    }
}

public partial class MomentTest
{
    [Theory]
    [InlineData("Etc/GMT+12", 1, 1, 1, 11, 0)]
    [InlineData("Etc/GMT-14", 9999, 12, 31, 10, 0)]
    public void Constructor_LocalYearOutsideOneTo9999_ThrowsNamingInstant(string zoneId, int y, int m, int d, int h, int mi)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];

        var act = () => new Moment(Instant.FromUtc(y, m, d, h, mi), zone);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("instant");
        FluentActions.Invoking(() => new Moment(Instant.MinValue, NewYork)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Moment(Instant.MaxValue, HongKong)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("Etc/GMT+12", 1, 1, 1, 12, 0)]
    [InlineData("Etc/GMT-14", 9999, 12, 31, 9, 59)]
    public void Constructor_LocalYearAtTheEnds_AcceptedAndWritable(string zoneId, int y, int m, int d, int h, int mi)
    {
        var moment = new Moment(Instant.FromUtc(y, m, d, h, mi), DateTimeZoneProviders.Tzdb[zoneId]);

        moment.ToString().Should().StartWith(y.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) == "0001" ? "0001-01-01T00:00:00-12:00" : "9999-12-31T23:59:00+14:00");
        NewsModel.Text.StampPattern.Rfc9557.Parse(NewsModel.Text.StampPattern.Rfc9557.Format(moment), moment.Zone).Value.Instant.Should().Be(moment.Instant);
    }
}
