using System.IO;
using System.Linq;
using System.Text.Json;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;
using NodaTime.Text;

namespace NewsModel.Tests.Text;

public partial class StampPatternTest
{
    [SharedDataFact]
    public void ParseAny_ScmpCorpusLines_FindsExactlyTheHandCheckedStamps()
    {
        var lines = SharedData.ReadText("corpus/scmp-2014-03-31-japan-north-korea-talks.txt").Split('\n');
        using var expected = JsonDocument.Parse(SharedData.ReadText("corpus/scmp-2014-03-31-japan-north-korea-talks.expected.json"));
        var found = lines
            .Select(line => (Result: StampPattern.ParseAny(line, HongKong, null, out var label), Label: label))
            .Where(x => x.Result.Success)
            .ToArray();
        found.Should().HaveCount(2);
        found[0].Label.Should().Be(StampLabel.Published);
        found[1].Label.Should().Be(StampLabel.Updated);
        foreach (var (moment, name) in new[] { (found[0].Result.Value, "published"), (found[1].Result.Value, "updated") })
        {
            var e = expected.RootElement.GetProperty(name);
            moment.Printed.Should().Be(e.GetProperty("printed").GetString());
            InstantPattern.ExtendedIso.Format(moment.Instant).Should().Be(e.GetProperty("instant").GetString());
            StampPattern.Rfc9557.Format(moment).Should().Be(e.GetProperty("rfc9557").GetString());
        }
    }

    [Fact]
    public void ParseAny_SampleArticle_FindsItsTwoStamps()
    {
        var lines = File.ReadAllLines(SharedData.RepositoryPath("samples/harbour-ferry-fares.txt"));
        var found = lines.Select(line => StampPattern.ParseAny(line, HongKong)).Where(r => r.Success).Select(r => r.Value).ToArray();
        found.Select(m => m.Printed).Should().Equal("Tuesday, 14 October, 2025, 9:15am", "Tuesday, 14 October, 2025, 6:42pm");
        found.Select(m => m.Instant).Should().Equal(Utc(2025, 10, 14, 1, 15), Utc(2025, 10, 14, 10, 42));
    }
}
