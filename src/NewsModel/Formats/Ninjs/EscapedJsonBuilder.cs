using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Unicode;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// Writes a small JSON document directly in the form it takes inside a JSON string: one pass, each text escaped
/// for the inner document and again for the outer string (<c>"</c> becomes <c>\\\"</c>, a control character
/// <c>\\u00XX</c>). Used for the NewsModel extension, which ninjs only admits as a string. The structure (member
/// names, separators, enum spellings) is written by the caller as pre-escaped ASCII literals; texts are
/// transcoded to UTF-8 straight into the output and only escaped when they hold a quote, a backslash or a
/// control character. Writes into one span of the output, growing it rarely. Not thread-safe; one per write.
/// </summary>
internal ref struct EscapedJsonBuilder
{
    /// <summary>The UTF-8 bytes that need escaping in a JSON string: quote, backslash, C0 controls.</summary>
    private static readonly SearchValues<byte> Special = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>The most bytes one UTF-8 byte of a text becomes (a control character: <c>\\u00XX</c>).</summary>
    private const int MaxEscapedPerByte = 7;

    private readonly ArrayBufferWriter<byte> output;
    private Span<byte> span;
    private int position;

    internal EscapedJsonBuilder(ArrayBufferWriter<byte> output)
    {
        this.output = output;
        span = output.GetSpan(4096);
    }

    /// <summary>Writes pre-escaped ASCII as it is (structure, escaped member names, enum spellings).</summary>
    internal void Raw(scoped ReadOnlySpan<byte> ascii)
    {
        Ensure(ascii.Length);
        ascii.CopyTo(span[position..]);
        position += ascii.Length;
    }

    /// <summary>Writes <paramref name="member"/> (pre-escaped, with its separator and colon) and the text, when
    /// there is a text.</summary>
    internal void Optional(scoped ReadOnlySpan<byte> member, string? text)
    {
        if (text is not null)
        {
            Raw(member);
            String(text);
        }
    }

    /// <summary>Writes an integer.</summary>
    internal void Number(int value)
    {
        Ensure(11);
        Utf8Formatter.TryFormat(value, span[position..], out int written);
        position += written;
    }

    /// <summary>Writes a text as an escaped inner string, <c>\"…\"</c>. A lone surrogate is written as U+FFFD,
    /// as <c>Utf8JsonWriter</c> does for the other members.</summary>
    internal void String(string text)
    {
        Ensure((text.Length * 3) + 4);
        span[position] = (byte)'\\';
        span[position + 1] = (byte)'"';
        int start = position + 2;
        Utf8.FromUtf16(text, span[start..], out _, out int written, replaceInvalidSequences: true);
        var utf8 = span.Slice(start, written);
        int special = utf8.IndexOfAny(Special);
        if (special < 0)
        {
            position = start + written;
        }
        else
        {
            position = start + special;
            WriteEscaped(utf8[special..]);
        }
        span[position] = (byte)'\\';
        span[position + 1] = (byte)'"';
        position += 2;
    }

    /// <summary>Writes a JSON value written by <see cref="System.Text.Json.Utf8JsonWriter"/> (compact: no control
    /// characters outside its strings' escapes) as part of the inner document: quotes and backslashes escaped.</summary>
    internal void Json(scoped ReadOnlySpan<byte> utf8Json)
    {
        while (!utf8Json.IsEmpty)
        {
            int next = utf8Json.IndexOfAny((byte)'"', (byte)'\\');
            int run = next < 0 ? utf8Json.Length : next;
            Raw(utf8Json[..run]);
            if (next < 0)
            {
                return;
            }
            Raw(utf8Json[next] == (byte)'"' ? "\\\""u8 : "\\\\"u8);
            utf8Json = utf8Json[(next + 1)..];
        }
    }

    /// <summary>Commits what was written to the output.</summary>
    internal readonly void Finish() => output.Advance(position);

    /// <summary>Escapes the UTF-8 text from its first special byte on (rare: texts with quotes, backslashes or
    /// control characters), through a copy, since the escaped form is longer.</summary>
    private void WriteEscaped(ReadOnlySpan<byte> rest)
    {
        byte[] copy = ArrayPool<byte>.Shared.Rent(rest.Length);
        rest.CopyTo(copy);
        var text = copy.AsSpan(0, rest.Length);
        Ensure((text.Length * MaxEscapedPerByte) + 2);
        while (!text.IsEmpty)
        {
            int next = text.IndexOfAny(Special);
            var chunk = next < 0 ? text : text[..next];
            chunk.CopyTo(span[position..]);
            position += chunk.Length;
            if (next < 0)
            {
                break;
            }
            byte b = text[next];
            if (b == '"')
            {
                "\\\\\\\""u8.CopyTo(span[position..]);
                position += 4;
            }
            else if (b == '\\')
            {
                "\\\\\\\\"u8.CopyTo(span[position..]);
                position += 4;
            }
            else
            {
                "\\\\u00"u8.CopyTo(span[position..]);
                span[position + 5] = (byte)"0123456789ABCDEF"[b >> 4];
                span[position + 6] = (byte)"0123456789ABCDEF"[b & 15];
                position += 7;
            }
            text = text[(next + 1)..];
        }
        ArrayPool<byte>.Shared.Return(copy);
    }

    private void Ensure(int count)
    {
        if (span.Length - position < count)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        output.Advance(position);
        position = 0;
        span = output.GetSpan(Math.Max(count, 4096));
    }
}
