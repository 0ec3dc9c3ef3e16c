using System;
using System.Text.Json;
using NodaTime;

namespace NewsModel.Json;

/// <summary>
/// Options for reading and writing the NewsModel JSON format (<c>newsmodel/2</c>). The defaults
/// (<see cref="Default"/>) are strict, camelCase, compact, and resolve zones with
/// <see cref="DateTimeZoneProviders.Tzdb"/>.
/// </summary>
/// <remarks>
/// Set the properties in an object initializer; an instance is not changed afterwards by the library and may be
/// shared between threads once initialised. Equality is reference equality.
/// </remarks>
public sealed class NewsModelJsonOptions
{
    /// <summary>The documented default nesting limit: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The documented default string limit: 1,048,576 UTF-16 code units.</summary>
    public const int DefaultMaxStringLength = 1_048_576;

    /// <summary>The smallest nesting limit that still admits every document of the format (9: a mark in a table cell
    /// is the article, <c>body</c>, a block, <c>rows</c>, a row, <c>cells</c>, a cell, <c>marks</c>, the mark).</summary>
    public const int MinMaxDepth = 9;

    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxStringLength = DefaultMaxStringLength;
    private readonly IDateTimeZoneProvider _zoneProvider = DateTimeZoneProviders.Tzdb;
    private readonly JsonNamingPolicy? _propertyNamingPolicy;
    private readonly JsonNames _names = JsonNames.Default;

    /// <summary>Gets the default options: strict, camelCase, compact, TZDB.</summary>
    public static NewsModelJsonOptions Default { get; } = new();

    /// <summary>Gets whether unknown members are rejected (<see cref="NewsModelJsonReadMode.Strict"/>, the
    /// default) or kept (<see cref="NewsModelJsonReadMode.Lenient"/>).</summary>
    public NewsModelJsonReadMode ReadMode { get; init; } = NewsModelJsonReadMode.Strict;

    /// <summary>Gets the deepest nesting a document may have; at least <see cref="MinMaxDepth"/>, default
    /// <see cref="DefaultMaxDepth"/>. Deeper documents fail with a <see cref="JsonException"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <see cref="MinMaxDepth"/> or above 1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init
        {
            Preconditions.CheckArgumentRange(value, MinMaxDepth, 1000);
            _maxDepth = value;
        }
    }

    /// <summary>Gets the longest string value (in UTF-16 code units after unescaping) a document may hold;
    /// default <see cref="DefaultMaxStringLength"/>. Longer strings fail with a <see cref="JsonException"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init
        {
            Preconditions.CheckArgumentRange(value, 1, int.MaxValue / 8);
            _maxStringLength = value;
        }
    }

    /// <summary>Gets the provider that resolves zone ids on reading; default <see cref="DateTimeZoneProviders.Tzdb"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IDateTimeZoneProvider ZoneProvider
    {
        get => _zoneProvider;
        init => _zoneProvider = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the policy that turns the declared (PascalCase) member names into JSON names; null (the default)
    /// means camelCase. The format marker <c>format</c> and the enum values are never renamed.</summary>
    /// <exception cref="ArgumentException">The policy gives a member an empty name or two members one name.</exception>
    public JsonNamingPolicy? PropertyNamingPolicy
    {
        get => _propertyNamingPolicy;
        init
        {
            _names = JsonNames.For(value);
            _propertyNamingPolicy = value;
        }
    }

    /// <summary>Gets whether the writer indents its output (default false).</summary>
    public bool WriteIndented { get; init; }

    internal JsonNames Names => _names;
}

/// <summary>How a reader treats members the format does not define.</summary>
public enum NewsModelJsonReadMode
{
    /// <summary>Unknown members fail with a <see cref="JsonException"/> (the default).</summary>
    Strict,

    /// <summary>Unknown members are skipped, or kept by <see cref="NewsModelJson.DeserializeWithExtras(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/>
    /// so that a re-save writes them back.</summary>
    Lenient,
}
