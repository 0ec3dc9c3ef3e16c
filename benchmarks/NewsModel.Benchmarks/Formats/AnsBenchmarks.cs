using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsModel.Formats.Ans;
using NewsModel.Html;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Benchmarks.Formats;

/// <summary>
/// Reading an Arc XP ANS story (the rich sample as <see cref="AnsSerializer"/> writes it) side by side with what a user
/// would otherwise write: <see cref="JsonDocument"/> and <see cref="DateTimeOffset.Parse(string, IFormatProvider)"/>
/// mapping headline, description, dates, authors and text elements naively (no shape check, no loss report)
/// (baseline). Both read the text elements' HTML with the same HTML reader.
/// </summary>
[MemoryDiagnoser]
public class AnsBenchmarks
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly Publication Herald = new("Harbour Herald", HongKong, "HH");
    private static readonly AnsReadOptions Options = new() { Publication = Herald, BodyHtml = HtmlBlocks.Reader };
    private byte[] _story = [];

    /// <summary>The rich sample as an ANS story.</summary>
    [GlobalSetup]
    public void Setup() => _story = Encoding.UTF8.GetBytes(AnsSerializer.SerializeToString(SampleArticles.FerryFaresExplained).Value);

    /// <summary>Baseline: JsonDocument and DateTimeOffset.Parse, mapped by hand.</summary>
    [Benchmark(Baseline = true)]
    public Article JsonDocument_NaiveMapping()
    {
        using var document = JsonDocument.Parse(_story);
        var root = document.RootElement;
        var published = DateTimeOffset.Parse(root.GetProperty("first_publish_date").GetString()!, CultureInfo.InvariantCulture);
        var blocks = new List<Block>();
        foreach (var element in root.GetProperty("content_elements").EnumerateArray())
        {
            if (element.GetProperty("type").GetString() == "text")
            {
                blocks.AddRange(HtmlBlocks.Read(element.GetProperty("content").GetString()!).Blocks);
            }
        }
        var credits = new List<Credit>();
        if (root.TryGetProperty("credits", out var byLine) && byLine.TryGetProperty("by", out var by))
        {
            foreach (var author in by.EnumerateArray())
            {
                credits.Add(new Credit(author.GetProperty("name").GetString()!, PartyKind.Person, CreditRole.Author));
            }
        }
        return new Article(
            root.GetProperty("_id").GetString()!,
            root.GetProperty("headlines").GetProperty("basic").GetString()!,
            root.GetProperty("language").GetString()!,
            Herald,
            new Timeline(new Moment(Instant.FromDateTimeOffset(published), HongKong)),
            blocks,
            credits,
            standfirst: root.TryGetProperty("description", out var description) ? description.GetProperty("basic").GetString() : null);
    }

    /// <summary>NewsModel's reader (the story's shape checked, every element mapped, the loss report).</summary>
    [Benchmark]
    public Article Ans_Read() => AnsSerializer.Deserialize(_story, Options).Value;
}
