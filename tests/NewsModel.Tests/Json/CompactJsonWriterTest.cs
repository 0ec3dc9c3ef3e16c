using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using FluentAssertions;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;
using Xunit;

namespace NewsModel.Tests.Json;

/// <summary>
/// The library's own compact writer against <see cref="Utf8JsonWriter"/> with the same encoder: byte for byte, on every
/// UTF-16 code unit, on surrogate pairs and lone surrogates, on generated articles, and into destinations that hand out
/// small pieces or no arrays.
/// </summary>
public class CompactJsonWriterTest
{
    private static readonly JsonWriterOptions Relaxed = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [Fact]
    public void WriteString_EveryUtf16CodeUnitAloneAndBetweenLetters_SameBytesAsUtf8JsonWriter()
    {
        var values = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            values.Add(((char)c).ToString());
            values.Add("ab" + (char)c + "cd");
        }

        Compact(values).Should().Equal(Reference(values));
    }

    [Fact]
    public void WriteString_SurrogatePairsAndLoneSurrogates_SameBytesAsUtf8JsonWriter()
    {
        var values = new List<string>
        {
            "\U0001F600", "a\U0001F600b", "\U00010000\U0010FFFF", "\uD83D", "\uDE00", "x\uD83Dy", "x\uDE00\uD83Dy",
            "\uD83D\uD83D\uDE00", "\"\uD83D\"", "\u2028\u2029\uFFFE\uFFFF\uFEFF", "\u0378\u0379", "\U000E0001",
        };
        for (int i = 0x10000; i <= 0x10FFFF; i += 0x101)
        {
            values.Add("q" + char.ConvertFromUtf32(i) + "\"");
        }

        Compact(values).Should().Equal(Reference(values));
    }

    [Fact]
    public void WriteString_LongTextWithManyEscapes_SameBytesAsUtf8JsonWriter()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 3_000; i++)
        {
            text.Append("He said \"no\"\n\t\\ \u00e9\u4e2d\U0001F600\u0001 ");
        }
        var values = new List<string> { text.ToString(), new string('"', 5_000), new string('\u4e2d', 5_000) };

        Compact(values).Should().Equal(Reference(values));
    }

    [Fact]
    public void Serialize_GeneratedRichArticles_SameBytesAsThroughUtf8JsonWriter()
    {
        ArticleGen.RichArticle.Sample(article =>
        {
            byte[] own = JsonTestSupport.ToUtf8(article);
            return own.AsSpan().SequenceEqual(ThroughUtf8JsonWriter(article));
        }, iter: 400);
    }

    [Fact]
    public void Serialize_GeneratedArticles_SameBytesAsThroughUtf8JsonWriter()
    {
        ArticleGen.Article.Sample(article =>
        {
            byte[] own = JsonTestSupport.ToUtf8(article);
            return own.AsSpan().SequenceEqual(ThroughUtf8JsonWriter(article));
        }, iter: 2_000);
    }

    [Fact]
    public void Serialize_DestinationWithoutArraysInSmallPieces_SameBytesAsIntoAnArray()
    {
        ArticleGen.RichArticle.Sample(article =>
        {
            var expected = new ArrayBufferWriter<byte>();
            NewsModelJson.Serialize(article, expected);
            var pieces = new PieceWriter(maxPiece: 7);
            NewsModelJson.Serialize(article, pieces);
            return pieces.Written.AsSpan().SequenceEqual(expected.WrittenSpan);
        }, iter: 100);
    }

    [Fact]
    public void Serialize_AfterAnAppendedPrefix_KeepsThePrefixAndAppends()
    {
        var article = NewsModel.Testing.SampleArticles.FerryFaresExplained;
        var destination = new ArrayBufferWriter<byte>();
        destination.Write("[1,"u8);
        NewsModelJson.Serialize(article, destination);
        destination.Write("]"u8);

        using var document = JsonDocument.Parse(destination.WrittenMemory);
        document.RootElement[0].GetInt32().Should().Be(1);
        NewsModelJson.Deserialize(document.RootElement[1].GetRawText()).Should().Be(article);
    }

    private static byte[] Compact(List<string> values)
    {
        var destination = new ArrayBufferWriter<byte>();
        var writer = new CompactJsonWriter();
        writer.Reset(destination);
        writer.WriteStart((byte)'[');
        foreach (var value in values)
        {
            writer.WriteString(value);
        }
        writer.WriteEnd((byte)']');
        writer.Flush();
        return destination.WrittenSpan.ToArray();
    }

    private static byte[] Reference(List<string> values)
    {
        var destination = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(destination, Relaxed))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }
        return destination.WrittenSpan.ToArray();
    }

    private static byte[] ThroughUtf8JsonWriter(Article article)
    {
        var destination = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(destination, Relaxed))
        {
            NewsModelJson.Serialize(article, writer);
        }
        return destination.WrittenSpan.ToArray();
    }

    /// <summary>Hands out memory that is no array (so the writer must copy) and no larger than asked, at most
    /// <c>maxPiece</c> bytes more than the hint.</summary>
    private sealed class PieceWriter(int maxPiece) : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[]? _current;

        public byte[] Written => _written.ToArray();

        public void Advance(int count)
        {
            _written.AddRange(_current!.AsSpan(0, count).ToArray());
            _current = null;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            var memory = new NoArrayMemory(Math.Max(sizeHint, 1) + Random.Shared.Next(maxPiece));
            _current = memory.Bytes;
            return memory.Memory;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }

    private sealed class NoArrayMemory(int length) : MemoryManager<byte>
    {
        public byte[] Bytes { get; } = new byte[length];

        public override Span<byte> GetSpan() => Bytes;

        public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
