using System.Linq;
using FluentAssertions;
using NewsModel.Formats;
using NewsModel.Formats.Html;
using Xunit;

namespace NewsModel.Tests.Formats;

public class BlockHtmlTest
{
    [Theory]
    [InlineData("</p><script>alert(1)</script>", "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
    [InlineData("<!-- x -->", "&lt;!-- x --&gt;")]
    public void Render_HostileText_IsEscaped(string text, string escaped)
    {
        var result = BlockHtml.Render([Block.Paragraph(text)]);

        result.Value.Should().Be("<p>" + escaped + "</p>");
        result.Losses.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Render_HostileAttributeValues_AreEscaped()
    {
        var text = new InlineText("click", [Mark.Link(new TextRange(0, 5), "https://x.example/?a=1&b=\"><script>", "t\"itle'")]);

        BlockHtml.Render(text).Value.Should().Be("<a href=\"https://x.example/?a=1&amp;b=&quot;&gt;&lt;script&gt;\" title=\"t&quot;itle&#39;\">click</a>");
    }

    [Fact]
    public void Render_NestedMarks_AreProperlyNestedElements()
    {
        // "bold italic link": strong over all, emphasis over "italic link", link over "link".
        var text = new InlineText("bold italic link end", [
            Mark.Strong(new TextRange(0, 16)),
            Mark.Emphasis(new TextRange(5, 11)),
            Mark.Link(new TextRange(12, 4), "https://example.com/"),
            Mark.Code(new TextRange(17, 3)),
        ]);

        BlockHtml.Render(text).Value.Should().Be(
            "<strong>bold <em>italic <a href=\"https://example.com/\">link</a></em></strong> <code>end</code>");
    }

    [Fact]
    public void Render_EveryMarkKind_HasItsElement()
    {
        var text = new InlineText("abcdefg", [
            new Mark(MarkKind.Emphasis, new TextRange(0, 1)),
            new Mark(MarkKind.Strong, new TextRange(1, 1)),
            new Mark(MarkKind.Code, new TextRange(2, 1)),
            new Mark(MarkKind.Superscript, new TextRange(3, 1)),
            new Mark(MarkKind.Subscript, new TextRange(4, 1)),
            new Mark(MarkKind.Strikethrough, new TextRange(5, 1)),
            Mark.NoteReference(new TextRange(6, 1), "See \"the report\"."),
        ]);

        BlockHtml.Render(text).Value.Should().Be(
            "<em>a</em><strong>b</strong><code>c</code><sup>d</sup><sub>e</sub><s>f</s><sup class=\"note\" title=\"See &quot;the report&quot;.\">g</sup>");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\tjavascript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("DATA:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("VBScript:msgbox(1)")]
    [InlineData("https\t://example.com")]
    [InlineData("http://example.com/\u0000")]
    [InlineData("//evil.example/")]
    [InlineData("/relative")]
    public void Render_LinkWithOtherScheme_WritesTheTextAndReportsTheLink(string href)
    {
        var text = new InlineText("x <y>", [Mark.Link(new TextRange(0, 5), href)]);

        var result = BlockHtml.Render(text);

        result.Value.Should().Be("x &lt;y&gt;");
        result.Losses.Entries.Should().ContainSingle().Which.Field.Should().Be("Marks[0]");
        result.Losses.Entries[0].Kind.Should().Be(LossKind.Dropped);
        BlockHtml.IsSafeLink(href).Should().BeFalse();
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("HTTPS://example.com/a?b=c")]
    [InlineData("mailto:desk@example.com")]
    public void Render_HttpAndMailtoLinks_AreWritten(string href)
    {
        var result = BlockHtml.Render(new InlineText("x", [Mark.Link(new TextRange(0, 1), href)]));

        result.Value.Should().Be("<a href=\"" + href + "\">x</a>");
        result.Losses.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Render_UnsafeLinkInsideOtherMarks_KeepsTheOtherElementsNested()
    {
        var text = new InlineText("ab", [Mark.Strong(new TextRange(0, 2)), Mark.Link(new TextRange(1, 1), "javascript:x")]);

        BlockHtml.Render([new ParagraphBlock(text)]).Value.Should().Be("<p><strong>ab</strong></p>");
    }

    [Fact]
    public void Render_RawHtmlBlock_LeftOutUnlessOptedIn()
    {
        Block[] blocks = [Block.Paragraph("a"), new RawHtmlBlock("<iframe src=x></iframe>"), Block.Paragraph("b")];

        var safe = BlockHtml.Render(blocks);
        var opted = BlockHtml.Render(blocks, options: new BlockHtmlOptions { IncludeRawHtml = true });

        safe.Value.Should().Be("<p>a</p>\n<p>b</p>");
        safe.Losses.Entries.Should().ContainSingle().Which.Field.Should().Be("Blocks[1]");
        opted.Value.Should().Be("<p>a</p>\n<iframe src=x></iframe>\n<p>b</p>");
        opted.Losses.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Render_EmbedFallbackHtml_OnlyWithOptIn()
    {
        Block[] blocks = [new EmbedBlock("https://video.example/v/1", "Video", "<script src=evil></script>")];

        var safe = BlockHtml.Render(blocks);
        var opted = BlockHtml.Render(blocks, options: new BlockHtmlOptions { IncludeEmbedFallbackHtml = true });

        safe.Value.Should().Be("<p class=\"embed\"><a href=\"https://video.example/v/1\">Video</a></p>");
        safe.Losses.Entries.Select(e => e.Field).Should().Equal("Blocks[0].Html");
        opted.Value.Should().Be("<script src=evil></script>");
    }

    [Fact]
    public void Render_SurrogatePairs_StayIntact()
    {
        var text = new InlineText("\U0001F600 <\U0001F4F0>", [Mark.Emphasis(new TextRange(0, 2)), Mark.Strong(new TextRange(4, 2))]);

        BlockHtml.Render(text).Value.Should().Be("<em>\U0001F600</em> &lt;<strong>\U0001F4F0</strong>&gt;");
    }

    [Fact]
    public void Render_EveryBlockKind_HasItsElements()
    {
        var image = new MediaAsset("img1", MediaKind.Image, "https://img.example/1.jpg", altText: "A \"ferry\"", caption: new InlineText("The ferry"),
            credit: new Credit("Ann Photo", PartyKind.Person, CreditRole.Photographer), width: 800, height: 600);
        Block[] blocks =
        [
            new HeadingBlock(2, "Fares"),
            new ListBlock([new InlineText("one"), new InlineText("two")], ordered: true),
            new ListBlock([new InlineText("x")]),
            new QuoteBlock("Quoted", citation: "Someone"),
            new QuoteBlock("Pulled", pull: true),
            new TableBlock([[new InlineText("h1"), new InlineText("h2")], [new InlineText("a"), new InlineText("b")]], headerRow: true),
            DividerBlock.Instance,
            new PreformattedBlock("a < b\n  c"),
            new RelatedLinkBlock("https://news.example/2", "More & more"),
            new MediaBlock("img1"),
        ];

        var result = BlockHtml.Render(blocks, [image]);

        result.Value.Split('\n').Should().Equal(
            "<h2>Fares</h2>",
            "<ol><li>one</li><li>two</li></ol>",
            "<ul><li>x</li></ul>",
            "<blockquote><p>Quoted</p><cite>Someone</cite></blockquote>",
            "<blockquote class=\"pull-quote\"><p>Pulled</p></blockquote>",
            "<table><thead><tr><th>h1</th><th>h2</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>",
            "<hr>",
            "<pre>a &lt; b",
            "  c</pre>",
            "<p class=\"related\"><a href=\"https://news.example/2\">More &amp; more</a></p>",
            "<figure><img src=\"https://img.example/1.jpg\" alt=\"A &quot;ferry&quot;\" width=\"800\" height=\"600\"><figcaption>The ferry <span class=\"credit\">Ann Photo</span></figcaption></figure>");
        result.Losses.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Render_MediaWithoutAssetOrWithUnsafeSource_IsReported()
    {
        var asset = new MediaAsset("m", MediaKind.Image, "javascript:alert(1)");

        var missing = BlockHtml.Render([new MediaBlock("m")]);
        var unsafeSource = BlockHtml.Render([new MediaBlock("m")], [asset]);

        missing.Value.Should().BeEmpty();
        missing.Losses.Entries.Should().ContainSingle().Which.Field.Should().Be("Blocks[0]");
        unsafeSource.Value.Should().Be("<figure></figure>");
        unsafeSource.Losses.Entries.Should().ContainSingle().Which.Field.Should().Be("Blocks[0]");
    }

    [Fact]
    public void Render_Article_UsesItsMedia()
    {
        var article = Testing.SampleArticles.HarbourFerryFares.WithQuotes(null).WithMedia([new MediaAsset("v", MediaKind.Video, "https://v.example/1.mp4")], "v")
            .WithBlocks([new MediaBlock("v")]);

        BlockHtml.Render(article).Value.Should().Be("<figure><video controls src=\"https://v.example/1.mp4\"></video></figure>");
    }
}
