using System.IO;
using System.Linq;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Cli.Tests;

/// <summary><c>newsmodel convert --from wordpress</c> and <c>--to wordpress</c>.</summary>
public class ConvertWordPressCommandTest
{
    [SharedDataFact]
    public void Convert_WordPressCollectionFixture_OneArticlePerPostInTheSiteZone()
    {
        var run = CliRun.Of("convert", SharedData.PathOf("corpus/wordpress/rest/postRevisions.json"), "--from", "wordpress", "--to", "newsmodel",
            "--ndjson", "--site-zone", "UTC", "-p", "Test Blog", "-l", "en-US");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var lines = run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Select(l => NewsModelJson.Deserialize(l)).Should().OnlyContain(a => a.Publication.Name == "Test Blog" && a.Language == "en-US" && a.Publication.Zone.Id == "UTC");
        run.Error.Should().Contain("loss (reading wordpress)");
    }

    [Fact]
    public void Convert_CollectionWithABadPost_OthersConvertedAndTheBadOneNamed()
    {
        using var folder = new TempFolder();
        string posts = folder.Write("posts.json", "[{\"id\":1,\"date\":\"2020-01-01T08:00:00\",\"date_gmt\":\"2020-01-01T00:00:00\",\"status\":\"publish\",\"title\":{\"rendered\":\"One\"},\"content\":{\"rendered\":\"<p>Body</p>\"}},"
            + "{\"id\":2,\"date\":\"yesterday\",\"status\":\"publish\",\"title\":{\"rendered\":\"Two\"}}]");

        var run = CliRun.Of("convert", posts, "--from", "wordpress", "--to", "newsmodel", "--ndjson", "--site-zone", "Asia/Hong_Kong");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        NewsModelJson.Deserialize(run.Output.Trim()).Headline.Should().Be("One");
        run.Error.Should().Contain("item 1").And.Contain("$[1].date");
    }

    [Fact]
    public void Convert_NativeToWordPress_RequestBodyAndLossesOnStandardError()
    {
        using var folder = new TempFolder();
        string native = folder.Write("sample.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));

        var run = CliRun.Of("convert", native, "--from", "newsmodel", "--to", "wordpress", "--site-zone", "Asia/Hong_Kong");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("\"status\": \"publish\"").And.Contain("<!-- wp:paragraph -->");
        run.Error.Should().Contain("loss (writing wordpress)");
    }
}

/// <summary><c>newsmodel convert --from rss|atom|jsonfeed|feed</c>.</summary>
public class ConvertFeedCommandTest
{
    [SharedDataFact]
    public void Convert_RssFeedInAPublicationZone_OneArticlePerItemAndTheRefusedOnesNamed()
    {
        var run = CliRun.Of("convert", SharedData.PathOf("corpus/feeds/rss/node-feedparser__wapowellness.xml"), "--from", "rss", "--to", "newsmodel",
            "--ndjson", "-z", "America/New_York", "-p", "The Washington Post");

        run.ExitCode.Should().Be(ExitCodes.InputError, "the items printing EST in summer are refused");
        var articles = run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => NewsModelJson.Deserialize(l)).ToList();
        articles.Should().NotBeEmpty().And.OnlyContain(a => a.Publication.Name == "The Washington Post" && a.Timeline.Published!.Zone.Id == "America/New_York");
        run.Error.Should().Contain("read Rss 2.0").And.Contain("error: not a valid feed item (item ").And.Contain("The zone abbreviation EST");
    }

    [SharedDataFact]
    public void Convert_JsonFeed_EveryItemRead()
    {
        var run = CliRun.Of("convert", SharedData.PathOf("corpus/feeds/jsonfeed/JsonFeed.NET__HyperCriticalBlog.json"), "--from", "feed", "--to", "newsmodel", "--ndjson");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(35);
    }
}

/// <summary><c>newsmodel convert --from ans</c> and <c>--to ans</c>.</summary>
public class ConvertAnsCommandTest
{
    [SharedDataFact]
    public void Convert_AnsStoryFixtureInAPublicationZone_ArticleAndLossesOnStandardError()
    {
        var run = CliRun.Of("convert", SharedData.PathOf("standards/ans/tests/fixtures/schema/0.10.12/story-fixture-good.json"), "--from", "ans", "--to", "newsmodel",
            "-z", "America/New_York", "-p", "The Washington Post");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var article = NewsModelJson.Deserialize(run.Output);
        (article.Headline, article.Publication.Name, article.Timeline.Published!.Zone.Id)
            .Should().Be(("The default headline for this story", "The Washington Post", "America/New_York"));
        run.Error.Should().Contain("loss (reading ans)");
    }

    [Fact]
    public void Convert_NativeToAns_StoryAndLossesThenBackToTheSameHeadlineAndInstant()
    {
        using var folder = new TempFolder();
        string native = folder.Write("sample.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares));

        var run = CliRun.Of("convert", native, "--from", "newsmodel", "--to", "ans");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("\"type\": \"story\"").And.Contain("\"content_elements\"");
        run.Error.Should().Contain("loss (writing ans)");
        string story = folder.Write("story.json", run.Output);
        var back = CliRun.Of("convert", story, "--to", "newsmodel", "-z", "Asia/Hong_Kong");
        back.ExitCode.Should().Be(ExitCodes.Success, back.Error);
        back.Error.Should().Contain("detected ans");
        var article = NewsModelJson.Deserialize(back.Output);
        article.Headline.Should().Be(SampleArticles.HarbourFerryFares.Headline);
        article.Timeline.Published!.Instant.Should().Be(SampleArticles.HarbourFerryFares.Timeline.Published!.Instant);
    }
}

/// <summary><c>newsmodel convert --to rss|atom|jsonfeed</c>: every article read, one feed.</summary>
public class ConvertToFeedCommandTest
{
    [SharedDataFact]
    public void Convert_AtomFeedToRss_OneFeedOfEveryItemReadBackWithTheSameTitlesAndInstants()
    {
        string atom = SharedData.PathOf("corpus/feeds/atom/FeedReader__AtomTheVerge.xml");
        var read = NewsModel.Formats.Feeds.FeedSerializer.Deserialize(File.ReadAllBytes(atom));
        var articles = read.Items.Where(i => i.Result is not null).Select(i => i.Result!.Value).ToList();

        var run = CliRun.Of("convert", atom, "--to", "rss", "--feed-title", "Mirror", "--feed-link", "https://mirror.example/");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().StartWith("<?xml").And.Contain("<title>Mirror</title>");
        var back = NewsModel.Formats.Feeds.FeedSerializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(run.Output));
        back.Format.Should().Be(NewsModel.Formats.Feeds.FeedFormat.Rss);
        back.Items.Select(i => i.Result!.Value.Headline).Should().Equal(articles.Select(a => a.Headline));
        back.Items.Select(i => i.Result!.Value.Timeline.Published?.Instant).Should().Equal(articles.Select(a => a.Timeline.Published?.Instant));
        run.Error.Should().Contain("loss (writing rss)");
    }

    [Fact]
    public void Convert_SeveralArticlesToJsonFeed_InInputOrderWithTheLinkOfTheFirstsCanonicalUrl()
    {
        using var folder = new TempFolder();
        var first = SampleArticles.HarbourFerryFares.WithCanonicalUrl("https://harbour-herald.example/2025/10/14/fares");
        string one = folder.Write("a.json", NewsModelJson.Serialize(first));
        string two = folder.Write("b.json", NewsModelJson.Serialize(first.WithId("second").WithHeadline("Second")));

        var run = CliRun.Of("convert", one, two, "--from", "newsmodel", "--to", "jsonfeed");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        using var feed = System.Text.Json.JsonDocument.Parse(run.Output);
        feed.RootElement.GetProperty("title").GetString().Should().Be(first.Publication.Name);
        feed.RootElement.GetProperty("home_page_url").GetString().Should().Be(new System.Uri(first.CanonicalUrl!).GetLeftPart(System.UriPartial.Authority) + "/");
        feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).Should().Equal(first.Headline, "Second");
    }

    [Fact]
    public void Convert_ToAtomWithoutALink_RefusedAndSaysWhatToGive()
    {
        using var folder = new TempFolder();
        string native = folder.Write("a.json", NewsModelJson.Serialize(SampleArticles.HarbourFerryFares.WithCanonicalUrl(null)));

        var run = CliRun.Of("convert", native, "--to", "atom");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("give --feed-link");
        run.Output.Should().BeEmpty();
    }
}
