using NodaTime;

namespace NewsModel.Formats.Ans;

/// <summary>
/// Options for reading Arc XP ANS stories: the publication and its zone (ANS dates are instants; no story says in
/// which zone it was published), the language when a story has none, and the reader of HTML for the elements' inline
/// markup. Immutable (init-only) and thread-safe once built.
/// </summary>
public sealed record AnsReadOptions
{
    /// <summary>The default options: no publication, language or HTML reader.</summary>
    public static AnsReadOptions Default { get; } = new();

    /// <summary>Gets the publication the stories belong to; its zone is the zone of every moment read. When null, one
    /// named after the story's <c>canonical_website</c> (or "Arc XP") in UTC is used, and the report says so.</summary>
    public Publication? Publication { get; init; }

    /// <summary>Gets the language tag for stories without <c>language</c>. When null, such a story's language is
    /// <c>und</c> (BCP 47 "undetermined"), reported as a substitute.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the reader of HTML (for example <c>NewsModel.Html.HtmlBlocks.Reader</c>, from the
    /// <c>NewsModel.Html</c> package) for the inline markup of text, header, list and quote elements (links, emphasis).
    /// When null (the core library parses no HTML), an element whose content holds markup is kept as a raw HTML block,
    /// and the report says so; content without markup is read as it is.</summary>
    public HtmlBodyReader? BodyHtml { get; init; }
}
