using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsModel.Formats.Feeds;

/// <summary>The kind of feed a document is.</summary>
public enum FeedFormat
{
    /// <summary>RSS 0.91, 0.92 or 2.0 (<c>&lt;rss&gt;</c>).</summary>
    Rss = 0,

    /// <summary>RSS 1.0 (<c>&lt;rdf:RDF&gt;</c>).</summary>
    Rdf = 1,

    /// <summary>Atom 1.0 or 0.3 (<c>&lt;feed&gt;</c>).</summary>
    Atom = 2,

    /// <summary>JSON Feed 1.0 or 1.1.</summary>
    JsonFeed = 3,
}

/// <summary>
/// A feed as read: its format and version, its title and link, one result per item (an article with its loss report,
/// or why the item could not be read), and what of the feed itself no article carries. Immutable and thread-safe;
/// equality is reference equality.
/// </summary>
public sealed class FeedReadResult
{
    internal FeedReadResult(FeedFormat format, string? version, string? title, string? link, ImmutableArray<ItemResult<Article>> items, LossReport losses)
    {
        Format = format;
        Version = version;
        Title = title;
        Link = link;
        Items = items;
        Losses = losses;
    }

    /// <summary>Gets the kind of feed.</summary>
    public FeedFormat Format { get; }

    /// <summary>Gets the version the feed declares (<c>2.0</c>, <c>0.3</c>, <c>https://jsonfeed.org/version/1.1</c>), or null.</summary>
    public string? Version { get; }

    /// <summary>Gets the feed's title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets the feed's link (its web site), or null.</summary>
    public string? Link { get; }

    /// <summary>Gets one result per item, in the feed's order.</summary>
    public ImmutableArray<ItemResult<Article>> Items { get; }

    /// <summary>Gets what of the feed itself was substituted or not carried (the publication named after the feed,
    /// for example).</summary>
    public LossReport Losses { get; }
}

/// <summary>
/// Writes articles as RSS 2.0, Atom 1.0 or JSON Feed 1.1, and reads RSS 0.91/0.92/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and
/// JSON Feed 1.0/1.1 into articles, one per item: the
/// title, the HTML content (<c>content:encoded</c>, Atom <c>content</c>, <c>content_html</c>) as blocks, the summary
/// as standfirst, authors as credits, categories as keywords, enclosures and <c>media:*</c> as media, the link as the
/// canonical URL, and the dates through the library's stamp patterns (RFC 822 for RSS, RFC 3339 for Atom, RDF and JSON
/// Feed) in the publication's zone. XML is read by <see cref="System.Xml.XmlReader"/> (the encoding from the BOM or the
/// XML declaration, ISO-8859-1 and windows-125x included), JSON by <see cref="System.Text.Json.Utf8JsonReader"/>;
/// trimming- and NativeAOT-safe. Every method is thread-safe.
/// </summary>
/// <remarks>Why no feed library: docs/formats/feeds.md. An item that cannot be read (a date no pattern reads, a zone
/// abbreviation the publication's zone does not name) gives its <see cref="FeedException"/> and the others are
/// still read.</remarks>
public static class FeedSerializer
{
    /// <summary>Reads a feed.</summary>
    /// <param name="bytes">The feed as fetched (XML in any encoding it declares, or JSON).</param>
    /// <param name="options">The publication, the default language and the HTML reader, or null for
    /// <see cref="FeedReadOptions.Default"/>.</param>
    /// <returns>The feed, one result per item.</returns>
    /// <exception cref="FeedException">The document is not well-formed, or no feed. No other exception escapes for
    /// bad input.</exception>
    public static FeedReadResult Deserialize(ReadOnlySpan<byte> bytes, FeedReadOptions? options = null) =>
        FeedReader.Read(bytes, options ?? FeedReadOptions.Default);

    /// <summary>Writes articles as one feed, in their order.</summary>
    /// <param name="articles">The articles; no element null.</param>
    /// <param name="options">The feed's title, link and format.</param>
    /// <param name="output">Where to write the feed (UTF-8).</param>
    /// <returns>What the feed could not carry, per item (<c>Items[i].Field</c>): zones (feeds keep offsets), printed
    /// stamps, quotes' attributions, rights, datelines, other statuses than published, raw HTML.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element is null, the format is RSS 1.0 (read, not written), or (RSS and
    /// Atom) a text holds a control character XML 1.0 cannot carry.</exception>
    public static LossReport Serialize(IEnumerable<Article> articles, FeedWriteOptions options, Stream output)
    {
        var list = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(articles), nameof(articles));
        Preconditions.CheckNotNull(options);
        Preconditions.CheckNotNull(output);
        Preconditions.CheckArgument(options.Format != FeedFormat.Rdf, nameof(options), "RSS 1.0 is read, not written: write RSS 2.0, Atom 1.0 or JSON Feed 1.1.");
        return FeedWriter.Write(list, options, output);
    }

    /// <summary>Writes articles as one feed, as text.</summary>
    /// <param name="articles">The articles; no element null.</param>
    /// <param name="options">The feed's title, link and format.</param>
    /// <returns>The feed and what it could not carry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element is null, the format is RSS 1.0, or (RSS and Atom) a text holds a
    /// control character XML 1.0 cannot carry.</exception>
    public static ConversionResult<string> SerializeToString(IEnumerable<Article> articles, FeedWriteOptions options)
    {
        using var buffer = new MemoryStream();
        var losses = Serialize(articles, options, buffer);
        return new ConversionResult<string>(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), losses);
    }
}
