using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsModel.Json;

/// <summary>
/// The base of every NewsModel converter: reads with the hand-written readers and turns every failure into a
/// <see cref="JsonException"/> naming the JSON path (relative to the converted value, <c>$</c>), the byte
/// position and what was expected. Member names follow <see cref="JsonSerializerOptions.PropertyNamingPolicy"/>
/// when one is set, otherwise the converter's <see cref="NewsModelJsonOptions.PropertyNamingPolicy"/> (default
/// camelCase). Unknown members are rejected, or skipped in <see cref="NewsModelJsonReadMode.Lenient"/> mode (a
/// converter has nowhere to keep them). Stateless and thread-safe.
/// </summary>
internal abstract class NewsModelConverter<T> : JsonConverter<T>
{
    private readonly ValueReader<T> _read;

    protected NewsModelConverter(NewsModelJsonOptions options, ValueReader<T> read)
    {
        Options = options;
        _read = read;
    }

    protected NewsModelJsonOptions Options { get; }

    protected JsonNames NamesFor(JsonSerializerOptions options) =>
        options.PropertyNamingPolicy is { } policy ? JsonNames.For(policy) : Options.Names;

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = ReadContext.Rent(Options, NamesFor(options), collectExtras: false);
        try
        {
            return context.Run(ref reader, _read);
        }
        finally
        {
            ReadContext.Return(context);
        }
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        try
        {
            WriteValue(writer, value, NamesFor(options));
        }
        catch (ArgumentException ex)
        {
            throw NewsModelJson.WriteFailed(ex);
        }
    }

    protected abstract void WriteValue(Utf8JsonWriter writer, T value, JsonNames names);
}

/// <summary>A converter from a reader and a writer function.</summary>
internal sealed class DelegateConverter<T> : NewsModelConverter<T>
{
    private readonly Action<Utf8JsonWriter, T, JsonNames> _write;

    internal DelegateConverter(NewsModelJsonOptions options, ValueReader<T> read, Action<Utf8JsonWriter, T, JsonNames> write)
        : base(options, read) => _write = write;

    protected override void WriteValue(Utf8JsonWriter writer, T value, JsonNames names) => _write(writer, value, names);
}

/// <summary>The converters of every model type, for one set of options.</summary>
internal static class NewsModelConverters
{
    internal static JsonConverter[] Create(NewsModelJsonOptions options) =>
    [
        new DelegateConverter<Article>(options, ModelReader.Article, static (w, v, n) => ModelWriter.WriteArticle(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Publication>(options, ModelReader.Publication, static (w, v, n) => ModelWriter.WritePublication(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Timeline>(options, ModelReader.Timeline, static (w, v, n) => ModelWriter.WriteTimeline(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Moment>(options, ModelReader.Moment, static (w, v, n) => ModelWriter.WriteMoment(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Correction>(options, ModelReader.Correction, static (w, v, n) => ModelWriter.WriteCorrection(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Credit>(options, ModelReader.Credit, static (w, v, n) => ModelWriter.WriteCredit(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Party>(options, ModelReader.Party, static (w, v, n) => ModelWriter.WriteParty(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Attribution>(options, ModelReader.Attribution, static (w, v, n) => ModelWriter.WriteAttribution(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<Quote>(options, ModelReader.Quote, static (w, v, n) => ModelWriter.WriteQuote(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<TextRange>(options, ModelReader.Range, static (w, v, n) => ModelWriter.WriteRange(new Utf8JsonOutput(w), v, n, default)),
        new DelegateConverter<PartyKind>(options, ModelReader.PartyKind, static (w, v, n) => w.WriteStringValue(Shape.ModelShape.PartyKinds.EncodedOf((int)v))),
        new DelegateConverter<QuoteKind>(options, ModelReader.QuoteKind, static (w, v, n) => w.WriteStringValue(Shape.ModelShape.QuoteKinds.EncodedOf((int)v))),
        new DelegateConverter<CreditRole>(options, ModelReader.CreditRole, static (w, v, n) => w.WriteStringValue(Shape.ModelShape.CreditRoles.EncodedOf((int)v))),
    ];

    internal static readonly Type[] Types =
    [
        typeof(Article), typeof(Publication), typeof(Timeline), typeof(Moment), typeof(Correction), typeof(Credit),
        typeof(Party), typeof(Attribution), typeof(Quote), typeof(TextRange), typeof(PartyKind), typeof(QuoteKind), typeof(CreditRole),
    ];
}
