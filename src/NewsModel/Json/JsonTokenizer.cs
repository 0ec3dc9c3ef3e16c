using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsModel.Json;

/// <summary>
/// A strict RFC 8259 tokenizer over one contiguous UTF-8 document, for the fast strict reading path of
/// <see cref="NewsModelJson"/>: it accepts exactly the documents that are one JSON value in valid UTF-8 with only
/// JSON whitespace around it and no deeper nesting than its limit (no comments, trailing commas or byte order mark),
/// and gives the same tokens, values and strings as <see cref="Utf8JsonReader"/> for them.
/// </summary>
/// <remarks>
/// It never explains a failure: on anything it rejects (malformed JSON, invalid UTF-8, a lone surrogate escape) or
/// does not handle (<see cref="TryGetInt32"/>, <see cref="Skip"/>, <see cref="ReadRawValue"/>) it throws a bare
/// <see cref="JsonException"/>, and the caller reads the document again with <see cref="Utf8JsonReader"/>, whose
/// reading produces the canonical error (or the result). Not thread-safe (a value on one stack).
/// </remarks>
internal ref struct JsonTokenizer : IJsonTokens
{
    /// <summary>The deepest nesting tracked (one bit per level); deeper documents are left to the full reader.</summary>
    private const int MaxTrackedDepth = 64;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _maxDepth;
    private int _position;
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private int _depth;
    private ulong _objects;
    private JsonTokenType _type;
    private bool _escaped;

    /// <summary>Starts before the first token of <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="maxDepth">The deepest nesting accepted, as <see cref="JsonReaderOptions.MaxDepth"/>.</param>
    /// <exception cref="JsonException">The document is not valid UTF-8.</exception>
    internal JsonTokenizer(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // Outside strings only ASCII is valid JSON, so a valid document is valid UTF-8 throughout: one vectorized
        // check here stands for checking every string.
        if (!Utf8.IsValid(utf8Json))
        {
            Fail();
        }
        _data = utf8Json;
        _maxDepth = Math.Min(maxDepth <= 0 ? 64 : maxDepth, MaxTrackedDepth);
    }

    public readonly JsonTokenType TokenType => _type;

    public readonly long TokenStartIndex => _tokenStart;

    public readonly long BytesConsumed => _position;

    public readonly bool HasValueSequence => false;

    public readonly bool ValueIsEscaped => _escaped;

    public readonly ReadOnlySpan<byte> ValueSpan => _data.Slice(_valueStart, _valueLength);

    public readonly long ValueLength => _valueLength;

    /// <summary>Fails: the caller falls back to the full reader.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fail() => throw new JsonException("The fast tokenizer does not accept this input.");

    public bool Read()
    {
        ReadOnlySpan<byte> data = _data;
        int pos = _position;
        if ((uint)pos < (uint)data.Length && data[pos] <= (byte)' ')
        {
            pos = SkipWhitespace(data, pos);
        }
        JsonTokenType last = _type;
        if ((uint)pos >= (uint)data.Length)
        {
            if (last != JsonTokenType.None && _depth == 0)
            {
                _position = pos;
                return false;
            }
            Fail();
        }
        if (_depth == 0 && last != JsonTokenType.None)
        {
            Fail(); // content after the root value
        }
        byte b = data[pos];
        switch (last)
        {
            case JsonTokenType.None:
            case JsonTokenType.StartArray when b != (byte)']':
                ReadValue(data, pos, b);
                return true;
            case JsonTokenType.StartObject when b != (byte)'}':
                ReadName(data, pos, b);
                return true;
            case JsonTokenType.PropertyName:
                if (b != (byte)':')
                {
                    Fail();
                }
                pos++;
                if ((uint)pos < (uint)data.Length && data[pos] <= (byte)' ')
                {
                    pos = SkipWhitespace(data, pos);
                }
                if ((uint)pos >= (uint)data.Length)
                {
                    Fail();
                }
                ReadValue(data, pos, data[pos]);
                return true;
        }
        bool inObject = (_objects & (1UL << (_depth - 1))) != 0;
        if (b == (byte)',' && last is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            pos++;
            if ((uint)pos < (uint)data.Length && data[pos] <= (byte)' ')
            {
                pos = SkipWhitespace(data, pos);
            }
            if ((uint)pos >= (uint)data.Length)
            {
                Fail();
            }
            if (inObject)
            {
                ReadName(data, pos, data[pos]);
            }
            else
            {
                ReadValue(data, pos, data[pos]);
            }
            return true;
        }
        if (b == (inObject ? (byte)'}' : (byte)']'))
        {
            _type = inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
            _depth--;
            _tokenStart = pos;
            _position = pos + 1;
            return true;
        }
        Fail();
        return false;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> data, int pos)
    {
        while ((uint)pos < (uint)data.Length && data[pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            pos++;
        }
        return pos;
    }

    private void ReadName(ReadOnlySpan<byte> data, int pos, byte b)
    {
        if (b != (byte)'"')
        {
            Fail();
        }
        ReadString(data, pos);
        _type = JsonTokenType.PropertyName;
    }

    private void ReadValue(ReadOnlySpan<byte> data, int pos, byte b)
    {
        _tokenStart = pos;
        switch (b)
        {
            case (byte)'"':
                ReadString(data, pos);
                _type = JsonTokenType.String;
                return;
            case (byte)'{':
            case (byte)'[':
                if (_depth >= _maxDepth)
                {
                    Fail();
                }
                if (b == (byte)'{')
                {
                    _objects |= 1UL << _depth;
                    _type = JsonTokenType.StartObject;
                }
                else
                {
                    _objects &= ~(1UL << _depth);
                    _type = JsonTokenType.StartArray;
                }
                _depth++;
                _position = pos + 1;
                return;
            case (byte)'t':
                ReadLiteral(data, pos, "true"u8, JsonTokenType.True);
                return;
            case (byte)'f':
                ReadLiteral(data, pos, "false"u8, JsonTokenType.False);
                return;
            case (byte)'n':
                ReadLiteral(data, pos, "null"u8, JsonTokenType.Null);
                return;
            default:
                ReadNumber(data, pos);
                return;
        }
    }

    private void ReadLiteral(ReadOnlySpan<byte> data, int pos, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!data[pos..].StartsWith(literal))
        {
            Fail();
        }
        _valueStart = pos;
        _valueLength = literal.Length;
        _escaped = false;
        _type = type;
        _position = pos + literal.Length;
    }

    /// <summary>A number by the full grammar: <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>. What
    /// follows it is checked by the next <see cref="Read"/> (only a delimiter or whitespace may).</summary>
    private void ReadNumber(ReadOnlySpan<byte> data, int pos)
    {
        int start = pos;
        if (data[pos] == (byte)'-')
        {
            pos++;
        }
        if ((uint)pos >= (uint)data.Length)
        {
            Fail();
        }
        if (data[pos] == (byte)'0')
        {
            pos++;
        }
        else if (IsDigit(data[pos]))
        {
            pos = SkipDigits(data, pos + 1);
        }
        else
        {
            Fail();
        }
        if ((uint)pos < (uint)data.Length && data[pos] == (byte)'.')
        {
            pos = RequireDigits(data, pos + 1);
        }
        if ((uint)pos < (uint)data.Length && (data[pos] | 0x20) == (byte)'e')
        {
            pos++;
            if ((uint)pos < (uint)data.Length && data[pos] is (byte)'+' or (byte)'-')
            {
                pos++;
            }
            pos = RequireDigits(data, pos);
        }
        _valueStart = start;
        _valueLength = pos - start;
        _escaped = false;
        _type = JsonTokenType.Number;
        _position = pos;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static int SkipDigits(ReadOnlySpan<byte> data, int pos)
    {
        while ((uint)pos < (uint)data.Length && IsDigit(data[pos]))
        {
            pos++;
        }
        return pos;
    }

    private static int RequireDigits(ReadOnlySpan<byte> data, int pos)
    {
        if ((uint)pos >= (uint)data.Length || !IsDigit(data[pos]))
        {
            Fail();
        }
        return SkipDigits(data, pos + 1);
    }

    /// <summary>A string (or name) from its opening quote at <paramref name="pos"/>: the content between the quotes,
    /// with no control characters and only valid escapes (UTF-8 validity was checked for the whole document).</summary>
    private void ReadString(ReadOnlySpan<byte> data, int pos)
    {
        _tokenStart = pos;
        int start = pos + 1;
        var content = data[start..];
        int stop = IndexOfStringStop(content);
        bool escaped = false;
        while (true)
        {
            if (stop < 0)
            {
                Fail();
            }
            byte b = content[stop];
            if (b == (byte)'"')
            {
                break;
            }
            if (b != (byte)'\\')
            {
                Fail(); // a control character
            }
            escaped = true;
            stop += EscapeLength(content, stop);
            int next = IndexOfStringStop(content[stop..]);
            stop = next < 0 ? -1 : stop + next;
        }
        _valueStart = start;
        _valueLength = stop;
        _escaped = escaped;
        _position = start + stop + 1;
    }

    /// <summary>The index of the first quotation mark, reverse solidus or control character, or -1: sixteen bytes at
    /// a time while sixteen remain (most strings end within the first sixteen), then byte by byte.</summary>
    private static int IndexOfStringStop(ReadOnlySpan<byte> content)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var quote = Vector128.Create((byte)'"');
            var backslash = Vector128.Create((byte)'\\');
            var space = Vector128.Create((byte)' ');
            for (; i <= content.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var chunk = Vector128.Create(content.Slice(i, Vector128<byte>.Count));
                var stops = Vector128.Equals(chunk, quote) | Vector128.Equals(chunk, backslash) | Vector128.LessThan(chunk, space);
                if (stops != Vector128<byte>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                }
            }
        }
        for (; i < content.Length; i++)
        {
            byte b = content[i];
            if (b == (byte)'"' || b == (byte)'\\' || b < (byte)' ')
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The length of the valid escape at <paramref name="at"/> (a reverse solidus).</summary>
    private static int EscapeLength(ReadOnlySpan<byte> content, int at)
    {
        if ((uint)(at + 1) >= (uint)content.Length)
        {
            Fail();
        }
        switch (content[at + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return 2;
            case (byte)'u':
                if (at + 6 > content.Length || Hex4(content.Slice(at + 2, 4)) < 0)
                {
                    Fail();
                }
                return 6;
            default:
                Fail();
                return 0;
        }
    }

    /// <summary>The value of four hexadecimal digits, or -1.</summary>
    internal static int Hex4(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = HexDigit(digits[i]);
            if (digit < 0)
            {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public readonly string? GetString()
    {
        if (_type == JsonTokenType.Null)
        {
            return null;
        }
        if (_type is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            Fail();
        }
        var raw = ValueSpan;
        if (!_escaped)
        {
            // ASCII is the same in Latin-1, whose decoding is a plain widening with no counting pass; anything else is
            // valid UTF-8 (checked for the whole document), so nothing is replaced.
            return Ascii.IsValid(raw) ? Encoding.Latin1.GetString(raw) : Encoding.UTF8.GetString(raw);
        }
        byte[]? rented = null;
        Span<byte> buffer = raw.Length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            return Encoding.UTF8.GetString(buffer[..Unescape(raw, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public readonly int CopyString(scoped Span<byte> utf8Destination)
    {
        if (_type is not (JsonTokenType.String or JsonTokenType.PropertyName) || utf8Destination.Length < _valueLength)
        {
            Fail();
        }
        var raw = ValueSpan;
        if (!_escaped)
        {
            raw.CopyTo(utf8Destination);
            return raw.Length;
        }
        return Unescape(raw, utf8Destination);
    }

    public readonly bool ValueTextEquals(scoped ReadOnlySpan<byte> utf8Text)
    {
        if (_type is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            Fail();
        }
        if (!_escaped)
        {
            return ValueSpan.SequenceEqual(utf8Text);
        }
        if (_valueLength > 512)
        {
            Fail();
        }
        Span<byte> buffer = stackalloc byte[512];
        return buffer[..Unescape(ValueSpan, buffer)].SequenceEqual(utf8Text);
    }

    /// <summary>Unescapes the raw content of a string (checked by <see cref="ReadString"/>) into UTF-8, at most as
    /// long as the raw content; a lone surrogate escape fails, as <see cref="Utf8JsonReader.GetString"/> does.</summary>
    private static int Unescape(ReadOnlySpan<byte> raw, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            int slash = raw.IndexOf((byte)'\\');
            var plain = slash < 0 ? raw : raw[..slash];
            plain.CopyTo(destination[written..]);
            written += plain.Length;
            if (slash < 0)
            {
                return written;
            }
            byte kind = raw[slash + 1];
            int consumed = 2;
            switch (kind)
            {
                case (byte)'b': destination[written++] = (byte)'\b'; break;
                case (byte)'f': destination[written++] = (byte)'\f'; break;
                case (byte)'n': destination[written++] = (byte)'\n'; break;
                case (byte)'r': destination[written++] = (byte)'\r'; break;
                case (byte)'t': destination[written++] = (byte)'\t'; break;
                case (byte)'u':
                    int scalar = Hex4(raw.Slice(slash + 2, 4));
                    consumed = 6;
                    if (scalar is >= 0xDC00 and <= 0xDFFF)
                    {
                        Fail(); // a low surrogate first
                    }
                    if (scalar is >= 0xD800 and <= 0xDBFF)
                    {
                        var low = raw[(slash + 6)..];
                        int second = low.Length >= 6 && low[0] == (byte)'\\' && low[1] == (byte)'u' ? Hex4(low.Slice(2, 4)) : -1;
                        if (second is < 0xDC00 or > 0xDFFF)
                        {
                            Fail(); // a high surrogate alone
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (second - 0xDC00);
                        consumed = 12;
                    }
                    written += new Rune(scalar).EncodeToUtf8(destination[written..]);
                    break;
                default: destination[written++] = kind; break; // '"', '\\' or '/'
            }
            raw = raw[(slash + consumed)..];
        }
    }

    /// <summary>Not handled here (numbers beyond nine plain digits are rare): fails, so the full reader decides.</summary>
    public readonly bool TryGetInt32(out int value)
    {
        Fail();
        value = 0;
        return false;
    }

    /// <summary>Not handled here (the fast path reads strictly, so unknown members end it anyway): fails.</summary>
    public readonly void Skip() => Fail();

    /// <summary>Not handled here (extras are read by the full reader): fails.</summary>
    public readonly string ReadRawValue()
    {
        Fail();
        return null!;
    }

    /// <summary>On a start of object: moves onto its end if its bytes are those of the object at
    /// <paramref name="start"/> (an earlier one, read whole). The same bytes are the same valid tokens, and an object
    /// with no nested containers (the model's repeated values have none) is as deep here as its start.</summary>
    public bool TrySkipRepeat(long start, int length)
    {
        int here = _tokenStart;
        if (_type != JsonTokenType.StartObject || start < 0 || start + length > here || length < 2
            || length > _data.Length - here
            || !_data.Slice(here, length).SequenceEqual(_data.Slice((int)start, length)))
        {
            return false;
        }
        _depth--;
        _type = JsonTokenType.EndObject;
        _tokenStart = here + length - 1;
        _position = here + length;
        return true;
    }
}
