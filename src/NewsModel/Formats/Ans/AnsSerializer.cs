using System;
using System.Buffers;
using System.Text;

namespace NewsModel.Formats.Ans;

/// <summary>
/// Reads and writes Arc XP's ANS (Arc Native Specification) 0.10.12 <c>story</c> documents: <c>content_elements</c>
/// as blocks (text, header, list, quote, blockquote, image, video, gallery, oembed_response, raw_html, table, divider,
/// interstitial_link, code, correction), <c>headlines</c>, <c>subheadlines</c>, <c>description</c>, <c>credits</c>,
/// <c>taxonomy</c>, <c>promo_items</c>, the five dates, <c>content_restrictions.embargo</c>, <c>corrections</c>,
/// <c>publishing</c> and <c>workflow</c>. Hand-written over <see cref="System.Text.Json.Utf8JsonReader"/> and
/// <see cref="System.Text.Json.Utf8JsonWriter"/>: no reflection, trimming- and NativeAOT-safe.
/// </summary>
/// <remarks>
/// <para>Reading checks the story's own members (ANS allows no others), the members it reads, and the structure ANS
/// fixes for the taxonomy, credits, corrections, distributor, embargo and workflow; it is not a full JSON Schema
/// validator (members it does not read are checked for their JSON type only). Writing produces stories that validate
/// against the ANS 0.10.12 schema. The field mapping and the time rules are in docs/formats/ans.md; everything a story
/// says that the article does not carry, and everything an article says that a story cannot, is in the loss report
/// with its path.</para>
/// <para>Every method is thread-safe.</para>
/// </remarks>
public static class AnsSerializer
{
    /// <summary>The ANS version read and written.</summary>
    public const string Version = "0.10.12";

    /// <summary>The <see cref="Concept.Scheme"/> of the subjects read from a story's tags (their
    /// <see cref="Concept.Code"/> is the tag's <c>_id</c>).</summary>
    public const string TagScheme = "ans:tag";

    /// <summary>Reads one story as an article.</summary>
    /// <param name="utf8">The UTF-8 JSON of the story.</param>
    /// <param name="options">The publication, language and HTML reader, or null for <see cref="AnsReadOptions.Default"/>.</param>
    /// <returns>The article and what of the story it does not carry (and what was substituted).</returns>
    /// <exception cref="AnsException">The JSON is malformed, not an ANS 0.10.12 story, or holds a member that is not the
    /// shape ANS gives it. No other exception escapes for bad input.</exception>
    public static ConversionResult<Article> Deserialize(ReadOnlySpan<byte> utf8, AnsReadOptions? options = null) =>
        AnsReader.Read(utf8, options ?? AnsReadOptions.Default);

    /// <summary>Reads one story from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or null for <see cref="AnsReadOptions.Default"/>.</param>
    /// <returns>The article and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AnsException">See <see cref="Deserialize(ReadOnlySpan{byte}, AnsReadOptions?)"/>.</exception>
    public static ConversionResult<Article> Deserialize(string json, AnsReadOptions? options = null) =>
        Deserialize(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), options);

    /// <summary>Writes an article as an ANS 0.10.12 story.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where to write the UTF-8 JSON.</param>
    /// <param name="options">The options, or null for <see cref="AnsWriteOptions.Default"/>.</param>
    /// <returns>What the story cannot carry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="output"/> is null.</exception>
    public static LossReport Serialize(Article article, IBufferWriter<byte> output, AnsWriteOptions? options = null)
    {
        Preconditions.CheckNotNull(article);
        Preconditions.CheckNotNull(output);
        return AnsWriter.Write(article, output, options ?? AnsWriteOptions.Default);
    }

    /// <summary>Writes an article as the JSON text of an ANS story.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="AnsWriteOptions.Default"/>.</param>
    /// <returns>The JSON text and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<string> SerializeToString(Article article, AnsWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var losses = Serialize(article, buffer, options);
        return new ConversionResult<string>(Encoding.UTF8.GetString(buffer.WrittenSpan), losses);
    }
}
