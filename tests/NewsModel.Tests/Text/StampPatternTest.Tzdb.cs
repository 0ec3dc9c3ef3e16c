using System;
using System.Collections.Generic;
using System.Linq;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    private static readonly Instant From1970 = Instant.FromUtc(1970, 1, 1, 0, 0);
    private static readonly Instant To2037 = Instant.FromUtc(2038, 1, 1, 0, 0);

    /// <summary>Every transition of every TZDB zone between 1970 and 2037, with a minute either side.</summary>
    private static IEnumerable<(DateTimeZone Zone, Instant Instant)> TransitionInstants()
    {
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            foreach (var interval in zone.GetZoneIntervals(From1970, To2037))
            {
                if (!interval.HasStart || interval.Start < From1970)
                {
                    continue;
                }
                yield return (zone, interval.Start - Duration.FromMinutes(1));
                yield return (zone, interval.Start);
                yield return (zone, interval.Start + Duration.FromMinutes(1));
            }
        }
    }

    [Fact]
    public void Rfc9557_EveryTzdbTransition1970To2037_FormatsAndParsesBack()
    {
        int count = 0;
        Span<char> buffer = stackalloc char[96];
        foreach (var (zone, instant) in TransitionInstants())
        {
            var zoned = instant.InZone(zone);
            StampPattern.Rfc9557.TryFormat(zoned, buffer, out int written).Should().BeTrue();
            var result = StampPattern.Rfc9557.ParseZoned(buffer[..written], DateTimeZone.Utc);
            if (!result.Success || result.Value.ToInstant() != instant || result.Value.Offset != zoned.Offset || result.Value.Zone.Id != zone.Id)
            {
                throw new Xunit.Sdk.XunitException($"{zone.Id} at {instant}: '{buffer[..written].ToString()}' gave {result}");
            }
            count++;
        }
        count.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void ZoneMapper_EveryTzdbTransition1970To2037_AgreesWithNodaTimeMapLocal()
    {
        int count = 0;
        foreach (var (zone, instant) in TransitionInstants())
        {
            // The wall-clock times just either side of the transition, as read before and after it.
            var before = zone.GetZoneInterval(instant - Duration.Epsilon);
            var after = zone.GetZoneInterval(instant);
            foreach (var local in new[] { instant.Plus(before.WallOffset.AsDuration()), instant.Plus(after.WallOffset.AsDuration()) })
            {
                var localDateTime = local.InUtc().LocalDateTime;
                var expected = zone.MapLocal(localDateTime);
                int actual = ZoneMapper.Map(zone, local, out var early, out var late);
                if (actual != expected.Count || early != expected.EarlyInterval || late != expected.LateInterval)
                {
                    throw new Xunit.Sdk.XunitException(
                        $"{zone.Id} at local {localDateTime}: expected {expected.Count} ({expected.EarlyInterval.Name}, {expected.LateInterval.Name}), got {actual} ({early.Name}, {late.Name})");
                }
                count++;
            }
        }
        count.Should().BeGreaterThan(20_000);
    }
}
