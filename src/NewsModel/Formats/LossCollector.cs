using System.Collections.Immutable;

namespace NewsModel.Formats;

/// <summary>Gathers loss entries during one conversion; null-cheap when nothing is lost. Not thread-safe.</summary>
internal struct LossCollector
{
    private ImmutableArray<LossEntry>.Builder? entries;

    internal void Add(string field, string detail, string reason, LossKind kind) =>
        (entries ??= ImmutableArray.CreateBuilder<LossEntry>(8)).Add(new LossEntry(field, detail, reason, kind, trusted: true));

    /// <summary>Adds every entry of another conversion's report, its fields under <paramref name="prefix"/>
    /// (<c>Blocks[3]</c> + <c>Marks[0]</c> → <c>Blocks[3].Marks[0]</c>).</summary>
    internal void AddAll(string prefix, LossReport report)
    {
        foreach (var entry in report.Entries)
        {
            Add(prefix + "." + entry.Field, entry.Detail, entry.Reason, entry.Kind);
        }
    }

    internal readonly LossReport ToReport() => entries is null ? LossReport.None : new LossReport(entries.DrainToImmutable(), trusted: true);
}
