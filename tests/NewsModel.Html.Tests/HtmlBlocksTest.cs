using System;
using System.Linq;
using System.Text;
using CsCheck;
using NewsModel.Formats;
using NewsModel.Formats.Ninjs;

namespace NewsModel.Html.Tests;

public class HtmlBlocksTest
{
    private static HtmlBody Read(string html) => HtmlBlocks.Read(html);

    private static string Covered(InlineText text, Mark mark) => text.Covered(mark);

    [Fact]
    public void Read_ParagraphsWithMarks_MarksCoverExactlyTheirText()
    {
        var body = Read("<p>Fares rise <em>8 per cent</em>, <a href=\"https://example.com/f\" title=\"Fares\">says <strong>the operator</strong></a>.</p><p>Second.</p>");
        body.Blocks.Should().HaveCount(2);
        var text = body.Blocks[0].Should().BeOfType<ParagraphBlock>().Subject.Text;
        text.Text.Should().Be("Fares rise 8 per cent, says the operator.");
        text.Marks.Select(m => (m.Kind, Covered(text, m))).Should().Equal(
            (MarkKind.Emphasis, "8 per cent"), (MarkKind.Link, "says the operator"), (MarkKind.Strong, "the operator"));
        text.Marks[1].Href.Should().Be("https://example.com/f");
        text.Marks[1].Title.Should().Be("Fares");
        body.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Read_WhiteSpaceAndBreaks_CollapsedAsABrowserDoes()
    {
        var text = ((ParagraphBlock)Read("<p>\n  Two   words<br>next\tline &amp; more&nbsp;here </p>").Blocks[0]).Text.Text;
        text.Should().Be("Two words\nnext line & more\u00a0here");
    }

    [Fact]
    public void Read_EveryBlockKind_MappedToItsBlock()
    {
        var body = Read(
            "<h2>What changes</h2>" +
            "<ol><li>Adults <b>HK$5</b></li><li>Children</li></ol>" +
            "<blockquote class=\"pullquote\"><p>Every dollar matters.</p><cite>Lam Chi-keung</cite></blockquote>" +
            "<figure><img src=\"https://example.com/f.jpg\" alt=\"A ferry\" width=\"1600\" height=\"900\" srcset=\"https://example.com/f-320.jpg 320w, https://example.com/f-640.jpg 640w\"><figcaption>The <i>Star Ferry</i>.</figcaption></figure>" +
            "<table><thead><tr><th>Fare</th><th>Now</th></tr></thead><tbody><tr><td>Adult</td><td>HK$5</td></tr></tbody></table>" +
            "<hr><pre>  kept   as\nprinted</pre>" +
            "<iframe src=\"https://video.example/embed/1\"></iframe>" +
            "<form><input name=\"q\"></form>");
        body.Blocks.Select(b => b.Kind).Should().Equal(
            BlockKind.Heading, BlockKind.List, BlockKind.PullQuote, BlockKind.Media, BlockKind.Table, BlockKind.Divider,
            BlockKind.Preformatted, BlockKind.Embed, BlockKind.RawHtml);
        ((HeadingBlock)body.Blocks[0]).Level.Should().Be(2);
        var list = (ListBlock)body.Blocks[1];
        list.Ordered.Should().BeTrue();
        list.Items.Select(i => i.Text).Should().Equal("Adults HK$5", "Children");
        list.Items[0].Marks.Single().Kind.Should().Be(MarkKind.Strong);
        var quote = (QuoteBlock)body.Blocks[2];
        quote.Text.Text.Should().Be("Every dollar matters.");
        quote.Citation.Should().Be("Lam Chi-keung");
        var image = body.Media.Single();
        ((MediaBlock)body.Blocks[3]).MediaId.Should().Be(image.Id);
        image.Kind.Should().Be(MediaKind.Image);
        image.Uri.Should().Be("https://example.com/f.jpg");
        image.AltText.Should().Be("A ferry");
        (image.Width, image.Height).Should().Be((1600, 900));
        image.Renditions.Select(r => (r.Uri, r.Width)).Should().Equal(("https://example.com/f-320.jpg", 320), ("https://example.com/f-640.jpg", 640));
        image.Caption!.Text.Should().Be("The Star Ferry.");
        var table = (TableBlock)body.Blocks[4];
        table.HeaderRow.Should().BeTrue();
        table.Rows.Select(r => string.Join("|", r.Select(c => c.Text))).Should().Equal("Fare|Now", "Adult|HK$5");
        ((PreformattedBlock)body.Blocks[6]).Text.Should().Be("  kept   as\nprinted");
        ((EmbedBlock)body.Blocks[7]).Url.Should().Be("https://video.example/embed/1");
        ((RawHtmlBlock)body.Blocks[8]).Html.Should().StartWith("<form>");
        body.Notes.Should().ContainSingle().Which.Should().Contain("<form>");
    }

    [Fact]
    public void Read_ScriptsAndBlankParagraphs_LeftOutAndNoted()
    {
        var body = Read("<p>&nbsp;</p><script>alert(1)</script><p>Text<script>x()</script> after.</p><style>p{}</style>");
        body.Blocks.Should().ContainSingle().Which.Should().BeOfType<ParagraphBlock>().Which.Text.Text.Should().Be("Text after.");
        body.Notes.Should().Contain(n => n.Contains("blank paragraph")).And.Contain(n => n.Contains("<script>") && n.Contains("2 times"));
    }

    [Fact]
    public void Read_WhiteSpaceBetweenBlocks_NoParagraphAndNoNote()
    {
        var body = Read("<div>\n  <p>One</p>\n\n  <p>Two</p>\n</div>\n");
        body.Blocks.Select(b => b.PlainText).Should().Equal("One", "Two");
        body.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Read_QuotationInAFigureWithACaption_QuoteWithTheCaptionAsCitation()
    {
        var quote = (QuoteBlock)Read("<figure class=\"wp-block-pullquote\"><blockquote><p>Fares must rise.</p></blockquote><figcaption>Transport Secretary</figcaption></figure>").Blocks.Single();
        quote.IsPullQuote.Should().BeTrue();
        quote.Text.Text.Should().Be("Fares must rise.");
        quote.Citation.Should().Be("Transport Secretary");
    }

    [Theory]
    [InlineData("<figure class=\"gallery\"><figure><img src=\"https://e.x/1.jpg\" alt=\"One\"><figcaption>First</figcaption></figure><figure><img src=\"https://e.x/2.jpg\" alt=\"Two\"></figure><figcaption>Both</figcaption></figure>")]
    [InlineData("<figure><ul><li><figure><img src=\"https://e.x/1.jpg\" alt=\"One\"><figcaption>First</figcaption></figure></li><li><figure><img src=\"https://e.x/2.jpg\" alt=\"Two\"></figure></li></ul><figcaption>Both</figcaption></figure>")]
    public void Read_FigureOfSeveralImages_GalleryOfThemWithItsCaption(string html)
    {
        var body = Read(html);
        var gallery = body.Media.Single(m => m.Kind == MediaKind.Gallery);
        gallery.Caption!.Text.Should().Be("Both");
        var items = body.Media.Where(m => m.Kind == MediaKind.Image).ToList();
        items.Select(m => (m.Uri, m.AltText, m.Caption?.Text)).Should().Equal(("https://e.x/1.jpg", "One", "First"), ("https://e.x/2.jpg", "Two", null));
        gallery.Items.Should().Equal(items.Select(m => m.Id));
        body.Blocks.Should().Equal(new MediaBlock(gallery.Id));
    }

    [Fact]
    public void Read_TableInAFigure_TableAndTheCaptionNoted()
    {
        var body = Read("<figure class=\"wp-block-table\"><table><tr><th>Route</th></tr><tr><td>Central</td></tr></table><figcaption>Fares</figcaption></figure>");
        body.Blocks.Should().ContainSingle().Which.Should().BeOfType<TableBlock>().Which.HeaderRow.Should().BeTrue();
        body.Notes.Should().Equal("left out a table's caption");
    }

    [Fact]
    public void Read_ListOfImagesOnly_Gallery()
    {
        var body = Read("<ul class=\"wp-block-gallery\"><li><img src=\"https://e.x/1.jpg\" alt=\"\"></li><li><figure><img src=\"https://e.x/2.jpg\" alt=\"\"><figcaption>Two</figcaption></figure></li></ul>");
        body.Media.Select(m => m.Kind).Should().Equal(MediaKind.Image, MediaKind.Image, MediaKind.Gallery);
    }

    [Fact]
    public void Read_ListWithTextBesideItsImages_StillAList()
    {
        var body = Read("<ul><li><img src=\"https://e.x/1.jpg\" alt=\"a\"> Fares</li><li><img src=\"https://e.x/2.jpg\" alt=\"b\"></li></ul>");
        body.Blocks.Should().ContainSingle().Which.Should().BeOfType<ListBlock>();
    }

    [Fact]
    public void Read_NestedList_FlattenedAndNoted()
    {
        var list = (ListBlock)Read("<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul>").Blocks.Single();
        list.Items.Select(i => i.Text).Should().Equal("One", "One a", "Two");
    }

    [Fact]
    public void Read_LooseTextAndSpans_OneParagraphPerRun()
    {
        var body = Read("<div>Hello <span>big</span> world<p>Inside</p>tail</div>");
        body.Blocks.Select(b => b.PlainText).Should().Equal("Hello big world", "Inside", "tail");
    }

    [Fact]
    public void Read_AstralCharactersInMarks_RangesAtScalarBoundaries()
    {
        var text = ((ParagraphBlock)Read("<p>a<em>\U0001F600b</em>\U0001F600</p>").Blocks[0]).Text;
        Covered(text, text.Marks.Single()).Should().Be("\U0001F600b");
    }

    [Fact]
    public void Read_HostileMarkupInText_KeptAsText()
    {
        var text = ((ParagraphBlock)Read("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").Blocks[0]).Text;
        text.Text.Should().Be("<script>alert(1)</script>");
        text.Marks.Should().BeEmpty();
    }

    [Fact]
    public void Read_ArbitraryStrings_NeverThrowAndBuildValidBlocks()
    {
        var pieces = Gen.OneOf("<p>", "</p>", "<em>", "</em>", "<a href=x>", "</a>", "<ul><li>", "</li>", "<table><tr><td>", "<br>",
            "<figure><img src=i>", "<figcaption>", "<blockquote>", "<cite>", "<hr>", "<pre>", "text", " ", "\U0001F600", "&amp;", "<", ">", "\"", "<div>", "</div>", "<iframe>");
        pieces.Array[0, 30].Select(p => string.Concat(p)).Sample(html =>
        {
            var body = Read(html);
            // What the reader gives can always be built into an article: media blocks name media the body has.
            var ids = body.Media.Select(m => m.Id).ToHashSet();
            return body.Blocks.OfType<MediaBlock>().All(b => ids.Contains(b.MediaId));
        }, iter: 2000);
    }

    [Fact]
    public void Read_NestedPastTheLimit_KeptWholeAsRawHtmlWithANote()
    {
        var html = "<p>Before</p>" + string.Concat(Enumerable.Repeat("<span>", 2000)) + "text";
        var body = Read(html);
        body.Blocks.Should().ContainSingle().Which.Should().Be(new RawHtmlBlock(html));
        body.Notes.Should().ContainSingle().Which.Should().Contain("more than 1,024 elements open at once at line 1, column");
    }

    [Fact]
    public void Read_NestedUnderTheLimit_Read()
    {
        // Under AngleSharp's own depth limit (HtmlParserOptions.DefaultMaximumDepth): past it, elements become siblings of the deepest, which splits a paragraph.
        var html = string.Concat(Enumerable.Repeat("<div>", AngleSharp.Html.Parser.HtmlParserOptions.DefaultMaximumDepth - 100)) + "<p>Deep <em>text</em></p>";
        Read(html).Blocks.Should().ContainSingle().Which.Should().BeOfType<ParagraphBlock>();
    }
}

/// <summary>The HTML body reader stays linear in its input, nested or not.</summary>
[Collection(NewsModel.Tests.Infrastructure.Scaling.Collection)]
public class HtmlBlocksScalingTest
{
    [Fact]
    public void Read_ManyBlocks_ScalesLinearly() =>
        NewsModel.Tests.Infrastructure.Scaling.IsLinear(
            n => string.Concat(Enumerable.Repeat("<p>Para <em>with</em> <a href=\"https://e.com\">a link</a> and <strong>strong <i>nested</i></strong> text.</p><ul><li>x</li></ul>", n)),
            html => HtmlBlocks.Read(html),
            n: 200);

    [Fact]
    public void Read_NestedSpans_ScalesLinearly() =>
        NewsModel.Tests.Infrastructure.Scaling.IsLinear(
            n => string.Concat(Enumerable.Repeat("<span>", n)) + "text",
            html => HtmlBlocks.Read(html),
            n: 2000);
}

public class NinjsHtmlBodyTest
{
    private const string Ninjs = """
        {
          "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
          "uri": "https://example.com/items/1",
          "type": "text",
          "language": "en",
          "firstCreated": "2025-10-14T09:15:00+08:00",
          "headlines": [{ "role": "main", "value": "Ferry fares to rise" }],
          "infoSources": [{ "role": "publisher", "name": "Harbour Herald" }],
          "bodies": [
            { "role": "main", "contentType": "text/plain", "value": "Fares rise 8 per cent.\nSee the table." },
            { "role": "main", "contentType": "text/html", "value": "<p>Fares rise <strong>8 per cent</strong>.</p><figure><img src=\"https://example.com/f.jpg\" alt=\"A ferry\"><figcaption>The ferry.</figcaption></figure><table><tr><th>Fare</th></tr><tr><td>HK$5</td></tr></table><form></form>" }
          ]
        }
        """;

    [Fact]
    public void Deserialize_WithTheHtmlReader_BlocksMarksAndMediaFromTheHtmlBody()
    {
        var options = new NinjsReadOptions { Zone = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"], BodyHtml = HtmlBlocks.Reader };
        var result = NinjsSerializer.Deserialize(Ninjs, options);
        var article = result.Value;
        article.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Paragraph, BlockKind.Media, BlockKind.Table, BlockKind.RawHtml);
        ((ParagraphBlock)article.Blocks[0]).Text.Marks.Single().Kind.Should().Be(MarkKind.Strong);
        article.Media.Single().AltText.Should().Be("A ferry");
        result.Losses.Entries.Select(l => l.Field).Should().Contain("$.bodies");
        result.Losses.Entries.Should().Contain(l => l.Detail.Contains("<form>", StringComparison.Ordinal), "what the HTML reader kept as raw HTML is said");
    }

    [Fact]
    public void Deserialize_WithoutTheHtmlReader_PlainParagraphsAndTheHtmlStructureReportedLost()
    {
        var options = new NinjsReadOptions { Zone = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"] };
        var result = NinjsSerializer.Deserialize(Ninjs, options);
        result.Value.Blocks.Select(b => b.PlainText).Should().Equal("Fares rise 8 per cent.", "See the table.");
        result.Losses.Entries.Should().Contain(l => l.Detail.Contains("text/html", StringComparison.Ordinal));
    }
}
