using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace NewsModel.Cli;

/// <summary>What became of one input.</summary>
internal enum ItemStatus
{
    /// <summary>Processed; its output written.</summary>
    Ok,

    /// <summary>Read, but it has findings of error severity (validate).</summary>
    Findings,

    /// <summary>Could not be read or converted; a message says why.</summary>
    Failed,
}

/// <summary>Processes one input: writes its output to <paramref name="output"/> and its messages (without location) to <paramref name="messages"/>.</summary>
internal delegate ItemStatus ItemProcessor(InputItem item, IBufferWriter<byte> output, List<string> messages);

/// <summary>Counts over a whole run.</summary>
internal sealed record BatchSummary(long Items, long Failed, long WithFindings, TimeSpan Elapsed);

/// <summary>
/// Runs a processor over chunks of inputs on all cores, keeping output in input order and memory bounded by
/// the chunk size: each worker takes a contiguous slice of the chunk and writes into its own reused buffer;
/// the buffers are then copied out in order. One failed item is reported with its location and never stops the run.
/// </summary>
internal sealed class BatchRunner
{
    private readonly Stream _output;
    private readonly TextWriter _error;
    private readonly bool _progress;
    private readonly int _workers;
    private readonly ReadOnlyMemory<byte> _separator;

    internal BatchRunner(Stream output, TextWriter error, bool progress, ReadOnlyMemory<byte> separator, int workers = 0)
    {
        _output = output;
        _error = error;
        _progress = progress;
        _separator = separator;
        _workers = workers > 0 ? workers : Math.Max(1, Environment.ProcessorCount);
    }

    internal BatchSummary Run(IEnumerable<List<InputItem>> chunks, ItemProcessor process)
    {
        var clock = Stopwatch.StartNew();
        var buffers = new ArrayBufferWriter<byte>[_workers];
        var messages = new List<string>[_workers];
        var counts = new (long Failed, long Findings)[_workers];
        for (int w = 0; w < _workers; w++)
        {
            buffers[w] = new ArrayBufferWriter<byte>(1 << 16);
            messages[w] = new List<string>();
        }
        long items = 0, failed = 0, findings = 0;
        long lastProgress = 0;
        foreach (var chunk in chunks)
        {
            int workers = Math.Min(_workers, Math.Max(1, chunk.Count / 64));
            int per = (chunk.Count + workers - 1) / workers;
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            {
                var buffer = buffers[w];
                var log = messages[w];
                buffer.ResetWrittenCount();
                log.Clear();
                counts[w] = default;
                var scratch = new List<string>();
                int end = Math.Min(chunk.Count, (w + 1) * per);
                for (int i = w * per; i < end; i++)
                {
                    var item = chunk[i];
                    scratch.Clear();
                    ItemStatus status;
                    int mark = buffer.WrittenCount;
                    try
                    {
                        status = process(item, buffer, scratch);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // A processor must not throw; if one does, the item fails and the batch goes on.
                        status = ItemStatus.Failed;
                        scratch.Add($"internal error ({e.GetType().Name}): {e.Message}");
                    }
                    if (status == ItemStatus.Failed)
                    {
                        counts[w].Failed++;
                    }
                    else
                    {
                        if (status == ItemStatus.Findings)
                        {
                            counts[w].Findings++;
                        }
                        if (buffer.WrittenCount > mark)
                        {
                            buffer.Write(_separator.Span);
                        }
                    }
                    foreach (var m in scratch)
                    {
                        log.Add($"{item.Location}: {m}");
                    }
                }
            });
            for (int w = 0; w < workers; w++)
            {
                _output.Write(buffers[w].WrittenSpan);
                foreach (var m in messages[w])
                {
                    _error.WriteLine(m);
                }
                failed += counts[w].Failed;
                findings += counts[w].Findings;
            }
            items += chunk.Count;
            if (_progress && clock.ElapsedMilliseconds - lastProgress >= 250)
            {
                lastProgress = clock.ElapsedMilliseconds;
                double rate = items / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
                _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{items:N0} article(s), {rate:N0}/s, {failed:N0} error(s) so far   "));
            }
        }
        _output.Flush();
        if (_progress)
        {
            _error.Write('\r');
            _error.Write(new string(' ', 60));
            _error.Write('\r');
        }
        return new BatchSummary(items, failed, findings, clock.Elapsed);
    }
}
