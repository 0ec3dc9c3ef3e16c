using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Cli.Tests;

public class ImportCommandTest
{
    private static readonly string Sample = SharedData.RepositoryPath("samples/harbour-ferry-fares.txt");

    [Fact]
    public void Import_Sample_PrintsTheArticleAsNewsModelJsonAndReportsOnStderr()
    {
        var run = CliRun.Of("import", Sample, "--publication-zone", "Asia/Hong_Kong", "--publication", "Harbour Herald", "--short-name", "HH");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var article = NewsModelJson.Deserialize(run.Output);
        var expected = SampleArticles.HarbourFerryFares;
        article.Headline.Should().Be(expected.Headline);
        article.Body.Should().Equal(expected.Body);
        article.Timeline.Published!.Should().Be(expected.Timeline.Published);
        article.Timeline.Updated.Should().Be(expected.Timeline.Updated);
        article.Credits.Should().Equal(expected.Credits);
        run.Error.Should().Contain("harbour-ferry-fares.txt: imported \"Star Ferry fares");
        run.Error.Should().Contain("as boilerplate");
    }

    [SharedDataFact]
    public void Import_ScmpCorpusArticle_ReadsStampsInHongKongTime()
    {
        var run = CliRun.Of("import", SharedData.PathOf("corpus/scmp-2014-03-31-japan-north-korea-talks.txt"), "-z", "Asia/Hong_Kong", "-p", "South China Morning Post");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var article = NewsModelJson.Deserialize(run.Output);
        article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        article.Timeline.Updated!.Instant.Should().Be(Instant.FromUtc(2014, 3, 31, 9, 9));
        article.Quotes.Should().HaveCount(4);
    }

    [Theory]
    [InlineData("ninjs", "\"uri\"")]
    [InlineData("ninjs2", "\"uri\"")]
    [InlineData("jsonld", "\"@type\"")]
    public void Import_ToOtherFormats_WritesThatFormat(string format, string marker)
    {
        var run = CliRun.Of("import", Sample, "-z", "Asia/Hong_Kong", "--to", format);
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain(marker);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Fact]
    public void Import_OutputOption_WritesTheFile()
    {
        using var folder = new TempFolder();
        string target = Path.Combine(folder.Path, "out.json");
        var run = CliRun.Of("import", Sample, "-z", "Asia/Hong_Kong", "--output", target);
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().BeEmpty();
        NewsModelJson.Deserialize(File.ReadAllText(target)).Headline.Should().StartWith("Star Ferry");
    }

    [Fact]
    public void Import_Directory_WritesOneCompactLinePerArticleAndReportsTheBadFile()
    {
        using var folder = new TempFolder();
        File.Copy(Sample, Path.Combine(folder.Path, "a.txt"));
        folder.Write("nested/b.txt", File.ReadAllText(Sample).Replace("Star Ferry", "Ferry", StringComparison.Ordinal));
        folder.Write("c.txt", "");
        folder.Write("ignored.md", "not an article");
        var run = CliRun.Of("import", folder.Path, "-z", "Asia/Hong_Kong");
        run.ExitCode.Should().Be(ExitCodes.InputError, "the empty file could not be imported");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Select(l => NewsModelJson.Deserialize(l).Headline).Should().Equal(
            "Star Ferry fares to rise for first time in six years as fuel costs bite",
            "Ferry fares to rise for first time in six years as fuel costs bite");
        run.Error.Split('\n').Should().ContainSingle(l => l.StartsWith(Path.Combine(folder.Path, "c.txt") + ": error:", StringComparison.Ordinal));
        run.Error.Should().Contain("2 of 3 article(s) imported");
    }

    [Fact]
    public void Import_BinaryFile_FailsWithOneLineNamingTheFile()
    {
        using var folder = new TempFolder();
        var junk = new byte[4096];
        new Random(5).NextBytes(junk);
        string file = folder.WriteBytes("junk.txt", junk);
        var run = CliRun.Of("import", file, "-z", "Asia/Hong_Kong");
        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain(file + ": error:");
    }

    [Fact]
    public void Import_FileWithAnInvalidByte_FailsNamingLineAndByte()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. "Ferry fares to rise\n\nPublished May 14, 2020\n\nFares rise \""u8, 0xFF, .. "\" by ten per cent next month, the operator said.\n"u8];
        string file = folder.WriteBytes("latin1.txt", bytes);
        var run = CliRun.Of("import", file, "-z", "Asia/Hong_Kong");
        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain(file + ": error: Line 5: byte 57 (0xFF) is not valid UTF-8");
    }

    [Fact]
    public void Import_UnknownZone_IsAUsageErrorSayingWhatToDo()
    {
        var run = CliRun.Of("import", Sample, "--publication-zone", "Mars/Olympus_Mons");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("'Mars/Olympus_Mons' is not a time zone id in the TZDB").And.Contain("newsmodel import --help");
    }

    [Fact]
    public void Import_MissingFile_FailsNamingIt()
    {
        var run = CliRun.Of("import", "/nonexistent/article.txt");
        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("/nonexistent/article.txt: no such file or directory.");
    }

    [Fact]
    public void Import_Stdin_ReadsOneArticle()
    {
        var run = CliRun.WithInput(File.ReadAllText(Sample), "import", "-", "-z", "Asia/Hong_Kong");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        NewsModelJson.Deserialize(run.Output).Body.Should().HaveCount(7);
        run.Output.Should().StartWith("{\n  \"format\"", "one text on stdin is one input: one indented document, as docs/cli.md says");
    }
}

/// <summary><c>newsmodel import page.html</c>: news pages, told from text by their first character.</summary>
public class ImportHtmlCommandTest
{
    private const string Page = """
        <!doctype html><html lang="en"><head>
        <meta property="article:published_time" content="2020-05-14T08:00:00+01:00">
        <meta name="author" content="Jane Doe"></head>
        <body><nav><a href="/">Home</a></nav><h1>Council approves the new harbour plan</h1>
        <article><p>The council approved the harbour plan on Thursday after a long debate, the mayor said.</p></article></body></html>
        """;

    [Fact]
    public void Import_HtmlPageWithoutFrom_DetectedAndImportedWithItsSources()
    {
        using var folder = new TempFolder();
        string page = folder.Write("page.html", Page);

        var run = CliRun.Of("import", page, "-z", "Europe/London", "-p", "Harbour Times");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var article = NewsModelJson.Deserialize(run.Output);
        article.Headline.Should().Be("Council approves the new harbour plan");
        article.Timeline.Published!.Zone.Id.Should().Be("Europe/London", "+01:00 is London's offset in May, and the publication is London's");
        run.Error.Should().Contain("detected html").And.Contain("from meta article:published_time: Timeline.Published");
    }

    [Fact]
    public void Import_FolderOfPagesAndText_EachReadAsWhatItIs()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", Page);
        folder.Write("story.txt", "Ferry fares to rise\nPUBLISHED : Monday, 31 March, 2014, 5:31am\nFares will rise, the operator said on Monday.\n");

        var run = CliRun.Of("import", folder.Path, "-z", "Asia/Hong_Kong");

        run.Error.Should().Contain("detected html").And.Contain("detected text");
        run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [SharedDataFact]
    public void Import_CorpusPageWithFromHtml_Imported()
    {
        var run = CliRun.Of("import", SharedData.PathOf("corpus/html/trafilatura_independent.co.uk.penalty/page.html"), "--from", "html", "-z", "Europe/London");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        NewsModelJson.Deserialize(run.Output).Credits.Select(c => c.Name).Should().Contain("Andrew Woodcock");
    }
}
