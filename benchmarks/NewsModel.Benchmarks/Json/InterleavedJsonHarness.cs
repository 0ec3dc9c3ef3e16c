using System;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsModel.Benchmarks.Json;

/// <summary>
/// A same-process cross-check of <see cref="NewsModelJsonBenchmarks"/> for a shared, loaded machine: the benchmark
/// methods are called in rotation (rounds of <c>calls</c> calls each), and the fastest round per method is reported, so
/// every method sees the same load. Also times a bare <see cref="Utf8JsonReader"/> pass over the same bytes (every
/// token read, <c>GetString()</c> on every string value, nothing built) as the floor any reader on it must stand on,
/// the same passes with NewsModel's own tokenizer (<c>JsonTokenizer</c>, the fast strict reading's floor), and the
/// full reading on <see cref="Utf8JsonReader"/> alone (<c>Deserialize_Utf8JsonReaderPath</c>: what every reading
/// cost before the tokenizer, and what the fallback costs).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --interleaved [rounds] [calls] [sample]</c>
/// (sample: <c>HarbourFerryFares</c>, the default, or the rich <c>FerryFaresExplained</c>).
/// </summary>
public static class InterleavedJsonHarness
{
    /// <summary>Runs the rotation and prints the fastest round per method (µs per call) and the ratios.</summary>
    /// <param name="rounds">How many rounds.</param>
    /// <param name="calls">Calls per method per round.</param>
    /// <param name="sample">The sample article (<see cref="NewsModelJsonBenchmarks.Sample"/>).</param>
    public static void Run(int rounds, int calls, string sample)
    {
        var b = new NewsModelJsonBenchmarks { Sample = sample };
        b.Setup();
        byte[] utf8 = b.Utf8;
        var methods = new (string Name, Func<object> Call)[]
        {
            ("Serialize_SourceGeneratedDto", () => b.Serialize_SourceGeneratedDto()),
            ("Serialize_NewsModelJson", () => b.Serialize_NewsModelJson()),
            ("Serialize_NewtonsoftDto", () => b.Serialize_NewtonsoftDto()),
            ("Serialize_SourceGeneratedDto_SameEscaping", () => b.Serialize_SourceGeneratedDto_SameEscaping()),
            ("Deserialize_SourceGeneratedDto", b.Deserialize_SourceGeneratedDto),
            ("Deserialize_NewsModelJson", b.Deserialize_NewsModelJson),
            ("Deserialize_NewtonsoftDto", b.Deserialize_NewtonsoftDto),
            ("BareReaderPass", () => BareReaderPass(utf8)),
            ("BareTokenPass", () => BareTokenPass(utf8)),
            ("FastReaderPass", () => FastReaderPass(utf8)),
            ("FastTokenPass", () => FastTokenPass(utf8)),
            ("Deserialize_Utf8JsonReaderPath", () => NewsModel.Json.NewsModelJson.ReadWithUtf8JsonReader(utf8, NewsModel.Json.NewsModelJsonOptions.Default)),
        };
        var best = new double[methods.Length];
        Array.Fill(best, double.MaxValue);
        object? sink = null;
        for (int round = 0; round < rounds; round++)
        {
            for (int m = 0; m < methods.Length; m++)
            {
                var call = methods[m].Call;
                long start = Stopwatch.GetTimestamp();
                for (int i = 0; i < calls; i++)
                {
                    sink = call();
                }
                double micros = Stopwatch.GetElapsedTime(start).TotalMicroseconds / calls;
                best[m] = Math.Min(best[m], micros);
            }
        }
        GC.KeepAlive(sink);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Interleaved, {sample} ({utf8.Length} bytes): {rounds} rounds x {calls} calls, fastest round per method (µs per call)"));
        for (int m = 0; m < methods.Length; m++)
        {
            double baseline = methods[m].Name.StartsWith("Serialize", StringComparison.Ordinal) ? best[0] : best[4];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{methods[m].Name,-42} {best[m],8:F3}  {best[m] / baseline,5:F2}x"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Deserialize Newtonsoft / NewsModel: {best[6] / best[5]:F2}x; serialize: {best[2] / best[1]:F2}x; serialize NewsModel / same-escaping STJ: {best[1] / best[3]:F2}x"));
    }

    /// <summary>Calls one benchmark method in a loop for two seconds, then for <paramref name="seconds"/> counting the calls (for an outside sampling profiler
    /// such as <c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>): <c>--loop Deserialize_NewsModelJson 10</c>.</summary>
    /// <param name="method">The benchmark method's name.</param>
    /// <param name="seconds">How long to run.</param>
    /// <param name="sample">The sample article (<see cref="NewsModelJsonBenchmarks.Sample"/>).</param>
    public static void Loop(string method, double seconds, string sample)
    {
        var b = new NewsModelJsonBenchmarks { Sample = sample };
        b.Setup();
        var importer = new Import.TextImporterBenchmarks { Text = "sample" };
        if (method.StartsWith("Import", StringComparison.Ordinal))
        {
            importer.Setup();
        }
        if (method == "Import_Ratio")
        {
            ImportRatio(importer, seconds);
            return;
        }
        Func<object> call = Pick(b, importer, method);
        if (seconds < 0)
        {
            long before = WarmAllocations(call);
            GC.KeepAlive(call());
            AllocationSampler.Run(method, call, GC.GetAllocatedBytesForCurrentThread() - before);
            return;
        }
        object? sink = null;
        // Two seconds first, so that the counted calls run the optimized code.
        for (var warm = Stopwatch.GetTimestamp() + (2 * Stopwatch.Frequency); Stopwatch.GetTimestamp() < warm;)
        {
            sink = call();
        }
        long calls = 0;
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            for (int i = 0; i < 1000; i++)
            {
                sink = call();
            }
            calls += 1000;
        }
        GC.KeepAlive(sink);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{method}: {calls} calls"));
    }

    private static Func<object> Pick(NewsModelJsonBenchmarks b, Import.TextImporterBenchmarks importer, string method) =>
        method switch
        {
            "Import_Sample" => () => importer.TextImporter_ImportUtf8()!,
            "Import_Floor" => importer.Floor_DecodeAndBuild,
            "Deserialize_NewsModelJson" => b.Deserialize_NewsModelJson,
            "Deserialize_SourceGeneratedDto" => b.Deserialize_SourceGeneratedDto,
            "Deserialize_NewtonsoftDto" => b.Deserialize_NewtonsoftDto,
            "Serialize_NewsModelJson" => () => b.Serialize_NewsModelJson(),
            "Serialize_SourceGeneratedDto" => () => b.Serialize_SourceGeneratedDto(),
            "Serialize_SourceGeneratedDto_SameEscaping" => () => b.Serialize_SourceGeneratedDto_SameEscaping(),
            "Serialize_NewtonsoftDto" => () => b.Serialize_NewtonsoftDto(),
            "BareReaderPass" => () => BareReaderPass(b.Utf8),
            "BareTokenPass" => () => BareTokenPass(b.Utf8),
            "FastReaderPass" => () => FastReaderPass(b.Utf8),
            "FastTokenPass" => () => FastTokenPass(b.Utf8),
            _ => throw new ArgumentException("Unknown method " + method, nameof(method)),
        };

    /// <summary>Prints, for each sample, its size and whether the DTO contenders write back the very bytes NewsModel
    /// writes (<see cref="NewsModelJsonBenchmarks.Setup"/> has already failed unless they write an equal document).</summary>
    public static void Verify()
    {
        foreach (var sample in new[] { "HarbourFerryFares", "FerryFaresExplained" })
        {
            var b = new NewsModelJsonBenchmarks { Sample = sample };
            b.Setup();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample}: {b.Utf8.Length} bytes; equal documents from all three; same bytes from the STJ DTO: {b.DtoBytesIdentical}, from Newtonsoft: {b.NewtonsoftTextIdentical}; read by the fast reading: {NewsModel.Json.NewsModelJson.TryReadFast(b.Utf8, NewsModel.Json.NewsModelJsonOptions.Default, out _)}"));
            foreach (var (name, call) in new (string, Func<object>)[]
            {
                ("Serialize_SourceGeneratedDto", () => b.Serialize_SourceGeneratedDto()),
                ("Serialize_NewsModelJson", () => b.Serialize_NewsModelJson()),
                ("Deserialize_SourceGeneratedDto", b.Deserialize_SourceGeneratedDto),
                ("Deserialize_NewsModelJson", b.Deserialize_NewsModelJson),
                ("Deserialize_NewtonsoftDto", b.Deserialize_NewtonsoftDto),
            })
            {
                long before = WarmAllocations(call);
                GC.KeepAlive(call());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-32} {GC.GetAllocatedBytesForCurrentThread() - before,8} B allocated"));
            }
        }
    }

    /// <summary>Calls <paramref name="call"/> until its optimized code runs (the fully optimized code allocates less: the
    /// JIT keeps some objects that do not escape on the stack), then returns the thread's allocated bytes.</summary>
    private static long WarmAllocations(Func<object> call)
    {
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 2000; i++)
            {
                call();
            }
            System.Threading.Thread.Sleep(200);
        }
        return GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Alternates the sample import and its floor in short rounds for <paramref name="seconds"/> and prints the
    /// fastest round of each and their ratio: on a machine whose speed drifts, the two are measured under the same
    /// conditions (<c>--loop Import_Ratio 20</c>).</summary>
    private static void ImportRatio(Import.TextImporterBenchmarks importer, double seconds)
    {
        double bestImport = double.MaxValue, bestFloor = double.MaxValue;
        object? sink = null;
        var until = Stopwatch.GetTimestamp() + (long)((seconds + 2) * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < 500; i++)
            {
                sink = importer.TextImporter_ImportUtf8();
            }
            bestImport = Math.Min(bestImport, Stopwatch.GetElapsedTime(start).TotalMicroseconds / 500);
            start = Stopwatch.GetTimestamp();
            for (int i = 0; i < 4000; i++)
            {
                sink = importer.Floor_DecodeAndBuild();
            }
            bestFloor = Math.Min(bestFloor, Stopwatch.GetElapsedTime(start).TotalMicroseconds / 4000);
        }
        GC.KeepAlive(sink);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import {bestImport:F2} µs, floor {bestFloor:F2} µs, ratio {bestImport / bestFloor:F2}x"));
    }

    /// <summary>Reads every token and nothing else (the tokenizer alone).</summary>
    private static object BareTokenPass(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        int count = 0;
        while (reader.Read())
        {
            count++;
        }
        return count;
    }

    /// <summary>Reads every token, <c>GetString()</c> on every string value; builds nothing.</summary>
    private static object BareReaderPass(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        int count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                count += reader.GetString()!.Length;
            }
        }
        return count;
    }

    /// <summary>Reads every token with NewsModel's own tokenizer (the fast reading's floor).</summary>
    private static object FastTokenPass(byte[] utf8)
    {
        var reader = new NewsModel.Json.JsonTokenizer(utf8, 64);
        int count = 0;
        while (reader.Read())
        {
            count++;
        }
        return count;
    }

    /// <summary>As <see cref="BareReaderPass"/>, with NewsModel's own tokenizer.</summary>
    private static object FastReaderPass(byte[] utf8)
    {
        var reader = new NewsModel.Json.JsonTokenizer(utf8, 64);
        int count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                count += reader.GetString()!.Length;
            }
        }
        return count;
    }
}
