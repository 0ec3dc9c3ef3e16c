using NewsModel.Formats.Html;

namespace NewsModel.Formats.Ninjs;

/// <summary>Options for writing ninjs. Immutable (init-only) and thread-safe once built.</summary>
public sealed record NinjsWriteOptions
{
    /// <summary>The default options: ninjs 3.1, with the NewsModel extension, not indented.</summary>
    public static NinjsWriteOptions Default { get; } = new();

    /// <summary>Gets the schema version to write. Default <see cref="NinjsVersion.Ninjs31"/>.</summary>
    public NinjsVersion Version { get; init; } = NinjsVersion.Ninjs31;

    /// <summary>Gets whether to write the NewsModel extension (one <c>descriptions</c> item with role
    /// <c>newsmodel-extension</c>) that carries what ninjs has no field for, so that reading the document back
    /// with NewsModel gives the article exactly. Default true. Without it those fields are reported as
    /// <see cref="LossKind.Dropped"/>.</summary>
    public bool IncludeExtension { get; init; } = true;

    /// <summary>Gets how the blocks are rendered as the <c>text/html</c> body (<see cref="BlockHtml"/>). Default
    /// <see cref="BlockHtmlOptions.Default"/>: raw HTML blocks and embeds' fallback HTML are left out (and reported).</summary>
    public BlockHtmlOptions Html { get; init; } = BlockHtmlOptions.Default;

    /// <summary>Gets whether to indent the output. Default false.</summary>
    public bool Indented { get; init; }
}
