using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Text;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// Writes an article as the body of a WordPress REST API request that creates or updates a post, and reads WordPress REST API (<c>wp/v2</c>) posts and pages (and their revisions and autosaves) as articles: the title,
/// the body from <c>content.raw</c>'s blocks when the response has it (<c>context=edit</c>) or from
/// <c>content.rendered</c>, the excerpt, the status as the article's lifecycle, <c>date</c>/<c>date_gmt</c> and
/// <c>modified</c>/<c>modified_gmt</c> as moments in the site's zone (checked against each other), and, from
/// <c>_embedded</c> (<c>?_embed</c>), the author, the featured media, categories and tags. Hand-written over
/// <see cref="System.Text.Json.Utf8JsonReader"/>: no reflection, trimming- and NativeAOT-safe.
/// </summary>
/// <remarks>
/// <para>The field mapping and the time-zone rules are in docs/formats/wordpress.md. Everything a post says that the
/// article does not carry is in the loss report, with its JSON path.</para>
/// <para>Every method is thread-safe.</para>
/// </remarks>
public static class WordPressSerializer
{
    /// <summary>The <see cref="Concept.Scheme"/> of the subjects read from a post's tags (their
    /// <see cref="Concept.Code"/> is the tag's id).</summary>
    public const string TagScheme = "wordpress:post_tag";

    /// <summary>Reads one post (a JSON object) as an article.</summary>
    /// <param name="utf8">The UTF-8 JSON of the REST response.</param>
    /// <param name="options">The site's zone, the publication, the language and the HTML reader, or null for
    /// <see cref="WordPressReadOptions.Default"/>.</param>
    /// <returns>The article and what of the post it does not carry (and what was substituted).</returns>
    /// <exception cref="WordPressException">The JSON is malformed or not a post (a member of the wrong type, a bad
    /// date), or lacks what an article needs (a title, a date for a published post) and the options do not supply it.
    /// No other exception escapes for bad input.</exception>
    public static ConversionResult<Article> Deserialize(ReadOnlySpan<byte> utf8, WordPressReadOptions? options = null) =>
        WordPressReader.Read(utf8, options ?? WordPressReadOptions.Default);

    /// <summary>Reads one post from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or null for <see cref="WordPressReadOptions.Default"/>.</param>
    /// <returns>The article and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="WordPressException">See <see cref="Deserialize(ReadOnlySpan{byte}, WordPressReadOptions?)"/>.</exception>
    public static ConversionResult<Article> Deserialize(string json, WordPressReadOptions? options = null) =>
        Deserialize(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), options);

    /// <summary>Reads a collection (a JSON array of posts, as <c>/wp/v2/posts</c> returns) or a single post, one result
    /// per post: a post that cannot be read gives its error and the others are still read.</summary>
    /// <param name="utf8">The UTF-8 JSON.</param>
    /// <param name="options">The options, or null for <see cref="WordPressReadOptions.Default"/>.</param>
    /// <returns>One result per post, in order.</returns>
    /// <exception cref="WordPressException">The JSON is malformed, or neither an object nor an array (the items
    /// cannot then be told apart).</exception>
    public static ImmutableArray<ItemResult<Article>> DeserializeAll(ReadOnlySpan<byte> utf8, WordPressReadOptions? options = null) =>
        WordPressReader.ReadAll(utf8, options ?? WordPressReadOptions.Default);

    /// <summary>Writes an article as the JSON body of <c>POST /wp/v2/posts</c> (create) or <c>POST /wp/v2/posts/{id}</c>
    /// (update): <c>title</c>, <c>content</c> as block-editor markup, <c>excerpt</c>, <c>status</c>, <c>date_gmt</c>,
    /// and <c>categories</c>, <c>tags</c>, <c>featured_media</c> and <c>author</c> where the article holds WordPress ids
    /// for them (as the reader gives them).</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where to write the UTF-8 JSON.</param>
    /// <param name="options">The options, or null for <see cref="WordPressWriteOptions.Default"/>.</param>
    /// <returns>What the post cannot carry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="output"/> is null.</exception>
    public static LossReport Serialize(Article article, IBufferWriter<byte> output, WordPressWriteOptions? options = null)
    {
        Preconditions.CheckNotNull(article);
        Preconditions.CheckNotNull(output);
        return WordPressWriter.Write(article, output, options ?? WordPressWriteOptions.Default);
    }

    /// <summary>Writes an article as the JSON text of a create or update request.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="WordPressWriteOptions.Default"/>.</param>
    /// <returns>The JSON text and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<string> SerializeToString(Article article, WordPressWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var losses = Serialize(article, buffer, options);
        return new ConversionResult<string>(Encoding.UTF8.GetString(buffer.WrittenSpan), losses);
    }
}
