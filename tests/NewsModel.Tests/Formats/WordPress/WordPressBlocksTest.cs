using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsModel.Formats;
using NewsModel.Formats.WordPress;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats.WordPress;

/// <summary>Every block-editor fixture of WordPress's own tests maps to the blocks and media it shows (read with the
/// HTML package's reader), and what has no place is reported, never lost silently.</summary>
public class WordPressBlocksTest
{
    private static (List<Block> Blocks, List<MediaAsset> Media, LossReport Losses) Read(string markup, HtmlBodyReader? html)
    {
        var media = new List<MediaAsset>();
        var losses = new LossCollector();
        var blocks = WordPressBlocks.Read(BlockMarkup.Parse(markup), "$.content.raw", html, media, ref losses);
        return (blocks, media, losses.ToReport());
    }

    private static string Fixture(string name) => SharedData.ReadText("corpus/wordpress/blocks/wordpress-develop/" + name + ".html");

    [SharedDataTheory]
    [InlineData("core__audio", "Media", "Audio")]
    [InlineData("core__code", "Preformatted", "")]
    [InlineData("core__column", "Paragraph, Paragraph", "")]
    [InlineData("core__columns__deprecated", "Paragraph, Paragraph, Paragraph, Paragraph", "")]
    [InlineData("core__columns", "Paragraph, Paragraph, Paragraph, Paragraph", "")]
    [InlineData("core__cover__video-overlay", "Media, Paragraph", "Video")]
    [InlineData("core__cover__video", "Media, Paragraph", "Video")]
    [InlineData("core__cover-image", "Media, Paragraph", "Image")]
    [InlineData("core__cover", "Media, Paragraph", "Image")]
    [InlineData("core__embed", "Embed", "")]
    [InlineData("core__file__new-window", "Paragraph", "")]
    [InlineData("core__file__no-download-button", "Paragraph", "")]
    [InlineData("core__file__no-text-link", "Paragraph", "")]
    [InlineData("core__freeform__undelimited", "Paragraph, Paragraph", "")]
    [InlineData("core__freeform", "Paragraph, Paragraph", "")]
    [InlineData("core__gallery__columns", "Media", "Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-1", "Media", "Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-2", "Media", "Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-3", "Media", "Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-4", "Media", "Image, Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-5", "Media", "Image, Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-6", "Media", "Image, Image, Image, Gallery")]
    [InlineData("core__gallery__deprecated-7", "Media, Media", "Image, Image, Image, Gallery, Image, Image, Image, Gallery")]
    [InlineData("core__gallery-with-caption", "Media", "Image, Image, Gallery")]
    [InlineData("core__gallery", "Media", "Image, Image, Gallery")]
    [InlineData("core__heading__h2-em", "Heading", "")]
    [InlineData("core__heading__h2", "Heading", "")]
    [InlineData("core__html", "RawHtml", "")]
    [InlineData("core__image__attachment-link", "Media", "Image")]
    [InlineData("core__image__center-caption", "Media", "Image")]
    [InlineData("core__image__custom-link", "Media", "Image")]
    [InlineData("core__image__media-link", "Media", "Image")]
    [InlineData("core__image", "Media", "Image")]
    [InlineData("core__list__ul", "List", "")]
    [InlineData("core__media-text__image-alt-no-align", "Media, Paragraph", "Image")]
    [InlineData("core__media-text__is-stacked-on-mobile", "Media, Paragraph", "Video")]
    [InlineData("core__media-text__media-right-custom-width", "Media, Paragraph", "Video")]
    [InlineData("core__media-text__video", "Media, Paragraph", "Video")]
    [InlineData("core__media-text", "Media, Paragraph", "Image")]
    [InlineData("core__more__custom-text-teaser", "", "")]
    [InlineData("core__more", "", "")]
    [InlineData("core__nextpage", "", "")]
    [InlineData("core__paragraph__align-right", "Paragraph", "")]
    [InlineData("core__paragraph__deprecated", "Paragraph", "")]
    [InlineData("core__preformatted", "Preformatted", "")]
    [InlineData("core__pullquote__multi-paragraph", "PullQuote", "")]
    [InlineData("core__pullquote", "PullQuote", "")]
    [InlineData("core__quote__style-1", "BlockQuote", "")]
    [InlineData("core__quote__style-2", "BlockQuote", "")]
    [InlineData("core__separator", "Divider", "")]
    [InlineData("core__shortcode", "RawHtml", "")]
    [InlineData("core__spacer", "", "")]
    [InlineData("core__subhead", "Paragraph", "")]
    [InlineData("core__table", "Table", "")]
    [InlineData("core__text__converts-to-paragraph", "Paragraph", "")]
    [InlineData("core__text-columns", "Paragraph, Paragraph", "")]
    [InlineData("core__verse", "Preformatted", "")]
    [InlineData("core__video", "Media", "Video")]
    public void Read_BlockFixture_BlockAndMediaKinds(string fixture, string blocks, string media)
    {
        var read = Read(Fixture(fixture), HtmlBlocks.Reader);

        string.Join(", ", read.Blocks.Select(b => b.Kind)).Should().Be(blocks, fixture);
        string.Join(", ", read.Media.Select(m => m.Kind)).Should().Be(media, fixture);
        // Nothing disappears without a word: a fixture that gives no block says what it dropped.
        if (read.Blocks.Count == 0)
        {
            read.Losses.Entries.Should().Contain(e => e.Kind == LossKind.Dropped, fixture);
        }
    }

    [SharedDataFact]
    public void Read_Pullquote_TextAndCitation()
    {
        var quote = Read(Fixture("core__pullquote"), HtmlBlocks.Reader).Blocks.Should().ContainSingle().Which.Should().BeOfType<QuoteBlock>().Subject;
        quote.IsPullQuote.Should().BeTrue();
        quote.Text.Text.Should().Be("Testing pullquote block...");
        quote.Citation.Should().Be("...with a caption");
    }

    [SharedDataFact]
    public void Read_Embed_UrlFromTheAttributesAndTheCaptionReported()
    {
        var read = Read(Fixture("core__embed"), HtmlBlocks.Reader);
        read.Blocks.Should().ContainSingle().Which.Should().BeOfType<EmbedBlock>().Which.Url.Should().Be("https://example.com/");
        read.Losses.Entries.Should().ContainSingle(e => e.Kind == LossKind.Dropped && e.Detail == "an embed's caption");
    }

    [SharedDataFact]
    public void Read_GalleryWithCaption_GalleryOfItsImagesWithTheCaption()
    {
        var read = Read(Fixture("core__gallery-with-caption"), HtmlBlocks.Reader);
        var gallery = read.Media.Single(m => m.Kind == MediaKind.Gallery);
        gallery.Caption!.Text.Should().Be("Gallery Caption");
        gallery.Items.Should().Equal(read.Media.Where(m => m.Kind == MediaKind.Image).Select(m => m.Id));
        read.Blocks.Should().Equal(new MediaBlock(gallery.Id));
    }

    [Fact]
    public void Read_ImageWithAnAttachmentId_MediaIdFromIt()
    {
        var read = Read("<!-- wp:image {\"id\":42} --><figure class=\"wp-block-image\"><img src=\"https://example.com/a.jpg\" alt=\"A ferry\"/></figure><!-- /wp:image -->", HtmlBlocks.Reader);
        read.Blocks.Should().Equal(new MediaBlock("wp-media-42"));
        read.Media.Should().ContainSingle().Which.AltText.Should().Be("A ferry");
    }

    [Fact]
    public void Read_WithoutAnHtmlReader_EachBlockRawAndReported()
    {
        var read = Read("<!-- wp:paragraph --><p>One</p><!-- /wp:paragraph --><!-- wp:separator --><hr/><!-- /wp:separator --><!-- wp:paragraph --><p>Two</p><!-- /wp:paragraph -->", null);
        read.Blocks.Should().Equal(new RawHtmlBlock("<p>One</p>"), new DividerBlock(), new RawHtmlBlock("<p>Two</p>"));
        read.Losses.Entries.Should().ContainSingle(e => e.Kind == LossKind.Approximated && e.Detail == "HTML kept as a raw HTML block (2 times)");
    }

    [Fact]
    public void Read_UnknownPluginBlock_ReadAsItsHtmlAndReported()
    {
        var read = Read("<!-- wp:acme/callout {\"tone\":\"warm\"} --><div class=\"callout\"><p>Fares rise on Monday.</p></div><!-- /wp:acme/callout -->", HtmlBlocks.Reader);
        read.Blocks.Should().Equal(new ParagraphBlock(InlineText.Plain("Fares rise on Monday.")));
        read.Losses.Entries.Should().ContainSingle(e => e.Detail == "the block acme/callout, read as its HTML");
    }
}
