using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using NewsModel.Formats.Html;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Formats.Feeds;

/// <summary>
/// Writes articles as an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed: per item the title, link, id, dates in the moment's
/// own offset, authors, categories, the standfirst as summary, the body as HTML and the lead image; what a feed cannot
/// carry is reported per item (<c>Items[i].Field</c>). XML through <see cref="XmlWriter"/>, JSON through
/// <see cref="Utf8JsonWriter"/>. Stateless and thread-safe.
/// </summary>
internal static class FeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string NoPlace = "a feed item has no place for it";

    internal static LossReport Write(IReadOnlyList<Article> articles, FeedWriteOptions options, Stream output)
    {
        var losses = new LossCollector();
        try
        {
            switch (options.Format)
            {
                case FeedFormat.Atom:
                    Atom(articles, options, output, ref losses);
                    break;
                case FeedFormat.JsonFeed:
                    JsonFeed(articles, options, output, ref losses);
                    break;
                default:
                    Rss(articles, options, output, ref losses);
                    break;
            }
        }
        catch (ArgumentException e) when (options.Format != FeedFormat.JsonFeed)
        {
            // XmlWriter refuses the control characters XML 1.0 cannot hold, which the model's texts may contain.
            throw new ArgumentException(e.Message + " XML 1.0 cannot carry it: write JSON Feed, or take the character out.", nameof(articles), e);
        }
        return losses.ToReport();
    }

    private static XmlWriter Xml(Stream output, FeedWriteOptions options) =>
        XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = options.Indented, CheckCharacters = true });

    // ---- RSS 2.0 ------------------------------------------------------------------------------------------------

    private static void Rss(IReadOnlyList<Article> articles, FeedWriteOptions options, Stream output, ref LossCollector losses)
    {
        using var xml = Xml(output, options);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteAttributeString("xmlns", "media", null, MediaNs);
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", options.Title);
        xml.WriteElementString("link", options.Link);
        xml.WriteElementString("description", options.Description ?? options.Title);
        if (options.FeedUrl is { } self)
        {
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", self);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
        }
        if (Latest(articles) is { } latest)
        {
            xml.WriteElementString("lastBuildDate", Rfc822(latest));
        }
        for (int i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var path = Path(i);
            xml.WriteStartElement("item");
            xml.WriteElementString("title", a.Headline);
            if (a.CanonicalUrl is { } link)
            {
                xml.WriteElementString("link", link);
            }
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", a.Id == a.CanonicalUrl ? "true" : "false");
            xml.WriteString(a.Id);
            xml.WriteEndElement();
            if (a.Timeline.Published is { } published)
            {
                xml.WriteElementString("pubDate", Rfc822(published));
                Moment(published, path + ".Timeline.Published", "pubDate keeps the offset, not the zone", ref losses);
            }
            foreach (var credit in a.Credits)
            {
                xml.WriteElementString("dc", "creator", DcNs, credit.Name);
            }
            foreach (var term in Terms(a))
            {
                xml.WriteElementString("category", term);
            }
            if (a.Standfirst is { } standfirst)
            {
                xml.WriteElementString("description", standfirst);
            }
            xml.WriteStartElement("content", "encoded", ContentNs);
            xml.WriteCData(Body(a, path, ref losses).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
            xml.WriteEndElement();
            if (Lead(a) is { } lead)
            {
                xml.WriteStartElement("media", "content", MediaNs);
                xml.WriteAttributeString("url", lead.Uri);
                xml.WriteAttributeString("medium", "image");
                if (lead.MediaType is { } type)
                {
                    xml.WriteAttributeString("type", type);
                }
                if (lead.Width is int width && lead.Height is int height)
                {
                    xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("height", height.ToString(CultureInfo.InvariantCulture));
                }
                xml.WriteEndElement();
            }
            Dropped(a, path, FeedFormat.Rss, ref losses);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>An RFC 822 date as RSS writes it, in the moment's own offset: <c>Mon, 31 Mar 2014 05:31:00 +0800</c>.</summary>
    private static string Rfc822(Moment moment)
    {
        var zoned = moment.Instant.InZone(moment.Zone);
        var offset = zoned.Offset;
        if (offset.Seconds % 60 != 0)
        {
            zoned = moment.Instant.InUtc();
            offset = Offset.Zero;
        }
        int minutes = Math.Abs(offset.Seconds) / 60;
        return zoned.ToString("ddd, dd MMM uuuu HH:mm:ss", CultureInfo.InvariantCulture)
            + (offset.Seconds < 0 ? " -" : " +") + (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + (minutes % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    // ---- Atom 1.0 -----------------------------------------------------------------------------------------------

    private static void Atom(IReadOnlyList<Article> articles, FeedWriteOptions options, Stream output, ref LossCollector losses)
    {
        using var xml = Xml(output, options);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNs);
        xml.WriteElementString("id", AtomNs, options.FeedUrl ?? options.Link);
        xml.WriteElementString("title", AtomNs, options.Title);
        if (options.Description is { } subtitle)
        {
            xml.WriteElementString("subtitle", AtomNs, subtitle);
        }
        xml.WriteElementString("updated", AtomNs, Rfc3339(Latest(articles)?.Instant ?? NodaConstants.UnixEpoch, Offset.Zero));
        AtomLink(xml, options.Link, "alternate", "text/html");
        if (options.FeedUrl is { } self)
        {
            AtomLink(xml, self, "self", "application/atom+xml");
        }
        for (int i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var path = Path(i);
            xml.WriteStartElement("entry", AtomNs);
            xml.WriteElementString("id", AtomNs, AtomId(a.Id));
            if (AtomId(a.Id) != a.Id)
            {
                losses.Add(path + ".Id", "the id " + Excerpt.Of(a.Id) + ", written as a tag: URI", "an Atom id is an IRI", LossKind.Approximated);
            }
            xml.WriteElementString("title", AtomNs, a.Headline);
            // Atom requires updated: the latest moment, or the creation of a draft, or the epoch (reported).
            var updated = a.Timeline.Latest ?? a.Timeline.Created;
            xml.WriteElementString("updated", AtomNs, updated is null ? Rfc3339(NodaConstants.UnixEpoch, Offset.Zero) : Rfc3339(updated));
            if (updated is null)
            {
                losses.Add(path + ".Timeline", "no moment; updated written as 1970-01-01T00:00:00Z", "an Atom entry needs updated", LossKind.Substituted);
            }
            if (a.Timeline.Published is { } published)
            {
                xml.WriteElementString("published", AtomNs, Rfc3339(published));
                Moment(published, path + ".Timeline.Published", "Atom dates keep the offset, not the zone", ref losses);
            }
            if (a.Timeline.Updated is { } changed)
            {
                Moment(changed, path + ".Timeline.Updated", "Atom dates keep the offset, not the zone", ref losses);
            }
            if (a.CanonicalUrl is { } link)
            {
                AtomLink(xml, link, "alternate", "text/html");
            }
            foreach (var credit in a.Credits)
            {
                xml.WriteStartElement("author", AtomNs);
                xml.WriteElementString("name", AtomNs, credit.Name);
                if (credit.ProfileUrl is { } url)
                {
                    xml.WriteElementString("uri", AtomNs, url);
                }
                xml.WriteEndElement();
            }
            foreach (var term in Terms(a))
            {
                xml.WriteStartElement("category", AtomNs);
                xml.WriteAttributeString("term", term);
                xml.WriteEndElement();
            }
            if (a.Standfirst is { } standfirst)
            {
                xml.WriteElementString("summary", AtomNs, standfirst);
            }
            xml.WriteStartElement("content", AtomNs);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(Body(a, path, ref losses));
            xml.WriteEndElement();
            if (Lead(a) is { } lead)
            {
                AtomLink(xml, lead.Uri!, "enclosure", lead.MediaType ?? "image/jpeg");
            }
            Dropped(a, path, FeedFormat.Atom, ref losses);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void AtomLink(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>An Atom id: the article's id when it is an absolute URI, else a <c>tag:</c> URI holding it.</summary>
    private static string AtomId(string id) =>
        Uri.TryCreate(id, UriKind.Absolute, out _) && id.IndexOf(':', StringComparison.Ordinal) > 1 ? id : IdTag + Uri.EscapeDataString(id);

    /// <summary>The <c>tag:</c> URI prefix of an article id that is no URI, written as an Atom id (the reader takes it
    /// off again).</summary>
    internal const string IdTag = "tag:newsmodel,2025:";

    private static string Rfc3339(Moment moment) => Rfc3339(moment.Instant, moment.Instant.InZone(moment.Zone).Offset);

    private static string Rfc3339(Instant instant, Offset offset)
    {
        Span<byte> buffer = stackalloc byte[40];
        int written = Formats.Rfc3339.Format(instant, Rfc3339Offset(offset), buffer);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    private static Offset Rfc3339Offset(Offset offset) => Formats.Rfc3339.IsWritable(offset) ? offset : Offset.Zero;

    // ---- JSON Feed 1.1 --------------------------------------------------------------------------------------------

    private static void JsonFeed(IReadOnlyList<Article> articles, FeedWriteOptions options, Stream output, ref LossCollector losses)
    {
        using var json = new Utf8JsonWriter(output, FormatNames.DataWriterOptions(options.Indented));
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", options.Title);
        json.WriteString("home_page_url", options.Link);
        if (options.FeedUrl is { } self)
        {
            json.WriteString("feed_url", self);
        }
        if (options.Description is { } description)
        {
            json.WriteString("description", description);
        }
        json.WriteStartArray("items");
        for (int i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var path = Path(i);
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            if (a.CanonicalUrl is { } url)
            {
                json.WriteString("url", url);
            }
            json.WriteString("title", a.Headline);
            json.WriteString("content_html", Body(a, path, ref losses));
            if (a.Standfirst is { } standfirst)
            {
                json.WriteString("summary", standfirst);
            }
            if (Lead(a) is { } lead)
            {
                json.WriteString("image", lead.Uri);
            }
            if (a.Timeline.Published is { } published)
            {
                json.WriteString("date_published", Rfc3339(published));
                Moment(published, path + ".Timeline.Published", "JSON Feed dates keep the offset, not the zone", ref losses);
            }
            if (a.Timeline.Updated is { } updated)
            {
                json.WriteString("date_modified", Rfc3339(updated));
                Moment(updated, path + ".Timeline.Updated", "JSON Feed dates keep the offset, not the zone", ref losses);
            }
            if (!a.Credits.IsEmpty)
            {
                json.WriteStartArray("authors");
                foreach (var credit in a.Credits)
                {
                    json.WriteStartObject();
                    json.WriteString("name", credit.Name);
                    if (credit.ProfileUrl is { } profile)
                    {
                        json.WriteString("url", profile);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            var terms = Terms(a).ToList();
            if (terms.Count > 0)
            {
                json.WriteStartArray("tags");
                foreach (var term in terms)
                {
                    json.WriteStringValue(term);
                }
                json.WriteEndArray();
            }
            json.WriteString("language", a.Language);
            Dropped(a, path, FeedFormat.JsonFeed, ref losses);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // ---- What every format shares --------------------------------------------------------------------------------

    private static string Path(int i) => "Items[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    private static Moment? Latest(IReadOnlyList<Article> articles)
    {
        Moment? latest = null;
        foreach (var a in articles)
        {
            if (a.Timeline.Latest is { } m && (latest is null || m.Instant > latest.Instant))
            {
                latest = m;
            }
        }
        return latest;
    }

    /// <summary>The body as HTML (raw HTML blocks and embeds' fallback markup left out and reported, as
    /// <see cref="BlockHtml"/> does).</summary>
    private static string Body(Article a, string path, ref LossCollector losses)
    {
        var html = BlockHtml.Render(a);
        losses.AddAll(path, html.Losses);
        return html.Value;
    }

    /// <summary>The sections, subjects and keywords, as the category names a feed has.</summary>
    private static IEnumerable<string> Terms(Article a)
    {
        var taxonomy = a.Taxonomy;
        if (taxonomy is null)
        {
            yield break;
        }
        if (taxonomy.PrimarySection is { } primary)
        {
            yield return primary.Name;
        }
        foreach (var section in taxonomy.Sections)
        {
            yield return section.Name;
        }
        foreach (var subject in taxonomy.Subjects)
        {
            yield return subject.Name;
        }
        foreach (var keyword in taxonomy.Keywords)
        {
            yield return keyword;
        }
    }

    private static MediaAsset? Lead(Article a) =>
        a.LeadMedia is { } id && a.Media.FirstOrDefault(m => m.Id == id) is { Kind: MediaKind.Image, Uri: { } uri } lead && BlockHtml.IsSafeLink(uri) ? lead : null;

    private static void Moment(Moment moment, string field, string zoneReason, ref LossCollector losses)
    {
        losses.Add(field + ".Zone", "the zone " + moment.Zone.Id, zoneReason, LossKind.Dropped);
        if (moment.Printed is not null)
        {
            losses.Add(field + ".Printed", "the printed stamp \"" + Excerpt.Of(moment.Printed) + "\"", NoPlace, LossKind.Dropped);
        }
        if (moment.Precision != MomentPrecision.Exact && moment.Precision != MomentPrecision.Second)
        {
            losses.Add(field + ".Precision", "the precision " + moment.Precision.ToString().ToLowerInvariant(), "a feed's date is a time to the second", LossKind.Dropped);
        }
        if (moment.RelativeTo is not null)
        {
            losses.Add(field + ".RelativeTo", "the instant a relative stamp was read against", NoPlace, LossKind.Dropped);
        }
    }

    /// <summary>What no feed format holds (and, by <paramref name="format"/>, what one of them does not).</summary>
    private static void Dropped(Article a, string path, FeedFormat format, ref LossCollector losses)
    {
        var timeline = a.Timeline;
        if (format == FeedFormat.Rss && timeline.Updated is not null)
        {
            losses.Add(path + ".Timeline.Updated", "the update moment", "an RSS item has one date", LossKind.Dropped);
        }
        if (format != FeedFormat.JsonFeed)
        {
            losses.Add(path + ".Language", "the language " + a.Language, "an " + (format == FeedFormat.Rss ? "RSS item" : "Atom entry") + " has no language of its own", LossKind.Dropped);
        }
        losses.Add(path + ".Publication", "the publication " + Excerpt.Of(a.Publication.Name) + " and its zone " + a.Publication.Zone.Id,
            "a feed names itself (FeedWriteOptions.Title), not its items' publication", LossKind.Dropped);
        if (timeline.Created is not null)
        {
            losses.Add(path + ".Timeline.Created", "the creation moment", NoPlace, LossKind.Dropped);
        }
        if (timeline.EmbargoedUntil is not null)
        {
            losses.Add(path + ".Timeline.EmbargoedUntil", "the embargo", NoPlace, LossKind.Dropped);
        }
        if (!timeline.Corrections.IsEmpty)
        {
            losses.Add(path + ".Timeline.Corrections", "the corrections", NoPlace, LossKind.Dropped);
        }
        if (timeline.Scheduled is not null)
        {
            losses.Add(path + ".Timeline.Scheduled", "the scheduled moment", NoPlace, LossKind.Dropped);
        }
        if (timeline.Withdrawal is not null)
        {
            losses.Add(path + ".Timeline.Withdrawal", "the withdrawal", NoPlace, LossKind.Dropped);
        }
        if (!timeline.Revisions.IsEmpty)
        {
            losses.Add(path + ".Timeline.Revisions", "the revisions", NoPlace, LossKind.Dropped);
        }
        if (a.Credits.Any(c => c.Role != CreditRole.Author || c.Kind != PartyKind.Person || c.Printed is not null || c.Id is not null
            || (format == FeedFormat.Rss && c.ProfileUrl is not null)))
        {
            losses.Add(path + ".Credits", "the credits' roles, kinds, bylines and ids" + (format == FeedFormat.Rss ? " and profiles" : string.Empty),
                "a feed names its items' authors" + (format == FeedFormat.Rss ? " (dc:creator)" : string.Empty), LossKind.Dropped);
        }
        var taxonomy = a.Taxonomy;
        if ((taxonomy.PrimarySection is { } primary && (primary.Id is not null || primary.Url is not null))
            || taxonomy.Sections.Any(x => x.Id is not null || x.Url is not null)
            || taxonomy.Subjects.Any(x => x.Code is not null || x.Scheme is not null || x.Uri is not null)
            || !taxonomy.Genres.IsEmpty || taxonomy.Urgency is not null || (taxonomy.PrimarySection is not null && !taxonomy.Sections.IsEmpty))
        {
            losses.Add(path + ".Taxonomy", "which term is a section, a subject or a keyword, their ids, schemes and URIs, the genres and the urgency",
                "a feed's categories are plain terms", LossKind.Dropped);
        }
        if (!a.Quotes.IsEmpty || !a.Parties.IsEmpty)
        {
            losses.Add(path + ".Quotes", "the quotes' speakers, cues and channels (their words stay in the body)", NoPlace, LossKind.Dropped);
        }
        if (a.Rights is not null)
        {
            losses.Add(path + ".Rights", "the rights", NoPlace, LossKind.Dropped);
        }
        if (a.Dateline is not null || !a.Places.IsEmpty)
        {
            losses.Add(path + ".Dateline", "the dateline and places", NoPlace, LossKind.Dropped);
        }
        if (a.Status != ArticleStatus.Published)
        {
            losses.Add(path + ".Status", "the status " + a.Status.ToString().ToLowerInvariant(), "a feed lists what is published", LossKind.Dropped);
        }
        if (a.Media.Length > (a.LeadMedia is null ? 0 : 1) && a.Media.Any(m => m.Id != a.LeadMedia && !a.Blocks.OfType<MediaBlock>().Any(b => b.MediaId == m.Id)))
        {
            losses.Add(path + ".Media", "media shown by no block", NoPlace, LossKind.Dropped);
        }
        if (a.LeadMedia is { } leadId && a.Media.FirstOrDefault(m => m.Id == leadId) is { } lead)
        {
            bool shown = a.Blocks.OfType<MediaBlock>().Any(b => b.MediaId == leadId);
            if (Lead(a) is null)
            {
                losses.Add(path + ".Media", "the lead " + lead.Kind.ToString().ToLowerInvariant() + (shown ? " (shown in the body, not as the item's image)" : string.Empty),
                    "a feed item's image is an image with a web URL", LossKind.Dropped);
            }
            else if (!shown && (lead.Caption is not null || lead.Credit is not null || lead.Rights is not null || lead.AltText is not null || !lead.Renditions.IsEmpty))
            {
                losses.Add(path + ".Media", "the lead image's caption, credit, rights, text and renditions", "a feed item's image is its URL" + (format == FeedFormat.Rss ? ", type and size" : string.Empty), LossKind.Dropped);
            }
        }
    }
}
