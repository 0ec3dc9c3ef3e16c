using System;

namespace NewsModel;

/// <summary>A place in the body where one of the article's media assets stands, by the asset's id (the article checks
/// that the asset exists). Equality: the ids equal (ordinal). Immutable and thread-safe.</summary>
public sealed class MediaBlock : Block
{
    /// <summary>Creates a media block.</summary>
    /// <param name="mediaId">The <see cref="MediaAsset.Id"/> of one of the article's media.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mediaId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mediaId"/> is empty.</exception>
    public MediaBlock(string mediaId)
        : base(BlockKind.Media) => MediaId = Preconditions.CheckNotEmpty(mediaId);

    /// <summary>Gets the id of the asset.</summary>
    public string MediaId { get; }

    /// <inheritdoc />
    public override string PlainText => string.Empty;

    /// <inheritdoc />
    public override bool Equals(Block? other) => other is MediaBlock m && string.Equals(MediaId, m.MediaId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Equality.TextHash(MediaId));

    /// <inheritdoc />
    public override string ToString() => "Media: " + MediaId;
}
