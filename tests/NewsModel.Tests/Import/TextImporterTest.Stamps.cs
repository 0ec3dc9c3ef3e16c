using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using NewsModel.Import;
using NewsModel.Text;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Import;

/// <summary>Imported stamps are never silently wrong: every located stamp is read strictly by the stamp patterns.</summary>
public partial class TextImporterTest
{
    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    internal static string StampPageFor(string stampLine) => StampPage(stampLine);

    private static string StampPage(string stampLine) =>
        "Ferry fares to rise as fuel costs bite\n\n" + stampLine + "\n\n"
        + "Cross-harbour ferry fares will rise by 8 per cent from next month, the operator said on Wednesday.\n\n"
        + "The company blamed the rising cost of fuel, which it said had doubled over the past year.\n";

    private static ImportResult ImportStamp(string stampLine, string zone, Func<TextImporterBuilder, TextImporterBuilder>? configure = null)
    {
        var builder = new TextImporterBuilder().WithPublication("Harbour Herald", Zone(zone), "HH");
        return (configure is null ? builder : configure(builder)).Build().Import(StampPage(stampLine));
    }

    [Theory]
    [InlineData("Published: 10:00am, 20 Jan, 2020", "Asia/Hong_Kong", "2020-01-20T10:00:00+08:00")]
    [InlineData("Published: 10:00am, 20 Jun, 2020 BST", "Europe/London", "2020-06-20T10:00:00+01:00")]
    [InlineData("1:01 PM ET Thu, 14 May 2020", "America/New_York", "2020-05-14T13:01:00-04:00")]
    [InlineData("1:01 PM ET Tue, 14 Jan 2020", "America/New_York", "2020-01-14T13:01:00-05:00")]
    [InlineData("1:01 PM CT Thu, 14 May 2020", "America/Chicago", "2020-05-14T13:01:00-05:00")]
    [InlineData("20:15 CET 14.01.2020", "Europe/Berlin", "2020-01-14T20:15:00+01:00")]
    [InlineData("20:15 CEST 14.05.2020", "Europe/Paris", "2020-05-14T20:15:00+02:00")]
    [InlineData("14:32 GMT+8, 20 Jan 2020", "Asia/Hong_Kong", "2020-01-20T14:32:00+08:00")]
    [InlineData("14:32 GMT+8, 20 Jan 2020", "Europe/London", "2020-01-20T06:32:00Z")]
    [InlineData("5.31pm HKT 31/3/2014", "Asia/Hong_Kong", "2014-03-31T17:31:00+08:00")]
    [InlineData("Updated 5.31pm, Published 9:05am HKT 31/3/2014", "Asia/Hong_Kong", "2014-03-31T09:05:00+08:00")]
    [InlineData("1:30 AM EDT Sun, 1 Nov 2020", "America/New_York", "2020-11-01T01:30:00-04:00")]
    [InlineData("1:30 AM EST Sun, 1 Nov 2020", "America/New_York", "2020-11-01T01:30:00-05:00")]
    public void Import_TimeBeforeDate_ReadsTheInstantThePagePrinted(string line, string zone, string expected)
    {
        var result = ImportStamp(line, zone);

        result.Success.Should().BeTrue(result.Message);
        var published = result.Article!.Timeline.Published!;
        var expectedValue = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(expected).Value;
        published.Instant.Should().Be(expectedValue.ToInstant(), line);
        published.Precision.Should().Be(MomentPrecision.Minute);
    }

    [Fact]
    public void Import_NumericStampWithATwoDigitYearAfterABylineBullet_ReadsItMonthFirst()
    {
        var result = ImportStamp("By Alexandra Tremayne-Pengelly \u2022 11/08/23 5:19pm", "America/New_York");

        result.Success.Should().BeTrue(result.Message);
        var published = result.Article!.Timeline.Published!;
        published.Instant.Should().Be(Instant.FromUtc(2023, 11, 8, 22, 19));
        published.Printed.Should().Be("11/08/23 5:19pm");
    }

    [Theory]
    [InlineData("PUBLISHED : Tuesday, 31 March, 2014, 5:31am", "Asia/Hong_Kong", "Tuesday", "Monday")]
    [InlineData("1:01 PM ET Wed, 14 May 2020", "America/New_York", "Wednesday", "Thursday")]
    [InlineData("Friday 2nd November 2023", "Europe/London", "Friday", "Thursday")]
    public void Import_WeekdayDisagreesWithTheDate_RefusedNamingLineAndBothWeekdays(string line, string zone, string printed, string actual)
    {
        var result = ImportStamp(line, zone);

        result.Success.Should().BeFalse();
        result.Line.Should().Be(3);
        result.Message.Should().StartWith("Line 3: ").And.Contain(printed).And.Contain("which is a " + actual);
    }

    [Theory]
    [InlineData("2:30 AM ET Sun, 8 Mar 2020", "America/New_York", "skipped")]
    [InlineData("02:30 CET 29.03.2020", "Europe/Berlin", "skipped")]
    [InlineData("1:30 AM ET Sun, 1 Nov 2020", "America/New_York", "twice")]
    [InlineData("02:30 29.10.2023", "Europe/Berlin", "twice")]
    public void Import_GapOrRepeatedHourWithoutAbbreviationThatDecides_RefusedWithTheReason(string line, string zone, string reason)
    {
        var result = ImportStamp(line, zone);

        result.Success.Should().BeFalse();
        result.Message.Should().StartWith("Line 3: ").And.Contain(reason).And.Contain(zone);
    }

    [Fact]
    public void Import_AbbreviationOfAnotherZone_RefusedUnlessThatZoneIsAllowed()
    {
        const string line = "Published: 10:00am, 20 Jun, 2020 BST";

        var refused = ImportStamp(line, "Etc/UTC");
        var allowed = ImportStamp(line, "Etc/UTC", b => b.AlsoAcceptZones(Zone("Europe/London")));

        refused.Success.Should().BeFalse();
        refused.Message.Should().Contain("BST").And.Contain("Etc/UTC");
        allowed.Success.Should().BeTrue(allowed.Message);
        allowed.Article!.Timeline.Published!.Zone.Id.Should().Be("Europe/London");
        allowed.Article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2020, 6, 20, 9, 0));
    }

    [Fact]
    public void Import_RefusedStampWithAConsistentSecondStamp_UsesTheSecondAndReportsTheConflict()
    {
        var importer = new TextImporterBuilder().WithPublication("South China Morning Post", Zone("Asia/Hong_Kong"), "SCMP").Build();
        var page = "Japan, N Korea break the ice at Beijing talks\n\nPUBLISHED : Tuesday, 31 March, 2014, 5:31am\n\n"
                   + "Japanese and North Korean officials met in Beijing on Sunday for the first formal talks in more than a year.\n\n"
                   + "The talks were held at the North Korean embassy, officials said.\n\nPosted: 31 March 2014, 5:31am\n";

        var result = importer.Import(page);

        result.Success.Should().BeTrue(result.Message);
        result.Article!.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        result.Report.Uncertainties.Should().Contain(u => u.StartsWith("Line 3: refused the stamp", StringComparison.Ordinal) && u.Contains("Monday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Published May 14, 2020", "America/New_York", 2020, 5, 14)]
    [InlineData("24 September 2019", "Europe/London", 2019, 9, 24)]
    [InlineData("Posted: 14-May-2020", "Asia/Hong_Kong", 2020, 5, 14)]
    [InlineData("Published 2018-11-04", "America/Sao_Paulo", 2018, 11, 4)]
    public void Import_DateWithoutTime_IsADateOnlyMomentAtTheStartOfThatDay(string line, string zone, int y, int m, int d)
    {
        var result = ImportStamp(line, zone);

        result.Success.Should().BeTrue(result.Message);
        var published = result.Article!.Timeline.Published!;
        published.Precision.Should().Be(MomentPrecision.Day);
        published.IsDateOnly.Should().BeTrue();
        published.Date.Should().Be(new LocalDate(y, m, d));
        published.Instant.Should().Be(Zone(zone).AtStartOfDay(new LocalDate(y, m, d)).ToInstant());
    }

    [Fact]
    public void Import_DateOnlyOnADayThatStartsInAGap_StartsWhenTheClocksResume()
    {
        // Sao Paulo skipped from midnight to 01:00 on 4 November 2018.
        var published = ImportStamp("Published 4 November 2018", "America/Sao_Paulo").Article!.Timeline.Published!;

        published.LocalDateTime.Should().Be(new LocalDateTime(2018, 11, 4, 1, 0));
    }

    [Theory]
    [InlineData("Updated 15 mins ago", MomentPrecision.Minute, -15 * 60)]
    [InlineData("Published 2 hours ago", MomentPrecision.Hour, -2 * 3600)]
    [InlineData("3 days ago", MomentPrecision.Day, -3 * 86400)]
    public void Import_RelativeStampWithAClock_ReadAgainstTheClockWithItsUnitAsPrecision(string line, MomentPrecision precision, int seconds)
    {
        var now = Instant.FromUtc(2020, 5, 14, 12, 0);

        var result = ImportStamp(line, "Europe/London", b => b.WithClock(new FakeClock(now)));

        result.Success.Should().BeTrue(result.Message);
        var published = result.Article!.Timeline.Published!;
        published.Instant.Should().Be(now + Duration.FromSeconds(seconds));
        published.Precision.Should().Be(precision);
        published.RelativeTo.Should().Be(now);
    }

    [Fact]
    public void Import_YesterdayAtATime_ReadsThePreviousDayOfTheClockInTheZone()
    {
        var now = Instant.FromUtc(2020, 5, 14, 2, 0); // 10:00 on 14 May in Hong Kong.

        var result = ImportStamp("Yesterday at 5:31pm", "Asia/Hong_Kong", b => b.WithClock(new FakeClock(now)));

        result.Success.Should().BeTrue(result.Message);
        result.Article!.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 13, 17, 31));
        result.Article.Timeline.Published!.IsRelative.Should().BeTrue();
    }

    [Theory]
    [InlineData("Updated 15 mins ago")]
    [InlineData("Yesterday at 5:31pm")]
    public void Import_RelativeStampWithoutAClock_RefusedNeverReadAgainstTheMachineClock(string line)
    {
        var result = ImportStamp(line, "Europe/London");

        result.Success.Should().BeFalse();
        result.Message.Should().Contain("reference instant").And.Contain("WithClock");
    }

    [Fact]
    public void Import_HouseStylePattern_IsTriedLikeTheBuiltInOnes()
    {
        var house = StampPattern.Create("Aftenposten", "dd/MM/uuuu 'kl.' HH.mm", CultureInfo.InvariantCulture);

        var without = ImportStamp("Publisert: 14/05/2020 kl. 10.39", "Europe/Oslo");
        var with = ImportStamp("Publisert: 14/05/2020 kl. 10.39", "Europe/Oslo", b => b.WithStampPattern(house));

        without.Article?.Timeline.Published!.Precision.Should().Be(MomentPrecision.Day, "the built-in patterns read the date alone");
        with.Success.Should().BeTrue(with.Message);
        with.Article!.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, 10, 39));
    }

    /// <summary>Every style's formatted stamp, placed in a page (above the headline's body, with and without a
    /// label), imports to the instant and precision it states, or is refused for a documented reason.</summary>
    [Fact]
    public void Import_FormattedStampOfEveryStyleInAPage_GivesTheSameInstantOrADocumentedRefusal()
    {
        var zones = new[] { "Asia/Hong_Kong", "Europe/London", "America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata" };
        var placements = new Func<string, string>[]
        {
            s => s,
            s => "Published: " + s,
            s => "By Jane Doe | " + s,
        };
        var gen =
            from zoneIndex in Gen.Int[0, zones.Length - 1]
            from seconds in Gen.Long[Instant.FromUtc(1990, 1, 1, 0, 0).ToUnixTimeSeconds() / 60, Instant.FromUtc(2035, 1, 1, 0, 0).ToUnixTimeSeconds() / 60]
            from style in Gen.Int[0, StampPattern.Known.Count - 1]
            from placement in Gen.Int[0, placements.Length - 1]
            select (zones[zoneIndex], Instant.FromUnixTimeSeconds(seconds * 60), StampPattern.Known[style], placement);
        gen.Sample(
            t =>
            {
                var (zoneId, instant, pattern, placement) = t;
                var zone = Zone(zoneId);
                var culture = ReferenceEquals(pattern, StampPattern.DayMonthNumeric) || ReferenceEquals(pattern, StampPattern.TimeFirstNumeric)
                    ? CultureInfo.GetCultureInfo("en-GB")
                    : CultureInfo.GetCultureInfo("en-US");
                string stamp = pattern.Format(instant.InZone(zone));
                var importer = new TextImporterBuilder().WithPublication("Harbour Herald", zone, "HH").WithCulture(culture).Build();
                var result = importer.Import(StampPage(placements[placement](stamp)));
                if (!result.Success)
                {
                    // The documented refusal: a local time the zone's clocks showed twice, printed without an
                    // abbreviation or offset that decides which.
                    result.Message.Should().Contain("showed it twice", $"{pattern} printed '{stamp}' in {zoneId}");
                    return;
                }
                var published = result.Article!.Timeline.Published!;
                published.Instant.Should().Be(instant, $"{pattern} printed '{stamp}' in {zoneId}");
                published.Precision.Should().BeOneOf([MomentPrecision.Minute, MomentPrecision.Second], $"{pattern} printed '{stamp}'");
            },
            iter: 600);
    }
}

[Collection(NewsModel.Tests.Infrastructure.Scaling.Collection)]
public class TextImporterScalingTest
{
    private static string StampPage(string lines) => TextImporterTest.StampPageFor(lines);

    [Fact]
    public void Import_PageOfStampLines_ScalesLinearly() =>
        NewsModel.Tests.Infrastructure.Scaling.IsLinear(
            n => StampPage(string.Join("\n", Enumerable.Range(0, n).Select(i => $"Updated {1 + (i % 28)} March 2020, 10:{i % 60:00} | Published 1 March 2020 | 5.31pm HKT 31/3/2014"))),
            text => ImportTestKit.Scmp.Import(text),
            n: 200);

    [Fact]
    public void Import_LinesOfNumbersAndMonthNames_ScalesLinearly() =>
        NewsModel.Tests.Infrastructure.Scaling.IsLinear(
            n => StampPage(string.Join("\n", Enumerable.Repeat("12 May 3 June 2020 4:05 13/14/15 May 14 Tuesday 2 hours 9 per cent 7.5 Jan", n))),
            text => ImportTestKit.Scmp.Import(text),
            n: 200);
}
