using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// Writes articles as IPTC ninjs (3.1, or 2.1 for older consumers) and reads ninjs 1.x–3.x documents back
/// as articles. Hand-written over <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>: no reflection,
/// trimming- and NativeAOT-safe.
/// </summary>
/// <remarks>
/// <para>The field mapping and the NewsModel extension (one <c>descriptions</c> item with role
/// <c>newsmodel-extension</c> whose value is a JSON text holding what ninjs has no field for) are described in
/// docs/formats/ninjs.md. With the extension, writing then reading gives an equal article; the output validates
/// against the official ninjs schema either way.</para>
/// <para>Every method is thread-safe.</para>
/// </remarks>
public static class NinjsSerializer
{
    /// <summary>Writes an article as one ninjs document.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where to write the UTF-8 JSON.</param>
    /// <param name="options">The options, or null for <see cref="NinjsWriteOptions.Default"/>.</param>
    /// <returns>What the document could not carry as plain ninjs (see <see cref="LossKind"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">A moment's local date falls outside the years 0001–9999, which RFC 3339
    /// cannot write.</exception>
    public static LossReport Serialize(Article article, IBufferWriter<byte> output, NinjsWriteOptions? options = null)
    {
        Preconditions.CheckNotNull(article);
        Preconditions.CheckNotNull(output);
        return NinjsWriter.Write(article, output, options ?? NinjsWriteOptions.Default);
    }

    /// <summary>Writes an article as UTF-8 ninjs bytes.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="NinjsWriteOptions.Default"/>.</param>
    /// <returns>The bytes and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<byte[]> SerializeToUtf8Bytes(Article article, NinjsWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var losses = Serialize(article, buffer, options);
        return new ConversionResult<byte[]>(buffer.WrittenSpan.ToArray(), losses);
    }

    /// <summary>Writes an article as a ninjs string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="NinjsWriteOptions.Default"/>.</param>
    /// <returns>The JSON text and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<string> SerializeToString(Article article, NinjsWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var losses = Serialize(article, buffer, options);
        return new ConversionResult<string>(Encoding.UTF8.GetString(buffer.WrittenSpan), losses);
    }

    /// <summary>Reads one ninjs document (an object) as an article.</summary>
    /// <param name="utf8">The UTF-8 JSON.</param>
    /// <param name="options">What to use where the document lacks something an article needs, or null for
    /// <see cref="NinjsReadOptions.Default"/>.</param>
    /// <returns>The article and what of the document it does not carry (and what was substituted).</returns>
    /// <exception cref="NinjsException">The document is malformed, has a member of the wrong type or a bad
    /// date, lacks what an article needs and the options do not supply it, or (with
    /// <see cref="NinjsReadOptions.Strict"/>) does not conform to ninjs. No other exception escapes for bad input.</exception>
    public static ConversionResult<Article> Deserialize(ReadOnlySpan<byte> utf8, NinjsReadOptions? options = null) =>
        NinjsReader.Read(utf8, options ?? NinjsReadOptions.Default);

    /// <summary>Reads one ninjs document (an object) from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or null for <see cref="NinjsReadOptions.Default"/>.</param>
    /// <returns>The article and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NinjsException">See <see cref="Deserialize(ReadOnlySpan{byte}, NinjsReadOptions?)"/>.</exception>
    public static ConversionResult<Article> Deserialize(string json, NinjsReadOptions? options = null) =>
        Deserialize(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), options);

    /// <summary>Reads a ninjs document that is either one item (an object) or a collection (an array of items).</summary>
    /// <param name="utf8">The UTF-8 JSON.</param>
    /// <param name="options">The options, or null for <see cref="NinjsReadOptions.Default"/>.</param>
    /// <returns>One result per item, in order.</returns>
    /// <exception cref="NinjsException">See <see cref="Deserialize(ReadOnlySpan{byte}, NinjsReadOptions?)"/>.</exception>
    public static ImmutableArray<ConversionResult<Article>> DeserializeAll(ReadOnlySpan<byte> utf8, NinjsReadOptions? options = null) =>
        NinjsReader.ReadAll(utf8, options ?? NinjsReadOptions.Default);
}
