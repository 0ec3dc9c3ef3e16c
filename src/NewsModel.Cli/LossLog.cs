using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsModel.Formats;

namespace NewsModel.Cli;

/// <summary>
/// Where the loss reports of conversions go: for a single article, one line per loss beside the article's other
/// messages; for a batch, a tally by field, kind and reason printed once at the end, so an archive of a million
/// articles does not print a million copies of the same loss. Thread-safe.
/// </summary>
internal sealed class LossLog
{
    private readonly bool _tally;
    private readonly ConcurrentDictionary<(string Stage, string Field, LossKind Kind, string Reason), long> _counts = new();

    internal LossLog(bool tally) => _tally = tally;

    internal void Add(List<string> messages, LossReport losses, string stage)
    {
        foreach (var entry in losses.Entries)
        {
            if (_tally)
            {
                _counts.AddOrUpdate((stage, entry.Field, entry.Kind, entry.Reason), 1, static (_, n) => n + 1);
            }
            else
            {
                messages.Add($"loss ({stage}): {entry}");
            }
        }
    }

    internal void WriteTally(TextWriter error)
    {
        foreach (var pair in _counts.OrderBy(p => p.Key.Stage, System.StringComparer.Ordinal).ThenBy(p => p.Key.Field, System.StringComparer.Ordinal))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"newsmodel: loss ({pair.Key.Stage}) in {pair.Value:N0} article(s): {pair.Key.Kind} {pair.Key.Field} ({pair.Key.Reason})"));
        }
    }
}
