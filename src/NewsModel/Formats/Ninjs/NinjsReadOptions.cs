using NodaTime;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// Options for reading ninjs written by others: what to use when the document lacks something an article
/// requires. Immutable (init-only) and thread-safe once built.
/// </summary>
/// <remarks>Documents written by NewsModel with the extension need none of these.</remarks>
public sealed record NinjsReadOptions
{
    /// <summary>The default options: no defaults, not strict.</summary>
    public static NinjsReadOptions Default { get; } = new();

    /// <summary>Gets the publication to use when the document names none (no <c>infoSources</c> item with
    /// role <c>publisher</c>). Its zone also serves as <see cref="Zone"/> when that is null.</summary>
    public Publication? DefaultPublication { get; init; }

    /// <summary>Gets the zone that moments are stamped in and that timestamps without offset are read in.
    /// When null, <see cref="DefaultPublication"/>'s zone is used; when both are null, a timestamp without
    /// offset fails with <see cref="NinjsException"/>.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets the publication time to use when the document has none of <c>firstCreated</c>,
    /// <c>versionCreated</c> or <c>contentCreated</c> (planning items, events, bare test documents). When null,
    /// such documents fail with <see cref="NinjsException"/>.</summary>
    public Instant? DefaultPublished { get; init; }

    /// <summary>Gets the language tag to use when the document has no <c>language</c>. Default <c>und</c>
    /// (BCP 47 "undetermined").</summary>
    public string DefaultLanguage { get; init; } = "und";

    /// <summary>Gets whether a document that does not conform to ninjs (a member ninjs does not define, an
    /// urgency outside 1–9, an association without name or uri, ...) fails with <see cref="NinjsException"/>.
    /// When false (the default) it is read and each problem is reported in the loss report.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets the reader of HTML bodies, or null. When set (for example to <c>NewsModel.Html.HtmlBlocks.Reader</c>,
    /// from the <c>NewsModel.Html</c> package) and a document without NewsModel's extension has an HTML body, the
    /// article's blocks and media are read from that body, with its marks, headings, lists, quotations, figures and
    /// tables; what the reader could not keep is reported. When null (the default: the core library parses no HTML), the
    /// plain-text body gives paragraphs and the HTML body's structure is reported as not read.</summary>
    public HtmlBodyReader? BodyHtml { get; init; }
}
