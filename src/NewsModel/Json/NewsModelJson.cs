using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace NewsModel.Json;

/// <summary>
/// Reads and writes articles in the NewsModel JSON format <c>newsmodel/2</c> (and reads <c>newsmodel/1</c> documents; see <c>docs/json-format.md</c> and
/// <see cref="Schema"/>), with no configuration needed.
/// </summary>
/// <remarks>
/// <para>Reading is strict by default: unknown or duplicate members, a missing required member, a wrong token type,
/// an unknown zone id, an instant whose offset disagrees with its zone, nesting deeper than
/// <see cref="NewsModelJsonOptions.MaxDepth"/>, strings longer than <see cref="NewsModelJsonOptions.MaxStringLength"/>
/// and malformed JSON all fail with a <see cref="JsonException"/> whose message names the JSON path, the byte
/// position and what was expected (<see cref="JsonException.Path"/> and <see cref="JsonException.BytePositionInLine"/>
/// are set too; the byte position counts from the start of the document). No other exception type escapes a
/// read, whatever the input (argument checks aside).</para>
/// <para>Writing produces UTF-8 with only the characters JSON requires escaped (quotation mark, reverse solidus,
/// control characters); the output is meant for storage and exchange, not for pasting into HTML unescaped.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class NewsModelJson
{
    /// <summary>The format marker every document carries in its <c>format</c> member.</summary>
    public const string Format = Shape.ModelShape.FormatName;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string? s_schema;

    [ThreadStatic]
    private static CompactJsonWriter? t_compact;

    [ThreadStatic]
    private static Utf8JsonWriter? t_indentedWriter;

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format, as shipped in the package
    /// (<c>schemas/newsmodel-2.schema.json</c>): written from the same description of the format the reader, the writer
    /// and <c>ArticleValidator.ValidateJson</c> use.</summary>
    public static string Schema => s_schema ??= Shape.SchemaWriter.Write();

    // ---- writing ----

    /// <summary>Writes <paramref name="article"/> as UTF-8 JSON into <paramref name="destination"/>. Allocates nothing
    /// once warm (the writer is cached per thread).</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="options">The options, or null for <see cref="NewsModelJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">A moment's local year is outside 0001–9999, or a text is not valid UTF-16.</exception>
    public static void Serialize(Article article, IBufferWriter<byte> destination, NewsModelJsonOptions? options = null) =>
        Write(Preconditions.CheckNotNull(article), null, Preconditions.CheckNotNull(destination), options ?? NewsModelJsonOptions.Default);

    /// <summary>Writes <paramref name="article"/> and writes back the unknown members a lenient reading kept.</summary>
    /// <param name="article">The article.</param>
    /// <param name="extras">The unknown members, from <see cref="DeserializeWithExtras(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/>.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="options">The options, or null for <see cref="NewsModelJsonOptions.Default"/>; use the naming
    /// policy the extras were read with, since their paths use those names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The article cannot be written (see <see cref="Serialize(Article, IBufferWriter{byte}, NewsModelJsonOptions?)"/>).</exception>
    public static void Serialize(Article article, NewsModelJsonExtras extras, IBufferWriter<byte> destination, NewsModelJsonOptions? options = null) =>
        Write(Preconditions.CheckNotNull(article), Preconditions.CheckNotNull(extras), Preconditions.CheckNotNull(destination), options ?? NewsModelJsonOptions.Default);

    /// <summary>Writes <paramref name="article"/> as UTF-8 JSON to <paramref name="destination"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">The stream; it is not closed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The article cannot be written.</exception>
    public static void Serialize(Article article, Stream destination, NewsModelJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = new PooledBufferWriter();
        Serialize(article, buffer, options);
        destination.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="article"/> as UTF-8 JSON to <paramref name="destination"/> asynchronously
    /// (the document is built in a pooled buffer, then written).</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">The stream; it is not closed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The article cannot be written.</exception>
    public static async Task SerializeAsync(Article article, Stream destination, NewsModelJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = new PooledBufferWriter();
        Serialize(article, buffer, options);
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns <paramref name="article"/> as a JSON string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="JsonException">The article cannot be written.</exception>
    public static string Serialize(Article article, NewsModelJsonOptions? options = null)
    {
        using var buffer = new PooledBufferWriter();
        Serialize(article, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Returns <paramref name="article"/> as a JSON string, writing back the unknown members a lenient
    /// reading kept.</summary>
    /// <param name="article">The article.</param>
    /// <param name="extras">The unknown members.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The article cannot be written.</exception>
    public static string Serialize(Article article, NewsModelJsonExtras extras, NewsModelJsonOptions? options = null)
    {
        using var buffer = new PooledBufferWriter();
        Serialize(article, extras, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="article"/> as one JSON value with <paramref name="writer"/> (its own
    /// options, such as indentation and encoder, apply; member names follow <paramref name="options"/>).</summary>
    /// <param name="article">The article.</param>
    /// <param name="writer">The writer.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The article cannot be written.</exception>
    public static void Serialize(Article article, Utf8JsonWriter writer, NewsModelJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(article);
        Preconditions.CheckNotNull(writer);
        try
        {
            options ??= NewsModelJsonOptions.Default;
            ModelWriter.CheckLengths(article, options.Names, options.MaxStringLength);
            ModelWriter.WriteArticle(new Utf8JsonOutput(writer), article, options.Names, default);
        }
        catch (ArgumentException ex)
        {
            throw WriteFailed(ex);
        }
    }

    private static void Write(Article article, NewsModelJsonExtras? extras, IBufferWriter<byte> destination, NewsModelJsonOptions options)
    {
        try
        {
            ModelWriter.CheckLengths(article, options.Names, options.MaxStringLength);
            var scope = new ExtrasScope(extras, JsonPath.Root);
            if (options.WriteIndented)
            {
                WriteIndented(article, scope, destination, options.Names);
            }
            else
            {
                WriteCompact(article, scope, destination, options.Names);
            }
        }
        catch (ArgumentException ex)
        {
            throw WriteFailed(ex);
        }
    }

    /// <summary>Compact output with the thread's own <see cref="CompactJsonWriter"/>.</summary>
    private static void WriteCompact(Article article, ExtrasScope scope, IBufferWriter<byte> destination, JsonNames names)
    {
        var compact = t_compact ?? new CompactJsonWriter();
        t_compact = null;
        compact.Reset(destination);
        try
        {
            ModelWriter.WriteArticle(new CompactJsonOutput(compact), article, names, scope);
            compact.Flush();
        }
        finally
        {
            compact.Reset(DetachedBufferWriter.Instance);
            t_compact = compact;
        }
    }

    /// <summary>Indented output with the thread's own <see cref="Utf8JsonWriter"/>.</summary>
    private static void WriteIndented(Article article, ExtrasScope scope, IBufferWriter<byte> destination, JsonNames names)
    {
        var writer = t_indentedWriter ?? new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = true,
            SkipValidation = true,
        });
        t_indentedWriter = null;
        writer.Reset(destination);
        try
        {
            ModelWriter.WriteArticle(new Utf8JsonOutput(writer), article, names, scope);
            writer.Flush();
        }
        finally
        {
            writer.Reset(DetachedBufferWriter.Instance);
            t_indentedWriter = writer;
        }
    }

    internal static JsonException WriteFailed(Exception ex) =>
        new("The article cannot be written as JSON: " + ex.Message, ex);

    // ---- reading ----

    /// <summary>Reads an article from a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="options">The options, or null for the defaults (strict).</param>
    /// <returns>The article.</returns>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article (the message names the
    /// path, the byte position and what was expected).</exception>
    public static Article Deserialize(ReadOnlySpan<byte> utf8Json, NewsModelJsonOptions? options = null)
    {
        options ??= NewsModelJsonOptions.Default;
        return options.ReadMode == NewsModelJsonReadMode.Strict && TryReadFast(utf8Json, options, out var article)
            ? article
            : ReadWithUtf8JsonReader(utf8Json, options);
    }

    /// <summary>The full reading on <see cref="Utf8JsonReader"/>: every mode, and the canonical errors.</summary>
    internal static Article ReadWithUtf8JsonReader(ReadOnlySpan<byte> utf8Json, NewsModelJsonOptions options)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        return Read(ref reader, options, collectExtras: false, out _);
    }

    /// <summary>
    /// The fast strict reading: the same model readers on the <see cref="JsonTokenizer"/>. It gives the article the
    /// full reading would give, or fails (false) for any document the full reading rejects and for the few it does
    /// not handle itself (escaped names and values are handled; numbers beyond nine plain digits are not); the
    /// caller then reads with <see cref="ReadWithUtf8JsonReader"/>, whose error is the one reported.
    /// </summary>
    internal static bool TryReadFast(ReadOnlySpan<byte> utf8Json, NewsModelJsonOptions options, [NotNullWhen(true)] out Article? article)
    {
        var context = ReadContext.Rent(options, options.Names, collectExtras: false);
        try
        {
            var tokens = new JsonTokenizer(utf8Json, options.MaxDepth);
            article = ModelReader.ReadDocument(ref tokens, context);
            return true;
        }
#pragma warning disable CA1031 // Any failure at all means: let the full reading decide (it reports the canonical error).
        catch (Exception)
#pragma warning restore CA1031
        {
            article = null;
            return false;
        }
        finally
        {
            ReadContext.Return(context);
        }
    }

    /// <summary>Reads an article from a UTF-8 JSON document in segments.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="options">The options, or null for the defaults (strict).</param>
    /// <returns>The article.</returns>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article.</exception>
    public static Article Deserialize(ReadOnlySequence<byte> utf8Json, NewsModelJsonOptions? options = null)
    {
        if (utf8Json.IsSingleSegment)
        {
            return Deserialize(utf8Json.FirstSpan, options);
        }
        options ??= NewsModelJsonOptions.Default;
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        return Read(ref reader, options, collectExtras: false, out _);
    }

    /// <summary>Reads an article from a JSON string.</summary>
    /// <param name="json">The whole document.</param>
    /// <param name="options">The options, or null for the defaults (strict).</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article, or the string is not valid UTF-16.</exception>
    public static Article Deserialize(string json, NewsModelJsonOptions? options = null)
    {
        using var buffer = ToUtf8(json);
        return Deserialize(buffer.WrittenSpan, options);
    }

    /// <summary>Reads an article from a stream holding one UTF-8 JSON document (read to its end).</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="options">The options, or null for the defaults (strict).</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article.</exception>
    public static Article Deserialize(Stream utf8Json, NewsModelJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var buffer = new PooledBufferWriter();
        int read;
        while ((read = utf8Json.Read(buffer.GetSpan(8192))) > 0)
        {
            buffer.Advance(read);
        }
        return Deserialize(buffer.WrittenSpan, options);
    }

    /// <summary>Reads an article from a stream holding one UTF-8 JSON document, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="options">The options, or null for the defaults (strict).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article.</exception>
    public static async ValueTask<Article> DeserializeAsync(Stream utf8Json, NewsModelJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var buffer = new PooledBufferWriter();
        int read;
        while ((read = await utf8Json.ReadAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Advance(read);
        }
        return Deserialize(buffer.WrittenSpan, options);
    }

    /// <summary>Reads an article and keeps the members the format does not define (whatever
    /// <see cref="NewsModelJsonOptions.ReadMode"/> says), so that
    /// <see cref="Serialize(Article, NewsModelJsonExtras, IBufferWriter{byte}, NewsModelJsonOptions?)"/> can write them back.
    /// Every other rule stays strict.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The article and the unknown members.</returns>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article.</exception>
    public static ArticleWithExtras DeserializeWithExtras(ReadOnlySpan<byte> utf8Json, NewsModelJsonOptions? options = null)
    {
        options ??= NewsModelJsonOptions.Default;
        if (options.ReadMode != NewsModelJsonReadMode.Lenient)
        {
            options = new NewsModelJsonOptions
            {
                ReadMode = NewsModelJsonReadMode.Lenient,
                MaxDepth = options.MaxDepth,
                MaxStringLength = options.MaxStringLength,
                ZoneProvider = options.ZoneProvider,
                PropertyNamingPolicy = options.PropertyNamingPolicy,
                WriteIndented = options.WriteIndented,
            };
        }
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        var article = Read(ref reader, options, collectExtras: true, out var extras);
        return new ArticleWithExtras(article, extras!);
    }

    /// <summary>Reads an article from a JSON string and keeps the members the format does not define.</summary>
    /// <param name="json">The whole document.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The article and the unknown members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid <c>newsmodel/2</c> article.</exception>
    public static ArticleWithExtras DeserializeWithExtras(string json, NewsModelJsonOptions? options = null)
    {
        using var buffer = ToUtf8(json);
        return DeserializeWithExtras(buffer.WrittenSpan, options);
    }

    private static PooledBufferWriter ToUtf8(string json)
    {
        Preconditions.CheckNotNull(json);
        var buffer = new PooledBufferWriter(Math.Max(256, json.Length * 3));
        try
        {
            int written = StrictUtf8.GetBytes(json, buffer.GetSpan(json.Length * 3));
            buffer.Advance(written);
            return buffer;
        }
        catch (EncoderFallbackException ex)
        {
            buffer.Dispose();
            throw new JsonException("The JSON string is not valid UTF-16 (" + ex.Message + "): expected text without lone surrogates.", JsonPath.Root, null, null, ex);
        }
    }

    internal static JsonReaderOptions ReaderOptions(NewsModelJsonOptions options) => new()
    {
        MaxDepth = options.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly ValueReader<Article> Document = ModelReader.ReadDocument<ReaderTokens>;

    /// <summary>Reads one value of a model type (a block, a media asset) that stands alone in <paramref name="utf8Json"/>,
    /// with the readers' messages and paths (relative to the value).</summary>
    /// <exception cref="JsonException">The value cannot be read.</exception>
    internal static T ReadValue<T>(ReadOnlySpan<byte> utf8Json, NewsModelJsonOptions options, ValueReader<T> read)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        reader.Read();
        var context = ReadContext.Rent(options, options.Names, collectExtras: false);
        try
        {
            return context.Run(ref reader, read);
        }
        finally
        {
            ReadContext.Return(context);
        }
    }

    private static Article Read(ref Utf8JsonReader reader, NewsModelJsonOptions options, bool collectExtras, out NewsModelJsonExtras? extras)
    {
        var context = ReadContext.Rent(options, options.Names, collectExtras);
        try
        {
            var article = context.Run(ref reader, Document);
            extras = collectExtras ? NewsModelJsonExtras.Create(context.Extras) : null;
            return article;
        }
        finally
        {
            ReadContext.Return(context);
        }
    }
}
