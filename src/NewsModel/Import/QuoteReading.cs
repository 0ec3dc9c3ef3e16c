using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsModel.Import;

/// <summary>
/// The quotations <see cref="TextImporter.ReadQuotes"/> found in a body: the parties who speak (or are named as
/// sources), the quotes with their attributions (each naming a paragraph of the body and the range of its words), and
/// what the reader was unsure of. Immutable and thread-safe; equality is reference equality.
/// </summary>
public sealed class QuoteReading
{
    internal QuoteReading(IEnumerable<Party> parties, IEnumerable<Quote> quotes, IEnumerable<string> uncertainties)
    {
        Parties = ImmutableArray.CreateRange(parties);
        Quotes = ImmutableArray.CreateRange(quotes);
        Uncertainties = ImmutableArray.CreateRange(uncertainties);
    }

    /// <summary>Gets the parties the quotes' attributions refer to, in order of first mention.</summary>
    public ImmutableArray<Party> Parties { get; }

    /// <summary>Gets the quotes in body order.</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>Gets what the reader was unsure of, one sentence each ("Line N" is paragraph N, counted from 1).</summary>
    public ImmutableArray<string> Uncertainties { get; }
}
