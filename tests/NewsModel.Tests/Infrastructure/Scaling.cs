using System;
using System.Diagnostics;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// The scaling check every parser and validator entry point keeps: the work for an input 8 times larger must take
/// under 12 times as long (linear work gives about 8; quadratic about 64). Each size is timed as the best of several
/// runs after a warm-up, so a busy machine slows both sides alike; the sizes are small so the check stays fast. The
/// full curves are in docs/benchmarks.md.
/// <para>A size can be unlucky in ways the code does not cause: one size's buffers meet the collector's budget badly
/// (the JSON writer: 0.25 µs a quote at 200 and 800 quotes, 1.2 µs at 400, in every timing). Such a step belongs to
/// one pair of sizes, so a pair that fails is measured again at a larger pair (n × 1.25, 1.5, …, 2): work that grows
/// faster than its input fails at every pair. The test processes run without tiered compilation, so that code is not
/// rejitted between the timings of the two sizes, and with a large-object threshold of 16 MB, so that the larger
/// input's buffers do not pay the large-object heap's collections when the smaller one's do not
/// (Directory.Build.props says what each did to the ratios).</para>
/// </summary>
public static class Scaling
{
    /// <summary>The xunit collection every scaling test belongs to: its tests run one at a time, after the others, so
    /// that no other test's work or collections land inside a timing.</summary>
    public const string Collection = "Scaling";

    /// <summary>The largest ratio allowed between the time for 8n and the time for n.</summary>
    public const double MaxRatio = 12;

    /// <summary>The least time a timing of the smaller size must take for the ratio to mean anything.</summary>
    public const double MinMilliseconds = 10;

    /// <summary>Checks that <paramref name="run"/> on the input made for 8 × <paramref name="n"/> takes under
    /// <see cref="MaxRatio"/> times as long as on the input for <paramref name="n"/>, at that pair of sizes or, when it
    /// fails there, at one of four larger pairs.</summary>
    /// <typeparam name="T">The input.</typeparam>
    /// <param name="make">Makes the input of a size.</param>
    /// <param name="run">The work under test.</param>
    /// <param name="n">The smaller size. A fast run is repeated until a timing takes at least
    /// <see cref="MinMilliseconds"/>, and the larger input is run an eighth as often.</param>
    public static void IsLinear<T>(Func<int, T> make, Action<T> run, int n)
    {
        var ratios = new System.Collections.Generic.List<string>();
        for (int round = 0; round < 5; round++)
        {
            int size = n + n * round / 4;
            double ratio = Ratio(make(size), make(8 * size), run);
            if (ratio < MaxRatio)
            {
                return;
            }
            ratios.Add(FormattableString.Invariant($"{ratio:0.0}x at {size}"));
        }
        ratios.Should().BeEmpty("8x the input should cost about 8x the time, under {0}x, at one pair of sizes at least (n = {1} to {2})", MaxRatio, n, 2 * n);
    }

    private static double Ratio<T>(T small, T large, Action<T> run)
    {
        run(small);
        run(large);
        // Too short a timing measures the timer and the machine's hiccups, not the work: repeat the smaller run until
        // a timing takes ten milliseconds.
        int repeats = 8;
        while (repeats < 1 << 16 && Best(small, run, repeats) * repeats < MinMilliseconds)
        {
            repeats *= 2;
        }
        return Best(large, run, repeats / 8) / Best(small, run, repeats);
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
