using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block in README.md and docs/ compiles as a program against the NewsModel assemblies and
/// runs without an exception; where each <c>Console.WriteLine(...)</c> line carries a trailing <c>// text</c>
/// comment, the printed lines equal those comments.
/// </summary>
public class DocsSamplesTest
{
    private static readonly object ConsoleLock = new();

    /// <summary>What a project with implicit usings and references to NewsModel and NewsModel.Testing sees; samples
    /// may rely on these, as a user's project would.</summary>
    private static readonly string GlobalUsings = string.Join("\n", new[]
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Text.Json",
        "NodaTime", "NewsModel", "NewsModel.Text", "NewsModel.Json", "NewsModel.Validation", "NewsModel.Import",
        "NewsModel.Formats", "NewsModel.Formats.Ninjs", "NewsModel.Formats.SchemaOrg", "NewsModel.Testing",
    }.Select(n => $"global using {n};"));

    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in FindSamples())
        {
            data.Add(file, line);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_CompilesRunsAndPrintsWhatItsCommentsSay(string file, int line)
    {
        string code = FindSamples().Single(s => s.File == file && s.Line == line).Code;
        var assembly = Compile(code, $"{file}:{line}");
        string output = Run(assembly);
        var expected = ExpectedOutput(code);
        if (expected is not null)
        {
            output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')
                .Should().Equal(expected, $"the comments in {file}:{line} say what it prints");
        }
    }

    [Fact]
    public void Samples_DocsAndReadme_HaveAtLeastOneSamplePerGuide()
    {
        var files = FindSamples().Select(s => s.File).Distinct().ToList();
        files.Should().Contain("README.md");
        files.Count(f => f.StartsWith("docs/", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(6, "each guide in docs/ shows its task in code");
    }

    private static IEnumerable<(string File, int Line, string Code)> FindSamples()
    {
        string root = SharedData.RepositoryRoot;
        var files = new List<string> { Path.Combine(root, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var path in files)
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }
                int start = i + 1;
                int end = start;
                while (end < lines.Length && lines[end].Trim() != "```")
                {
                    end++;
                }
                yield return (relative, start, string.Join("\n", lines[start..end]));
                i = end;
            }
        }
    }

    private static List<string>? ExpectedOutput(string code)
    {
        var expected = new List<string>();
        foreach (var raw in code.Split('\n'))
        {
            string line = raw.Trim();
            if (!line.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            {
                continue;
            }
            int comment = line.LastIndexOf("); // ", StringComparison.Ordinal);
            if (comment < 0)
            {
                return null;
            }
            expected.Add(line[(comment + "); // ".Length)..]);
        }
        return expected.Count > 0 ? expected : null;
    }

    private static byte[] Compile(string code, string name)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(new[] { typeof(Article).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location, typeof(NodaTime.Testing.FakeClock).Assembly.Location, typeof(NewsModel.Testing.SampleArticles).Assembly.Location, typeof(NewsModel.Html.HtmlBlocks).Assembly.Location, typeof(AngleSharp.Html.Parser.HtmlParser).Assembly.Location })
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "DocSample",
            new[]
            {
                CSharpSyntaxTree.ParseText(GlobalUsings, new CSharpParseOptions(LanguageVersion.Latest), path: "GlobalUsings.cs"),
                CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: name),
            },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8019").Select(d => d.ToString())
            .Should().BeEmpty($"the sample at {name} compiles");
        return stream.ToArray();
    }

    private static string Run(byte[] image)
    {
        var context = new AssemblyLoadContext("DocSample", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var entry = assembly.EntryPoint!;
            lock (ConsoleLock)
            {
                var previous = Console.Out;
                string directory = Environment.CurrentDirectory;
                var output = new StringWriter();
                try
                {
                    Console.SetOut(output);
                    Environment.CurrentDirectory = SharedData.RepositoryRoot;
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    throw new InvalidOperationException("The sample threw: " + e.InnerException, e.InnerException);
                }
                finally
                {
                    Console.SetOut(previous);
                    Environment.CurrentDirectory = directory;
                }
                return output.ToString();
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
