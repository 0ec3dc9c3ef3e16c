using System;
using System.Linq;
using System.Text;
using CsCheck;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    private static readonly string[] Templates =
    [
        "Monday, 31 March, 2014, 5:31am",
        "10:00am, 20 Jan, 2020",
        "March 31, 2014, 5:31 a.m. EDT",
        "12/30/2019 05:03 AM EST",
        "30/12/2019 17:03:00",
        "November 28, 2013 -- Updated 0203 GMT (1003 HKT)",
        "Mon, 31 Mar 2014 05:31:00 +0800",
        "2014-03-31T05:31:00.123+08:00",
        "2014-03-31T05:31:00+08:00[Asia/Hong_Kong]",
    ];

    /// <summary>Stamps with every digit replaced at random and the year sometimes at the ends of the range, so
    /// that every range check, the ends of time and impossible offsets are reached.</summary>
    private static readonly Gen<string> MutatedStamp =
        Gen.Select(Gen.Int[0, Templates.Length - 1], Gen.Int[0, 9].Array[64], Gen.OneOf(Gen.Const("0000"), Gen.Const("0001"), Gen.Const("9999"), Gen.Const("")), (t, digits, year) =>
        {
            var text = new StringBuilder(Templates[t]);
            for (int i = 0, d = 0; i < text.Length; i++)
            {
                if (char.IsDigit(text[i]) && digits[d] < 8)
                {
                    text[i] = (char)('0' + digits[(d + 1) % 64]);
                }
                d = (d + 1) % 64;
            }
            var result = text.ToString();
            return year.Length == 0 ? result : result.Replace("2014", year).Replace("2019", year).Replace("2013", year).Replace("2020", year);
        });

    [Fact]
    public void Parse_MutatedStampsInExtremeZones_NeverThrow()
    {
        var zones = new[] { HongKong, NewYork, LordHowe, DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"], DateTimeZoneProviders.Tzdb["Etc/GMT+12"], Monrovia };
        Gen.Select(MutatedStamp, Gen.Int[0, zones.Length - 1]).Sample((text, z) =>
        {
            foreach (var pattern in StampPattern.Known.Append(StampPattern.Scmp.WithResolver(StampResolver.Later)))
            {
                var result = pattern.Parse(text, zones[z]);
                if (result.Success)
                {
                    _ = pattern.Format(result.Value);
                    _ = result.Value.ToString();
                }
                else
                {
                    result.Message.Should().NotBeNullOrEmpty();
                }
            }
            _ = StampPattern.ParseAny(text, zones[z]);
        }, iter: 4000);
    }

    [Fact]
    public void Parse_OffsetBeyondEighteenHours_Fails()
    {
        ParseFails(StampPattern.Rfc9557, "2042-12-31T14:30:12+20:00[Asia/Hong_Kong]", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 19, "offset", "+20:00", "-18:00 to +18:00"));
        ParseFails(StampPattern.Rfc1123, "Mon, 31 Mar 2014 05:31:00 -9959", HongKong)
            .Message.Should().Be(Message(TextErrorMessages.FieldOutOfRange, 26, "offset", "-99:59", "-18:00 to +18:00"));
    }

    [Fact]
    public void Format_EndsOfTime_DoesNotThrow()
    {
        foreach (var zone in new[] { HongKong, DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"], DateTimeZoneProviders.Tzdb["Etc/GMT+12"] })
        {
            foreach (var instant in new[] { Instant.FromUtc(1, 1, 2, 0, 0), Instant.FromUtc(9999, 12, 30, 0, 0) })
            {
                foreach (var pattern in StampPattern.Known)
                {
                    var text = pattern.Format(new Moment(instant, zone));
                    pattern.Parse(text, zone).TryGetValue(null!, out var parsed);
                    // The styles that print seconds read the instant back exactly (local mean time offsets have seconds).
                    if (pattern == StampPattern.Rfc1123 || pattern == StampPattern.Rfc3339 || pattern == StampPattern.Rfc9557)
                    {
                        parsed!.Instant.Should().Be(instant, "{0} '{1}'", pattern, text);
                    }
                }
            }
        }
    }
}

public partial class StampPatternTest
{
    private static readonly string[] CutTemplates =
    [
        .. Templates,
        "10:00am, 20 Jun, 2020 BST",
        "1:01 PM ET Thu, 14 May 2020",
        "20:15 CET 14.05.2020",
        "14:32 GMT+8, 20 Jan 2020",
        "5.31pm HKT 31/3/2014",
        "Published 14 May 2020 (HKT)",
        "Thursday 14 May 2020 10:39 (GMT+08:00)",
        "2 hours ago",
    ];

    private static readonly string[] Tails = ["", " (", " (ST", " (HK", " (HKT", "(", " GMT+", " GMT-1", " +0", " +08:", " BST", ",", " at", " 1", " May"];

    /// <summary>Every prefix of every style's stamp, with every tail that starts something a style reads next (an
    /// unclosed parenthesis, a bare offset sign), through every pattern, the stamp reader and the importer's stamp
    /// locator: failures are results, never exceptions (a fuzzer found "... 2020 (ST" at the end of a line
    /// throwing ArgumentOutOfRangeException).</summary>
    [Fact]
    public void Parse_EveryPrefixWithOpenEndings_NeverThrows()
    {
        var reader = StampReader.Default.WithReference(Instant.FromUtc(2020, 5, 14, 12, 0));
        foreach (var template in CutTemplates)
        {
            for (int length = 0; length <= template.Length; length++)
            {
                foreach (var tail in Tails)
                {
                    string text = template[..length] + tail;
                    foreach (var pattern in StampPattern.Known)
                    {
                        var result = pattern.Parse(text, HongKong);
                        (result.Success || !string.IsNullOrEmpty(result.Message)).Should().BeTrue();
                    }
                    _ = StampPattern.ParseAny(text, HongKong);
                    _ = reader.Parse(text, HongKong);
                    for (int from = 0; reader.TryFind(text, from, HongKong, out var found) && from < text.Length; from = Math.Max(from + 1, found.End))
                    {
                        found.End.Should().BeLessThanOrEqualTo(text.Length);
                    }
                }
            }
        }
    }
}
