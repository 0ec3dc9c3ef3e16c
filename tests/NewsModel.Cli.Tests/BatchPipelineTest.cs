using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsModel.Json;
using NewsModel.Testing;

namespace NewsModel.Cli.Tests;

/// <summary>The reader's two alternating buffers and the runner's pipelining keep every article intact and in order.</summary>
public class BatchPipelineTest
{
    [Theory]
    [InlineData(1, 4096)]
    [InlineData(7, 4096)]
    [InlineData(64, 1024)]
    [InlineData(500, 1 << 16)]
    public void Run_SmallBuffersAndChunks_EveryArticleComesOutIntactInOrder(int chunkItems, int bufferBytes)
    {
        var articles = new RandomArticles(21).Take(150).ToList();
        // One article far longer than the buffers, to make the reader grow one.
        articles.Insert(75, articles[75].WithBody(Enumerable.Repeat(string.Concat(Enumerable.Repeat("A long paragraph. ", 200)), 8).Concat(articles[75].Body)));
        var input = new StringBuilder();
        foreach (var a in articles)
        {
            input.Append(NewsModelJson.Serialize(a)).Append(a.Id.Length % 2 == 0 ? "\n" : "\r\n").Append(a.Id.Length % 3 == 0 ? "\n" : "");
        }
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input.ToString()));
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var inputs = new Inputs(InputKind.Json, stdin, chunkItems, bufferBytes);
        var runner = new BatchRunner(output, error, progress: false, "\n"u8.ToArray(), workers: 2);
        var summary = runner.Run(inputs.Read(inputs.Expand(new[] { "-" }), (s, m) => error.WriteLine($"{s}: {m}")), (item, destination, messages) =>
        {
            NewsModelJson.Serialize(NewsModelJson.Deserialize(item.Content.Span), destination);
            return ItemStatus.Ok;
        });
        error.ToString().Should().BeEmpty();
        summary.Items.Should().Be(articles.Count);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => NewsModelJson.Deserialize(l)).Should().Equal(articles);
    }

    [Fact]
    public void Read_NdjsonFileThenStdin_LinesKeepTheirNumbersPerSource()
    {
        using var folder = new TempFolder();
        string file = folder.Write("a.ndjson", "{\"x\":1}\n\n{\"x\":2}\n");
        using var stdin = new MemoryStream("{\"y\":1}\n"u8.ToArray());
        var inputs = new Inputs(InputKind.Json, stdin, chunkItems: 10, bufferBytes: 8);
        var seen = new List<string>();
        foreach (var chunk in inputs.Read(inputs.Expand(new[] { file, "-" }), (s, m) => seen.Add("unreadable " + s)))
        {
            seen.AddRange(chunk.Select(i => $"{Path.GetFileName(i.Source)}:{i.Line}={Encoding.UTF8.GetString(i.Content.Span)}"));
        }
        seen.Should().Equal("a.ndjson:1={\"x\":1}", "a.ndjson:3={\"x\":2}", "<stdin>:1={\"y\":1}");
    }
}
