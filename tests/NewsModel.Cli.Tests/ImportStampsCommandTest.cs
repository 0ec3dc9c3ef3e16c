using System.Globalization;
using NewsModel.Import;
using NewsModel.Json;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Cli.Tests;

/// <summary>The tool adds nothing of its own to stamps: it gives the library's answers, refusals included.</summary>
public class ImportStampsCommandTest
{
    private static string Page(string stampLine) =>
        "Ferry fares to rise as fuel costs bite\n\n" + stampLine + "\n\n"
        + "Cross-harbour ferry fares will rise by 8 per cent from next month, the operator said on Wednesday.\n\n"
        + "The company blamed the rising cost of fuel, which it said had doubled over the past year.\n";

    [Theory]
    [InlineData("Published: 10:00am, 20 Jan, 2020", "Asia/Hong_Kong")]
    [InlineData("Published: 10:00am, 20 Jun, 2020 BST", "Europe/London")]
    [InlineData("PUBLISHED : Tuesday, 31 March, 2014, 5:31am", "Asia/Hong_Kong")]
    [InlineData("Published: 10:00am, 20 Jun, 2020 BST", "Etc/UTC")]
    [InlineData("Published May 14, 2020", "America/New_York")]
    [InlineData("Updated 2 hours ago", "Europe/London")]
    public void Import_Stamp_SameAnswerAsTheLibrary(string stampLine, string zone)
    {
        using var folder = new TempFolder();
        string file = folder.Write("page.txt", Page(stampLine));
        var library = new TextImporterBuilder()
            .WithPublication("Harbour Herald", DateTimeZoneProviders.Tzdb[zone], "HH")
            .WithCulture(CultureInfo.GetCultureInfo("en-US"))
            .Build()
            .Import(Page(stampLine));

        var run = CliRun.Of("import", file, "-z", zone, "-p", "Harbour Herald", "--short-name", "HH");

        if (library.Success)
        {
            run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
            NewsModelJson.Deserialize(run.Output).Timeline.Published!.Should().Be(library.Article!.Timeline.Published);
        }
        else
        {
            run.ExitCode.Should().NotBe(ExitCodes.Success);
            run.Error.Should().Contain(library.Message!);
        }
    }

    [Fact]
    public void Import_AsOfAndAlsoAcceptZone_PassedToTheLibrary()
    {
        using var folder = new TempFolder();
        string relative = folder.Write("relative.txt", Page("Updated 2 hours ago"));
        string bst = folder.Write("bst.txt", Page("Published: 10:00am, 20 Jun, 2020 BST"));
        var crawl = Instant.FromUtc(2020, 5, 14, 12, 0);
        var library = new TextImporterBuilder()
            .WithPublication("Harbour Herald", DateTimeZoneProviders.Tzdb["Etc/UTC"], "HH")
            .WithClock(new FakeClock(crawl))
            .AlsoAcceptZones(DateTimeZoneProviders.Tzdb["Europe/London"])
            .Build();

        var relativeRun = CliRun.Of("import", relative, "-z", "Etc/UTC", "-p", "Harbour Herald", "--short-name", "HH", "--as-of", "2020-05-14T12:00:00Z");
        var bstRun = CliRun.Of("import", bst, "-z", "Etc/UTC", "-p", "Harbour Herald", "--short-name", "HH", "--also-accept-zone", "Europe/London");

        relativeRun.ExitCode.Should().Be(ExitCodes.Success, relativeRun.Error);
        NewsModelJson.Deserialize(relativeRun.Output).Timeline.Published
            .Should().Be(library.Import(Page("Updated 2 hours ago")).Article!.Timeline.Published);
        bstRun.ExitCode.Should().Be(ExitCodes.Success, bstRun.Error);
        NewsModelJson.Deserialize(bstRun.Output).Timeline.Published!.Zone.Id.Should().Be("Europe/London");
    }

    [Theory]
    [InlineData("--as-of", "yesterday")]
    [InlineData("--also-accept-zone", "Europe/Atlantis")]
    public void Import_BadStampOption_UsageErrorNamingTheValue(string option, string value)
    {
        using var folder = new TempFolder();
        string file = folder.Write("page.txt", Page("Published May 14, 2020"));

        var run = CliRun.Of("import", file, option, value);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain(value);
    }
}
