using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace NewsModel.Benchmarks.Json;

/// <summary>
/// Which types a benchmark method allocates, by the runtime's allocation sampling (one <c>GCAllocationTick</c> event
/// about every 100 KB allocated, naming the type that crossed it): over many calls the counts are proportional to the
/// bytes each type takes. <c>--alloc-types Deserialize_NewsModelJson FerryFaresExplained</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>Calls <paramref name="call"/> many times and prints the share of allocation ticks per type.</summary>
    internal static void Run(string method, Func<object> call, long bytesPerCall)
    {
        using var sampler = new AllocationSampler();
        object? sink = null;
        long calls = Math.Max(10_000, 400_000_000 / Math.Max(1, bytesPerCall));
        for (long i = 0; i < calls; i++)
        {
            sink = call();
        }
        GC.KeepAlive(sink);
        lock (sampler._ticks)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{method}: {calls} calls, {bytesPerCall} B per call, {sampler._total} ticks"));
            foreach (var (type, ticks) in sampler._ticks.OrderByDescending(p => p.Value))
            {
                double share = (double)ticks / sampler._total;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {share,6:P1}  ~{share * bytesPerCall,7:F0} B  {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not null && eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && eventData.Payload is { } payload)
        {
            int index = eventData.PayloadNames!.IndexOf("TypeName");
            string type = index >= 0 ? payload[index] as string ?? "?" : "?";
            lock (_ticks)
            {
                _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
                _total++;
            }
        }
    }
}
