using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Json;

/// <summary>
/// A hand-written, reflection-free <see cref="IJsonTypeInfoResolver"/> for every NewsModel type (<see cref="Article"/>,
/// <see cref="Publication"/>, <see cref="Timeline"/>, <see cref="Moment"/>, <see cref="Correction"/>,
/// <see cref="Credit"/>, <see cref="Party"/>, <see cref="Attribution"/>, <see cref="Quote"/>, <see cref="TextRange"/>,
/// <see cref="PartyKind"/>, <see cref="QuoteKind"/>, <see cref="CreditRole"/>), so that
/// <c>JsonTypeInfoResolver.Combine(NewsModelJsonTypeInfoResolver.Instance, MyContext.Default)</c> serializes models
/// that hold NewsModel values and stays trimming- and NativeAOT-safe.
/// </summary>
/// <remarks>
/// Put this resolver <em>before</em> a source-generated context in <c>Combine</c>
/// (<c>Combine(NewsModelJsonTypeInfoResolver.Instance, MyContext.Default)</c>): a context that reaches a model type
/// generates its own (property-dump) metadata for it. With the context first, also call
/// <see cref="NewsModelJsonSerializerOptionsExtensions.ConfigureForNewsModel"/>, whose converters take precedence.
/// An article is written as a whole <c>newsmodel/2</c> document (with its <c>format</c> member); the other types as
/// the objects and strings the format uses for them. Returns null for every other type. Immutable and thread-safe;
/// equality is reference equality.
/// </remarks>
public sealed class NewsModelJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly JsonConverter[] _converters;

    /// <summary>Gets the resolver with <see cref="NewsModelJsonOptions.Default"/>.</summary>
    public static NewsModelJsonTypeInfoResolver Instance { get; } = new(NewsModelJsonOptions.Default);

    /// <summary>Creates a resolver with the given options (read mode, zone provider, limits, naming policy used when
    /// the serializer options set none).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public NewsModelJsonTypeInfoResolver(NewsModelJsonOptions options) =>
        _converters = NewsModelConverters.Create(Preconditions.CheckNotNull(options));

    /// <summary>Returns the contract of a NewsModel type, or null for any other type.</summary>
    /// <param name="type">The type.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The contract, or null.</returns>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(options);
        int index = Array.IndexOf(NewsModelConverters.Types, type);
        return index switch
        {
            0 => Create<Article>(options, index),
            1 => Create<Publication>(options, index),
            2 => Create<Timeline>(options, index),
            3 => Create<Moment>(options, index),
            4 => Create<Correction>(options, index),
            5 => Create<Credit>(options, index),
            6 => Create<Party>(options, index),
            7 => Create<Attribution>(options, index),
            8 => Create<Quote>(options, index),
            9 => Create<TextRange>(options, index),
            10 => Create<PartyKind>(options, index),
            11 => Create<QuoteKind>(options, index),
            12 => Create<CreditRole>(options, index),
            _ => null,
        };
    }

    private JsonTypeInfo<T> Create<T>(JsonSerializerOptions options, int index) =>
        JsonMetadataServices.CreateValueInfo<T>(options, _converters[index]);
}

/// <summary>Registers NewsModel's converters with <see cref="JsonSerializerOptions"/>.</summary>
/// <remarks>Thread-safe as far as the options are not shared while being configured.</remarks>
public static class NewsModelJsonSerializerOptionsExtensions
{
    /// <summary>Adds a converter for every NewsModel type to <paramref name="options"/> (see
    /// <see cref="NewsModelJsonTypeInfoResolver"/> for the list) and returns the same options.</summary>
    /// <param name="options">The serializer options; must not be in use yet (read-only options throw).</param>
    /// <param name="newsModelOptions">The NewsModel options, or null for <see cref="NewsModelJsonOptions.Default"/>.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only.</exception>
    public static JsonSerializerOptions ConfigureForNewsModel(this JsonSerializerOptions options, NewsModelJsonOptions? newsModelOptions = null)
    {
        Preconditions.CheckNotNull(options);
        foreach (var converter in NewsModelConverters.Create(newsModelOptions ?? NewsModelJsonOptions.Default))
        {
            options.Converters.Add(converter);
        }
        return options;
    }
}
