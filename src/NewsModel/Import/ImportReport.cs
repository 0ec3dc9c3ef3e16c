using System.Collections.Immutable;

namespace NewsModel.Import;

/// <summary>
/// What an import did: which lines became what, what was dropped and why, what the importer was unsure of,
/// and the pieces it recognised (available even when the import failed, for example for want of a stamp).
/// </summary>
/// <remarks>Reference equality (a report describes one run). Immutable and thread-safe.</remarks>
public sealed class ImportReport
{
    internal ImportReport(
        ImmutableArray<ImportedLine> lines,
        ImmutableArray<string> uncertainties,
        string? headline,
        ImmutableArray<string> body,
        ImmutableArray<Credit> credits,
        Moment? published,
        Moment? updated)
    {
        Lines = lines;
        Uncertainties = uncertainties;
        Headline = headline;
        Body = body;
        Credits = credits;
        Published = published;
        Updated = updated;
    }

    /// <summary>Gets every non-blank line of the input with its role, in input order.</summary>
    public ImmutableArray<ImportedLine> Lines { get; }

    /// <summary>Gets notes on what the importer guessed or could not decide, each naming the line.</summary>
    public ImmutableArray<string> Uncertainties { get; }

    /// <summary>Gets the recognised headline, or null.</summary>
    public string? Headline { get; }

    /// <summary>Gets the recognised body paragraphs (empty when none were found).</summary>
    public ImmutableArray<string> Body { get; }

    /// <summary>Gets the recognised credits (bylines and credit lines).</summary>
    public ImmutableArray<Credit> Credits { get; }

    /// <summary>Gets the recognised publication stamp, or null.</summary>
    public Moment? Published { get; }

    /// <summary>Gets the recognised update stamp, or null.</summary>
    public Moment? Updated { get; }
}
