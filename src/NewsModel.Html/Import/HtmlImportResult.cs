using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsModel.Html;

/// <summary>Where the value of one field of an imported article came from. Immutable and thread-safe; value
/// equality.</summary>
/// <param name="Field">The article's field (<c>Headline</c>, <c>Timeline.Published</c>, <c>Credits</c>, …).</param>
/// <param name="Value">The value as the page states it.</param>
/// <param name="Layer">The layer that stated it: <c>json-ld</c>, <c>meta article:published_time</c>, <c>microdata</c>,
/// <c>time</c>, <c>url</c>, <c>h1</c>, <c>title</c>, <c>visible</c> (a printed stamp or byline, read by the text
/// importer's rules), <c>content</c> (the main content found on the page), <c>options</c>.</param>
public sealed record FieldSource(string Field, string Value, string Layer);

/// <summary>
/// What an HTML import found and where: each field's source, where the page's layers disagreed and which was chosen,
/// and what the importer could not keep or was unsure of. Filled even when the import fails, with what was found.
/// Immutable and thread-safe; equality is reference equality.
/// </summary>
public sealed class HtmlImportReport
{
    internal HtmlImportReport(
        IEnumerable<FieldSource> sources,
        IEnumerable<string> disagreements,
        IEnumerable<string> notes,
        string? headline,
        Moment? published,
        IEnumerable<Credit> credits,
        string? standfirst,
        IEnumerable<string> body)
    {
        Sources = ImmutableArray.CreateRange(sources);
        Disagreements = ImmutableArray.CreateRange(disagreements);
        Notes = ImmutableArray.CreateRange(notes);
        Headline = headline;
        Published = published;
        Credits = ImmutableArray.CreateRange(credits);
        Standfirst = standfirst;
        Body = ImmutableArray.CreateRange(body);
    }

    /// <summary>Gets where each field's value came from.</summary>
    public ImmutableArray<FieldSource> Sources { get; }

    /// <summary>Gets where the page's layers disagreed, with the value chosen and why, one sentence each.</summary>
    public ImmutableArray<string> Disagreements { get; }

    /// <summary>Gets what the import could not keep as it was or was unsure of, one sentence each.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Gets the headline found, or null.</summary>
    public string? Headline { get; }

    /// <summary>Gets the publication moment found, or null.</summary>
    public Moment? Published { get; }

    /// <summary>Gets the credits found.</summary>
    public ImmutableArray<Credit> Credits { get; }

    /// <summary>Gets the standfirst found, or null.</summary>
    public string? Standfirst { get; }

    /// <summary>Gets the body's paragraphs as plain text (every block's text), as found.</summary>
    public ImmutableArray<string> Body { get; }
}

/// <summary>The outcome of <see cref="HtmlImporter.Import(string, string?)"/>: the article, or the reason there is
/// none, with the report either way. Immutable and thread-safe; equality is reference equality.</summary>
public sealed class HtmlImportResult
{
    internal HtmlImportResult(Article? article, string? message, HtmlImportReport report)
    {
        Article = article;
        Message = message;
        Report = report;
    }

    /// <summary>Gets a value indicating whether an article was imported.</summary>
    public bool Success => Article is not null;

    /// <summary>Gets the article, or null when the page gave none.</summary>
    public Article? Article { get; }

    /// <summary>Gets why there is no article (naming what was expected and not found), or null.</summary>
    public string? Message { get; }

    /// <summary>Gets the report.</summary>
    public HtmlImportReport Report { get; }

    /// <inheritdoc />
    public override string ToString() => Article is { } a ? "Imported: " + a : "Not imported: " + Message;
}
