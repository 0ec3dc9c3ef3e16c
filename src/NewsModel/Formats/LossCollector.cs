using System.Collections.Generic;

namespace NewsModel.Formats;

/// <summary>Gathers loss entries during one conversion; null-cheap when nothing is lost. Not thread-safe.</summary>
internal struct LossCollector
{
    private List<LossEntry>? entries;

    internal void Add(string field, string detail, string reason, LossKind kind) =>
        (entries ??= new List<LossEntry>()).Add(new LossEntry(field, detail, reason, kind));

    internal readonly LossReport ToReport() => entries is null ? LossReport.None : new LossReport(entries);
}
