using System;

namespace NewsModel.Cli;

/// <summary>The <c>newsmodel</c> tool's entry point.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's streams.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return CliApp.Run(args, CliConsole.FromProcess());
    }
}
