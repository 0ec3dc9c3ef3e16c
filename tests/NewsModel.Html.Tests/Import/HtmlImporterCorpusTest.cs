using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Html.Tests.Import;

/// <summary>The importer on the real pages of ../shared/corpus/html/: floors under what it reaches today
/// (benchmarks/NewsModel.ImportAccuracy -- --html gives the full table beside SmartReader), so a change that loses
/// pages fails here.</summary>
public class HtmlImporterCorpusTest
{
    private static string Normalise(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s.Normalize(NormalizationForm.FormC))
        {
            b.Append(char.IsWhiteSpace(c) ? ' ' : c switch { '’' or '‘' => '\'', '“' or '”' or '„' or '«' or '»' => '"', _ => char.ToLowerInvariant(c) });
        }
        return string.Join(' ', b.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [SharedDataFact]
    public void Import_CorpusPages_DayBodyAndBoilerplateAboveTheirFloors()
    {
        var importer = new HtmlImporterBuilder().WithPublication("Web page", DateTimeZone.Utc).Build();
        int days = 0, dayHits = 0, segments = 0, found = 0, boilerplate = 0, keptOut = 0;
        var folders = Directory.GetDirectories(SharedData.PathOf("corpus/html"));
        folders.Should().HaveCountGreaterThanOrEqualTo(40);
        foreach (var folder in folders)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
            var root = expected.RootElement;
            var report = importer.Import(File.ReadAllBytes(Path.Combine(folder, "page.html")), root.TryGetProperty("url", out var url) ? url.GetString() : null).Report;
            if (root.GetProperty("expected").TryGetProperty("date", out var date) && date.GetString() is { Length: > 0 } day)
            {
                days++;
                dayHits += report.Published is { } p && p.Instant.InZone(p.Zone).Date.ToString("uuuu-MM-dd", null) == day ? 1 : 0;
            }
            var text = Normalise(string.Join("\n", (report.Standfirst is { } s ? new[] { s } : []).Concat(report.Body)));
            foreach (var segment in root.TryGetProperty("body_must_contain", out var must) ? must.EnumerateArray().Select(e => e.GetString()!) : [])
            {
                segments++;
                found += text.Contains(Normalise(segment), StringComparison.Ordinal) ? 1 : 0;
            }
            foreach (var segment in root.TryGetProperty("body_must_not_contain", out var not) ? not.EnumerateArray().Select(e => e.GetString()!) : [])
            {
                boilerplate++;
                keptOut += text.Contains(Normalise(segment), StringComparison.Ordinal) ? 0 : 1;
            }
        }
        ((double)dayHits / days).Should().BeGreaterThanOrEqualTo(0.95, "the publication day");
        ((double)found / segments).Should().BeGreaterThanOrEqualTo(0.95, "the body segments found");
        ((double)keptOut / boilerplate).Should().BeGreaterThanOrEqualTo(0.93, "the boilerplate kept out");
    }
}
