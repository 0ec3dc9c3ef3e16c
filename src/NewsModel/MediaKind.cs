namespace NewsModel;

/// <summary>What a <see cref="MediaAsset"/> is.</summary>
public enum MediaKind
{
    /// <summary>A still image.</summary>
    Image = 0,

    /// <summary>A video.</summary>
    Video = 1,

    /// <summary>An audio recording.</summary>
    Audio = 2,

    /// <summary>A gallery: an ordered set of the article's other assets (<see cref="MediaAsset.Items"/>).</summary>
    Gallery = 3,
}
