using System;
using System.Globalization;

namespace NewsModel;

/// <summary>
/// A quote in an article's body: the quoted text, its kind, where it stands, and its attribution.
/// </summary>
/// <remarks>
/// <para>The <see cref="Text"/> excludes the quotation marks and the comma that closes a quoted sentence before
/// its attribution. <see cref="Paragraph"/> is a 0-based index into <see cref="Article.Body"/> and
/// <see cref="Range"/> the code units of the text in that paragraph; <see cref="Article"/> checks that they fit.
/// Whether the text matches the range is a validator's rule, since indirect quotes paraphrase.</para>
/// <para>Equality: all members equal (ordinal text). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Quote : IEquatable<Quote>
{
    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted words; not empty.</param>
    /// <param name="kind">Direct, partial or indirect.</param>
    /// <param name="paragraph">The 0-based index of the body paragraph it stands in.</param>
    /// <param name="range">Where the text stands in that paragraph.</param>
    /// <param name="attribution">Who said it, and how the article says so.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The text is empty, the kind undefined or the paragraph negative.</exception>
    public Quote(string text, QuoteKind kind, int paragraph, TextRange range, Attribution attribution)
    {
        Text = Preconditions.CheckNotEmpty(text);
        Kind = Preconditions.CheckDefined(kind);
        Preconditions.CheckArgumentRange(paragraph, 0, int.MaxValue);
        Paragraph = paragraph;
        Range = range;
        Attribution = Preconditions.CheckNotNull(attribution);
    }

    /// <summary>The trusted constructor for NewsModel's readers: the text is non-empty, the kind defined, the
    /// paragraph non-negative and the attribution not null; nothing is re-checked.</summary>
    internal Quote(Trusted trusted, string text, QuoteKind kind, int paragraph, TextRange range, Attribution attribution)
    {
        _ = trusted;
        Text = text;
        Kind = kind;
        Paragraph = paragraph;
        Range = range;
        Attribution = attribution;
    }

    /// <summary>Gets the quoted words.</summary>
    public string Text { get; }

    /// <summary>Gets the kind of quote.</summary>
    public QuoteKind Kind { get; }

    /// <summary>Gets the 0-based index of the body paragraph the quote stands in.</summary>
    public int Paragraph { get; }

    /// <summary>Gets where the text stands in its paragraph.</summary>
    public TextRange Range { get; }

    /// <summary>Gets who said it.</summary>
    public Attribution Attribution { get; }

    /// <summary>Returns a copy with another attribution.</summary>
    /// <param name="attribution">The new attribution.</param>
    /// <returns>The new quote.</returns>
    public Quote WithAttribution(Attribution attribution) => new(Text, Kind, Paragraph, Range, attribution);

    /// <inheritdoc />
    public bool Equals(Quote? other) =>
        other is not null
        && Kind == other.Kind
        && Paragraph == other.Paragraph
        && Range == other.Range
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Attribution.Equals(other.Attribution);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quote);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Paragraph, Range, Equality.TextHash(Text), Attribution);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} quote in paragraph {Paragraph} {Range}: \u201c{Text}\u201d \u2014 {Attribution}");
}
