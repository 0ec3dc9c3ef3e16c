using System;
using System.IO;

namespace NewsModel.Cli;

/// <summary>The streams a run reads and writes: the process's own, or in-memory ones in tests.</summary>
/// <param name="Input">Standard input (NDJSON or text).</param>
/// <param name="Output">Standard output, written as UTF-8 bytes.</param>
/// <param name="Error">Standard error: reports, messages, progress.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress lines are shown only then).</param>
public sealed record CliConsole(Stream Input, Stream Output, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>The process's standard streams.</summary>
    /// <returns>The console.</returns>
    public static CliConsole FromProcess()
    {
        var input = Console.OpenStandardInput();
        Inputs.StdinOfProcess = input;
        return new(input, Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected);
    }
}
