using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace NewsModel.Fuzz;

/// <summary>
/// The fuzz driver. <c>dotnet NewsModel.Fuzz.dll TARGET</c> runs one target on standard input: once when started
/// by hand (an escaping exception then prints its stack trace and the exit code is non-zero, which is how a crash
/// is reproduced), or as SharpFuzz's out-of-process fork server when started by afl-fuzz. See fuzz/README.md.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: NewsModel.Fuzz TARGET                 run TARGET on standard input (under afl-fuzz: the fork server)
               NewsModel.Fuzz replay TARGET PATH...   run TARGET on each file (or each file in each folder) and
                                                      print one line per distinct failure; exit 1 if any failed
               NewsModel.Fuzz show TARGET FILE         print what the library makes of FILE (for triage)
               NewsModel.Fuzz minimize TARGET FILE OUT  shrink a failing FILE to OUT, keeping its failure (same
                                                      exception type and library frame, or same broken invariant)
               NewsModel.Fuzz seed CORPUS-FOLDER      (re)write the generated seed files under CORPUS-FOLDER/TARGET/
        targets: native, validate, ninjs, import
        """;

    /// <summary>The entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        // An instrumented NewsModel.dll records every branch in SharpFuzz's trace map, which Fuzzer.OutOfProcess.Run
        // points at afl-fuzz's shared memory. Until then (the targets' static setup, and the modes that never call
        // it: seed, show, replay) it points at a scratch map, so the instrumented build runs them too.
        UseScratchTraceMap();
        if (args.Length == 2 && args[0] == "seed")
        {
            Seeds.Write(args[1]);
            return 0;
        }
        if (args.Length >= 3 && args[0] == "replay" && Targets.All.TryGetValue(args[1], out var replayed))
        {
            return Replay(args[1], replayed, args.Skip(2));
        }
        if (args.Length == 3 && args[0] == "show" && Targets.All.ContainsKey(args[1]))
        {
            Console.WriteLine(Targets.Show(args[1], File.ReadAllBytes(args[2])));
            return 0;
        }
        if (args.Length == 4 && args[0] == "minimize" && Targets.All.TryGetValue(args[1], out var minimized))
        {
            return Minimize(minimized, args[2], args[3]);
        }
        if (args.Length == 1 && Targets.All.TryGetValue(args[0], out var target))
        {
            // Out of process: a StackOverflowException or a hang kills only the child, which SharpFuzz restarts,
            // so one such input is recorded as a crash or a hang instead of ending the whole campaign.
            Fuzzer.OutOfProcess.Run(stream => target(ReadAll(stream)));
            return 0;
        }
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static unsafe void UseScratchTraceMap() =>
        SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int Replay(string name, Action<byte[]> target, IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.'))
                : new[] { p })
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Replay reports every failure, whatever its type, and goes on with the next file.
            catch (Exception e)
#pragma warning restore CA1031
            {
                string signature = Signature(e);
                if (!failures.TryGetValue(signature, out var list))
                {
                    failures[signature] = list = new List<string>();
                }
                list.Add(file);
            }
        }
        foreach (var (signature, list) in failures)
        {
            Console.WriteLine($"FAIL {signature}");
            Console.WriteLine($"     {list.Count} file(s), first: {list[0]}");
        }
        Console.WriteLine($"{name}: {files.Count} file(s), {files.Count - failures.Values.Sum(l => l.Count)} passed, {failures.Values.Sum(l => l.Count)} failed, {failures.Count} distinct failure(s)");
        return failures.Count == 0 && files.Count > 0 ? 0 : 1;
    }

    /// <summary>Delta debugging: drops ever smaller chunks of the input while the same failure remains.</summary>
    private static int Minimize(Action<byte[]> target, string file, string output)
    {
        var input = File.ReadAllBytes(file);
        string? want = Fails(target, input);
        if (want is null)
        {
            Console.Error.WriteLine($"{file} does not fail");
            return 1;
        }
        for (int chunk = Math.Max(1, input.Length / 2); chunk >= 1; chunk /= 2)
        {
            bool progress = true;
            while (progress)
            {
                progress = false;
                for (int start = 0; start + chunk <= input.Length;)
                {
                    var candidate = input[..start].Concat(input[(start + chunk)..]).ToArray();
                    if (Fails(target, candidate) == want)
                    {
                        input = candidate;
                        progress = true;
                    }
                    else
                    {
                        start += chunk;
                    }
                }
            }
        }
        File.WriteAllBytes(output, input);
        Console.WriteLine($"{input.Length} byte(s) left, failing with: {want}");
        return 0;
    }

    private static string? Fails(Action<byte[]> target, byte[] input)
    {
        try
        {
            target(input);
            return null;
        }
#pragma warning disable CA1031 // Any failure counts; its signature decides whether it is the same one.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Signature(e);
        }
    }

    /// <summary>The exception type and the innermost frame of the library that threw it: one per distinct bug.</summary>
    private static string Signature(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }
        string frame = new System.Diagnostics.StackTrace(inner, false).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType?.Namespace?.StartsWith("NewsModel", StringComparison.Ordinal) == true)
            .Select(m => m!.DeclaringType!.FullName + "." + m.Name)
            .FirstOrDefault() ?? "?";
        string message = inner.Message.Split('\n')[0];
        if (message.Length > 160)
        {
            message = message[..160] + "...";
        }
        return e is FuzzFinding ? $"{e.Message.Split('\n')[0]}" : $"{inner.GetType().FullName} at {frame}: {message}";
    }
}
