using BenchmarkDotNet.Running;

namespace NewsModel.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks the arguments select.</summary>
    /// <remarks><c>--interleaved [rounds] [calls] [sample]</c> runs <see cref="Json.InterleavedJsonHarness"/> instead;
    /// <c>--alloc-types METHOD [sample]</c> prints which types one method allocates (sampled);
    /// <c>--verify-json</c> checks that the JSON contenders write the same documents and says whether byte for byte;
    /// <c>--loop METHOD SECONDS [sample]</c> calls one method in a loop for a sampling profiler (<c>--loop Import_Ratio SECONDS</c> alternates the sample import and its floor and prints their ratio); <c>--scaling [filter]</c> prints
    /// <see cref="Scaling.ScalingCurves"/>.</remarks>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--interleaved")
        {
            int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300;
            int calls = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
            Json.InterleavedJsonHarness.Run(rounds, calls, args.Length > 3 ? args[3] : "HarbourFerryFares");
            return;
        }
        if (args.Length is 3 or 4 && args[0] == "--loop")
        {
            Json.InterleavedJsonHarness.Loop(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : "HarbourFerryFares");
            return;
        }
        if (args.Length is 2 or 3 && args[0] == "--alloc-types")
        {
            Json.InterleavedJsonHarness.Loop(args[1], -1, args.Length > 2 ? args[2] : "HarbourFerryFares");
            return;
        }
        if (args.Length == 1 && args[0] == "--verify-json")
        {
            Json.InterleavedJsonHarness.Verify();
            return;
        }
        if (args.Length > 0 && args[0] == "--scaling")
        {
            Scaling.ScalingCurves.Run(args.Length > 1 ? args[1] : null);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
