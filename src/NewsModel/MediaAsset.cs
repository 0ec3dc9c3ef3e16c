using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NodaTime;

namespace NewsModel;

/// <summary>
/// An image, video, audio recording or gallery the article carries: its id (what <see cref="MediaBlock"/> and
/// <see cref="Article.LeadMedia"/> refer to), URI, media type, alt text, caption, credit, rights, size, duration and
/// renditions.
/// </summary>
/// <remarks>
/// <para>The constructor rejects what can never be valid: sizes that are not positive, a negative duration, a duration
/// on an image or gallery, gallery items on another kind. What is possible but unpublishable (an image without alt text,
/// credit or rights; a media asset without a URI) is reported by the validators.</para>
/// <para>Equality: every member equal (texts ordinal, collections in order). Immutable and thread-safe.</para>
/// </remarks>
public sealed class MediaAsset : IEquatable<MediaAsset>
{
    /// <summary>Creates a media asset.</summary>
    /// <param name="id">Its id within the article (a CMS id or a URI); not empty.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="uri">Where the original is, as given, or null (a gallery has none).</param>
    /// <param name="mediaType">Its media type ("image/jpeg"), or null.</param>
    /// <param name="altText">Alternative text for readers who cannot see it, or null.</param>
    /// <param name="caption">Its caption as inline text, or null.</param>
    /// <param name="credit">Its credit (a photographer, an agency), or null.</param>
    /// <param name="rights">Its rights, or null.</param>
    /// <param name="width">Its width in pixels, or null.</param>
    /// <param name="height">Its height in pixels, or null.</param>
    /// <param name="duration">A video's or audio's duration, or null.</param>
    /// <param name="renditions">Its renditions, or null for none.</param>
    /// <param name="items">A gallery's items: ids of the article's other media, in order; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, an element is null or empty, a duration stands on an image
    /// or gallery, or items on another kind than a gallery.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive or the duration is negative.</exception>
    public MediaAsset(
        string id,
        MediaKind kind,
        string? uri = null,
        string? mediaType = null,
        string? altText = null,
        InlineText? caption = null,
        Credit? credit = null,
        Rights? rights = null,
        int? width = null,
        int? height = null,
        Duration? duration = null,
        IEnumerable<Rendition>? renditions = null,
        IEnumerable<string>? items = null)
    {
        Id = Preconditions.CheckNotEmpty(id);
        Kind = Preconditions.CheckDefined(kind);
        Uri = Preconditions.CheckOptionalNotEmpty(uri);
        MediaType = Preconditions.CheckOptionalNotEmpty(mediaType);
        AltText = Preconditions.CheckOptionalNotEmpty(altText);
        Caption = caption;
        Credit = credit;
        Rights = rights;
        Width = CheckSize(width, nameof(width));
        Height = CheckSize(height, nameof(height));
        if (duration is { } d)
        {
            if (d < NodaTime.Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(duration), d, "A duration is not negative.");
            }
            Preconditions.CheckArgument(kind is MediaKind.Video or MediaKind.Audio, nameof(duration), $"Only a video or audio has a duration, not {kind}.");
        }
        Duration = duration;
        Renditions = Preconditions.CheckElementsNotNull(renditions);
        Items = Preconditions.CheckElementsNotNull(items);
        Preconditions.CheckArgument(Items.IsEmpty || kind == MediaKind.Gallery, nameof(items), $"Only a gallery has items, not {kind}.");
        for (int i = 0; i < Items.Length; i++)
        {
            Preconditions.CheckArgument(Items[i].Length > 0, nameof(items), $"Item {i} is empty.");
        }
    }

    internal static int? CheckSize(int? size, string paramName)
    {
        if (size is <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, size, "A size in pixels is positive.");
        }
        return size;
    }

    /// <summary>Gets the id within the article.</summary>
    public string Id { get; }

    /// <summary>Gets what the asset is.</summary>
    public MediaKind Kind { get; }

    /// <summary>Gets where the original is, as given, or null.</summary>
    public string? Uri { get; }

    /// <summary>Gets the media type, or null.</summary>
    public string? MediaType { get; }

    /// <summary>Gets the alternative text, or null.</summary>
    public string? AltText { get; }

    /// <summary>Gets the caption, or null.</summary>
    public InlineText? Caption { get; }

    /// <summary>Gets the credit, or null.</summary>
    public Credit? Credit { get; }

    /// <summary>Gets the rights, or null.</summary>
    public Rights? Rights { get; }

    /// <summary>Gets the width in pixels, or null.</summary>
    public int? Width { get; }

    /// <summary>Gets the height in pixels, or null.</summary>
    public int? Height { get; }

    /// <summary>Gets a video's or audio's duration, or null.</summary>
    public Duration? Duration { get; }

    /// <summary>Gets the renditions in order.</summary>
    public ImmutableArray<Rendition> Renditions { get; }

    /// <summary>Gets a gallery's items: the ids of the article's other media, in order.</summary>
    public ImmutableArray<string> Items { get; }

    /// <inheritdoc />
    public bool Equals(MediaAsset? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind
                && Width == other.Width
                && Height == other.Height
                && Duration == other.Duration
                && string.Equals(Id, other.Id, StringComparison.Ordinal)
                && string.Equals(Uri, other.Uri, StringComparison.Ordinal)
                && string.Equals(MediaType, other.MediaType, StringComparison.Ordinal)
                && string.Equals(AltText, other.AltText, StringComparison.Ordinal)
                && Equals(Caption, other.Caption)
                && Equals(Credit, other.Credit)
                && Equals(Rights, other.Rights)
                && Equality.SequenceEqual(Renditions, other.Renditions)
                && Equality.SequenceEqual(Items, other.Items)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MediaAsset);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Equality.TextHash(Id));
        hash.Add(Kind);
        hash.Add(Equality.TextHash(Uri));
        hash.Add(Equality.TextHash(MediaType));
        hash.Add(Equality.TextHash(AltText));
        hash.Add(Caption);
        hash.Add(Credit);
        hash.Add(Rights);
        hash.Add(Width);
        hash.Add(Height);
        hash.Add(Duration);
        hash.Add(Equality.SequenceHash(Renditions));
        hash.Add(Equality.SequenceHash(Items));
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder().Append(Kind).Append(' ').Append(Id);
        if (Uri is not null)
        {
            builder.Append(" <").Append(Uri).Append('>');
        }
        return builder.ToString();
    }
}
