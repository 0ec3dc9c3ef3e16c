using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// Writes a small JSON document directly in the form it takes inside a JSON string: one pass, each text escaped
/// for the inner document and again for the outer string (<c>"</c> becomes <c>\\\"</c>, a control character
/// <c>\\u00XX</c>). Used for the NewsModel extension, which ninjs only admits as a string. Texts without quotes,
/// backslashes or control characters are transcoded to UTF-8 in bulk. Not thread-safe; one per write.
/// </summary>
internal struct EscapedJsonBuilder
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Writes a lone surrogate as U+FFFD, as <c>Utf8JsonWriter</c> does for the other members.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ArrayBufferWriter<byte> output;
    private ulong hasItems;
    private int depth;

    internal EscapedJsonBuilder(ArrayBufferWriter<byte> output)
    {
        this.output = output;
    }

    internal void StartObject() => Open((byte)'{');

    internal void EndObject() => Close((byte)'}');

    internal void StartArray() => Open((byte)'[');

    internal void EndArray() => Close((byte)']');

    /// <summary>Starts a member; <paramref name="name"/> is plain ASCII letters.</summary>
    internal void Name(ReadOnlySpan<byte> name)
    {
        ulong bit = 1UL << depth;
        bool comma = (hasItems & bit) != 0;
        hasItems &= ~bit;
        var span = output.GetSpan(name.Length + 6);
        int position = 0;
        if (comma)
        {
            span[position++] = (byte)',';
        }
        span[position++] = (byte)'\\';
        span[position++] = (byte)'"';
        name.CopyTo(span[position..]);
        position += name.Length;
        span[position++] = (byte)'\\';
        span[position++] = (byte)'"';
        span[position++] = (byte)':';
        output.Advance(position);
    }

    internal void Property(ReadOnlySpan<byte> name, string value)
    {
        Name(name);
        String(value);
    }

    internal void OptionalProperty(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            Property(name, value);
        }
    }

    internal void Property(ReadOnlySpan<byte> name, int value)
    {
        Name(name);
        Number(value);
    }

    internal void String(string text)
    {
        var rest = text.AsSpan();
        if (!rest.ContainsAny(Special))
        {
            var span = output.GetSpan(StrictUtf8.GetMaxByteCount(rest.Length) + 5);
            int position = 0;
            ulong bit = 1UL << depth;
            if ((hasItems & bit) != 0)
            {
                span[position++] = (byte)',';
            }
            hasItems |= bit;
            span[position++] = (byte)'\\';
            span[position++] = (byte)'"';
            position += StrictUtf8.GetBytes(rest, span[position..]);
            span[position++] = (byte)'\\';
            span[position++] = (byte)'"';
            output.Advance(position);
            return;
        }
        Separator();
        Ascii("\\\""u8);
        while (!rest.IsEmpty)
        {
            int next = rest.IndexOfAny(Special);
            var chunk = next < 0 ? rest : rest[..next];
            if (!chunk.IsEmpty)
            {
                var span = output.GetSpan(StrictUtf8.GetMaxByteCount(chunk.Length));
                output.Advance(StrictUtf8.GetBytes(chunk, span));
            }
            if (next < 0)
            {
                break;
            }
            char c = rest[next];
            if (c == '"')
            {
                Ascii("\\\\\\\""u8);
            }
            else if (c == '\\')
            {
                Ascii("\\\\\\\\"u8);
            }
            else
            {
                Ascii("\\\\u00"u8);
                var hex = output.GetSpan(2);
                hex[0] = (byte)"0123456789ABCDEF"[c >> 4];
                hex[1] = (byte)"0123456789ABCDEF"[c & 15];
                output.Advance(2);
            }
            rest = rest[(next + 1)..];
        }
        Ascii("\\\""u8);
    }

    /// <summary>Writes a string value that is ASCII needing no escapes (an RFC 3339 date).</summary>
    internal void AsciiString(ReadOnlySpan<byte> ascii)
    {
        Separator();
        Ascii("\\\""u8);
        Ascii(ascii);
        Ascii("\\\""u8);
    }

    internal void Number(int value)
    {
        Separator();
        var span = output.GetSpan(11);
        value.TryFormat(span, out int written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    private void Open(byte c)
    {
        Separator();
        depth++;
        hasItems &= ~(1UL << depth);
        Byte(c);
    }

    private void Close(byte c)
    {
        Byte(c);
        depth--;
        hasItems |= 1UL << depth;
    }

    /// <summary>Writes a comma when the current container already has an item, and marks it as having one.</summary>
    private void Separator()
    {
        ulong bit = 1UL << depth;
        if ((hasItems & bit) != 0)
        {
            Byte((byte)',');
        }
        hasItems |= bit;
    }

    private readonly void Byte(byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }

    private readonly void Ascii(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(output.GetSpan(ascii.Length));
        output.Advance(ascii.Length);
    }
}
