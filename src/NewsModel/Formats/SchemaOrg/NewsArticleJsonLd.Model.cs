using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace NewsModel.Formats.SchemaOrg;

/// <summary>The JSON-LD terms of what Model 2 added: status, media, sections, keywords, subjects, genres, rights,
/// identities.</summary>
public static partial class NewsArticleJsonLd
{
    private static readonly string[] Statuses = ["Published", "Draft", "Scheduled", "Withdrawn"];

    private const string MediaDetail = "what ImageObject, VideoObject and AudioObject do not hold here: media ids, alt text, caption marks, "
        + "the credit's structure (written as creditText), renditions, galleries, usage terms, and credits and notices when pending terms are off";

    /// <summary>Writes <c>creativeWorkStatus</c> (a pending term) and reports the lifecycle schema.org has no term for; a missing
    /// publication time is reported too (datePublished is left out).</summary>
    private static void WriteStatus(Utf8JsonWriter writer, Article article, bool pending, ref LossCollector losses)
    {
        if (pending)
        {
            writer.WriteString("creativeWorkStatus"u8, Statuses[(int)article.Status]);
        }
        else
        {
            losses.Add("Status", "the status (creativeWorkStatus)", Pending, LossKind.Dropped);
        }
        var timeline = article.Timeline;
        if (timeline.Published is null)
        {
            losses.Add("Timeline.Published", "none: the article is not published, so datePublished is left out (search engines expect one of a NewsArticle)", NotPublished, LossKind.Dropped);
        }
        if (timeline.Scheduled is not null)
        {
            losses.Add("Timeline.Scheduled", "the scheduled publication time", NoTerm, LossKind.Dropped);
        }
        if (timeline.Withdrawal is not null)
        {
            losses.Add("Timeline.Withdrawal", "the withdrawal's time and reason (creativeWorkStatus says only Withdrawn)", NoTerm, LossKind.Dropped);
        }
        if (!timeline.Revisions.IsEmpty)
        {
            losses.Add("Timeline.Revisions", "the revisions (moments and notes)", NoTerm, LossKind.Dropped);
        }
    }

    private const string NotPublished = "a draft or scheduled article has no publication time";

    /// <summary>Writes <c>image</c> (the lead first, then the other images), <c>video</c> and <c>audio</c>.</summary>
    private static void WriteMedia(Utf8JsonWriter writer, Article article, bool pending, ref LossCollector losses)
    {
        if (article.Media.IsEmpty)
        {
            return;
        }
        var lead = article.LeadMedia is null ? null : article.FindMedia(article.LeadMedia);
        bool lossy = false;
        WriteMediaKind(writer, pending, "image"u8, MediaKind.Image, article.Media, lead, ref lossy);
        WriteMediaKind(writer, pending, "video"u8, MediaKind.Video, article.Media, lead, ref lossy);
        WriteMediaKind(writer, pending, "audio"u8, MediaKind.Audio, article.Media, lead, ref lossy);
        foreach (var asset in article.Media)
        {
            lossy |= asset.Kind == MediaKind.Gallery || asset.AltText is not null || !asset.Renditions.IsEmpty || asset.Credit is not null
                || asset.Caption?.Marks.IsEmpty == false || asset.Rights?.LicenseUrl is not null || asset.Rights?.UsageTerms is not null;
        }
        losses.Add("Media", lossy ? MediaDetail : "the media ids", NoTerm, LossKind.Approximated);
    }

    private static void WriteMediaKind(Utf8JsonWriter writer, bool pending, ReadOnlySpan<byte> member, MediaKind kind, ImmutableArray<MediaAsset> media, MediaAsset? lead, ref bool lossy)
    {
        bool started = false;
        if (lead?.Kind == kind)
        {
            writer.WriteStartArray(member);
            started = true;
            lossy |= !WriteMediaObject(writer, lead, pending);
        }
        foreach (var asset in media)
        {
            if (asset.Kind != kind || ReferenceEquals(asset, lead))
            {
                continue;
            }
            if (!started)
            {
                writer.WriteStartArray(member);
                started = true;
            }
            lossy |= !WriteMediaObject(writer, asset, pending);
        }
        if (started)
        {
            writer.WriteEndArray();
        }
    }

    /// <summary>Writes one ImageObject, VideoObject or AudioObject; false when something of it is left out: it has no URI
    /// (its first rendition's is used, or none), or a credit or notice needs a pending term that is off.</summary>
    private static bool WriteMediaObject(Utf8JsonWriter writer, MediaAsset asset, bool pending)
    {
        writer.WriteStartObject();
        writer.WriteString(JAttype, asset.Kind switch
        {
            MediaKind.Video => "VideoObject"u8,
            MediaKind.Audio => "AudioObject"u8,
            _ => "ImageObject"u8,
        });
        var uri = asset.Uri ?? (asset.Renditions.IsEmpty ? null : asset.Renditions[0].Uri);
        if (uri is not null)
        {
            if (asset.Kind == MediaKind.Image)
            {
                writer.WriteString(JUrl, uri);
            }
            else
            {
                writer.WriteString("contentUrl"u8, uri);
            }
        }
        if (asset.MediaType is not null)
        {
            writer.WriteString("encodingFormat"u8, asset.MediaType);
        }
        if (asset.Width is { } width)
        {
            writer.WriteNumber("width"u8, width);
        }
        if (asset.Height is { } height)
        {
            writer.WriteNumber("height"u8, height);
        }
        if (asset.Duration is { } duration)
        {
            writer.WriteString("duration"u8, IsoDuration(duration));
        }
        if (asset.Caption is not null)
        {
            writer.WriteString("caption"u8, asset.Caption.Text);
        }
        if (asset.Credit is not null && pending)
        {
            writer.WriteString("creditText"u8, asset.Credit.Printed ?? asset.Credit.Name);
        }
        if (asset.Rights is { } rights)
        {
            WriteRightsTerms(writer, rights, pending);
        }
        writer.WriteEndObject();
        return asset.Uri is not null && (pending || (asset.Credit is null && asset.Rights?.Notice is null));
    }

    /// <summary>An ISO 8601 duration in seconds (<c>PT90.5S</c>), as schema.org <c>Duration</c> takes it.</summary>
    private static string IsoDuration(NodaTime.Duration duration) =>
        "PT" + duration.TotalSeconds.ToString("0.#########", System.Globalization.CultureInfo.InvariantCulture) + "S";

    /// <summary>Writes <c>copyrightHolder</c> (an Organization: the model does not say whether the holder is a person),
    /// <c>copyrightNotice</c> (a pending term) and <c>license</c>.</summary>
    private static void WriteRightsTerms(Utf8JsonWriter writer, Rights rights, bool pending)
    {
        if (rights.Holder is not null)
        {
            writer.WritePropertyName("copyrightHolder"u8);
            WriteAgent(writer, PartyKind.Organisation, rights.Holder, null, null);
        }
        if (rights.Notice is not null && pending)
        {
            writer.WriteString("copyrightNotice"u8, rights.Notice);
        }
        if (rights.LicenseUrl is not null)
        {
            writer.WriteString("license"u8, rights.LicenseUrl);
        }
    }

    /// <summary>Writes the article's rights; the notice is a pending term.</summary>
    private static void WriteRights(Utf8JsonWriter writer, Rights? rights, bool pending, ref LossCollector losses)
    {
        if (rights is null)
        {
            return;
        }
        if (rights.Notice is not null && !pending)
        {
            losses.Add("Rights.Notice", "the copyright notice", Pending, LossKind.Dropped);
        }
        WriteRightsTerms(writer, rights, pending);
        if (rights.UsageTerms is not null)
        {
            losses.Add("Rights.UsageTerms", "the usage terms", "schema.org has no term for usage terms as text (usageInfo takes a URL)", LossKind.Dropped);
        }
    }

    /// <summary>Writes <c>articleSection</c> (the primary section, then the others), <c>keywords</c>, <c>about</c> (the
    /// subjects as Things: name, <c>sameAs</c> the concept's URI, <c>identifier</c> its <c>scheme:code</c>) and
    /// <c>genre</c> (names); reports what these do not hold.</summary>
    private static void WriteTaxonomy(Utf8JsonWriter writer, Taxonomy taxonomy, ref LossCollector losses)
    {
        if (taxonomy.PrimarySection is not null || !taxonomy.Sections.IsEmpty)
        {
            writer.WriteStartArray("articleSection"u8);
            bool identified = false;
            if (taxonomy.PrimarySection is { } primary)
            {
                writer.WriteStringValue(primary.Name);
                identified |= primary.Id is not null || primary.Url is not null;
            }
            foreach (var section in taxonomy.Sections)
            {
                writer.WriteStringValue(section.Name);
                identified |= section.Id is not null || section.Url is not null;
            }
            writer.WriteEndArray();
            if (identified)
            {
                losses.Add("Taxonomy.Sections", "the sections' ids and URLs (articleSection holds names)", NoTerm, LossKind.Approximated);
            }
        }
        if (!taxonomy.Keywords.IsEmpty)
        {
            writer.WriteStartArray("keywords"u8);
            foreach (var keyword in taxonomy.Keywords)
            {
                writer.WriteStringValue(keyword);
            }
            writer.WriteEndArray();
        }
        if (!taxonomy.Subjects.IsEmpty)
        {
            writer.WriteStartArray("about"u8);
            foreach (var subject in taxonomy.Subjects)
            {
                writer.WriteStartObject();
                writer.WriteString(JAttype, "Thing"u8);
                writer.WriteString(JName, subject.Name);
                if (subject.Uri is not null)
                {
                    writer.WriteString("sameAs"u8, subject.Uri);
                }
                if (subject.Code is not null)
                {
                    writer.WriteString(JIdentifier, subject.Scheme is null ? subject.Code : subject.Scheme + ":" + subject.Code);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (!taxonomy.Genres.IsEmpty)
        {
            writer.WriteStartArray("genre"u8);
            bool coded = false;
            foreach (var genre in taxonomy.Genres)
            {
                writer.WriteStringValue(genre.Name);
                coded |= genre.Code is not null || genre.Scheme is not null || genre.Uri is not null;
            }
            writer.WriteEndArray();
            if (coded)
            {
                losses.Add("Taxonomy.Genres", "the genres' codes, schemes and URIs (genre holds names)", NoTerm, LossKind.Approximated);
            }
        }
        if (taxonomy.Urgency is not null)
        {
            losses.Add("Taxonomy.Urgency", "the urgency", NoTerm, LossKind.Dropped);
        }
    }

    /// <summary>Writes a person or organisation with its identity: <c>@id</c> the id when it is an absolute URI (else
    /// <c>identifier</c>), <c>url</c> the profile URL.</summary>
    private static void WriteAgent(Utf8JsonWriter writer, PartyKind kind, string name, string? id, string? profileUrl)
    {
        writer.WriteStartObject();
        writer.WriteString(JAttype, kind == PartyKind.Person ? JPerson : JOrganization);
        if (id is not null)
        {
            WriteId(writer, id);
        }
        writer.WriteString(JName, name);
        if (profileUrl is not null)
        {
            writer.WriteString(JUrl, profileUrl);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes an id: as <c>@id</c> when it is an absolute URI, else as <c>identifier</c>.</summary>
    private static void WriteId(Utf8JsonWriter writer, string id)
    {
        if (Uri.TryCreate(id, UriKind.Absolute, out _))
        {
            writer.WriteString("@id"u8, id);
        }
        else
        {
            writer.WriteString(JIdentifier, id);
        }
    }

    /// <summary>The text of the blocks that have text, separated by blank lines; whether a paragraph boundary cannot be
    /// told from the text (an empty text, or one holding a blank line).</summary>
    private static (string Text, bool Ambiguous) BodyText(ImmutableArray<Block> blocks)
    {
        var builder = new StringBuilder();
        bool ambiguous = false;
        foreach (var block in blocks)
        {
            if (!block.HasText)
            {
                continue;
            }
            var text = block.PlainText;
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }
            builder.Append(text);
            ambiguous |= text.Length == 0 || text.Contains("\n\n", StringComparison.Ordinal);
        }
        return (builder.ToString(), ambiguous);
    }
}
