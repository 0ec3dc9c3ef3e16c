using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Cli.Tests;

public class ConvertCommandTest
{
    [Fact]
    public void Convert_NativeToNinjsAndBack_KeepsTheArticleAndReportsLosses()
    {
        using var folder = new TempFolder();
        string native = folder.Write("sample.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));
        var toNinjs = CliRun.Of("convert", native, "--from", "newsmodel", "--to", "ninjs");
        toNinjs.ExitCode.Should().Be(ExitCodes.Success, toNinjs.Error);
        string ninjs = folder.Write("sample.ninjs.json", toNinjs.Output);
        var back = CliRun.Of("convert", ninjs, "--from", "ninjs", "--to", "newsmodel", "-z", "Asia/Hong_Kong");
        back.ExitCode.Should().Be(ExitCodes.Success, back.Error);
        NewsModelJson.Deserialize(back.Output).Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Fact]
    public void Convert_RichSampleFileToNinjsAndBack_IdenticalDocument()
    {
        using var folder = new TempFolder();
        string sample = SharedData.RepositoryPath("samples/ferry-fares-explained.json");
        var toNinjs = CliRun.Of("convert", sample, "--from", "newsmodel", "--to", "ninjs");
        toNinjs.ExitCode.Should().Be(ExitCodes.Success, toNinjs.Error);
        toNinjs.Output.Should().Contain("\"associations\"").And.Contain("\"subjects\"");
        string ninjs = folder.Write("rich.ninjs.json", toNinjs.Output);
        var back = CliRun.Of("convert", ninjs, "--from", "ninjs", "--to", "newsmodel");
        back.ExitCode.Should().Be(ExitCodes.Success, back.Error);
        NewsModelJson.Serialize(NewsModelJson.Deserialize(back.Output)).Should().Be(NewsModelJson.Serialize(NewsModelJson.Deserialize(File.ReadAllText(sample))));
        var toJsonLd = CliRun.Of("convert", sample, "--from", "newsmodel", "--to", "jsonld");
        toJsonLd.ExitCode.Should().Be(ExitCodes.Success, toJsonLd.Error);
        toJsonLd.Output.Should().Contain("\"image\"").And.Contain("\"articleSection\"").And.Contain("\"keywords\"");
    }

    [Fact]
    public void Convert_ToJsonLdOrNinjs2_ReportsWhatTheTargetDrops()
    {
        using var folder = new TempFolder();
        string native = folder.Write("sample.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));
        var run = CliRun.Of("convert", native, "--from", "newsmodel", "--to", "jsonld");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("\"datePublished\":");
        run.Error.Should().Contain("loss (writing JSON-LD)");
    }

    [Fact]
    public void Convert_NdjsonArchiveFromStdin_StreamsOneLinePerArticleAndSkipsBadLines()
    {
        var articles = new RandomArticles(9).Take(25).ToList();
        var input = new StringBuilder();
        foreach (var a in articles)
        {
            input.Append(NewsModelJson.Serialize(a)).Append('\n');
        }
        input.Insert(0, "{\"format\":\"newsmodel/1\",\"id\":\n");
        var run = CliRun.WithInput(input.ToString(), "convert", "-", "--from", "newsmodel", "--to", "newsmodel");
        run.ExitCode.Should().Be(ExitCodes.InputError);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => NewsModelJson.Deserialize(l)).Should().Equal(articles);
        run.Error.Should().Contain("<stdin>:1: error: not a valid newsmodel document");
        run.Error.Should().Contain("25 of 26 article(s) converted");
    }

    [Fact]
    public void Convert_TruncatedJsonAndWrongZone_FailWithOneLineEachNamingTheFile()
    {
        using var folder = new TempFolder();
        string json = NewsModelJson.Serialize(SampleArticles.HarbourFerryFares);
        string truncated = folder.Write("truncated.json", json[..(json.Length / 2)]);
        string badZone = folder.Write("zone.json", json.Replace("\"Asia/Hong_Kong\"", "\"Asia/Atlantis\"", StringComparison.Ordinal));
        var run = CliRun.Of("convert", truncated, badZone, "--from", "newsmodel", "--to", "ninjs");
        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        var errors = run.Error.Split('\n').Where(l => l.Contains(": error:", StringComparison.Ordinal)).ToList();
        errors.Should().HaveCount(2);
        errors[0].Should().StartWith(truncated + ": error:");
        errors[1].Should().StartWith(badZone + ": error:").And.Contain("Asia/Atlantis");
    }

    [Fact]
    public void Convert_WithoutFrom_EachDocumentsFormatDetectedAndSaid()
    {
        using var folder = new TempFolder();
        string native = folder.Write("native.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));
        string ninjs = folder.Write("wire.json", NewsModel.Formats.Ninjs.NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value);
        string wordpress = folder.Write("post.json", "{\"id\":1,\"date\":\"2020-01-01T08:00:00\",\"date_gmt\":\"2020-01-01T00:00:00\",\"status\":\"publish\",\"title\":{\"rendered\":\"One\"},\"content\":{\"rendered\":\"<p>Body</p>\"}}");
        string rss = folder.Write("feed.xml", "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><guid>1</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate></item></channel></rss>");
        string ans = folder.Write("story.json", NewsModel.Formats.Ans.AnsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value);
        string unknown = folder.Write("other.json", "{\"name\":\"not an article\"}");

        var run = CliRun.Of("convert", native, ninjs, wordpress, rss, ans, unknown, "--to", "newsmodel", "--ndjson", "-z", "Asia/Hong_Kong");

        run.ExitCode.Should().Be(ExitCodes.InputError, "the last document is of no known format");
        run.Error.Should().Contain("detected newsmodel").And.Contain("detected ninjs").And.Contain("detected wordpress").And.Contain("detected feed")
            .And.Contain("detected ans").And.Contain("could not tell the format");
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(5);
    }

    [Fact]
    public void Convert_UnknownFromValue_IsAUsageError()
    {
        var run = CliRun.Of("convert", "x.json", "--from", "docx", "--to", "ninjs");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("'docx' not recognized").And.Contain("'wordpress'");
    }
}

public class ValidateCommandTest
{
    [Fact]
    public void Validate_SampleArticle_ExitsZero()
    {
        using var folder = new TempFolder();
        string file = folder.Write("sample.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));
        var run = CliRun.Of("validate", file);
        run.ExitCode.Should().Be(ExitCodes.Success, run.Output + run.Error);
    }

    [Fact]
    public void Validate_RichSampleFile_ExitsZeroWarningOnlyOfTheUnresolvedSpeaker()
    {
        var run = CliRun.Of("validate", SharedData.RepositoryPath("samples/ferry-fares-explained.json"), "--profile", "publish");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Output + run.Error);
        (run.Output + run.Error).Should().NotContain(" error ");
    }

    [Fact]
    public void Validate_ArticleWithErrors_ExitsOneAndListsFindingsWithPaths()
    {
        using var folder = new TempFolder();
        var broken = SampleArticles.HarbourFerryFares.WithHeadline("   ");
        string file = folder.Write("broken.json", NewsModelJson.Serialize(broken));
        var run = CliRun.Of("validate", file, "--profile", "publish");
        run.ExitCode.Should().Be(ExitCodes.Findings);
        run.Output.Should().Contain(file + ": error").And.Contain("headline");
    }

    [Fact]
    public void Validate_JsonReport_WritesOneReportObjectPerArticle()
    {
        using var folder = new TempFolder();
        folder.Write("a.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));
        folder.Write("b.json", NewsModelJson.Serialize(SampleArticles.CouncilDebate.WithHeadline(" ")));
        var run = CliRun.Of("validate", folder.Path, "--report", "json");
        run.ExitCode.Should().Be(ExitCodes.Findings);
        var reports = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        reports.Should().HaveCount(2);
        reports[0].GetProperty("valid").GetBoolean().Should().BeTrue();
        reports[1].GetProperty("valid").GetBoolean().Should().BeFalse();
        reports[1].GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("path").GetString() == "headline");
    }

    [Fact]
    public void Validate_UnreadableFile_ExitsTwo()
    {
        using var folder = new TempFolder();
        string file = folder.Write("empty.json", "");
        var run = CliRun.Of("validate", file);
        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain(file + ": error:");
    }
}

public class SchemaAndHelpTest
{
    [Fact]
    public void Schema_PrintsTheJsonSchema()
    {
        var run = CliRun.Of("schema");
        run.ExitCode.Should().Be(ExitCodes.Success);
        using var schema = JsonDocument.Parse(run.Output);
        schema.RootElement.GetProperty("$schema").GetString().Should().Contain("2020-12");
        run.Output.Should().Be(NewsModelJson.Schema.TrimEnd('\n') + "\n");
    }

    [Theory]
    [InlineData("import")]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("schema")]
    public void Help_EveryCommand_DescribesItAndExitsZero(string command)
    {
        var run = CliRun.Of(command, "--help");
        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("Usage:").And.Contain(command);
    }

    [Fact]
    public void UnknownCommand_IsAUsageError()
    {
        var run = CliRun.Of("publish", "x");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("newsmodel --help");
    }
}

public class ValidateUnreadableDocumentTest
{
    [Fact]
    public void Validate_DocumentThatDoesNotDeserialize_ListsEveryProblemWithItsPath()
    {
        using var folder = new TempFolder();
        string json = NewsModelJson.Serialize(SampleArticles.HarbourFerryFares)
            .Replace("\"headline\":", "\"headline\":42,\"headlinez\":", StringComparison.Ordinal)
            .Replace("\"language\":\"en\"", "\"language\":false", StringComparison.Ordinal);
        string file = folder.Write("broken.json", json);
        var run = CliRun.Of("validate", file);
        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain(file + ": error: cannot be read as a NewsModel document");
        run.Error.Should().Contain("$.language").And.Contain("$.headlinez");
    }
}

public class ConvertBatchLossTest
{
    [Fact]
    public void Convert_Batch_TalliesLossesOnceByFieldInsteadOfPerArticle()
    {
        var input = new StringBuilder();
        foreach (var a in new RandomArticles(4).Take(30))
        {
            input.Append(NewsModelJson.Serialize(a)).Append('\n');
        }
        var run = CliRun.WithInput(input.ToString(), "convert", "-", "--from", "newsmodel", "--to", "jsonld");
        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var lossLines = run.Error.Split('\n').Where(l => l.Contains("loss (writing JSON-LD)", StringComparison.Ordinal)).ToList();
        lossLines.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        lossLines.Should().OnlyContain(l => l.StartsWith("newsmodel: loss (writing JSON-LD) in ", StringComparison.Ordinal));
        lossLines.Should().Contain(l => l.Contains(" in 30 article(s): ", StringComparison.Ordinal));
    }
}
