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
/// the buffers are then copied out in order while the next chunk is processed. One failed item is reported with
/// its location and never stops the run.
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
        // Two slots: while one chunk is processed on all cores, the previous one's output is written and the next
        // one is read (the input side allows exactly one chunk in flight during a read).
        var slots = new[] { new Slot(_workers), new Slot(_workers) };
        long items = 0, failed = 0, findings = 0, lastProgress = 0;
        Task? running = null;
        Slot? runningSlot = null;
        int next = 0;
        foreach (var chunk in chunks)
        {
            var slot = slots[next];
            next ^= 1;
            var task = Task.Run(() => slot.Process(chunk, process, _separator));
            if (running is not null)
            {
                running.Wait();
                Emit(runningSlot!, ref items, ref failed, ref findings);
                Progress(clock, items, failed, ref lastProgress);
            }
            running = task;
            runningSlot = slot;
        }
        if (running is not null)
        {
            running.Wait();
            Emit(runningSlot!, ref items, ref failed, ref findings);
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

    private void Emit(Slot slot, ref long items, ref long failed, ref long findings)
    {
        for (int w = 0; w < slot.Used; w++)
        {
            _output.Write(slot.Buffers[w].WrittenSpan);
            foreach (var m in slot.Messages[w])
            {
                _error.WriteLine(m);
            }
            failed += slot.Counts[w].Failed;
            findings += slot.Counts[w].Findings;
        }
        items += slot.Items;
    }

    private void Progress(Stopwatch clock, long items, long failed, ref long lastProgress)
    {
        if (_progress && clock.ElapsedMilliseconds - lastProgress >= 250)
        {
            lastProgress = clock.ElapsedMilliseconds;
            double rate = items / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
            _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{items:N0} article(s), {rate:N0}/s, {failed:N0} error(s) so far   "));
        }
    }

    /// <summary>One chunk's working set: a reused output buffer, message list and counts per worker.</summary>
    private sealed class Slot
    {
        internal Slot(int workers)
        {
            Buffers = new ArrayBufferWriter<byte>[workers];
            Messages = new List<string>[workers];
            Counts = new (long Failed, long Findings)[workers];
            for (int w = 0; w < workers; w++)
            {
                Buffers[w] = new ArrayBufferWriter<byte>(1 << 16);
                Messages[w] = new List<string>();
            }
        }

        internal ArrayBufferWriter<byte>[] Buffers { get; }

        internal List<string>[] Messages { get; }

        internal (long Failed, long Findings)[] Counts { get; }

        internal int Used { get; private set; }

        internal int Items { get; private set; }

        /// <summary>Processes a chunk: each worker takes a contiguous slice and writes into its own buffer, so the
        /// buffers read in worker order give the outputs in input order.</summary>
        internal void Process(List<InputItem> chunk, ItemProcessor process, ReadOnlyMemory<byte> separator)
        {
            int workers = Math.Min(Buffers.Length, Math.Max(1, chunk.Count / 64));
            int per = (chunk.Count + workers - 1) / workers;
            Used = workers;
            Items = chunk.Count;
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            {
                var buffer = Buffers[w];
                var log = Messages[w];
                buffer.ResetWrittenCount();
                log.Clear();
                Counts[w] = default;
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
                        Counts[w].Failed++;
                    }
                    else
                    {
                        if (status == ItemStatus.Findings)
                        {
                            Counts[w].Findings++;
                        }
                        if (buffer.WrittenCount > mark)
                        {
                            buffer.Write(separator.Span);
                        }
                    }
                    foreach (var m in scratch)
                    {
                        log.Add($"{item.Location}: {m}");
                    }
                }
            });
        }
    }
}
