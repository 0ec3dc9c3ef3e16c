using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsModel.Formats;

/// <summary>
/// What reading a format's body left out or changed, counted per kind and reported once per kind when the body is
/// done (a thousand dropped embeds are one loss entry, not a thousand). Not thread-safe; one per read.
/// </summary>
internal sealed class BodyLosses
{
    private readonly SortedDictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _approximated = new(StringComparer.Ordinal);
    private int _raw;

    /// <summary>Counts something the article's body has no place for.</summary>
    internal void Dropped(string what) => _dropped[what] = _dropped.GetValueOrDefault(what) + 1;

    /// <summary>Counts something read as the nearest block the model has.</summary>
    internal void Approximated(string what) => _approximated[what] = _approximated.GetValueOrDefault(what) + 1;

    /// <summary>Counts markup kept as a raw HTML block because no HTML reader was given.</summary>
    internal void Raw() => _raw++;

    /// <summary>Adds one entry per kind counted, at <paramref name="path"/>; <paramref name="readerOption"/> names the
    /// option that gives an HTML reader (for example <c>WordPressReadOptions.BodyHtml</c>).</summary>
    internal void Report(string path, string readerOption, ref LossCollector losses)
    {
        foreach (var (what, count) in _dropped)
        {
            losses.Add(path, Times(what, count), "an article's body has no place for it", LossKind.Dropped);
        }
        foreach (var (what, count) in _approximated)
        {
            losses.Add(path, Times(what, count), "read as near as the model's blocks allow", LossKind.Approximated);
        }
        if (_raw > 0)
        {
            losses.Add(path, Times("HTML kept as a raw HTML block", _raw), "no HTML reader was given (" + readerOption + ")", LossKind.Approximated);
        }
    }

    private static string Times(string what, int count) =>
        count == 1 ? what : what + " (" + count.ToString(CultureInfo.InvariantCulture) + " times)";
}
