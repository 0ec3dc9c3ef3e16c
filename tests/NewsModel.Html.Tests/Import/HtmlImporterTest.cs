using System;
using System.Linq;
using System.Text;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Html.Tests.Import;

/// <summary>The HTML importer on pages written for each rule: layers, zones, disagreements, main content, quotes.</summary>
public class HtmlImporterTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private static readonly HtmlImporter Importer = new HtmlImporterBuilder().WithPublication("Harbour Herald", HongKong, "hh").WithLanguage("en").Build();

    private const string DefaultArticle = """
        <p>Cross-harbour ferry fares will rise by an average of 8 per cent from next month, the operator announced on Monday.</p>
        <p>"We have held fares for as long as we responsibly could," Margaret Leung, managing director of the company, said.</p>
        <p>Passenger groups said they would ask lawmakers to review the decision, which takes effect on May 1.</p>
        """;

    private const string Template = """
        <!doctype html>
        <html lang="en-HK"><head><meta charset="utf-8">
        <title>Ferry fares to rise again | Harbour Herald</title>
        <meta property="og:title" content="Ferry fares to rise again">
        <meta property="og:site_name" content="Harbour Herald">
        <link rel="canonical" href="https://herald.example/2014/03/31/ferry-fares">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry fares to rise again",
          "datePublished":"PUBLISHED","author":[{"@type":"Person","name":"Mary Chan"}],"publisher":{"@type":"Organization","name":"Harbour Herald"}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/hk">Hong Kong</a></nav>
        <header><h1>Ferry fares to rise again</h1></header>
        <article><div class="article-body">
        ARTICLE
        </div></article>
        <aside class="related"><h2>Related</h2><p>Another story about ferries that readers liked, with enough words to count as text.</p></aside>
        <footer><p>Copyright Harbour Herald. All rights reserved, and a long footer line with many words in it.</p></footer>
        </body></html>
        """;

    private static string Page(string article = DefaultArticle, string published = "2014-03-31T05:31:00+08:00") =>
        Template.Replace("PUBLISHED", published, StringComparison.Ordinal).Replace("ARTICLE", article, StringComparison.Ordinal);

    [Fact]
    public void Import_PageWithEveryLayer_ArticleInThePublicationZone()
    {
        var result = Importer.Import(Page(), "https://herald.example/2014/03/31/ferry-fares");
        result.Success.Should().BeTrue(result.Message);
        var article = result.Article!;
        article.Headline.Should().Be("Ferry fares to rise again");
        article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        article.Timeline.Published.Zone.Should().Be(HongKong, "+08:00 is Hong Kong's offset then, and the publication's zone is Hong Kong");
        article.Credits.Select(c => c.Name).Should().Equal("Mary Chan");
        article.Language.Should().Be("en-HK");
        article.Id.Should().Be("https://herald.example/2014/03/31/ferry-fares");
        result.Report.Sources.Should().Contain(s => s.Field == "Timeline.Published" && s.Layer == "json-ld");
    }

    [Fact]
    public void Import_OffsetThePublicationZoneDoesNotHave_KeepsTheOffset()
    {
        var article = Importer.Import(Page(published: "2014-03-31T05:31:00+09:00")).Article!;
        article.Timeline.Published!.Zone.Should().Be(DateTimeZone.ForOffset(Offset.FromHours(9)));
    }

    [Fact]
    public void Import_Body_LeavesOutNavigationRelatedAndFooter()
    {
        var body = Importer.Import(Page()).Article!.Body;
        body.Should().HaveCount(3);
        body.Should().NotContain(p => p.Contains("Another story", StringComparison.Ordinal) || p.Contains("All rights reserved", StringComparison.Ordinal) || p.Contains("Home", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_QuoteInTheBody_FoundWithSpeakerAndCue()
    {
        var article = Importer.Import(Page()).Article!;
        var quote = article.Quotes.Should().ContainSingle().Which;
        quote.Paragraph.Should().Be(1);
        quote.Attribution.Cue.Should().Be("said");
        article.Parties[article.IndexOfParty(article.Parties.Single(p => p.Name == "Margaret Leung"))].Name.Should().Be("Margaret Leung");
    }

    [Fact]
    public void Import_PrintedStampDisagreeingWithJsonLd_StructuredChosenAndReported()
    {
        var page = Page(article: """
            <p class="date">PUBLISHED : Monday, 31 March, 2014, 9:31am</p>
            <p>Cross-harbour ferry fares will rise by an average of 8 per cent from next month, the operator announced.</p>
            """);
        var result = Importer.Import(page);
        result.Article!.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        result.Report.Disagreements.Should().ContainSingle(d => d.StartsWith("Timeline.Published", StringComparison.Ordinal) && d.Contains("9:31am", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PrintedStampSameInstant_KeepsThePrintedText()
    {
        var page = Page(article: """
            <p class="date">PUBLISHED : Monday, 31 March, 2014, 5:31am</p>
            <p>Cross-harbour ferry fares will rise by an average of 8 per cent from next month, the operator announced.</p>
            """);
        var published = Importer.Import(page).Article!.Timeline.Published!;
        published.Printed.Should().Be("Monday, 31 March, 2014, 5:31am");
        published.Zone.Should().Be(HongKong);
    }

    [Fact]
    public void Import_StructuredDayAndPrintedTime_PrintedMorePreciseWins()
    {
        var page = Page(published: "2014-03-31", article: """
            <p class="date">PUBLISHED : Monday, 31 March, 2014, 5:31am</p>
            <p>Cross-harbour ferry fares will rise by an average of 8 per cent from next month, the operator announced.</p>
            """);
        var published = Importer.Import(page).Article!.Timeline.Published!;
        published.Instant.Should().Be(Instant.FromUtc(2014, 3, 30, 21, 31));
        published.Precision.Should().Be(MomentPrecision.Minute);
    }

    [Fact]
    public void Import_NoDateAnywhere_FailsNamingWhatItLookedFor()
    {
        const string page = "<html><head><title>A page</title></head><body><h1>A headline long enough</h1><p>Some text that is long enough to be a paragraph of the body.</p></body></html>";
        var result = Importer.Import(page);
        result.Success.Should().BeFalse();
        result.Message.Should().StartWith("Expected a publication date (JSON-LD datePublished");
        result.Report.Headline.Should().Be("A headline long enough");
    }

    [Fact]
    public void Import_DateOnlyInTheUrl_DayPrecision()
    {
        const string page = "<html><head><title>A page</title></head><body><h1>A headline long enough</h1><p>Some text that is long enough to be a paragraph of the body.</p></body></html>";
        var published = Importer.Import(page, "https://herald.example/2020/05/14/story").Article!.Timeline.Published!;
        (published.Precision, published.Instant.InZone(HongKong).Date).Should().Be((MomentPrecision.Day, new LocalDate(2020, 5, 14)));
    }

    [Fact]
    public void Import_DeclaredCharset_DecodedAsDeclared()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><meta property=\"article:published_time\" content=\"2020-01-01T10:00:00Z\"></head><body><h1>Caf\u00e9 culture returns to the city</h1><p>The caf\u00e9s on the square reopened this week after the long winter closure.</p></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);
        Importer.Import(bytes).Article!.Headline.Should().Be("Café culture returns to the city");
    }

    private static string Article(string head, string headline, string paragraph) =>
        "<html><head>" + head + "<meta property=\"article:published_time\" content=\"2020-01-01T10:00:00Z\"></head><body><h1>" + headline + "</h1><article><p>" + paragraph + "</p></article></body></html>";

    [Theory]
    [InlineData("shift_jis", "<meta charset=\"Shift_JIS\">", "神戸の病院でマスク六千枚が盗まれる", "神戸市の病院から外科用マスク六千枚が盗まれたと警察が発表した。")]
    [InlineData("gb2312", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "城市咖啡馆重新开业", "广场上的咖啡馆在漫长的冬季关闭之后于本周重新开业。")]
    [InlineData("windows-1251", "<meta charset=\"windows-1251\">", "Кафе на площади снова открылись", "Кафе на площади открылись на этой неделе после долгого зимнего закрытия.")]
    [InlineData("iso-8859-1", "<meta http-equiv=\"content-type\" content=\"text/html;charset=ISO-8859-1\">", "Les cafés de la place rouvrent", "Les cafés de la place ont rouvert cette semaine après la longue fermeture hivernale.")]
    public void Import_DeclaredLegacyCharset_HeadlineAndBodyDecoded(string encoding, string head, string headline, string paragraph)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Article(head, headline, paragraph));
        var article = Importer.Import(bytes).Article!;
        article.Headline.Should().Be(headline);
        article.Body.Should().Contain(paragraph);
    }

    [Fact]
    public void Import_ByteOrderMarkAgainstTheDeclaredCharset_TheMarkWins()
    {
        var html = Article("<meta charset=\"iso-8859-1\">", "Café culture returns to the city", "The cafés on the square reopened this week after the long winter closure.");
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray();
        Importer.Import(bytes).Article!.Headline.Should().Be("Café culture returns to the city");
    }

    [Fact]
    public void Import_UnknownCharsetLabel_ReadAsUtf8()
    {
        var html = Article("<meta charset=\"x-no-such-charset\">", "Café culture returns to the city", "The cafés on the square reopened this week after the long winter closure.");
        Importer.Import(Encoding.UTF8.GetBytes(html)).Article!.Headline.Should().Be("Café culture returns to the city");
    }

    [Fact]
    public void Import_InvalidUtf8InTheBody_ReplacementCharactersAndTheRestKept()
    {
        var before = Encoding.UTF8.GetBytes(Article("<meta charset=\"utf-8\">", "Ferry fares to rise again", "Cross-harbour ferry fares will rise XX by an average of 8 per cent from next month."));
        int at = before.AsSpan().IndexOf("XX"u8);
        before[at] = 0xC3;
        before[at + 1] = 0x28;
        var article = Importer.Import(before).Article!;
        article.Body.Should().Contain("Cross-harbour ferry fares will rise \uFFFD( by an average of 8 per cent from next month.");
    }

    [Fact]
    public void Import_NestedOneHundredThousandLevels_FailsNamingWhereTheLimitWasPassed()
    {
        var page = "<html><body><h1>A headline long enough</h1>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep text that is long enough to count.</p></body></html>";
        var result = Importer.Import(page, "https://herald.example/2020/05/14/story");
        result.Success.Should().BeFalse();
        // The 1,025th open element: <html>, <body>, then the 1,023rd <div>, which starts at character 43 + 5 x 1,022.
        result.Message.Should().Contain("more than 1,024 elements open at once at line 1, column 5154");
    }

    [Fact]
    public void Import_FiftyMegabytesOfUnclosedTags_FailsNamingWhereTheLimitWasPassed()
    {
        var page = new StringBuilder("<html><body><h1>A headline long enough</h1>", 50 << 20);
        while (page.Length < 50 << 20)
        {
            page.Append("<p><b><i>text that goes on ");
        }
        var result = Importer.Import(page.ToString());
        result.Success.Should().BeFalse();
        result.Message.Should().Contain("more than 1,024 elements open at once at line 1, column");
    }

    [Fact]
    public void Import_ArticleNestedAThousandLevelsDeep_Read()
    {
        var page = Page(article: string.Concat(Enumerable.Repeat("<div>", 1000)) + DefaultArticle + string.Concat(Enumerable.Repeat("</div>", 1000)));
        var result = Importer.Import(page);
        result.Article!.Body.Should().Contain(p => p.StartsWith("Cross-harbour ferry fares", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ManyElementsOpenButClosedInTurn_Read()
    {
        // Two thousand sections one after another: each is closed before the next opens, so none of them counts twice.
        var sections = string.Concat(Enumerable.Repeat("<section><div><span>Filler</span></div></section>", 2000));
        Importer.Import(Page(article: DefaultArticle + sections)).Success.Should().BeTrue();
    }

    [Fact]
    public void Import_ScriptWithClosingTagInAString_ScriptLeftOut()
    {
        var page = Page(article: """
            <p>Cross-harbour ferry fares will rise by an average of 8 per cent from next month, the operator announced.</p>
            <script>var s = "</scr" + "ipt>"; document.write("<p>injected text that must not appear</p>");</script>
            """);
        Importer.Import(page).Article!.Body.Should().NotContain(p => p.Contains("injected", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_InvalidBytes_AResultAndNoException()
    {
        var bytes = new byte[] { 0x3C, 0x68, 0x31, 0x3E, 0xFF, 0xFE, 0xC3, 0x28, 0x3C, 0x2F, 0x68, 0x31, 0x3E, 0x80, 0x81 };
        FluentActions.Invoking(() => Importer.Import(bytes)).Should().NotThrow();
    }

    [Fact]
    public void Builder_WithoutPublication_Throws() =>
        FluentActions.Invoking(() => new HtmlImporterBuilder().Build()).Should().Throw<InvalidOperationException>().WithMessage("*WithPublication*");
}

/// <summary>The importer stays linear in the size of a page, including the shapes hostile pages take.</summary>
[Collection(Scaling.Collection)]
public class HtmlImporterScalingTest
{
    private static readonly HtmlImporter Importer = new HtmlImporterBuilder().WithPublication("Harbour Herald", DateTimeZone.Utc).Build();

    [Fact]
    public void Import_ManyParagraphs_ScalesLinearly() =>
        Scaling.IsLinear(
            n => "<html><body><h1>A headline long enough</h1><article>" + string.Concat(Enumerable.Repeat("<p>A paragraph, with a comma, long enough to count as text.</p>", n)) + "</article></body></html>",
            page => Importer.Import(page),
            n: 500);

    [Fact]
    public void Import_UnclosedTags_ScalesLinearly() =>
        Scaling.IsLinear(
            n => "<html><body><h1>A headline long enough</h1>" + string.Concat(Enumerable.Repeat("<p><b><i>text that goes on ", n)),
            page => Importer.Import(page),
            n: 2000);

    // The guard's worst case: a thousand elements open (just under its limit), under which every tag's scope check
    // walks them all; then the page grows.
    [Fact]
    public void Import_ManyParagraphsAThousandLevelsDeep_ScalesLinearly() =>
        Scaling.IsLinear(
            n => "<html><body><h1>A headline long enough</h1>" + string.Concat(Enumerable.Repeat("<div>", 1000)) + string.Concat(Enumerable.Repeat("<p>A paragraph, with a comma, long enough to count as text.</p>", n)),
            page => Importer.Import(page),
            n: 100);

    [Fact]
    public void Import_NestedDivs_ScalesLinearly() =>
        Scaling.IsLinear(
            n => "<html><body><h1>A headline long enough</h1>" + string.Concat(Enumerable.Repeat("<div>", n)),
            page => Importer.Import(page),
            n: 2000);
}
