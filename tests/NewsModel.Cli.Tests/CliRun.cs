using System;
using System.IO;
using System.Text;

namespace NewsModel.Cli.Tests;

/// <summary>One in-process run of the tool: its exit code, standard output and standard error.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the tool with <paramref name="args"/> and optional standard input.</summary>
    public static CliRun WithInput(string? stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? ""));
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = CliApp.Run(args, new CliConsole(input, output, error, ErrorIsTerminal: false));
        return new CliRun(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Runs the tool without standard input.</summary>
    public static CliRun Of(params string[] args) => WithInput(null, args);
}

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsmodel-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        string file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public string WriteBytes(string name, byte[] content)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
