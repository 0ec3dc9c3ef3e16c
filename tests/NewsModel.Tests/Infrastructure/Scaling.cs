using System;
using System.Diagnostics;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// The scaling check every parser and validator entry point keeps: the work for an input 8 times larger must take
/// under 12 times as long (linear work gives about 8; quadratic about 64). Each size is timed as the best of several
/// runs after a warm-up, so a busy machine slows both sides alike; the sizes are small so the check stays fast. The
/// full curves are in docs/benchmarks.md.
/// </summary>
public static class Scaling
{
    /// <summary>The largest ratio allowed between the time for 8n and the time for n.</summary>
    public const double MaxRatio = 12;

    /// <summary>The least time the smaller size must take for the ratio to mean anything.</summary>
    public const double MinMilliseconds = 2;

    /// <summary>Checks that <paramref name="run"/> on the input made for 8 × <paramref name="n"/> takes under
    /// <see cref="MaxRatio"/> times as long as on the input for <paramref name="n"/>.</summary>
    /// <typeparam name="T">The input.</typeparam>
    /// <param name="make">Makes the input of a size.</param>
    /// <param name="run">The work under test.</param>
    /// <param name="n">The smaller size to start from; doubled until one run takes at least
    /// <see cref="MinMilliseconds"/>.</param>
    public static void IsLinear<T>(Func<int, T> make, Action<T> run, int n)
    {
        var small = make(n);
        run(small);
        // Too short a run measures the timer and the machine's hiccups, not the work: grow the sizes until the smaller
        // takes a couple of milliseconds.
        for (int doubling = 0; doubling < 10 && Best(small, run) < MinMilliseconds; doubling++)
        {
            n *= 2;
            small = make(n);
            run(small);
        }
        var large = make(8 * n);
        run(large);
        double ratio = double.MaxValue;
        // A second round when the first was unlucky: a pause of the machine can only make the ratio look worse.
        for (int round = 0; round < 3 && ratio >= MaxRatio; round++)
        {
            ratio = Best(large, run) / Best(small, run);
        }
        ratio.Should().BeLessThan(MaxRatio, "8x the input ({0} against {1}) should cost about 8x the time, not more", 8 * n, n);
    }

    private static double Best<T>(T input, Action<T> run)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            long start = Stopwatch.GetTimestamp();
            run(input);
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return Math.Max(best, 0.001);
    }
}
