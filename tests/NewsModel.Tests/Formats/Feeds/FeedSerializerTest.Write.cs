using System;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using NewsModel.Formats;
using NewsModel.Formats.Feeds;
using NewsModel.Html;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Tests.Formats.Feeds;

/// <summary>Writing RSS 2.0, Atom 1.0 and JSON Feed 1.1: valid to a strict independent reader (.NET's syndication
/// classes for RSS and Atom), read back by NewsModel's reader to the same titles, instants, authors, terms and
/// blocks, and the zone and attributions reported lost.</summary>
public class FeedSerializerWriteTest
{
    private static readonly FeedWriteOptions Herald = new("Harbour Herald", "https://harbour-herald.example/")
    {
        Description = "News from the harbour",
        FeedUrl = "https://harbour-herald.example/feed",
    };

    private static readonly Article[] Articles = [SampleArticles.HarbourFerryFares, SampleArticles.FerryFaresExplained];

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    public void Serialize_RssOrAtom_ReadByTheStrictSyndicationReader(FeedFormat format)
    {
        var written = FeedSerializer.SerializeToString(Articles, Herald with { Format = format });

        using var reader = XmlReader.Create(new StringReader(written.Value));
        var feed = SyndicationFeed.Load(reader);

        feed.Title.Text.Should().Be("Harbour Herald");
        feed.Items.Select(i => i.Title.Text).Should().Equal(Articles.Select(a => a.Headline));
        feed.Items.Select(i => i.PublishDate.UtcDateTime).Should().Equal(Articles.Select(a => a.Timeline.Published!.Instant.ToDateTimeUtc()));
    }

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    [InlineData(FeedFormat.JsonFeed)]
    public void Serialize_ThenRead_SameTitlesInstantsAuthorsTermsAndBlocks(FeedFormat format)
    {
        var written = FeedSerializer.SerializeToString(Articles, Herald with { Format = format });
        var hongKong = Articles[0].Publication;

        var read = FeedSerializer.Deserialize(Encoding.UTF8.GetBytes(written.Value), new FeedReadOptions { Publication = hongKong, BodyHtml = HtmlBlocks.Reader });

        read.Format.Should().Be(format);
        read.Items.Should().HaveCount(2).And.OnlyContain(i => i.Succeeded);
        for (int i = 0; i < Articles.Length; i++)
        {
            var original = Articles[i];
            var again = read.Items[i].Result!.Value;
            again.Id.Should().Be(original.Id);
            again.Headline.Should().Be(original.Headline);
            again.Timeline.Published!.Instant.Should().Be(original.Timeline.Published!.Instant);
            again.Timeline.Published.Zone.Should().Be(hongKong.Zone, "read in the publication's zone again");
            again.Credits.Select(c => c.Name).Should().Equal(original.Credits.Select(c => c.Name));
            again.Standfirst.Should().Be(original.Standfirst);
            again.Blocks.Where(b => b.Kind != BlockKind.RawHtml).Select(b => b.PlainText)
                .Should().StartWith(original.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading).Select(b => b.PlainText).Take(1));
        }
        written.Losses.For("Items[0].Timeline.Published.Zone").Should().ContainSingle().Which.Detail.Should().Be("the zone Asia/Hong_Kong");
        written.Losses.Entries.Should().Contain(e => e.Field == "Items[0].Quotes");
    }

    [Fact]
    public void Serialize_Rss_DatesInTheMomentsOwnOffset()
    {
        var written = FeedSerializer.SerializeToString([SampleArticles.HarbourFerryFares], Herald);
        written.Value.Should().Contain("<pubDate>Tue, 14 Oct 2025 09:15:00 +0800</pubDate>");
    }

    [Fact]
    public void Serialize_JsonFeed_TheMembersJsonFeed11Requires()
    {
        var json = JsonNode.Parse(FeedSerializer.SerializeToString(Articles, Herald with { Format = FeedFormat.JsonFeed }).Value)!;

        json["version"]!.GetValue<string>().Should().Be("https://jsonfeed.org/version/1.1");
        json["title"]!.GetValue<string>().Should().Be("Harbour Herald");
        json["items"]!.AsArray().Should().OnlyContain(i => i!["id"] != null && (i["content_html"] != null || i["content_text"] != null));
        json["items"]![0]!["date_published"]!.GetValue<string>().Should().Be("2025-10-14T09:15:00+08:00");
    }

    [Fact]
    public void Serialize_ControlCharacterInXml_ArgumentExceptionSayingWhy()
    {
        var article = SampleArticles.HarbourFerryFares.WithHeadline("Fares \u0001 rise");
        FluentActions.Invoking(() => FeedSerializer.SerializeToString([article], Herald))
            .Should().Throw<ArgumentException>().WithMessage("*XML 1.0 cannot carry it*");
        FeedSerializer.SerializeToString([article], Herald with { Format = FeedFormat.JsonFeed }).Value.Should().Contain("Fares \\u0001 rise");
    }

    [Fact]
    public void Serialize_Rdf_Refused() =>
        FluentActions.Invoking(() => FeedSerializer.SerializeToString(Articles, Herald with { Format = FeedFormat.Rdf }))
            .Should().Throw<ArgumentException>().WithMessage("RSS 1.0 is read, not written*");
}
