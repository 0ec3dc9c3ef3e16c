using System.Collections.Immutable;

namespace NewsModel.Formats;

/// <summary>Gathers loss entries during one conversion; null-cheap when nothing is lost. Not thread-safe.</summary>
internal struct LossCollector
{
    private ImmutableArray<LossEntry>.Builder? entries;

    internal void Add(string field, string detail, string reason, LossKind kind) =>
        (entries ??= ImmutableArray.CreateBuilder<LossEntry>(8)).Add(new LossEntry(field, detail, reason, kind, trusted: true));

    internal readonly LossReport ToReport() => entries is null ? LossReport.None : new LossReport(entries.DrainToImmutable(), trusted: true);
}
