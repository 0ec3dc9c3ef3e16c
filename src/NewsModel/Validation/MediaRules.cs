using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Validation;

/// <summary>A rule that judges each media asset on its own and reports the wrong ones at one member.</summary>
internal sealed class MediaAssetRule(string code, Severity severity, string title, Func<MediaAsset, bool> wrong, string member, string says)
    : ArticleRule(code, severity, title)
{
    internal static MediaAssetRule AltMissing() => new(
        RuleCodes.MediaAltMissing, Severity.Error, "An image must have alt text for readers who cannot see it.",
        static asset => asset.Kind == MediaKind.Image && (asset.AltText is null || TextScan.IsBlank(asset.AltText)),
        "altText", "has no alt text; describe what it shows for readers who cannot see it (screen readers, images switched off).");

    internal static MediaAssetRule CreditMissing() => new(
        RuleCodes.MediaCreditMissing, Severity.Warning, "An image should have a credit or rights: who made it, or on what terms it is used.",
        static asset => asset.Kind == MediaKind.Image && asset.Credit is null && asset.Rights is null,
        "credit", "has neither a credit nor rights; say who took it (or which agency supplied it) and on what terms it may be used.");

    internal static MediaAssetRule UriMissing() => new(
        RuleCodes.MediaUriMissing, Severity.Error, "An image, video or audio asset must have a URI or a rendition: something to show or play.",
        static asset => asset.Kind != MediaKind.Gallery && asset.Uri is null && asset.Renditions.IsEmpty,
        "uri", "has no URI and no rendition, so there is nothing to show or play; give where the file is.");

    /// <summary>Reports, at <c>media[i].{member}</c>, each asset that is wrong: <c>Image "harbour-1" (media 1) {says}</c>.</summary>
    public override void Check(Article article, ref ValidationContext context)
    {
        var media = article.Media;
        for (int i = 0; i < media.Length; i++)
        {
            if (wrong(media[i]))
            {
                context.Report(Paths.Media(i, member), $"{Describe.Media(media, i)} {says}");
            }
        }
    }
}

internal sealed class MediaGalleryRule() : ArticleRule(RuleCodes.MediaGalleryInvalid, Severity.Error, "A gallery must have items, none of them a gallery.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var media = article.Media;
        Dictionary<string, MediaKind>? kinds = null;
        for (int i = 0; i < media.Length; i++)
        {
            var gallery = media[i];
            if (gallery.Kind != MediaKind.Gallery)
            {
                continue;
            }
            if (gallery.Items.IsEmpty)
            {
                context.Report(Paths.Media(i, "items"), $"{Describe.Media(media, i)} has no items; add its images or remove it.");
                continue;
            }
            if (media.Length > Groups.SmallCount)
            {
                // One look-up per item rather than a walk over every asset.
                kinds ??= KindsById(media);
            }
            for (int j = 0; j < gallery.Items.Length; j++)
            {
                if (KindOf(media, kinds, gallery.Items[j]) == MediaKind.Gallery)
                {
                    context.Report(
                        Paths.Media(i, Paths.Item("items", j)),
                        string.Create(CultureInfo.InvariantCulture, $"{Describe.Media(media, i)} lists the gallery \"{Excerpt.Of(gallery.Items[j])}\" as item {j + 1}; galleries do not nest (ninjs, ANS and schema.org galleries hold images and videos). List its items instead."));
                }
            }
        }
    }

    private static Dictionary<string, MediaKind> KindsById(ImmutableArray<MediaAsset> media)
    {
        var kinds = new Dictionary<string, MediaKind>(media.Length, StringComparer.Ordinal);
        foreach (var asset in media)
        {
            kinds[asset.Id] = asset.Kind;
        }
        return kinds;
    }

    /// <summary>The kind of the asset with an id (the article guarantees there is one), or null.</summary>
    private static MediaKind? KindOf(ImmutableArray<MediaAsset> media, Dictionary<string, MediaKind>? kinds, string id)
    {
        if (kinds is not null)
        {
            return kinds.TryGetValue(id, out var kind) ? kind : null;
        }
        foreach (var asset in media)
        {
            if (string.Equals(asset.Id, id, StringComparison.Ordinal))
            {
                return asset.Kind;
            }
        }
        return null;
    }
}

internal sealed class MediaLeadRule() : ArticleRule(RuleCodes.MediaLeadKind, Severity.Warning, "The lead media should be something to see: an image, a video or a gallery.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        if (article.LeadMedia is { } id && article.FindMedia(id) is { Kind: MediaKind.Audio })
        {
            context.Report(
                "leadMedia",
                $"The lead media \"{Excerpt.Of(id)}\" is an audio recording; teasers, cards and schema.org's image need a picture. Lead with an image, video or gallery and place the audio in the body.");
        }
    }
}
