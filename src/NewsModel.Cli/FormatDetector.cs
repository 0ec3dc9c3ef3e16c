using System;
using System.Text.Json;

namespace NewsModel.Cli;

/// <summary>
/// Tells the format of a document from its first bytes and the names of its top-level members (the first item's,
/// for an array), for <c>convert</c> without <c>--from</c>: XML is a feed; JSON is NewsModel's own by its
/// <c>format</c>, JSON Feed by its <c>version</c> URL, WordPress by <c>date_gmt</c> or a <c>guid</c> object, ANS by <c>type: story</c> or <c>content_elements</c>, ninjs by
/// its members (<c>uri</c>, <c>headlines</c>, <c>versioncreated</c>, ...). Reads no further than it needs; never throws.
/// </summary>
internal static class FormatDetector
{
    /// <summary>The input format (<c>newsmodel</c>, <c>ninjs</c>, <c>wordpress</c>, <c>ans</c> or <c>feed</c>), or null when the
    /// document says too little.</summary>
    internal static string? Detect(ReadOnlySpan<byte> document)
    {
        document = Content(document);
        if (document.IsEmpty)
        {
            return null;
        }
        if (IsMarkup(document))
        {
            return "feed";
        }
        try
        {
            return Json(document);
        }
        catch (JsonException)
        {
            return null; // malformed: the reader of whichever format is chosen says where
        }
    }

    /// <summary>Whether a document is markup (XML or HTML): its first character, after a byte order mark and white
    /// space, is <c>&lt;</c>. Neither JSON nor article text starts so.</summary>
    internal static bool IsMarkup(ReadOnlySpan<byte> document)
    {
        document = Content(document);
        return !document.IsEmpty && document[0] == (byte)'<';
    }

    /// <summary>The document from its first character: without a byte order mark and leading white space.</summary>
    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> document)
    {
        if (document.StartsWith("\uFEFF"u8))
        {
            document = document[3..];
        }
        int i = 0;
        while (i < document.Length && document[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }
        return document[i..];
    }

    private static string? Json(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read())
        {
            return null;
        }
        if (reader.TokenType == JsonTokenType.StartArray && (!reader.Read() || reader.TokenType != JsonTokenType.StartObject))
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        int depth = reader.CurrentDepth;
        bool ninjs = false;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1)
            {
                continue;
            }
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("format"u8) && reader.TokenType == JsonTokenType.String && reader.ValueSpan.StartsWith("newsmodel/"u8))
            {
                return "newsmodel";
            }
            if (name.SequenceEqual("version"u8) && reader.TokenType == JsonTokenType.String && reader.ValueSpan.StartsWith("https://jsonfeed.org/version"u8))
            {
                return "feed";
            }
            if (name.SequenceEqual("date_gmt"u8) || (name.SequenceEqual("guid"u8) && reader.TokenType == JsonTokenType.StartObject))
            {
                return "wordpress";
            }
            if ((name.SequenceEqual("type"u8) && reader.TokenType == JsonTokenType.String && reader.ValueSpan.SequenceEqual("story"u8))
                || name.SequenceEqual("content_elements"u8))
            {
                return "ans";
            }
            ninjs |= name.SequenceEqual("uri"u8) || name.SequenceEqual("headlines"u8) || name.SequenceEqual("versioncreated"u8)
                || name.SequenceEqual("versionCreated"u8) || name.SequenceEqual("firstcreated"u8) || name.SequenceEqual("firstCreated"u8)
                || name.SequenceEqual("bodies"u8) || name.SequenceEqual("body_text"u8) || name.SequenceEqual("body_html"u8);
            reader.Skip();
        }
        return ninjs ? "ninjs" : null;
    }
}
