using System;
using System.Globalization;

namespace NewsModel;

/// <summary>One rendition of a media asset: a file at a URI with its size and media type (a thumbnail, a 16:9 crop, an
/// MP4). Equality: every member equal (ordinal text). Immutable and thread-safe.</summary>
public sealed class Rendition : IEquatable<Rendition>
{
    /// <summary>Creates a rendition.</summary>
    /// <param name="uri">Where the file is, as given.</param>
    /// <param name="width">Its width in pixels, or null.</param>
    /// <param name="height">Its height in pixels, or null.</param>
    /// <param name="mediaType">Its media type ("image/jpeg"), or null.</param>
    /// <param name="name">The rendition's name in its system ("thumbnail", "16x9"), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public Rendition(string uri, int? width = null, int? height = null, string? mediaType = null, string? name = null)
    {
        Uri = Preconditions.CheckNotEmpty(uri);
        Width = MediaAsset.CheckSize(width, nameof(width));
        Height = MediaAsset.CheckSize(height, nameof(height));
        MediaType = Preconditions.CheckOptionalNotEmpty(mediaType);
        Name = Preconditions.CheckOptionalNotEmpty(name);
    }

    /// <summary>Gets where the file is, as given.</summary>
    public string Uri { get; }

    /// <summary>Gets the width in pixels, or null.</summary>
    public int? Width { get; }

    /// <summary>Gets the height in pixels, or null.</summary>
    public int? Height { get; }

    /// <summary>Gets the media type, or null.</summary>
    public string? MediaType { get; }

    /// <summary>Gets the rendition's name, or null.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public bool Equals(Rendition? other) =>
        other is not null
        && Width == other.Width
        && Height == other.Height
        && string.Equals(Uri, other.Uri, StringComparison.Ordinal)
        && string.Equals(MediaType, other.MediaType, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Rendition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.TextHash(Uri), Width, Height, Equality.TextHash(MediaType), Equality.TextHash(Name));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Uri} ({Width?.ToString(CultureInfo.InvariantCulture) ?? "?"}x{Height?.ToString(CultureInfo.InvariantCulture) ?? "?"})");
}
