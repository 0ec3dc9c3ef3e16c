using System;
using System.Buffers;
using System.Text.Json;

namespace NewsModel.Formats;

/// <summary>
/// Per-thread reusable <see cref="Utf8JsonWriter"/>s and scratch buffers for the format writers, so that a
/// write allocates nothing of its own. A writer is detached from the caller's buffer after use. Thread-safe
/// (every thread has its own).
/// </summary>
internal static class WriterCache
{
    private static readonly SearchValues<byte> ScriptUnsafe = SearchValues.Create([(byte)'<', (byte)'>', (byte)'&', (byte)0xE2]);

    [ThreadStatic]
    private static Utf8JsonWriter? outer;

    [ThreadStatic]
    private static Utf8JsonWriter? inner;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? first;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? second;

    /// <summary>A compact relaxed-escaping writer on <paramref name="output"/> (a new one when indented).</summary>
    internal static Utf8JsonWriter Outer(IBufferWriter<byte> output, bool indented) => Get(ref outer, output, indented);

    /// <summary>A second compact writer, for a document written while <see cref="Outer"/> is in use.</summary>
    internal static Utf8JsonWriter Inner(IBufferWriter<byte> output) => Get(ref inner, output, indented: false);

    /// <summary>Flushes and detaches (or disposes, when indented) a writer from <see cref="Outer"/>.</summary>
    internal static void Release(Utf8JsonWriter writer, bool indented)
    {
        writer.Flush();
        if (indented)
        {
            writer.Dispose();
        }
        else
        {
            writer.Reset(Detached.Instance);
        }
    }

    /// <summary>The first scratch buffer, emptied.</summary>
    internal static ArrayBufferWriter<byte> First() => Empty(ref first);

    /// <summary>The second scratch buffer, emptied.</summary>
    internal static ArrayBufferWriter<byte> Second() => Empty(ref second);

    private static ArrayBufferWriter<byte> Empty(ref ArrayBufferWriter<byte>? buffer)
    {
        buffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static Utf8JsonWriter Get(ref Utf8JsonWriter? cached, IBufferWriter<byte> output, bool indented)
    {
        if (indented)
        {
            return new Utf8JsonWriter(output, FormatNames.DataWriterOptions(true));
        }
        if (cached is null)
        {
            cached = new Utf8JsonWriter(output, FormatNames.DataWriterOptions(false));
        }
        else
        {
            cached.Reset(output);
        }
        return cached;
    }

    /// <summary>What an idle cached writer points at: never written to.</summary>
    private sealed class Detached : IBufferWriter<byte>
    {
        internal static readonly Detached Instance = new();

        public void Advance(int count) => throw new InvalidOperationException();

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException();

        public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException();
    }

    /// <summary>Copies JSON text to <paramref name="output"/>, replacing <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
    /// U+2028 and U+2029 by <c>\uXXXX</c> escapes. These can only stand inside strings of JSON written by the
    /// format writers (their member names are plain ASCII letters), where the escape means the same
    /// character; the result can then not end an HTML script block early.</summary>
    internal static void CopyScriptSafe(ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        while (!json.IsEmpty)
        {
            int next = json.IndexOfAny(ScriptUnsafe);
            int run = next < 0 ? json.Length : next;
            if (run > 0)
            {
                json[..run].CopyTo(output.GetSpan(run));
                output.Advance(run);
            }
            if (next < 0)
            {
                return;
            }
            ReadOnlySpan<byte> escape;
            int consumed = 1;
            switch (json[next])
            {
                case (byte)'<':
                    escape = "\\u003C"u8;
                    break;
                case (byte)'>':
                    escape = "\\u003E"u8;
                    break;
                case (byte)'&':
                    escape = "\\u0026"u8;
                    break;
                default:
                    if (json.Length > next + 2 && json[next + 1] == 0x80 && (json[next + 2] == 0xA8 || json[next + 2] == 0xA9))
                    {
                        escape = json[next + 2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8;
                        consumed = 3;
                    }
                    else
                    {
                        escape = json.Slice(next, 1);
                    }
                    break;
            }
            escape.CopyTo(output.GetSpan(escape.Length));
            output.Advance(escape.Length);
            json = json[(next + consumed)..];
        }
    }
}
