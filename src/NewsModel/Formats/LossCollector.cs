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

    /// <summary>Adds the article's dateline, places and parties, for a format with no place for any of them.</summary>
    internal void AddUnplaced(Article article, string reason)
    {
        if (article.Dateline is not null)
        {
            Add("Dateline", "the dateline", reason, LossKind.Dropped);
        }
        if (!article.Places.IsEmpty)
        {
            Add("Places", Count(article.Places.Length, "place", "places"), reason, LossKind.Dropped);
        }
        if (!article.Parties.IsEmpty)
        {
            Add("Parties", Count(article.Parties.Length, "party", "parties"), reason, LossKind.Dropped);
        }
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    internal readonly LossReport ToReport() => entries is null ? LossReport.None : new LossReport(entries.DrainToImmutable(), trusted: true);
}
