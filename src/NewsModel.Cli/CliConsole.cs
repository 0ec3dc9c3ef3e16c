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
        return new(input, OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected);
    }

    /// <summary>
    /// Standard output as a plain file stream on descriptor 1. The console's own stream ignores a closed pipe
    /// (<c>| head -1</c>) and would let the run go on to the end; a file stream fails with an <see cref="IOException"/>,
    /// which stops the run at once.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }
        try
        {
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Descriptor 1 closed or not writable: the console's stream reports nothing, but the run can go on.
            return Console.OpenStandardOutput();
        }
    }
}
