using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Cli.Tests;

/// <summary>The tool never destroys its input, never hangs, and says which path an I/O failure concerns.</summary>
public class ReliabilityCommandTest
{
    private static readonly string Sample = SharedData.RepositoryPath("samples/harbour-ferry-fares.txt");

    /// <summary>The built tool, run as its own process (for signals, closed pipes and closed descriptors).</summary>
    private static readonly string ToolDll = Path.Combine(AppContext.BaseDirectory, "NewsModel.Cli.dll");

    [Theory]
    [InlineData("import", "s.txt", "s.txt")]
    [InlineData("import", "s.txt", "./sub/../s.txt")]
    [InlineData("convert", "x.json", "x.json")]
    public void Output_SameFileAsAnInput_RefusedAndTheInputIsUntouched(string command, string input, string output)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        string content = command == "import" ? File.ReadAllText(Sample) : NewsModelJson.Serialize(SampleArticles.HarbourFerryFares);
        string file = folder.Write(input, content);
        string target = Path.Combine(folder.Path, output);
        var args = command == "import" ? new[] { "import", file, "-z", "Asia/Hong_Kong", "-o", target } : new[] { "convert", file, "--from", "newsmodel", "--to", "ninjs", "-o", target };

        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("is also an input");
        File.ReadAllText(file).Should().Be(content);
    }

    [Fact]
    public void Output_SymbolicLinkToAnInput_Refused()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.txt", File.ReadAllText(Sample));
        string link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, file);

        var run = CliRun.Of("import", file, "-z", "Asia/Hong_Kong", "-o", link);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        File.ReadAllText(file).Should().Be(File.ReadAllText(Sample));
    }

    [Fact]
    public void Output_Success_WritesTheFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string target = folder.Write("out.json", "OLD");

        var run = CliRun.Of("import", Sample, "-z", "Asia/Hong_Kong", "-o", target);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        NewsModelJson.Deserialize(File.ReadAllText(target)).Headline.Should().Be(SampleArticles.HarbourFerryFares.Headline);
        Directory.GetFiles(folder.Path).Should().Equal(target);
    }

    [Fact]
    public void Output_RunKilledHalfway_LeavesThePreviousFileUnderTheFinalName()
    {
        using var folder = new TempFolder();
        var archive = new StringBuilder();
        foreach (var article in new RandomArticles(5).Take(20_000))
        {
            archive.Append(NewsModelJson.Serialize(article)).Append('\n');
        }
        string input = folder.Write("big.ndjson", archive.ToString());
        string target = folder.Write("out.ndjson", "OLD\n");
        using var process = Start($"convert \"{input}\" --from newsmodel --to ninjs -o \"{target}\"");

        // Kill it as soon as the temporary file beside the target has grown.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited
               && !Directory.GetFiles(folder.Path, ".out.ndjson.*.tmp").Any(f => new FileInfo(f).Length > 0))
        {
            Thread.Sleep(5);
        }
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();

        // Either the run finished (then the file is complete) or it died: then the old file is still there.
        string after = File.ReadAllText(target);
        if (after != "OLD\n")
        {
            process.ExitCode.Should().Be(ExitCodes.Success, "only a finished run may replace the file");
            after.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(20_000);
        }
    }

    [Fact]
    public void Import_DirectoryWithSymbolicLinkLoops_EachFileOnceAndFinishes()
    {
        using var folder = new TempFolder();
        string root = Path.Combine(folder.Path, "L");
        Directory.CreateDirectory(root);
        File.Copy(Sample, Path.Combine(root, "s.txt"));
        Directory.CreateSymbolicLink(Path.Combine(root, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "b"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "up"), "..");

        var run = CliRun.Of("import", root, "-z", "Asia/Hong_Kong");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Error.Split('\n').Count(l => l.Contains(": imported ", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Import_GlobWithoutDoubleStar_ReadsOnlyTheFoldersItCanMatch()
    {
        using var folder = new TempFolder();
        folder.Write("x1.txt", File.ReadAllText(Sample));
        string deep = Path.Combine(folder.Path, "deep");
        Directory.CreateDirectory(deep);
        File.Copy(Sample, Path.Combine(deep, "x2.txt"));
        Directory.CreateSymbolicLink(Path.Combine(deep, "loop"), "..");

        var run = CliRun.Of("import", Path.Combine(folder.Path, "x*.txt"), "-z", "Asia/Hong_Kong");
        var all = CliRun.Of("import", Path.Combine(folder.Path, "**", "x*.txt"), "-z", "Asia/Hong_Kong");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Error.Should().Contain("x1.txt: imported").And.NotContain("x2.txt");
        all.Error.Split('\n').Count(l => l.Contains(": imported ", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void Read_NdjsonLineOverTheLimit_SkipsThatLineOnlyAndCountsIt()
    {
        using var folder = new TempFolder();
        string file = folder.Write("a.ndjson", "{\"x\":1}\n{\"long\":\"" + new string('a', 100) + "\"}\n{\"x\":3}\n");
        using var stdin = new MemoryStream();
        var inputs = new Inputs(InputKind.Json, stdin, chunkItems: 10, bufferBytes: 16, maxLineBytes: 40);
        var seen = new List<string>();

        foreach (var chunk in inputs.Read(inputs.Expand(new[] { file }), (s, m) => seen.Add($"unreadable {Path.GetFileName(s)}: {m}")))
        {
            seen.AddRange(chunk.Select(i => $"{i.Line}={Encoding.UTF8.GetString(i.Content.Span)}"));
        }

        seen.Should().HaveCount(3);
        seen[0].Should().Be("1={\"x\":1}");
        seen[1].Should().StartWith("unreadable a.ndjson:2: the line is longer than 40 bytes");
        seen[2].Should().Be("3={\"x\":3}");
    }

    [Fact]
    public void Output_EmptyPath_UsageErrorWithoutAStackTrace()
    {
        var run = CliRun.Of("import", Sample, "-o", "");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--output needs a file path").And.NotContain("   at ");
    }

    [Fact]
    public void Output_DeviceThatRefusesWrites_ExitTwoNamingThePath()
    {
        if (!File.Exists("/dev/full"))
        {
            throw new InvalidOperationException("This test needs /dev/full (Linux).");
        }
        var run = CliRun.Of("import", Sample, "-z", "Asia/Hong_Kong", "-o", "/dev/full");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("cannot write '/dev/full'");
        new FileInfo("/dev/full").Length.Should().Be(0, "the device is written directly, never replaced");
    }

    [Fact]
    public void StandardOutput_ClosedPipe_StopsPromptlyWithExitTwo()
    {
        using var folder = new TempFolder();
        var archive = new StringBuilder();
        foreach (var article in new RandomArticles(9).Take(20_000))
        {
            archive.Append(NewsModelJson.Serialize(article)).Append('\n');
        }
        string input = folder.Write("big.ndjson", archive.ToString());
        using var process = Start($"convert \"{input}\" --from newsmodel --to ninjs");

        // Read one line, then close the pipe, as `| head -1` does.
        process.StandardOutput.ReadLine().Should().NotBeNull();
        process.StandardOutput.Close();
        bool exited = process.WaitForExit(60_000);
        string error = process.StandardError.ReadToEnd();

        exited.Should().BeTrue("a closed pipe must stop the run");
        process.ExitCode.Should().Be(ExitCodes.InputError);
        error.Should().Contain("cannot write standard output");
        error.Should().NotContain("20,000 of 20,000");
    }

    [Fact]
    public void Import_ClosedStandardInput_RefusedInsteadOfHanging()
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"exec dotnet \"{ToolDll}\" import - -z Asia/Hong_Kong <&-"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;

        bool exited = process.WaitForExit(60_000);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        exited.Should().BeTrue("a closed standard input must not make the tool wait for ever");
        process.ExitCode.Should().Be(ExitCodes.InputError);
        process.StandardError.ReadToEnd().Should().Contain("standard input is closed");
    }

    private static Process Start(string arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", $"\"{ToolDll}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        })!;
}

/// <summary>Issue 14, items 7 and 9: what the library now reports instead of throwing reaches the tool's user.</summary>
public class ReliabilityMessagesCommandTest
{
    [Fact]
    public void Validate_LoneSurrogateEscape_FindingNotInternalError()
    {
        var run = CliRun.WithInput("{\"\\ud800\":1}", "validate", "-");

        run.ExitCode.Should().Be(ExitCodes.InputError, "a document that cannot be read is an input error, as any syntax error is");
        (run.Output + run.Error).Should().Contain("NM-JSON-SYNTAX").And.NotContain("internal error");
    }

    [Fact]
    public void Convert_LongBrokenLiteral_MessageBounded()
    {
        var run = CliRun.WithInput("{\"format\":\"newsmodel/1\",\"id\":fu" + new string('x', 2_000_000), "convert", "-", "--from", "newsmodel", "--to", "ninjs");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("$.id");
        run.Error.Length.Should().BeLessThan(2_000);
    }
}
