using System;
using System.Text.Json;

namespace NewsModel.Json;

/// <summary>
/// A forward-only source of JSON tokens, as the model readers (<see cref="ModelReader"/>, <see cref="ReadContext"/>)
/// need them: the members they use of <see cref="Utf8JsonReader"/>, with the same meanings. Implemented by
/// <see cref="ReaderTokens"/> (over <see cref="Utf8JsonReader"/>: every input, every mode) and
/// <see cref="JsonTokenizer"/> (contiguous UTF-8, strict reading only). The readers are generic over the source, so
/// the JIT compiles each against one struct and calls its members directly.
/// </summary>
internal interface IJsonTokens
{
    /// <summary>Moves to the next token; false at the end of the data after the root value.</summary>
    bool Read();

    JsonTokenType TokenType { get; }

    /// <summary>The byte offset of the current token's first byte (a string's opening quote).</summary>
    long TokenStartIndex { get; }

    long BytesConsumed { get; }

    /// <summary>Whether the current value is split across segments (then <see cref="ValueSpan"/> is not it).</summary>
    bool HasValueSequence { get; }

    /// <summary>Whether the current string or name contains escapes (<see cref="ValueSpan"/> is then the raw text).</summary>
    bool ValueIsEscaped { get; }

    /// <summary>The raw bytes of the current value (a string's or name's without the quotes, still escaped).</summary>
    ReadOnlySpan<byte> ValueSpan { get; }

    /// <summary>The length of the raw value in bytes (spans or sequences).</summary>
    long ValueLength { get; }

    /// <summary>The current string or name, unescaped.</summary>
    string? GetString();

    /// <summary>Copies the current string or name, unescaped, as UTF-8; returns the bytes written.</summary>
    int CopyString(scoped Span<byte> utf8Destination);

    /// <summary>Whether the current string or name, unescaped, equals <paramref name="utf8Text"/>.</summary>
    bool ValueTextEquals(scoped ReadOnlySpan<byte> utf8Text);

    bool TryGetInt32(out int value);

    /// <summary>Skips the current value (on a member name: the member's value).</summary>
    void Skip();

    /// <summary>Reads the current value whole and returns its JSON text.</summary>
    string ReadRawValue();

    /// <summary>On the start of an object: if the bytes from it on repeat the <paramref name="length"/> bytes of an
    /// object at <paramref name="start"/> earlier in the same input, moves onto the end of this object and returns
    /// true; otherwise (or when the source cannot tell) stays and returns false.</summary>
    bool TrySkipRepeat(long start, int length);
}

/// <summary>The <see cref="IJsonTokens"/> of a <see cref="Utf8JsonReader"/> (held by value: copy it back after use).</summary>
internal ref struct ReaderTokens : IJsonTokens
{
    internal Utf8JsonReader Reader;

    internal ReaderTokens(Utf8JsonReader reader) => Reader = reader;

    public bool Read() => Reader.Read();

    public readonly JsonTokenType TokenType => Reader.TokenType;

    public readonly long TokenStartIndex => Reader.TokenStartIndex;

    public readonly long BytesConsumed => Reader.BytesConsumed;

    public readonly bool HasValueSequence => Reader.HasValueSequence;

    public readonly bool ValueIsEscaped => Reader.ValueIsEscaped;

    public readonly ReadOnlySpan<byte> ValueSpan => Reader.ValueSpan;

    public readonly long ValueLength => Reader.HasValueSequence ? Reader.ValueSequence.Length : Reader.ValueSpan.Length;

    public readonly string? GetString() => Reader.GetString();

    public readonly int CopyString(scoped Span<byte> utf8Destination) => Reader.CopyString(utf8Destination);

    public readonly bool ValueTextEquals(scoped ReadOnlySpan<byte> utf8Text) => Reader.ValueTextEquals(utf8Text);

    public readonly bool TryGetInt32(out int value) => Reader.TryGetInt32(out value);

    public void Skip() => Reader.Skip();

    public string ReadRawValue()
    {
        using var element = JsonDocument.ParseValue(ref Reader);
        return element.RootElement.GetRawText();
    }

    /// <summary>Never (the reader does not keep the bytes it has read).</summary>
    public readonly bool TrySkipRepeat(long start, int length) => false;
}

/// <summary>Reads one element of an array of a model type. Implemented by empty structs and called on
/// <c>default(TElement)</c>, so <see cref="ReadContext.ReadArray{TReader, TElement, T}"/> is compiled per element type
/// and calls it directly. (An instance method rather than a static abstract one: NativeAOT's scanner cannot compile
/// static virtual methods of this generic interface when the element type is a reference type.)</summary>
internal interface IElementReader<T>
{
    T Read<TReader>(ref TReader reader, ReadContext context)
        where TReader : struct, IJsonTokens, allows ref struct;
}
