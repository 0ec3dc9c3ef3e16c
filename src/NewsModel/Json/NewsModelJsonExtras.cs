using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsModel.Json;

/// <summary>
/// The members a lenient reading found that the <c>newsmodel/2</c> format does not define, as raw JSON keyed by
/// their JSON path (for example <c>$.timeline.published.source</c>), in document order, so that a re-save through
/// <see cref="NewsModelJson.Serialize(Article, NewsModelJsonExtras, System.Buffers.IBufferWriter{byte}, NewsModelJsonOptions?)"/>
/// writes them back.
/// </summary>
/// <remarks>
/// <para>Members are written back into the object at the same path, after that object's known members. Members
/// whose object no longer exists in the article being written (a removed quote, an absent optional moment) are
/// dropped.</para>
/// <para>Equality: the same paths with the same raw texts (ordinal), in any order (a re-save moves unknown members
/// after the known ones). Immutable and thread-safe.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named for what it holds (a reading's extras), like NodaTime's names.")]
public sealed class NewsModelJsonExtras : IReadOnlyDictionary<string, string>, IEquatable<NewsModelJsonExtras>
{
    private readonly ImmutableArray<Entry> _entries;
    private Dictionary<string, List<Entry>>? _byParent;
    private Dictionary<string, string>? _byPath;

    /// <summary>Gets the empty set of extras.</summary>
    public static NewsModelJsonExtras Empty { get; } = new(ImmutableArray<Entry>.Empty);

    private NewsModelJsonExtras(ImmutableArray<Entry> entries) => _entries = entries;

    internal static NewsModelJsonExtras Create(List<Entry>? entries) =>
        entries is null || entries.Count == 0 ? Empty : new(entries.ToImmutableArray());

    /// <summary>Gets the number of unknown members.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the paths, in document order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Path;
            }
        }
    }

    /// <summary>Gets the raw JSON values, in document order.</summary>
    public IEnumerable<string> Values
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.RawJson;
            }
        }
    }

    /// <summary>Gets the raw JSON of the member at <paramref name="key"/>.</summary>
    /// <param name="key">The JSON path.</param>
    /// <exception cref="KeyNotFoundException">No member has that path.</exception>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Returns whether a member has the path <paramref name="key"/>.</summary>
    /// <param name="key">The JSON path.</param>
    /// <returns>Whether it is present.</returns>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Gets the raw JSON of the member at <paramref name="key"/>.</summary>
    /// <param name="key">The JSON path.</param>
    /// <param name="value">The raw JSON, or null.</param>
    /// <returns>Whether it is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (_entries.Length <= 8)
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Path, key, StringComparison.Ordinal))
                {
                    value = entry.RawJson;
                    return true;
                }
            }
            value = null;
            return false;
        }
        var byPath = _byPath;
        if (byPath is null)
        {
            // Paths are unique (a reading rejects a repeated member); built once, on the first lookup of a large set.
            byPath = new Dictionary<string, string>(_entries.Length, StringComparer.Ordinal);
            foreach (var entry in _entries)
            {
                byPath.TryAdd(entry.Path, entry.RawJson);
            }
            _byPath = byPath;
        }
        return byPath.TryGetValue(key, out value);
    }

    /// <summary>Enumerates path and raw JSON pairs in document order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var entry in _entries)
        {
            yield return new KeyValuePair<string, string>(entry.Path, entry.RawJson);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The unknown members of the object at <paramref name="parentPath"/>, or null.</summary>
    internal List<Entry>? ForParent(string parentPath)
    {
        if (_entries.IsEmpty)
        {
            return null;
        }
        var byParent = _byParent;
        if (byParent is null)
        {
            byParent = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
            foreach (var entry in _entries)
            {
                if (!byParent.TryGetValue(entry.ParentPath, out var list))
                {
                    byParent[entry.ParentPath] = list = new List<Entry>();
                }
                list.Add(entry);
            }
            _byParent = byParent;
        }
        return byParent.GetValueOrDefault(parentPath);
    }

    /// <inheritdoc />
    public bool Equals(NewsModelJsonExtras? other)
    {
        if (other is null || other._entries.Length != _entries.Length)
        {
            return false;
        }
        foreach (var entry in _entries)
        {
            if (!other.TryGetValue(entry.Path, out var raw) || !string.Equals(raw, entry.RawJson, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NewsModelJsonExtras);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = _entries.Length;
        foreach (var entry in _entries)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Path), StringComparer.Ordinal.GetHashCode(entry.RawJson));
        }
        return hash;
    }

    /// <summary>Returns the members as <c>path: raw</c> lines.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var entry in _entries)
        {
            builder.Append(entry.Path).Append(": ").Append(entry.RawJson).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>One unknown member: the path of its object, its name, and its value as raw JSON.</summary>
    internal sealed record Entry(string ParentPath, string Name, string RawJson)
    {
        internal string Path { get; } = JsonPath.Child(ParentPath, Name);
    }
}
