using System;
using System.Collections.Immutable;
using System.Text.Json;
using NewsModel.Formats.Html;

namespace NewsModel.Formats.Ninjs;

/// <summary>The ninjs members of what Model 2 added: status, urgency, rights, the HTML body, subjects and genres,
/// identities, associations.</summary>
internal static partial class NinjsWriter
{
    /// <summary>Writes <c>pubStatus</c> (published usable, draft and scheduled withheld, withdrawn canceled) and
    /// <c>urgency</c>; reports the status when ninjs cannot tell it and the lifecycle ninjs has no field for.</summary>
    private static void WriteStatus(Utf8JsonWriter writer, NinjsNames names, Article article, ref NinjsWriteLosses losses)
    {
        writer.WriteString(names.PubStatus, article.Status switch
        {
            ArticleStatus.Published => "usable",
            ArticleStatus.Withdrawn => "canceled",
            _ => "withheld",
        });
        if (article.Status is ArticleStatus.Draft or ArticleStatus.Scheduled)
        {
            losses.Add(NinjsLoss.Status);
        }
        if (article.Taxonomy.Urgency is { } urgency)
        {
            writer.WriteNumber(names.Urgency, urgency);
        }
        var timeline = article.Timeline;
        if (timeline.Scheduled is not null)
        {
            losses.Add(NinjsLoss.Scheduled);
        }
        if (timeline.Withdrawal is not null)
        {
            losses.Add(NinjsLoss.Withdrawal);
        }
        if (!timeline.Revisions.IsEmpty)
        {
            losses.Add(NinjsLoss.Revisions);
        }
    }

    /// <summary>Writes <c>copyrightHolder</c>, <c>copyrightNotice</c>, <c>usageTerms</c> and, for a licence URL that is
    /// an absolute URI, <c>rightsInfo.linkedRights</c>.</summary>
    private static void WriteRights(Utf8JsonWriter writer, NinjsNames names, Rights? rights, ref NinjsWriteLosses losses)
    {
        if (rights is null)
        {
            return;
        }
        WriteOptional(writer, names.CopyrightHolder, rights.Holder);
        WriteOptional(writer, names.CopyrightNotice, rights.Notice);
        WriteOptional(writer, names.UsageTerms, rights.UsageTerms);
        if (rights.LicenseUrl is { } license)
        {
            if (IsPlainUri(license))
            {
                writer.WriteStartObject(names.RightsInfo);
                writer.WriteString(names.LinkedRights, license);
                writer.WriteEndObject();
            }
            else
            {
                losses.Add(NinjsLoss.LicenseUrl);
            }
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes the text/html body rendered from the blocks (<see cref="BlockHtml"/>), when it is not empty.</summary>
    private static void WriteHtmlBody(Utf8JsonWriter writer, NinjsNames names, Article article, BlockHtmlOptions options, ref NinjsWriteLosses losses)
    {
        var html = BlockHtml.Render(article.Blocks, article.Media, options);
        if (!html.Losses.IsEmpty)
        {
            losses.Add(NinjsLoss.BlocksLeftOut);
        }
        foreach (var block in article.Blocks)
        {
            if (block is RelatedLinkBlock { ArticleId: not null })
            {
                losses.Add(NinjsLoss.RelatedArticles);
                break;
            }
        }
        if (html.Value.Length == 0)
        {
            return;
        }
        writer.WriteStartObject();
        writer.WriteString(names.Role, VMain);
        writer.WriteString(names.ContentType, "text/html"u8);
        writer.WriteString(names.Value, html.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes subjects and genres: name, uri, and the code as literal (<c>scheme:code</c> when there is a
    /// scheme, as an IPTC QCode); reports sections and keywords, which ninjs has no field for.</summary>
    private static void WriteTaxonomy(Utf8JsonWriter writer, NinjsNames names, Taxonomy taxonomy, ref NinjsWriteLosses losses)
    {
        WriteConcepts(writer, names.Subjects, names, taxonomy.Subjects);
        WriteConcepts(writer, names.Genres, names, taxonomy.Genres);
        if (taxonomy.PrimarySection is not null || !taxonomy.Sections.IsEmpty)
        {
            losses.Add(NinjsLoss.Sections);
        }
        if (!taxonomy.Keywords.IsEmpty)
        {
            losses.Add(NinjsLoss.Keywords);
        }
    }

    private static void WriteConcepts(Utf8JsonWriter writer, JsonEncodedText member, NinjsNames names, ImmutableArray<Concept> concepts)
    {
        if (concepts.IsEmpty)
        {
            return;
        }
        writer.WriteStartArray(member);
        foreach (var concept in concepts)
        {
            writer.WriteStartObject();
            writer.WriteString(names.Name, concept.Name);
            if (concept.Uri is not null && IsPlainUri(concept.Uri))
            {
                writer.WriteString(names.Uri, concept.Uri);
            }
            if (concept.Code is not null)
            {
                writer.WriteString(names.Literal, concept.Scheme is null ? concept.Code : concept.Scheme + ":" + concept.Code);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The absolute URI a person's or organisation's <c>uri</c> holds: the id when it is one, else the
    /// profile URL when it is one; null when neither is.</summary>
    private static string? IdentityUri(string? id, string? profileUrl) =>
        id is not null && IsPlainUri(id) ? id : profileUrl is not null && IsPlainUri(profileUrl) ? profileUrl : null;

    /// <summary>Whether <c>uri</c> cannot give back an identity exactly (read back, the uri is the id).</summary>
    private static bool LosesIdentity(string? id, string? profileUrl) => profileUrl is not null || (id is not null && !IsPlainUri(id));

    /// <summary>Writes the media as associations, the lead first (3.x: <c>rel</c> featureimage, the others media):
    /// name the media id, uri the asset's URI (else its first rendition's, else the id percent-encoded in
    /// <c>urn:newsmodel:media:</c>), type, caption and alt text as descriptions, the credit as by, the rights, and the
    /// asset itself (<c>original</c>) and its renditions as renditions.</summary>
    private static void WriteAssociations(Utf8JsonWriter writer, NinjsNames names, Article article, ref NinjsWriteLosses losses)
    {
        if (article.Media.IsEmpty)
        {
            return;
        }
        writer.WriteStartArray(names.Associations);
        var lead = article.LeadMedia is null ? null : article.FindMedia(article.LeadMedia);
        if (lead is not null)
        {
            WriteAssociation(writer, names, lead, true, ref losses);
            if (!names.HasRel)
            {
                losses.Add(NinjsLoss.LeadMedia);
            }
        }
        foreach (var asset in article.Media)
        {
            if (!ReferenceEquals(asset, lead))
            {
                WriteAssociation(writer, names, asset, false, ref losses);
            }
        }
        writer.WriteEndArray();
    }

    private static void WriteAssociation(Utf8JsonWriter writer, NinjsNames names, MediaAsset asset, bool lead, ref NinjsWriteLosses losses)
    {
        writer.WriteStartObject();
        writer.WriteString(names.Name, asset.Id);
        if (names.HasRel)
        {
            writer.WriteString(names.Rel, lead ? NinjsNames.LeadRel : NinjsNames.MediaRel);
        }
        var source = asset.Uri ?? (asset.Renditions.IsEmpty ? null : asset.Renditions[0].Uri);
        if (source is not null && IsPlainUri(source))
        {
            writer.WriteString(names.Uri, source);
        }
        else
        {
            WriteEncodedUri(writer, names.Uri, NinjsNames.MediaUrnPrefix, asset.Id);
            losses.Add(NinjsLoss.Media);
        }
        writer.WriteString(names.Type, asset.Kind switch
        {
            MediaKind.Image => "picture",
            MediaKind.Video => "video",
            MediaKind.Audio => "audio",
            _ => "composite",
        });
        if (asset.Caption is not null || asset.AltText is not null)
        {
            writer.WriteStartArray(names.Descriptions);
            WriteDescription(writer, names, "caption", asset.Caption?.Text);
            WriteDescription(writer, names, "alt", asset.AltText);
            writer.WriteEndArray();
        }
        if (asset.Credit is not null)
        {
            writer.WriteString(names.By, asset.Credit.Printed ?? asset.Credit.Name);
        }
        if (asset.Rights is { } rights)
        {
            WriteOptional(writer, names.CopyrightHolder, rights.Holder);
            WriteOptional(writer, names.CopyrightNotice, rights.Notice);
            WriteOptional(writer, names.UsageTerms, rights.UsageTerms);
        }
        if (asset.Credit is not null || asset.Rights?.LicenseUrl is not null || !asset.Items.IsEmpty || asset.Caption?.Marks.IsEmpty == false)
        {
            losses.Add(NinjsLoss.Media);
        }
        bool original = asset.Uri is not null && IsPlainUri(asset.Uri);
        var renditions = asset.Renditions;
        if (original || !renditions.IsEmpty)
        {
            writer.WriteStartArray(names.Renditions);
            if (original)
            {
                WriteRendition(writer, names, "original", asset.Uri!, asset.Width, asset.Height, asset.MediaType);
                if (asset.Duration is { } duration)
                {
                    writer.WriteNumber(names.Duration, duration.TotalSeconds);
                }
                writer.WriteEndObject();
            }
            foreach (var rendition in renditions)
            {
                if (!IsPlainUri(rendition.Uri))
                {
                    losses.Add(NinjsLoss.Media);
                    continue;
                }
                WriteRendition(writer, names, rendition.Name ?? "rendition",
                    rendition.Uri, rendition.Width, rendition.Height, rendition.MediaType);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (!original && (asset.Uri is not null || asset.Width is not null || asset.Height is not null || asset.MediaType is not null || asset.Duration is not null))
        {
            losses.Add(NinjsLoss.Media);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a rendition's members, leaving its object open.</summary>
    private static void WriteRendition(Utf8JsonWriter writer, NinjsNames names, string name, string href, int? width, int? height, string? mediaType)
    {
        writer.WriteStartObject();
        writer.WriteString(names.Name, name);
        writer.WriteString(names.Href, href);
        WriteOptional(writer, names.ContentType, mediaType);
        if (width is { } w)
        {
            writer.WriteNumber(names.Width, w);
        }
        if (height is { } h)
        {
            writer.WriteNumber(names.Height, h);
        }
    }

    private static void WriteDescription(Utf8JsonWriter writer, NinjsNames names, string role, string? value)
    {
        if (value is null)
        {
            return;
        }
        writer.WriteStartObject();
        writer.WriteString(names.Role, role);
        writer.WriteString(names.ContentType, "text/plain"u8);
        writer.WriteString(names.Value, value);
        writer.WriteEndObject();
    }
}
