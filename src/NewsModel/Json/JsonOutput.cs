using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsModel.Json;

/// <summary>
/// What <see cref="ModelWriter"/> writes to: the calls it makes on <see cref="Utf8JsonWriter"/>, by the same names, so
/// one set of model writers serves a caller's <see cref="Utf8JsonWriter"/> (<see cref="Utf8JsonOutput"/>) and the
/// library's own compact writer (<see cref="CompactJsonOutput"/>). Implemented by structs only, so the writers are
/// compiled once per output with the calls inlined (not by static abstract members: NativeAOT's scanner failed on those
/// in the reader).
/// </summary>
internal interface IJsonOutput
{
    void WriteStartObject();

    void WriteStartObject(JsonEncodedText name);

    void WriteEndObject();

    void WriteStartArray(JsonEncodedText name);

    void WriteEndArray();

    void WritePropertyName(JsonEncodedText name);

    void WritePropertyName(string name);

    void WriteString(JsonEncodedText name, string value);

    void WriteString(JsonEncodedText name, JsonEncodedText value);

    void WriteString(JsonEncodedText name, ReadOnlySpan<char> value);

    void WriteStringValue(string value);

    void WriteNumber(JsonEncodedText name, int value);

    void WriteBoolean(JsonEncodedText name, bool value);

    /// <summary>Writes JSON text the caller knows to be one valid value, as it is.</summary>
    void WriteRawValue(ReadOnlySpan<byte> utf8Json, bool skipInputValidation);

    /// <summary>Writes JSON text the caller knows to be one valid value, as it is.</summary>
    void WriteRawValue(string json, bool skipInputValidation);
}

/// <summary>A caller's <see cref="Utf8JsonWriter"/>: its options (indentation, encoder) apply.</summary>
internal readonly struct Utf8JsonOutput(Utf8JsonWriter writer) : IJsonOutput
{
    public void WriteStartObject() => writer.WriteStartObject();

    public void WriteStartObject(JsonEncodedText name) => writer.WriteStartObject(name);

    public void WriteEndObject() => writer.WriteEndObject();

    public void WriteStartArray(JsonEncodedText name) => writer.WriteStartArray(name);

    public void WriteEndArray() => writer.WriteEndArray();

    public void WritePropertyName(JsonEncodedText name) => writer.WritePropertyName(name);

    public void WritePropertyName(string name) => writer.WritePropertyName(name);

    public void WriteString(JsonEncodedText name, string value) => writer.WriteString(name, value);

    public void WriteString(JsonEncodedText name, JsonEncodedText value) => writer.WriteString(name, value);

    public void WriteString(JsonEncodedText name, ReadOnlySpan<char> value) => writer.WriteString(name, value);

    public void WriteStringValue(string value) => writer.WriteStringValue(value);

    public void WriteNumber(JsonEncodedText name, int value) => writer.WriteNumber(name, value);

    public void WriteBoolean(JsonEncodedText name, bool value) => writer.WriteBoolean(name, value);

    public void WriteRawValue(ReadOnlySpan<byte> utf8Json, bool skipInputValidation) =>
        writer.WriteRawValue(utf8Json, skipInputValidation);

    public void WriteRawValue(string json, bool skipInputValidation) => writer.WriteRawValue(json, skipInputValidation);
}

/// <summary>The library's own compact writer, through a struct so the calls inline.</summary>
internal readonly struct CompactJsonOutput(CompactJsonWriter writer) : IJsonOutput
{
    public void WriteStartObject() => writer.WriteStart((byte)'{');

    public void WriteStartObject(JsonEncodedText name)
    {
        writer.WriteName(name);
        writer.WriteStart((byte)'{');
    }

    public void WriteEndObject() => writer.WriteEnd((byte)'}');

    public void WriteStartArray(JsonEncodedText name)
    {
        writer.WriteName(name);
        writer.WriteStart((byte)'[');
    }

    public void WriteEndArray() => writer.WriteEnd((byte)']');

    public void WritePropertyName(JsonEncodedText name) => writer.WriteName(name);

    public void WritePropertyName(string name) => writer.WriteName(name);

    public void WriteString(JsonEncodedText name, string value) => WriteString(name, value.AsSpan());

    public void WriteString(JsonEncodedText name, JsonEncodedText value)
    {
        writer.WriteName(name);
        writer.WriteEncoded(value);
    }

    public void WriteString(JsonEncodedText name, ReadOnlySpan<char> value)
    {
        writer.WriteName(name);
        writer.WriteString(value);
    }

    public void WriteStringValue(string value) => writer.WriteString(value);

    public void WriteNumber(JsonEncodedText name, int value)
    {
        writer.WriteName(name);
        writer.WriteNumber(value);
    }

    public void WriteBoolean(JsonEncodedText name, bool value)
    {
        writer.WriteName(name);
        writer.WriteRaw(value ? "true"u8 : "false"u8);
    }

    public void WriteRawValue(ReadOnlySpan<byte> utf8Json, bool skipInputValidation) => writer.WriteRaw(utf8Json);

    public void WriteRawValue(string json, bool skipInputValidation) => writer.WriteRaw(json);
}

/// <summary>
/// Writes compact JSON (no whitespace) with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, byte for byte
/// what a <see cref="Utf8JsonWriter"/> with that encoder and no indentation writes for the same calls (the tests compare
/// the two on every UTF-16 code unit and on generated articles). It writes straight into the destination's array when
/// the destination hands out arrays (<see cref="System.Buffers.ArrayBufferWriter{T}"/> and the pooled buffers do), and
/// otherwise into a buffer of its own that <see cref="Flush"/> copies. It keeps no stack of containers: the model writers
/// it serves always close what they open, and it only needs to know whether a comma comes before the next member or
/// element. Not thread-safe; kept one per thread and reused.
/// </summary>
internal sealed class CompactJsonWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private IBufferWriter<byte> _destination = DetachedBufferWriter.Instance;
    private byte[] _buffer = [];
    private byte[] _own = [];
    private int _start;
    private int _position;
    private int _end;
    private bool _ownBuffer;
    private bool _comma;

    /// <summary>Starts writing to <paramref name="destination"/>.</summary>
    internal void Reset(IBufferWriter<byte> destination)
    {
        _destination = destination;
        _buffer = [];
        _start = _position = _end = 0;
        _ownBuffer = false;
        _comma = false;
    }

    /// <summary>Hands what was written to the destination and lets go of it.</summary>
    internal void Flush()
    {
        Commit();
        _destination = DetachedBufferWriter.Instance;
        _buffer = [];
        _start = _position = _end = 0;
    }

    internal void WriteStart(byte bracket)
    {
        Ensure(2);
        if (_comma)
        {
            _buffer[_position++] = (byte)',';
        }
        _buffer[_position++] = bracket;
        _comma = false;
    }

    internal void WriteEnd(byte bracket)
    {
        Ensure(1);
        _buffer[_position++] = bracket;
        _comma = true;
    }

    /// <summary>A member name already encoded, and its colon.</summary>
    internal void WriteName(JsonEncodedText name) => WriteQuoted(name.EncodedUtf8Bytes, member: true);

    /// <summary>A member name as text, escaped as the encoder would, and its colon.</summary>
    internal void WriteName(string name)
    {
        WriteString(name.AsSpan());
        Ensure(1);
        _buffer[_position++] = (byte)':';
        _comma = false;
    }

    /// <summary>A string value already encoded.</summary>
    internal void WriteEncoded(JsonEncodedText value) => WriteQuoted(value.EncodedUtf8Bytes, member: false);

    /// <summary>Encoded bytes between quotation marks: a member name with its colon, or a string value.</summary>
    private void WriteQuoted(ReadOnlySpan<byte> encoded, bool member)
    {
        Ensure(encoded.Length + 4);
        var span = _buffer.AsSpan(_position);
        int i = 0;
        if (_comma)
        {
            span[i++] = (byte)',';
        }
        span[i++] = (byte)'"';
        encoded.CopyTo(span[i..]);
        i += encoded.Length;
        span[i++] = (byte)'"';
        if (member)
        {
            span[i++] = (byte)':';
        }
        _position += i;
        _comma = !member;
    }

    internal void WriteNumber(int value)
    {
        Ensure(12);
        if (_comma)
        {
            _buffer[_position++] = (byte)',';
        }
        value.TryFormat(_buffer.AsSpan(_position), out int written, default, CultureInfo.InvariantCulture);
        _position += written;
        _comma = true;
    }

    /// <summary>A value the caller knows to be valid JSON, as it is.</summary>
    internal void WriteRaw(ReadOnlySpan<byte> utf8Json)
    {
        Ensure(utf8Json.Length + 1);
        if (_comma)
        {
            _buffer[_position++] = (byte)',';
        }
        utf8Json.CopyTo(_buffer.AsSpan(_position));
        _position += utf8Json.Length;
        _comma = true;
    }

    /// <summary>A value the caller knows to be valid JSON, as it is, from UTF-16.</summary>
    internal void WriteRaw(string json)
    {
        Ensure(json.Length * 3 + 1);
        if (_comma)
        {
            _buffer[_position++] = (byte)',';
        }
        _position += Encoding.UTF8.GetBytes(json, _buffer.AsSpan(_position));
        _comma = true;
    }

    /// <summary>
    /// A string value, escaped as <see cref="Utf8JsonWriter"/> escapes it with the same encoder: transcoded to UTF-8 in
    /// place, then, from the first byte the encoder would escape, the quotation mark, the reverse solidus and the
    /// control characters with a short form escaped here and anything else (other control characters, characters
    /// outside the BMP, unassigned ones) by the encoder itself. Text that is not valid UTF-16 (a lone surrogate) goes
    /// through the encoder whole, which writes U+FFFD for it, as <see cref="Utf8JsonWriter"/> does.
    /// </summary>
    internal void WriteString(ReadOnlySpan<char> value)
    {
        Ensure(value.Length * 3 + 3);
        if (_comma)
        {
            _buffer[_position++] = (byte)',';
        }
        _buffer[_position++] = (byte)'"';
        var status = Utf8.FromUtf16(value, _buffer.AsSpan(_position), out _, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            WriteThroughEncoder(value);
        }
        else
        {
            int first = Encoder.FindFirstCharacterToEncodeUtf8(_buffer.AsSpan(_position, written));
            if (first < 0)
            {
                _position += written;
            }
            else
            {
                EscapeFrom(_position + first, written - first);
            }
        }
        Ensure(1);
        _buffer[_position++] = (byte)'"';
        _comma = true;
    }

    /// <summary>Rewrites the <paramref name="count"/> UTF-8 bytes at <paramref name="from"/> (the first of them one to
    /// escape) escaped.</summary>
    private void EscapeFrom(int from, int count)
    {
        byte[]? rented = null;
        Span<byte> tail = count <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(count));
        tail = tail[..count];
        _buffer.AsSpan(from, count).CopyTo(tail);
        _position = from;
        while (true)
        {
            int next = Encoder.FindFirstCharacterToEncodeUtf8(tail);
            var safe = next < 0 ? tail : tail[..next];
            Ensure(safe.Length);
            safe.CopyTo(_buffer.AsSpan(_position));
            _position += safe.Length;
            if (next < 0)
            {
                break;
            }
            tail = tail[(next + EscapeOne(tail[next..]))..];
        }
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the scalar value at the start of <paramref name="utf8"/> escaped; returns its length in
    /// bytes.</summary>
    private int EscapeOne(ReadOnlySpan<byte> utf8)
    {
        byte shortForm = utf8[0] switch
        {
            (byte)'"' => (byte)'"',
            (byte)'\\' => (byte)'\\',
            (byte)'\n' => (byte)'n',
            (byte)'\r' => (byte)'r',
            (byte)'\t' => (byte)'t',
            (byte)'\b' => (byte)'b',
            (byte)'\f' => (byte)'f',
            _ => 0,
        };
        if (shortForm != 0)
        {
            Ensure(2);
            _buffer[_position++] = (byte)'\\';
            _buffer[_position++] = shortForm;
            return 1;
        }
        Rune.DecodeFromUtf8(utf8, out _, out int length);
        Ensure(12);
        Encoder.EncodeUtf8(utf8[..length], _buffer.AsSpan(_position, 12), out _, out int written, isFinalBlock: true);
        _position += written;
        return length;
    }

    /// <summary>Text that is not valid UTF-16: the encoder escapes it whole (a lone surrogate as U+FFFD).</summary>
    private void WriteThroughEncoder(ReadOnlySpan<char> value)
    {
        char[] escaped = ArrayPool<char>.Shared.Rent(value.Length * 6);
        Encoder.Encode(value, escaped, out _, out int length, isFinalBlock: true);
        Ensure(length * 3);
        _position += Encoding.UTF8.GetBytes(escaped.AsSpan(0, length), _buffer.AsSpan(_position));
        ArrayPool<char>.Shared.Return(escaped);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int count)
    {
        if (_end - _position < count)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        Commit();
        var memory = _destination.GetMemory(Math.Max(count, 4096));
        if (MemoryMarshal.TryGetArray<byte>(memory, out var segment) && segment.Count >= count)
        {
            _buffer = segment.Array!;
            _start = _position = segment.Offset;
            _end = segment.Offset + segment.Count;
            _ownBuffer = false;
            return;
        }
        if (_own.Length < count)
        {
            _own = new byte[Math.Max(count, 4096)];
        }
        _buffer = _own;
        _start = _position = 0;
        _end = _buffer.Length;
        _ownBuffer = true;
    }

    /// <summary>Advances the destination past what was written (copying it there first from a buffer of this
    /// writer's own).</summary>
    private void Commit()
    {
        int written = _position - _start;
        if (written == 0)
        {
            return;
        }
        if (_ownBuffer)
        {
            _buffer.AsSpan(_start, written).CopyTo(_destination.GetSpan(written));
        }
        _destination.Advance(written);
        _start = _position;
    }
}
