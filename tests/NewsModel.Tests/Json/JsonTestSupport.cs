using System;
using System.Buffers;
using System.IO;
using System.Text;
using Json.Schema;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Json;

/// <summary>Helpers shared by the JSON tests: chunked sequences, golden files, the shipped schema.</summary>
internal static class JsonTestSupport
{
    internal static readonly NewsModelJsonOptions Indented = new() { WriteIndented = true };

    private static readonly Lazy<JsonSchema> ShippedSchema = new(() => JsonSchema.FromText(NewsModelJson.Schema));

    internal static JsonSchema Schema => ShippedSchema.Value;

    /// <summary>Splits <paramref name="bytes"/> into segments of <paramref name="segmentLength"/> bytes.</summary>
    internal static ReadOnlySequence<byte> Chunked(ReadOnlySpan<byte> bytes, int segmentLength = 1)
    {
        if (bytes.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }
        Segment? first = null, last = null;
        for (int i = 0; i < bytes.Length; i += segmentLength)
        {
            var chunk = bytes.Slice(i, Math.Min(segmentLength, bytes.Length - i)).ToArray();
            if (first is null)
            {
                first = last = new Segment(chunk, 0);
            }
            else
            {
                last = last!.Append(chunk);
            }
        }
        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    internal static byte[] ToUtf8(Article article, NewsModelJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        NewsModelJson.Serialize(article, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    internal static string GoldenPath(string name) =>
        SharedData.RepositoryPath(Path.Combine("tests", "NewsModel.Tests", "Json", "Golden", name));

    /// <summary>Reads a golden file; with NEWSMODEL_UPDATE_GOLDEN=1 rewrites it from <paramref name="actual"/> first.</summary>
    internal static string Golden(string name, string actual)
    {
        string path = GoldenPath(name);
        if (Environment.GetEnvironmentVariable("NEWSMODEL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }
        return File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
    }

    internal static EvaluationResults Validate(byte[] utf8)
    {
        using var document = System.Text.Json.JsonDocument.Parse(utf8);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        internal Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        internal Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
