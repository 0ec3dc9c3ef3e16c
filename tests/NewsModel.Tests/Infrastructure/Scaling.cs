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
    /// <summary>The xunit collection every scaling test belongs to: its tests run one at a time, after the others, so
    /// that no other test's work or collections land inside a timing.</summary>
    public const string Collection = "Scaling";

    /// <summary>The largest ratio allowed between the time for 8n and the time for n.</summary>
    public const double MaxRatio = 12;

    /// <summary>The least time a timing of the smaller size must take for the ratio to mean anything.</summary>
    public const double MinMilliseconds = 2;

    /// <summary>Checks that <paramref name="run"/> on the input made for 8 × <paramref name="n"/> takes under
    /// <see cref="MaxRatio"/> times as long as on the input for <paramref name="n"/>.</summary>
    /// <typeparam name="T">The input.</typeparam>
    /// <param name="make">Makes the input of a size.</param>
    /// <param name="run">The work under test.</param>
    /// <param name="n">The smaller size. The sizes stay as given (small inputs, which the caches hold alike); a fast
    /// run is repeated until a timing takes at least <see cref="MinMilliseconds"/>, and the larger input is run an
    /// eighth as often.</param>
    public static void IsLinear<T>(Func<int, T> make, Action<T> run, int n)
    {
        var small = make(n);
        var large = make(8 * n);
        run(small);
        run(large);
        // Too short a timing measures the timer and the machine's hiccups, not the work: repeat the smaller run until
        // a timing takes a couple of milliseconds.
        int repeats = 8;
        while (repeats < 1 << 16 && Best(small, run, repeats) * repeats < MinMilliseconds)
        {
            repeats *= 2;
        }
        double ratio = double.MaxValue;
        // More rounds when the first was unlucky: a pause of the machine can only make the ratio look worse.
        for (int round = 0; round < 5 && ratio >= MaxRatio; round++)
        {
            ratio = Best(large, run, repeats / 8) / Best(small, run, repeats);
        }
        ratio.Should().BeLessThan(MaxRatio, "8x the input ({0} against {1}) should cost about 8x the time, not more", 8 * n, n);
    }

    /// <summary>The best time of one run, over five timings of <paramref name="repeats"/> runs each.</summary>
    private static double Best<T>(T input, Action<T> run, int repeats)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            // Each timing starts from a collected heap, so that a collection left over from making the input (or from
            // the timing before) is not charged to one size and not the other.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long start = Stopwatch.GetTimestamp();
            for (int k = 0; k < repeats; k++)
            {
                run(input);
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeats);
        }
        return Math.Max(best, 1e-6);
    }
}

/// <summary>Runs the <see cref="Scaling.Collection"/> tests alone.</summary>
[CollectionDefinition(Scaling.Collection, DisableParallelization = true)]
public sealed class ScalingGroup;
