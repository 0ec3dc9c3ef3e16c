using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NewsModel.Formats.Html;
using NodaTime;

namespace NewsModel.Formats.Ans;

/// <summary>
/// Writes an article as an ANS 0.10.12 story: the body as content elements, headline, description, credits, taxonomy,
/// the lead medium as <c>promo_items.basic</c>, the dates as UTC instants, the embargo and the corrections. Everything
/// else is in the loss report. Stateless and thread-safe.
/// </summary>
internal static class AnsWriter
{
    private const string NoPlace = "an ANS story has no place for it";

    /// <summary>The credit groups of <c>credits</c> by role: <c>by</c> and <c>photos_by</c> are ANS's; the others are
    /// this library's names (ANS allows any), which the reader reads back.</summary>
    internal static readonly string[] CreditGroups = ["by", "additional_reporting_by", "photos_by", "sources_by", "edited_by", "contributors_by"];

    internal static LossReport Write(Article article, IBufferWriter<byte> output, AnsWriteOptions options)
    {
        var losses = new LossCollector();
        var media = new Dictionary<string, MediaAsset>(StringComparer.Ordinal);
        foreach (var asset in article.Media)
        {
            media[asset.Id] = asset;
        }
        using var writer = new Utf8JsonWriter(output, FormatNames.DataWriterOptions(options.Indented));
        writer.WriteStartObject();
        writer.WriteString("type", "story");
        writer.WriteString("version", AnsSerializer.Version);
        writer.WriteString("_id", article.Id);
        writer.WriteString("language", article.Language);
        if (options.Website is { } website)
        {
            writer.WriteString("canonical_website", website);
        }
        if (article.CanonicalUrl is { } url)
        {
            writer.WriteString("canonical_url", url);
        }
        writer.WriteStartObject("headlines");
        writer.WriteString("basic", article.Headline);
        writer.WriteEndObject();
        if (article.Standfirst is { } standfirst)
        {
            writer.WriteStartObject("description");
            writer.WriteString("basic", standfirst);
            writer.WriteEndObject();
        }
        if (article.Rights is { } rights)
        {
            if ((rights.Notice ?? rights.Holder) is { } copyright)
            {
                writer.WriteString("copyright", copyright);
            }
            if (rights.LicenseUrl is not null || rights.UsageTerms is not null || (rights.Notice is not null && rights.Holder is not null))
            {
                losses.Add("Rights", "the licence, usage terms or holder beside the notice", "a story's copyright is one text", LossKind.Dropped);
            }
        }
        Credits(writer, article.Credits, "Credits", ref losses);
        Taxonomy(writer, article.Taxonomy, ref losses);
        Dates(writer, article, ref losses);
        if (article.LeadMedia is { } lead && media.TryGetValue(lead, out var leadAsset))
        {
            writer.WriteStartObject("promo_items");
            writer.WritePropertyName("basic");
            Medium(writer, leadAsset, media, "LeadMedia", ref losses);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("content_elements");
        for (int i = 0; i < article.Blocks.Length; i++)
        {
            Element(writer, article.Blocks[i], "Blocks[" + i.ToString(CultureInfo.InvariantCulture) + "]", media, ref losses);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        Dropped(article, ref losses);
        return losses.ToReport();
    }

    private static void Dropped(Article article, ref LossCollector losses)
    {
        losses.Add("Publication", "the publication " + Excerpt.Of(article.Publication.Name) + " and its zone " + article.Publication.Zone.Id,
            "a story names its website (AnsWriteOptions.Website), not a publication or a zone", LossKind.Dropped);
        losses.AddUnplaced(article, NoPlace);
        if (!article.Quotes.IsEmpty)
        {
            losses.Add("Quotes", Count(article.Quotes.Length, "quote") + " (speakers, roles, cues, agencies; their words stay in the body)",
                "ANS records no attribution of quotations", LossKind.Dropped);
        }
    }

    // ---- Credits and taxonomy -------------------------------------------------------------------------------------

    private static void Credits(Utf8JsonWriter writer, IReadOnlyList<Credit> credits, string field, ref LossCollector losses)
    {
        if (credits.Count == 0)
        {
            return;
        }
        writer.WriteStartObject("credits");
        for (int role = 0; role < CreditGroups.Length; role++)
        {
            bool open = false;
            for (int i = 0; i < credits.Count; i++)
            {
                var credit = credits[i];
                if ((int)credit.Role != role)
                {
                    continue;
                }
                if (!open)
                {
                    writer.WriteStartArray(CreditGroups[role]);
                    open = true;
                }
                Author(writer, credit);
                if (credit.Kind != PartyKind.Person && !(credit.Kind == PartyKind.Organisation && credit.Role == CreditRole.SourceAgency))
                {
                    losses.Add(field + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", "the kind " + credit.Kind.ToString().ToLowerInvariant(),
                        "ANS credits are authors", LossKind.Dropped);
                }
            }
            if (open)
            {
                writer.WriteEndArray();
            }
        }
        writer.WriteEndObject();
    }

    private static void Author(Utf8JsonWriter writer, Credit credit)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "author");
        writer.WriteString("version", AnsSerializer.Version);
        writer.WriteString("name", credit.Name);
        if (credit.Id is { } id)
        {
            writer.WriteString("_id", id);
        }
        if (credit.Printed is { } printed)
        {
            writer.WriteString("byline", printed);
        }
        if (credit.ProfileUrl is { } url)
        {
            writer.WriteString("url", url);
        }
        writer.WriteEndObject();
    }

    private static void Taxonomy(Utf8JsonWriter writer, Taxonomy taxonomy, ref LossCollector losses)
    {
        if (taxonomy.IsEmpty)
        {
            return;
        }
        writer.WriteStartObject("taxonomy");
        if (taxonomy.PrimarySection is { } primary)
        {
            writer.WritePropertyName("primary_section");
            Section(writer, primary);
        }
        if (!taxonomy.Sections.IsEmpty || taxonomy.PrimarySection is not null)
        {
            // ANS lists every section in sections, the primary one first.
            writer.WriteStartArray("sections");
            if (taxonomy.PrimarySection is { } first)
            {
                Section(writer, first);
            }
            foreach (var section in taxonomy.Sections)
            {
                Section(writer, section);
            }
            writer.WriteEndArray();
        }
        if (!taxonomy.Subjects.IsEmpty)
        {
            writer.WriteStartArray("tags");
            int other = 0;
            foreach (var subject in taxonomy.Subjects)
            {
                writer.WriteStartObject();
                if (subject.Code is { } code)
                {
                    writer.WriteString("_id", code);
                }
                writer.WriteString("text", subject.Name);
                writer.WriteEndObject();
                other += subject.Scheme != AnsSerializer.TagScheme || subject.Uri is not null ? 1 : 0;
            }
            writer.WriteEndArray();
            if (other > 0)
            {
                losses.Add("Taxonomy.Subjects", Count(other, "subject") + "' scheme or URI (written as tags: their name and code)", "an ANS tag has a text and an id", LossKind.Dropped);
            }
        }
        if (!taxonomy.Keywords.IsEmpty)
        {
            writer.WriteStartArray("seo_keywords");
            foreach (var keyword in taxonomy.Keywords)
            {
                writer.WriteStringValue(keyword);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        if (!taxonomy.Genres.IsEmpty || taxonomy.Urgency is not null)
        {
            losses.Add("Taxonomy", "genres and urgency", NoPlace, LossKind.Dropped);
        }
    }

    private static void Section(Utf8JsonWriter writer, Section section)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "section");
        writer.WriteString("version", AnsSerializer.Version);
        if (section.Id is { } id)
        {
            writer.WriteString("_id", id);
        }
        writer.WriteString("name", section.Name);
        if (section.Url is { } path)
        {
            writer.WriteString("path", path);
        }
        writer.WriteEndObject();
    }

    // ---- Dates -----------------------------------------------------------------------------------------------------

    private static void Dates(Utf8JsonWriter writer, Article article, ref LossCollector losses)
    {
        var timeline = article.Timeline;
        if (timeline.Created is { } created)
        {
            Date(writer, "created_date", created, "Timeline.Created", ref losses);
        }
        if (article.Status is ArticleStatus.Published or ArticleStatus.Withdrawn && timeline.Published is { } published)
        {
            Date(writer, "first_publish_date", published, "Timeline.Published", ref losses);
            Date(writer, "display_date", published, null, ref losses);
            Date(writer, "publish_date", timeline.Updated ?? published, null, ref losses);
        }
        else if (timeline.Published is not null)
        {
            losses.Add("Timeline.Published", "the publication moment of an article that is " + article.Status.ToString().ToLowerInvariant(), "a story's publication dates say it is published", LossKind.Dropped);
        }
        if (timeline.Updated is { } updated)
        {
            Date(writer, "last_updated_date", updated, "Timeline.Updated", ref losses);
        }
        writer.WriteStartObject("publishing");
        writer.WriteBoolean("has_published_edition", article.Status == ArticleStatus.Published);
        writer.WriteEndObject();
        switch (article.Status)
        {
            case ArticleStatus.Withdrawn:
                losses.Add("Status", "withdrawn, written as a story without a published edition", "ANS unpublishes by operation, not by a member of the story", LossKind.Approximated);
                break;
            case ArticleStatus.Scheduled:
                losses.Add("Status", "scheduled, written as a draft", "ANS schedules by operation, not by a member of the story", LossKind.Approximated);
                break;
        }
        if (timeline.Scheduled is not null)
        {
            losses.Add("Timeline.Scheduled", "the scheduled moment", "ANS schedules by operation (planning.scheduling holds plans, not the schedule)", LossKind.Dropped);
        }
        if (timeline.EmbargoedUntil is { } embargo)
        {
            writer.WriteStartObject("content_restrictions");
            writer.WriteStartObject("embargo");
            writer.WriteBoolean("active", true);
            Date(writer, "end_time", embargo, "Timeline.EmbargoedUntil", ref losses);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        if (!timeline.Corrections.IsEmpty)
        {
            writer.WriteStartArray("corrections");
            foreach (var correction in timeline.Corrections)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "correction");
                writer.WriteString("text", correction.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            losses.Add("Timeline.Corrections", Count(timeline.Corrections.Length, "correction") + "' moments", "ANS does not date corrections", LossKind.Dropped);
        }
        if (!timeline.Revisions.IsEmpty)
        {
            losses.Add("Timeline.Revisions", Count(timeline.Revisions.Length, "revision"), "Arc XP keeps its own revisions", LossKind.Dropped);
        }
        if (timeline.Withdrawal is not null)
        {
            losses.Add("Timeline.Withdrawal", "the withdrawal's moment and reason", NoPlace, LossKind.Dropped);
        }
    }

    /// <summary>A moment as an ANS date (UTC); what of it the date does not hold is reported under
    /// <paramref name="field"/> (null: reported already).</summary>
    private static void Date(Utf8JsonWriter writer, string name, Moment moment, string? field, ref LossCollector losses)
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxLength];
        try
        {
            int written = Rfc3339.FormatUtc(moment.Instant, buffer);
            writer.WriteString(name, buffer[..written]);
        }
        catch (ArgumentException)
        {
            losses.Add(field ?? name, "the moment " + moment.Instant.ToString(), "RFC 3339 dates hold the years 0001 to 9999", LossKind.Dropped);
            return;
        }
        if (field is null)
        {
            return;
        }
        if (moment.Zone != DateTimeZone.Utc)
        {
            losses.Add(field + ".Zone", "the zone " + moment.Zone.Id, "ANS dates are UTC instants", LossKind.Dropped);
        }
        if (moment.Printed is not null)
        {
            losses.Add(field + ".Printed", "the printed stamp \"" + Excerpt.Of(moment.Printed) + "\"", NoPlace, LossKind.Dropped);
        }
        if (moment.Precision != MomentPrecision.Exact)
        {
            losses.Add(field + ".Precision", "the precision " + moment.Precision.ToString().ToLowerInvariant(), "an ANS date is an exact instant", LossKind.Dropped);
        }
        if (moment.RelativeTo is not null)
        {
            losses.Add(field + ".RelativeTo", "the instant a relative stamp was read against", NoPlace, LossKind.Dropped);
        }
    }

    // ---- Content elements --------------------------------------------------------------------------------------

    private static void Element(Utf8JsonWriter writer, Block block, string path, Dictionary<string, MediaAsset> media, ref LossCollector losses)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                Text(writer, "text", paragraph.Text, path, ref losses);
                break;
            case HeadingBlock heading:
                writer.WriteStartObject();
                writer.WriteString("type", "header");
                writer.WriteNumber("level", heading.Level);
                writer.WriteString("content", Html(heading.Text, path, ref losses));
                writer.WriteEndObject();
                break;
            case ListBlock list:
                writer.WriteStartObject();
                writer.WriteString("type", "list");
                writer.WriteString("list_type", list.Ordered ? "ordered" : "unordered");
                writer.WriteStartArray("items");
                for (int i = 0; i < list.Items.Length; i++)
                {
                    Text(writer, "text", list.Items[i], path + ".Items[" + i.ToString(CultureInfo.InvariantCulture) + "]", ref losses);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case QuoteBlock quote:
                writer.WriteStartObject();
                writer.WriteString("type", "quote");
                writer.WriteString("subtype", quote.Kind == BlockKind.PullQuote ? "pullquote" : "blockquote");
                writer.WriteStartArray("content_elements");
                Text(writer, "text", quote.Text, path, ref losses);
                writer.WriteEndArray();
                if (quote.Citation is { } citation)
                {
                    writer.WriteStartObject("citation");
                    writer.WriteString("type", "text");
                    writer.WriteString("content", BlockHtml.Escape(citation));
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
                break;
            case MediaBlock m:
                if (media.TryGetValue(m.MediaId, out var asset))
                {
                    Medium(writer, asset, media, path, ref losses);
                }
                else
                {
                    losses.Add(path, "a media block whose asset " + Excerpt.Of(m.MediaId) + " is not among the article's media", NoPlace, LossKind.Dropped);
                }
                break;
            case EmbedBlock embed:
                writer.WriteStartObject();
                writer.WriteString("type", "oembed_response");
                if (embed.Provider is { } provider)
                {
                    writer.WriteString("subtype", provider);
                }
                writer.WriteStartObject("raw_oembed");
                writer.WriteString("url", embed.Url);
                if (embed.FallbackHtml is { } fallback)
                {
                    writer.WriteString("html", fallback);
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case TableBlock table:
                writer.WriteStartObject();
                writer.WriteString("type", "table");
                int first = 0;
                if (table.HeaderRow && table.Rows.Length > 0)
                {
                    writer.WriteStartArray("header");
                    Cells(writer, table.Rows[0], path, ref losses);
                    writer.WriteEndArray();
                    first = 1;
                }
                writer.WriteStartArray("rows");
                for (int r = first; r < table.Rows.Length; r++)
                {
                    writer.WriteStartArray();
                    Cells(writer, table.Rows[r], path, ref losses);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case DividerBlock:
                writer.WriteStartObject();
                writer.WriteString("type", "divider");
                writer.WriteEndObject();
                break;
            case PreformattedBlock pre:
                writer.WriteStartObject();
                writer.WriteString("type", "code");
                writer.WriteString("content", pre.Text);
                writer.WriteString("language", "text");
                writer.WriteEndObject();
                break;
            case RelatedLinkBlock link:
                writer.WriteStartObject();
                writer.WriteString("type", "interstitial_link");
                writer.WriteString("url", link.Url);
                writer.WriteString("content", link.Title);
                writer.WriteEndObject();
                if (link.ArticleId is not null)
                {
                    losses.Add(path + ".ArticleId", "the linked article's id", "an interstitial link holds a URL and its text", LossKind.Dropped);
                }
                break;
            case RawHtmlBlock raw:
                writer.WriteStartObject();
                writer.WriteString("type", "raw_html");
                writer.WriteString("content", raw.Html);
                writer.WriteEndObject();
                break;
            default:
                losses.Add(path, "a " + block.Kind.ToString().ToLowerInvariant() + " block", NoPlace, LossKind.Dropped);
                break;
        }
    }

    private static void Text(Utf8JsonWriter writer, string type, InlineText text, string path, ref LossCollector losses)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("content", Html(text, path, ref losses));
        writer.WriteEndObject();
    }

    private static void Cells(Utf8JsonWriter writer, System.Collections.Immutable.ImmutableArray<InlineText> cells, string path, ref LossCollector losses)
    {
        foreach (var cell in cells)
        {
            Text(writer, "text", cell, path, ref losses);
        }
    }

    private static string Html(InlineText text, string path, ref LossCollector losses)
    {
        var rendered = BlockHtml.Render(text);
        losses.AddAll(path, rendered.Losses);
        return rendered.Value;
    }

    private static void Medium(Utf8JsonWriter writer, MediaAsset asset, Dictionary<string, MediaAsset> media, string path, ref LossCollector losses)
    {
        writer.WriteStartObject();
        writer.WriteString("type", asset.Kind switch
        {
            MediaKind.Video => "video",
            MediaKind.Audio => "audio",
            MediaKind.Gallery => "gallery",
            _ => "image",
        });
        writer.WriteString("version", AnsSerializer.Version);
        writer.WriteString("_id", asset.Id.StartsWith("ans-", StringComparison.Ordinal) ? asset.Id[4..] : asset.Id);
        switch (asset.Kind)
        {
            case MediaKind.Image:
                if (asset.Uri is { } url)
                {
                    writer.WriteString("url", url);
                }
                if (asset.Caption is { } caption)
                {
                    writer.WriteString("caption", caption.Text);
                }
                if (asset.AltText is { } alt)
                {
                    writer.WriteString("alt_text", alt);
                }
                if (asset.Width is int width)
                {
                    writer.WriteNumber("width", width);
                }
                if (asset.Height is int height)
                {
                    writer.WriteNumber("height", height);
                }
                break;
            case MediaKind.Video:
                if (asset.Caption is { } description)
                {
                    writer.WriteStartObject("description");
                    writer.WriteString("basic", description.Text);
                    writer.WriteEndObject();
                }
                if (asset.Duration is { } duration)
                {
                    writer.WriteNumber("duration", (long)duration.TotalMilliseconds);
                }
                writer.WriteStartArray("streams");
                if (asset.Renditions.IsEmpty && asset.Uri is { } only)
                {
                    writer.WriteStartObject();
                    writer.WriteString("url", only);
                    writer.WriteEndObject();
                }
                foreach (var rendition in asset.Renditions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("url", rendition.Uri);
                    if (rendition.Width is int w)
                    {
                        writer.WriteNumber("width", w);
                    }
                    if (rendition.Height is int h)
                    {
                        writer.WriteNumber("height", h);
                    }
                    if (rendition.Name is { } name)
                    {
                        writer.WriteString("stream_type", name);
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                break;
            case MediaKind.Gallery:
                if (asset.Caption is { } headline)
                {
                    writer.WriteStartObject("headlines");
                    writer.WriteString("basic", headline.Text);
                    writer.WriteEndObject();
                }
                writer.WriteStartArray("content_elements");
                foreach (var item in asset.Items)
                {
                    if (media.TryGetValue(item, out var image) && image.Kind == MediaKind.Image)
                    {
                        Medium(writer, image, media, path + ".Items", ref losses);
                    }
                    else
                    {
                        losses.Add(path + ".Items", "the gallery item " + Excerpt.Of(item), "an ANS gallery holds images of the article's media", LossKind.Dropped);
                    }
                }
                writer.WriteEndArray();
                break;
            case MediaKind.Audio:
                if (asset.Uri is { } audio)
                {
                    writer.WriteStartArray("streams");
                    writer.WriteStartObject();
                    writer.WriteString("url", audio);
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }
                break;
        }
        if (asset.Credit is { } credit)
        {
            Credits(writer, [credit], path + ".Credit", ref losses);
        }
        writer.WriteEndObject();
        var lost = new List<string>(3);
        if (asset.Caption is { Marks.IsEmpty: false })
        {
            lost.Add("its caption's links and emphasis");
        }
        if (asset.MediaType is not null)
        {
            lost.Add("its media type");
        }
        if (asset.Rights is not null)
        {
            lost.Add("its rights");
        }
        if (asset.Kind != MediaKind.Video && !asset.Renditions.IsEmpty)
        {
            lost.Add("its renditions");
        }
        if (asset.Kind == MediaKind.Audio && (asset.Caption is not null || asset.AltText is not null || asset.Duration is not null))
        {
            lost.Add("its caption, text and duration");
        }
        if (asset.Kind is MediaKind.Video or MediaKind.Gallery && (asset.AltText is not null || asset.Width is not null || asset.Height is not null))
        {
            lost.Add("its alternative text and size");
        }
        if (lost.Count > 0)
        {
            losses.Add(path, Excerpt.Of(asset.Id) + ": " + string.Join(", ", lost), NoPlace, LossKind.Dropped);
        }
    }

    private static string Count(int n, string what) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? string.Empty : "s");
}
