using System;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Import;

/// <summary>
/// The outcome of <see cref="TextImporter.Import(string, string?)"/>: the article or a failure message, and the
/// report in both cases.
/// </summary>
/// <remarks>Reference equality. Immutable and thread-safe.</remarks>
public sealed class ImportResult
{
    private ImportResult(Article? article, string? message, int line, ImportReport report)
    {
        Article = article;
        Message = message;
        Line = line;
        Report = report;
    }

    internal static ImportResult ForSuccess(Article article, ImportReport report) => new(article, null, 0, report);

    internal static ImportResult ForFailure(string message, int line, ImportReport report) => new(null, message, line, report);

    /// <summary>Gets whether an article was produced.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Success => Article is not null;

    /// <summary>Gets the article, or null when the import failed.</summary>
    public Article? Article { get; }

    /// <summary>Gets the failure message (naming the line and what was expected), or null on success.</summary>
    public string? Message { get; }

    /// <summary>Gets the 1-based input line the failure refers to, or 0 when it concerns the whole input or
    /// the import succeeded.</summary>
    public int Line { get; }

    /// <summary>Gets the report on what the importer did.</summary>
    public ImportReport Report { get; }

    /// <summary>Returns the article, or throws when the import failed.</summary>
    /// <returns>The article.</returns>
    /// <exception cref="InvalidOperationException">The import failed; the exception message is <see cref="Message"/>.</exception>
    public Article GetArticleOrThrow() => Article ?? throw new InvalidOperationException(Message);

    /// <inheritdoc />
    public override string ToString() => Success ? "Imported: " + Article : "Import failed: " + Message;
}
