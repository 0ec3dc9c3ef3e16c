using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsModel.Formats.Ninjs;

namespace NewsModel.Formats;

/// <summary>
/// A <see cref="Utf8JsonReader"/> over a complete document that tracks the JSON path and turns every failure
/// (malformed JSON or unexpected content) into the reading format's exception (<see cref="NinjsException"/> unless
/// told otherwise) naming path, line, byte and expectation. Not thread-safe; one per read.
/// </summary>
internal ref struct JsonCursor
{
    /// <summary>Makes a format's exception from the message, the JSON path, the zero-based line and byte in it, and the cause.</summary>
    internal delegate JsonException Failure(string message, string path, long line, long bytePositionInLine, Exception? inner);

    private static readonly Failure NinjsFailure = static (message, path, line, bytes, inner) => new NinjsException(message, path, line, bytes, inner);

    private readonly ReadOnlySpan<byte> source;
    private readonly string context;
    private readonly List<string> path;
    private readonly Failure failure;
    private Utf8JsonReader reader;

    private readonly int offset;

    internal JsonCursor(ReadOnlySpan<byte> utf8, string context, string rootPath, Failure? failure = null)
        : this(utf8, 0, utf8.Length, context, rootPath, failure)
    {
    }

    /// <summary>A cursor over one value of a larger document (an item of a collection), which failures place in the
    /// whole document.</summary>
    internal JsonCursor(ReadOnlySpan<byte> document, int start, int length, string context, string rootPath, Failure? failure = null)
    {
        source = document;
        offset = start;
        this.context = context;
        this.failure = failure ?? NinjsFailure;
        path = new List<string>(8) { rootPath };
        reader = new Utf8JsonReader(document.Slice(start, length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 });
    }

    /// <summary>Gets where the current token starts in the whole document.</summary>
    internal readonly int TokenStart => offset + (int)reader.TokenStartIndex;

    /// <summary>Gets where the bytes read so far end in the whole document.</summary>
    internal readonly int Consumed => offset + (int)reader.BytesConsumed;

    internal readonly JsonTokenType TokenType => reader.TokenType;

    internal readonly string Path
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var segment in path)
            {
                builder.Append(segment);
            }
            return builder.ToString();
        }
    }

    internal void PushProperty(string name) =>
        path.Add(IsSimple(name) ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']");

    internal void PushIndex(int index) => path.Add(string.Create(CultureInfo.InvariantCulture, $"[{index}]"));

    internal readonly void Pop() => path.RemoveAt(path.Count - 1);

    private static bool IsSimple(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return name.Length > 0;
    }

    /// <summary>Advances to the next token; throws on malformed JSON or a premature end.</summary>
    internal void Read()
    {
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (JsonException e)
        {
            throw Fail("well-formed JSON (" + Excerpt.Quoting(e.Message) + ")", null, e);
        }
        if (!more)
        {
            throw Fail("more JSON", "the end of the input");
        }
    }

    /// <summary>Reads the first token and checks it is the start of an object.</summary>
    internal void ReadStartObject()
    {
        Read();
        ExpectStartObject();
    }

    internal readonly void ExpectStartObject()
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail("an object");
        }
    }

    internal readonly void ExpectStartArray()
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail("an array");
        }
    }

    /// <summary>Advances inside an object: returns false at its end, or true with the property name pushed and
    /// the reader on the value.</summary>
    internal bool NextProperty(out string name)
    {
        Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }
        name = Text("a property name in valid UTF-8");
        PushProperty(name);
        Read();
        return true;
    }

    /// <summary>Advances inside an array: returns false at its end, or true with the index pushed.</summary>
    internal bool NextItem(ref int index)
    {
        Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }
        PushIndex(index++);
        return true;
    }

    internal readonly string GetString(string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail(expected);
        }
        return Text(expected);
    }

    /// <summary>The current string token as text; invalid UTF-8 fails like any other bad input.</summary>
    private readonly string Text(string expected)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Fail(expected + " (valid UTF-8)", "invalid UTF-8", e);
        }
    }

    /// <summary>A string that must be non-empty (the model rejects empty texts).</summary>
    internal readonly string GetNonEmptyString(string expected)
    {
        var text = GetString(expected);
        return text.Length == 0 ? throw Fail(expected, "an empty string") : text;
    }

    internal readonly int GetInt32(string expected, int min = int.MinValue)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value) || value < min)
        {
            throw Fail(expected);
        }
        return value;
    }

    internal readonly bool TryGetInt32(out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>Skips the current value (object, array or scalar).</summary>
    internal void Skip()
    {
        try
        {
            reader.Skip();
        }
        catch (JsonException e)
        {
            throw Fail("well-formed JSON (" + Excerpt.Quoting(e.Message) + ")", null, e);
        }
    }

    /// <summary>Parses the current value into an element (for structure checks of members the article does not keep).</summary>
    internal JsonElement ParseElement()
    {
        JsonElement element;
        try
        {
            element = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw Fail("well-formed JSON (" + Excerpt.Quoting(e.Message) + ")", null, e);
        }
        // The parse checks the structure, not that strings are UTF-8; the checks that read the element's texts would
        // meet invalid UTF-8 as an InvalidOperationException. Fail here instead, like any other bad input.
        if (!IsText(element))
        {
            throw Fail("a value whose strings and names are valid UTF-8", "invalid UTF-8");
        }
        return element;
    }

    /// <summary>Whether every string and member name in <paramref name="element"/> is valid UTF-8 (linear).</summary>
    private static bool IsText(JsonElement element)
    {
        try
        {
            ReadTexts(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Reads every string and member name as text (which throws on invalid UTF-8).</summary>
    private static void ReadTexts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadTexts(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadTexts(item);
                }
                break;
        }
    }

    /// <summary>Checks nothing but whitespace follows the root value.</summary>
    internal void ExpectEnd()
    {
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (JsonException e)
        {
            throw Fail("the end of the input (" + Excerpt.Quoting(e.Message) + ")", null, e);
        }
        if (more)
        {
            throw Fail("the end of the input");
        }
    }

    /// <summary>Builds the exception for the current token.</summary>
    internal readonly JsonException Fail(string expected, string? found = null, Exception? inner = null) => FailAt(null, expected, found, inner);

    /// <summary>Builds the exception for a problem inside the current value (which was parsed whole): the message names
    /// <paramref name="path"/> (the problem's own path) at the position of the current token.</summary>
    internal readonly JsonException FailAt(string? path, string expected, string? found = null, Exception? inner = null) =>
        FailAt(offset + reader.TokenStartIndex, path, expected, found, inner);

    /// <summary>Builds the exception for a problem inside a value parsed whole that started at <paramref name="start"/>
    /// in the whole document (<see cref="TokenStart"/> before the parse): the message names <paramref name="path"/>
    /// at that position.</summary>
    internal readonly JsonException FailAt(long start, string? path, string expected, string? found = null, Exception? inner = null)
    {
        long position = Math.Min(start, source.Length);
        if (offset == 0 && inner is JsonException json && json.BytePositionInLine is long bytes && json.LineNumber is long lines)
        {
            return Build(path, expected, found ?? "malformed input", lines, bytes, inner);
        }
        long line = 0, lineStart = 0;
        for (int i = 0; i < position; i++)
        {
            if (source[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return Build(path, expected, found ?? Describe(), line, position - lineStart, inner);
    }

    private readonly JsonException Build(string? path, string expected, string found, long line, long bytes, Exception? inner)
    {
        var where = Excerpt.Path(path ?? Path);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{context}{where} (line {line + 1}, byte {bytes + 1}): expected {expected}; found {found}.");
        return failure(message, where, line, bytes, inner);
    }

    private readonly string Describe() => reader.TokenType switch
    {
        JsonTokenType.String => reader.ValueIsEscaped || !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan) ? "a string" : "the string \"" + Excerpt.Of(Head(reader.ValueSpan), 0, 60) + "\"",
        JsonTokenType.Number => "the number " + Excerpt.Of(Head(reader.ValueSpan)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.None => "nothing",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>The start of a raw value as text, enough for an excerpt (a long value is not decoded whole).</summary>
    private static string Head(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8[..Math.Min(utf8.Length, 256)]);
}
