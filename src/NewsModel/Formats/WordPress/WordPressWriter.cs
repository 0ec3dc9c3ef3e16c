using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsModel.Formats.Html;
using NodaTime;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// Writes an article as the JSON body WordPress's REST API takes to create or update a post (<c>POST /wp/v2/posts</c>):
/// title, content as block-editor markup, excerpt, status and <c>date_gmt</c>, and the ids it can give (categories,
/// tags, featured media, author) of terms, media and users the article says came from WordPress. Everything else is in
/// the loss report. Stateless and thread-safe.
/// </summary>
internal static class WordPressWriter
{
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText ExcerptName = JsonEncodedText.Encode("excerpt");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText DateGmt = JsonEncodedText.Encode("date_gmt");
    private static readonly JsonEncodedText Categories = JsonEncodedText.Encode("categories");
    private static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText FeaturedMedia = JsonEncodedText.Encode("featured_media");
    private static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");

    private const string NoPlace = "a WordPress post has no place for it";

    internal static LossReport Write(Article article, IBufferWriter<byte> output, WordPressWriteOptions options)
    {
        var losses = new LossCollector();
        using var writer = new Utf8JsonWriter(output, FormatNames.DataWriterOptions(options.Indented));
        writer.WriteStartObject();
        writer.WriteString(Title, article.Headline);
        // The markup in the builder's own pieces (none on the large-object heap), not as one string.
        writer.WritePropertyName(Content);
        foreach (var piece in Markup(article, ref losses).GetChunks())
        {
            writer.WriteStringValueSegment(piece.Span, isFinalSegment: false);
        }
        writer.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
        if (article.Standfirst is { } standfirst)
        {
            writer.WriteString(ExcerptName, standfirst);
        }
        Lifecycle(writer, article, options, ref losses);
        Terms(writer, article, ref losses);
        if (article.LeadMedia is { } lead)
        {
            if (AttachmentOf(lead) is int attachment)
            {
                writer.WriteNumber(FeaturedMedia, attachment);
            }
            else
            {
                losses.Add("LeadMedia", "the lead media " + Excerpt.Of(lead), "featured_media takes the id of an upload in WordPress (an asset id wp-media-N)", LossKind.Dropped);
            }
        }
        Credits(writer, article, ref losses);
        writer.WriteEndObject();
        writer.Flush();
        Dropped(article, ref losses);
        return losses.ToReport();
    }

    // ---- Lifecycle and dates -------------------------------------------------------------------------------------

    private static void Lifecycle(Utf8JsonWriter writer, Article article, WordPressWriteOptions options, ref LossCollector losses)
    {
        var timeline = article.Timeline;
        Moment? date = null;
        string status;
        switch (article.Status)
        {
            case ArticleStatus.Published:
                status = "publish";
                date = timeline.Published;
                break;
            case ArticleStatus.Scheduled:
                status = "future";
                date = timeline.Scheduled;
                break;
            case ArticleStatus.Withdrawn:
                status = "draft";
                date = timeline.Published;
                losses.Add("Status", "withdrawn, written as a draft", "WordPress takes a post back by deleting it (to the trash), not by a status the API sets", LossKind.Approximated);
                break;
            default:
                status = "draft";
                break;
        }
        writer.WriteString(Status, status);
        if (timeline.Published is not null && !ReferenceEquals(date, timeline.Published))
        {
            losses.Add("Timeline.Published", "the publication moment of an article that is " + article.Status.ToString().ToLowerInvariant(), "a post has one date: its schedule until it is published", LossKind.Dropped);
        }
        if (date is not null)
        {
            writer.WriteString(DateGmt, Gmt(date.Instant));
            Moment(date, article.Status == ArticleStatus.Scheduled ? "Timeline.Scheduled" : "Timeline.Published", options, ref losses);
        }
        if (timeline.Updated is not null)
        {
            losses.Add("Timeline.Updated", "the update moment", "WordPress sets modified itself when it saves", LossKind.Dropped);
        }
        if (timeline.Created is not null)
        {
            losses.Add("Timeline.Created", "the creation moment", NoPlace, LossKind.Dropped);
        }
        if (timeline.EmbargoedUntil is not null)
        {
            losses.Add("Timeline.EmbargoedUntil", "the embargo", NoPlace, LossKind.Dropped);
        }
        if (!timeline.Corrections.IsEmpty)
        {
            losses.Add("Timeline.Corrections", Count(timeline.Corrections.Length, "correction"), NoPlace, LossKind.Dropped);
        }
        if (!timeline.Revisions.IsEmpty)
        {
            losses.Add("Timeline.Revisions", Count(timeline.Revisions.Length, "revision"), "WordPress keeps its own revisions", LossKind.Dropped);
        }
        if (timeline.Withdrawal is not null)
        {
            losses.Add("Timeline.Withdrawal", "the withdrawal's moment and reason", NoPlace, LossKind.Dropped);
        }
        if (article.Status != ArticleStatus.Scheduled && timeline.Scheduled is not null)
        {
            losses.Add("Timeline.Scheduled", "the schedule of an article that is not scheduled", NoPlace, LossKind.Dropped);
        }
    }

    /// <summary>What of a moment <c>date_gmt</c> does not hold: its zone (WordPress prints dates on the site's clock),
    /// the printed text, a precision coarser than the second.</summary>
    private static void Moment(Moment moment, string field, WordPressWriteOptions options, ref LossCollector losses)
    {
        if (options.SiteZone is null || !options.SiteZone.Equals(moment.Zone))
        {
            losses.Add(field + ".Zone", "the zone " + moment.Zone.Id, "WordPress shows every date on the site's clock (WordPressWriteOptions.SiteZone)", LossKind.Dropped);
        }
        if (moment.Printed is not null)
        {
            losses.Add(field + ".Printed", "the printed stamp \"" + Excerpt.Of(moment.Printed) + "\"", NoPlace, LossKind.Dropped);
        }
        if (moment.Precision != MomentPrecision.Second && !(moment.Precision == MomentPrecision.Exact && moment.Instant.ToUnixTimeTicks() % NodaConstants.TicksPerSecond == 0))
        {
            losses.Add(field + ".Precision", "the precision " + moment.Precision.ToString().ToLowerInvariant(), "date_gmt is a time to the second", LossKind.Approximated);
        }
        if (moment.RelativeTo is not null)
        {
            losses.Add(field + ".RelativeTo", "the instant a relative stamp was read against", NoPlace, LossKind.Dropped);
        }
    }

    /// <summary>WordPress's form of a GMT date: <c>2014-03-30T21:31:00</c>.</summary>
    internal static string Gmt(Instant instant)
    {
        var utc = instant.InUtc();
        return utc.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
    }

    // ---- Terms, media and credits --------------------------------------------------------------------------------

    private static void Terms(Utf8JsonWriter writer, Article article, ref LossCollector losses)
    {
        var taxonomy = article.Taxonomy;
        if (taxonomy is null)
        {
            return;
        }
        var categories = new List<int>();
        var sections = new List<Section>();
        if (taxonomy.PrimarySection is { } primary)
        {
            sections.Add(primary);
        }
        sections.AddRange(taxonomy.Sections);
        int unnumbered = 0;
        foreach (var section in sections)
        {
            if (Id(section.Id) is int id)
            {
                categories.Add(id);
            }
            else
            {
                unnumbered++;
            }
        }
        if (unnumbered > 0)
        {
            losses.Add("Taxonomy.Sections", Count(unnumbered, "section") + " without a WordPress category id", "categories are given by id", LossKind.Dropped);
        }
        var tags = new List<int>();
        int others = 0;
        foreach (var subject in taxonomy.Subjects)
        {
            if (subject.Scheme == WordPressSerializer.TagScheme && Id(subject.Code) is int id)
            {
                tags.Add(id);
            }
            else
            {
                others++;
            }
        }
        if (others > 0)
        {
            losses.Add("Taxonomy.Subjects", Count(others, "subject") + " that are not WordPress tags (scheme " + WordPressSerializer.TagScheme + ", numeric code)", "tags are given by id", LossKind.Dropped);
        }
        if (!taxonomy.Keywords.IsEmpty)
        {
            losses.Add("Taxonomy.Keywords", Count(taxonomy.Keywords.Length, "keyword"), "tags are given by id; create them first and give their ids as subjects", LossKind.Dropped);
        }
        if (!taxonomy.Genres.IsEmpty || taxonomy.Urgency is not null)
        {
            losses.Add("Taxonomy", "genres and urgency", NoPlace, LossKind.Dropped);
        }
        WriteIds(writer, Categories, categories);
        WriteIds(writer, Tags, tags);
    }

    private static void WriteIds(Utf8JsonWriter writer, JsonEncodedText name, List<int> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteNumberValue(id);
        }
        writer.WriteEndArray();
    }

    private static void Credits(Utf8JsonWriter writer, Article article, ref LossCollector losses)
    {
        bool written = false;
        for (int i = 0; i < article.Credits.Length; i++)
        {
            var credit = article.Credits[i];
            if (!written && credit.Role == CreditRole.Author && credit.Id is { } id && id.StartsWith("wp-user-", StringComparison.Ordinal) && Id(id[8..]) is int user)
            {
                writer.WriteNumber(Author, user);
                written = true;
            }
            else
            {
                losses.Add("Credits[" + i.ToString(CultureInfo.InvariantCulture) + "]", "the credit " + Excerpt.Of(credit.Name),
                    "a post has one author, given by the id of a WordPress user (a credit id wp-user-N)", LossKind.Dropped);
            }
        }
    }

    private static void Dropped(Article article, ref LossCollector losses)
    {
        losses.Add("Id", "the id " + Excerpt.Of(article.Id), "WordPress gives a new post its own id", LossKind.Dropped);
        losses.Add("Language", "the language " + article.Language, "a post's language is the site's setting", LossKind.Dropped);
        losses.Add("Publication", "the publication " + Excerpt.Of(article.Publication.Name), "a post's publication is the site", LossKind.Dropped);
        if (article.CanonicalUrl is { } url)
        {
            losses.Add("CanonicalUrl", "the canonical URL " + Excerpt.Of(url), "WordPress makes a post's link from its slug", LossKind.Dropped);
        }
        losses.AddUnplaced(article, NoPlace);
        if (!article.Quotes.IsEmpty)
        {
            losses.Add("Quotes", Count(article.Quotes.Length, "quote") + " (speakers, cues and channels; their words stay in the body)", NoPlace, LossKind.Dropped);
        }
        if (article.Rights is not null)
        {
            losses.Add("Rights", "the rights", NoPlace, LossKind.Dropped);
        }
    }

    // ---- Body as block markup ------------------------------------------------------------------------------------

    private static StringBuilder Markup(Article article, ref LossCollector losses)
    {
        var html = new StringBuilder();
        var media = new Dictionary<string, MediaAsset>(StringComparer.Ordinal);
        foreach (var asset in article.Media)
        {
            media[asset.Id] = asset;
        }
        MediaLosses(article, ref losses);
        for (int i = 0; i < article.Blocks.Length; i++)
        {
            if (i > 0)
            {
                html.Append("\n\n");
            }
            Block(html, article.Blocks[i], "Blocks[" + i.ToString(CultureInfo.InvariantCulture) + "]", media, ref losses);
        }
        return html;
    }

    private static void Block(StringBuilder html, Block block, string path, Dictionary<string, MediaAsset> media, ref LossCollector losses)
    {
        switch (block)
        {
            case ParagraphBlock p:
                Open(html, "paragraph").Append("<p>");
                Inline(html, p.Text, path, ref losses).Append("</p>");
                Close(html, "paragraph");
                break;
            case HeadingBlock h:
                Open(html, "heading", h.Level == 2 ? null : "{\"level\":" + h.Level.ToString(CultureInfo.InvariantCulture) + "}")
                    .Append("<h").Append(h.Level).Append(" class=\"wp-block-heading\">");
                Inline(html, h.Text, path, ref losses).Append("</h").Append(h.Level).Append('>');
                Close(html, "heading");
                break;
            case ListBlock list:
                var tag = list.Ordered ? "ol" : "ul";
                Open(html, "list", list.Ordered ? "{\"ordered\":true}" : null).Append('<').Append(tag).Append(" class=\"wp-block-list\">");
                for (int i = 0; i < list.Items.Length; i++)
                {
                    Open(html, "list-item").Append("<li>");
                    Inline(html, list.Items[i], path + ".Items[" + i.ToString(CultureInfo.InvariantCulture) + "]", ref losses).Append("</li>");
                    Close(html, "list-item");
                }
                html.Append("</").Append(tag).Append('>');
                Close(html, "list");
                break;
            case QuoteBlock { IsPullQuote: true } pull:
                Open(html, "pullquote").Append("<figure class=\"wp-block-pullquote\"><blockquote><p>");
                Inline(html, pull.Text, path, ref losses).Append("</p>");
                Citation(html, pull.Citation).Append("</blockquote></figure>");
                Close(html, "pullquote");
                break;
            case QuoteBlock quote:
                Open(html, "quote").Append("<blockquote class=\"wp-block-quote\">");
                Open(html, "paragraph").Append("<p>");
                Inline(html, quote.Text, path, ref losses).Append("</p>");
                Close(html, "paragraph");
                Citation(html, quote.Citation).Append("</blockquote>");
                Close(html, "quote");
                break;
            case MediaBlock m:
                Media(html, m, path, media, ref losses);
                break;
            case EmbedBlock embed:
                Open(html, "embed", "{\"url\":" + JsonString(embed.Url) + (embed.Provider is { } provider ? ",\"providerNameSlug\":" + JsonString(provider) : "") + "}")
                    .Append("<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n").Append(BlockHtml.Escape(embed.Url)).Append("\n</div></figure>");
                Close(html, "embed");
                if (embed.FallbackHtml is not null)
                {
                    losses.Add(path, "the embed's fallback markup", "WordPress asks the provider for the markup itself (oEmbed)", LossKind.Dropped);
                }
                break;
            case TableBlock table:
                Open(html, "table").Append("<figure class=\"wp-block-table\"><table>");
                for (int r = 0; r < table.Rows.Length; r++)
                {
                    bool head = r == 0 && table.HeaderRow;
                    html.Append(r == 0 ? head ? "<thead>" : "<tbody>" : r == 1 && table.HeaderRow ? "<tbody>" : "").Append("<tr>");
                    foreach (var cell in table.Rows[r])
                    {
                        html.Append(head ? "<th>" : "<td>");
                        Inline(html, cell, path, ref losses).Append(head ? "</th>" : "</td>");
                    }
                    html.Append("</tr>").Append(head ? "</thead>" : "");
                }
                html.Append(table.Rows.Length > (table.HeaderRow ? 1 : 0) ? "</tbody>" : "").Append("</table></figure>");
                Close(html, "table");
                break;
            case DividerBlock:
                Open(html, "separator").Append("<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>");
                Close(html, "separator");
                break;
            case PreformattedBlock pre:
                Open(html, "preformatted").Append("<pre class=\"wp-block-preformatted\">").Append(BlockHtml.Escape(pre.Text)).Append("</pre>");
                Close(html, "preformatted");
                break;
            case RelatedLinkBlock related:
                Open(html, "paragraph").Append("<p>");
                if (BlockHtml.IsSafeLink(related.Url))
                {
                    html.Append("<a href=\"").Append(BlockHtml.Escape(related.Url)).Append("\">").Append(BlockHtml.Escape(related.Title)).Append("</a>");
                }
                else
                {
                    html.Append(BlockHtml.Escape(related.Title));
                    losses.Add(path, "the related link's target", "only http, https and mailto links are written", LossKind.Dropped);
                }
                html.Append("</p>");
                Close(html, "paragraph");
                losses.Add(path, "a related link, written as a paragraph holding the link", "WordPress has no related-link block", LossKind.Approximated);
                break;
            case RawHtmlBlock raw:
                Open(html, "html").Append(raw.Html).Append('\n');
                Close(html, "html");
                break;
            default:
                losses.Add(path, "a " + block.Kind + " block", NoPlace, LossKind.Dropped);
                break;
        }
    }

    private static StringBuilder Open(StringBuilder html, string name, string? attributes = null)
    {
        html.Append("<!-- wp:").Append(name).Append(' ');
        if (attributes is not null)
        {
            html.Append(attributes).Append(' ');
        }
        return html.Append("-->\n");
    }

    private static void Close(StringBuilder html, string name) => html.Append("\n<!-- /wp:").Append(name).Append(" -->");

    private static StringBuilder Inline(StringBuilder html, InlineText text, string path, ref LossCollector losses)
    {
        var rendered = BlockHtml.Render(text);
        losses.AddAll(path, rendered.Losses);
        return html.Append(rendered.Value);
    }

    private static StringBuilder Citation(StringBuilder html, string? citation) =>
        citation is null ? html : html.Append("<cite>").Append(BlockHtml.Escape(citation)).Append("</cite>");

    private static void Media(StringBuilder html, MediaBlock block, string path, Dictionary<string, MediaAsset> media, ref LossCollector losses)
    {
        var asset = media.GetValueOrDefault(block.MediaId);
        if (asset is null)
        {
            losses.Add(path, "a media block whose asset " + Excerpt.Of(block.MediaId) + " is not among the article's media", NoPlace, LossKind.Dropped);
            return;
        }
        if (asset.Kind == MediaKind.Gallery)
        {
            Open(html, "gallery", "{\"linkTo\":\"none\"}").Append("<figure class=\"wp-block-gallery has-nested-images columns-default is-cropped\">");
            foreach (var item in asset.Items)
            {
                if (media.GetValueOrDefault(item) is { Kind: MediaKind.Image } image)
                {
                    html.Append('\n');
                    Media(html, image, path, ref losses);
                }
                else
                {
                    losses.Add(path, "the gallery item " + Excerpt.Of(item) + " (a gallery in WordPress holds images)", NoPlace, LossKind.Dropped);
                }
            }
            Caption(html, asset.Caption, "blocks-gallery-caption wp-element-caption", path, ref losses).Append("</figure>");
            Close(html, "gallery");
            return;
        }
        Media(html, asset, path, ref losses);
    }

    private static void Media(StringBuilder html, MediaAsset asset, string path, ref LossCollector losses)
    {
        if (asset.Uri is null || !BlockHtml.IsSafeLink(asset.Uri))
        {
            losses.Add(path, "the media " + Excerpt.Of(asset.Id) + " (no http or https source)", NoPlace, LossKind.Dropped);
            return;
        }
        var src = BlockHtml.Escape(asset.Uri);
        switch (asset.Kind)
        {
            case MediaKind.Video:
                Open(html, "video").Append("<figure class=\"wp-block-video\"><video controls src=\"").Append(src).Append("\"></video>");
                Caption(html, asset.Caption, "wp-element-caption", path, ref losses).Append("</figure>");
                Close(html, "video");
                break;
            case MediaKind.Audio:
                Open(html, "audio").Append("<figure class=\"wp-block-audio\"><audio controls src=\"").Append(src).Append("\"></audio>");
                Caption(html, asset.Caption, "wp-element-caption", path, ref losses).Append("</figure>");
                Close(html, "audio");
                break;
            default:
                int? attachment = AttachmentOf(asset.Id);
                Open(html, "image", attachment is int a ? "{\"id\":" + a.ToString(CultureInfo.InvariantCulture) + "}" : null)
                    .Append("<figure class=\"wp-block-image\"><img src=\"").Append(src).Append("\" alt=\"").Append(BlockHtml.Escape(asset.AltText ?? "")).Append('"');
                if (attachment is int id)
                {
                    html.Append(" class=\"wp-image-").Append(id).Append('"');
                }
                html.Append("/>");
                Caption(html, asset.Caption, "wp-element-caption", path, ref losses).Append("</figure>");
                Close(html, "image");
                break;
        }
    }

    private static StringBuilder Caption(StringBuilder html, InlineText? caption, string cssClass, string path, ref LossCollector losses)
    {
        if (caption is null)
        {
            return html;
        }
        html.Append("<figcaption class=\"").Append(cssClass).Append("\">");
        return Inline(html, caption, path + ".Caption", ref losses).Append("</figcaption>");
    }

    /// <summary>What of the article's media the block markup does not hold: assets no block shows, and the members of
    /// an asset that belong to the upload in WordPress's media library (field <c>Media</c>, one entry per asset).</summary>
    private static void MediaLosses(Article article, ref LossCollector losses)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in article.Blocks)
        {
            if (block is MediaBlock m)
            {
                shown.Add(m.MediaId);
            }
        }
        foreach (var asset in article.Media)
        {
            if (shown.Contains(asset.Id))
            {
                foreach (var item in asset.Items)
                {
                    shown.Add(item);
                }
            }
        }
        foreach (var asset in article.Media)
        {
            var lost = new List<string>(4);
            if (!shown.Contains(asset.Id))
            {
                lost.Add(asset.Id == article.LeadMedia ? "the asset (the lead, shown by no block)" : "the asset (shown by no block)");
            }
            if (AttachmentOf(asset.Id) is null)
            {
                lost.Add("its id");
            }
            if (asset.MediaType is not null || asset.Width is not null || asset.Height is not null || asset.Duration is not null)
            {
                lost.Add("its media type, size and duration");
            }
            if (asset.Credit is not null || asset.Rights is not null)
            {
                lost.Add("its credit and rights");
            }
            if (!asset.Renditions.IsEmpty)
            {
                lost.Add("its renditions");
            }
            if (lost.Count > 0)
            {
                losses.Add("Media", Excerpt.Of(asset.Id) + ": " + string.Join(", ", lost), "these belong to the upload in WordPress's media library, which makes its own sizes", LossKind.Dropped);
            }
        }
    }

    /// <summary>The WordPress attachment an asset id names (<c>wp-media-12</c> → 12), or null.</summary>
    private static int? AttachmentOf(string mediaId) =>
        mediaId.StartsWith("wp-media-", StringComparison.Ordinal) ? Id(mediaId[9..]) : null;

    private static int? Id(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id > 0 ? id : null;

    /// <summary>A JSON string for a block's attributes, escaped as WordPress escapes them (<c>&lt; &gt; &amp; " '</c>
    /// as <c>\u</c> escapes, and <c>--</c>, which would end the comment).</summary>
    private static string JsonString(string text) =>
        "\"" + JsonEncodedText.Encode(text).ToString().Replace("--", "\\u002d\\u002d", StringComparison.Ordinal) + "\"";

    private static string Count(int n, string what) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? "" : what.EndsWith('y') ? "ies" : "s");
}
