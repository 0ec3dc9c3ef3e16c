using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using NewsModel.Formats.Feeds;
using NodaTime;

namespace NewsModel.Benchmarks.Formats;

/// <summary>
/// Reading a real RSS feed (The Guardian, 55 items with <c>media:content</c> and <c>dc:creator</c>, from
/// <c>../shared/corpus/feeds/</c>) into articles, side by side with the mapping a user would otherwise write:
/// <see cref="XDocument"/> and <see cref="DateTimeOffset.Parse(string, IFormatProvider)"/> taking title, link, guid,
/// date, creator and description into articles without checks (baseline). Both keep the HTML as a raw block.
/// </summary>
[MemoryDiagnoser]
public class FeedBenchmarks
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly Publication Guardian = new("The Guardian", DateTimeZone.Utc);
    private static readonly FeedReadOptions Options = new() { Publication = Guardian, DefaultLanguage = "en" };
    private byte[] _feed = [];

    /// <summary>Reads the feed from the corpus beside the repository.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", "feeds", "rss", "rss-parser__guardian.rss");
            if (File.Exists(path))
            {
                _feed = File.ReadAllBytes(path);
                return;
            }
        }
        throw new InvalidOperationException("../shared/corpus/feeds/rss/rss-parser__guardian.rss not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Baseline: XDocument and DateTimeOffset.Parse, mapped by hand.</summary>
    [Benchmark(Baseline = true)]
    public int XDocument_NaiveMapping()
    {
        using var reader = XmlReader.Create(new MemoryStream(_feed), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        int count = 0;
        foreach (var item in document.Root!.Element("channel")!.Elements("item"))
        {
            var published = DateTimeOffset.Parse((string)item.Element("pubDate")!, CultureInfo.InvariantCulture);
            var article = new Article(
                (string?)item.Element("guid") ?? (string)item.Element("link")!,
                (string)item.Element("title")!,
                "en",
                Guardian,
                new Timeline(new Moment(Instant.FromDateTimeOffset(published), DateTimeZone.Utc)),
                [new RawHtmlBlock((string)item.Element("description")!)],
                item.Elements(Dc + "creator").Where(c => c.Value.Length > 0).Select(c => new Credit(c.Value, PartyKind.Person, CreditRole.Author)),
                canonicalUrl: (string?)item.Element("link"));
            count += article.Blocks.Length;
        }
        return count;
    }

    /// <summary>NewsModel's feed reader (dates through the stamp patterns, one result per item, loss reports).</summary>
    [Benchmark]
    public int FeedSerializer_Read() => FeedSerializer.Deserialize(_feed, Options).Items.Sum(i => i.Result!.Value.Blocks.Length);
}
