using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsModel;

/// <summary>
/// A news article held exactly: identity, headline, publication, timeline, credits, body paragraphs, the
/// people and organisations it quotes, and its quotes with their attributions.
/// </summary>
/// <remarks>
/// <para>The constructor rejects only what can never be valid: null or empty required texts, empty optional
/// texts (use null for absent), null elements, and quotes whose paragraph or range does not fit the body.
/// Everything that is possible but wrong or unpublishable (a whitespace headline, a quote whose text is not
/// in its paragraph, a speaker not among <see cref="Parties"/>) is reported by the validators instead.</para>
/// <para>The <c>With…</c> methods return changed copies and re-validate.</para>
/// <para>Equality: every member equal, collections element by element in order, text ordinal. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class Article : IEquatable<Article>
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">A stable identifier (a URI, a CMS id); not empty.</param>
    /// <param name="headline">The headline as printed; not empty.</param>
    /// <param name="language">The language as a BCP 47 tag, for example "en" or "zh-Hant-HK"; not empty.</param>
    /// <param name="publication">The publication the article belongs to.</param>
    /// <param name="timeline">Its timeline.</param>
    /// <param name="body">Its body paragraphs in order; no element null (an empty paragraph is allowed and
    /// reported by the validators).</param>
    /// <param name="credits">Its credits in order, or null for none.</param>
    /// <param name="parties">The people and organisations it quotes, or null for none.</param>
    /// <param name="quotes">Its quotes in order, or null for none.</param>
    /// <param name="standfirst">The standfirst (deck, summary) as printed, or null.</param>
    /// <param name="dateline">The dateline as printed ("BEIJING"), or null.</param>
    /// <param name="canonicalUrl">The canonical URL as given, or null.</param>
    /// <param name="places">Places the article mentions, or null for none.</param>
    /// <param name="copyright">The copyright notice, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, an element is null, or a quote does not fit the body.</exception>
    public Article(
        string id,
        string headline,
        string language,
        Publication publication,
        Timeline timeline,
        IEnumerable<string> body,
        IEnumerable<Credit>? credits = null,
        IEnumerable<Party>? parties = null,
        IEnumerable<Quote>? quotes = null,
        string? standfirst = null,
        string? dateline = null,
        string? canonicalUrl = null,
        IEnumerable<string>? places = null,
        string? copyright = null)
    {
        Id = Preconditions.CheckNotEmpty(id);
        Headline = Preconditions.CheckNotEmpty(headline);
        Language = Preconditions.CheckNotEmpty(language);
        Publication = Preconditions.CheckNotNull(publication);
        Timeline = Preconditions.CheckNotNull(timeline);
        Body = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(body), nameof(body));
        Credits = Preconditions.CheckElementsNotNull(credits);
        Parties = Preconditions.CheckElementsNotNull(parties);
        Quotes = Preconditions.CheckElementsNotNull(quotes);
        Standfirst = Preconditions.CheckOptionalNotEmpty(standfirst);
        Dateline = Preconditions.CheckOptionalNotEmpty(dateline);
        CanonicalUrl = Preconditions.CheckOptionalNotEmpty(canonicalUrl);
        Places = Preconditions.CheckElementsNotNull(places);
        for (int i = 0; i < Places.Length; i++)
        {
            Preconditions.CheckArgument(Places[i].Length > 0, nameof(places), $"Place {i} is empty.");
        }
        Copyright = Preconditions.CheckOptionalNotEmpty(copyright);
        CheckQuotesFit(Body, Quotes);
    }

    /// <summary>The trusted constructor for NewsModel's readers: the texts are non-empty (optional ones null or
    /// non-empty), the arrays are not default and hold no null (places no empty text). Only the quotes' fit to the
    /// body is checked.</summary>
    /// <exception cref="ArgumentException">A quote does not fit the body.</exception>
    internal Article(
        Trusted trusted,
        string id,
        string headline,
        string language,
        Publication publication,
        Timeline timeline,
        ImmutableArray<string> body,
        ImmutableArray<Credit> credits,
        ImmutableArray<Party> parties,
        ImmutableArray<Quote> quotes,
        string? standfirst,
        string? dateline,
        string? canonicalUrl,
        ImmutableArray<string> places,
        string? copyright)
    {
        _ = trusted;
        Id = id;
        Headline = headline;
        Language = language;
        Publication = publication;
        Timeline = timeline;
        Body = body;
        Credits = credits;
        Parties = parties;
        Quotes = quotes;
        Standfirst = standfirst;
        Dateline = dateline;
        CanonicalUrl = canonicalUrl;
        Places = places;
        Copyright = copyright;
        CheckQuotesFit(body, quotes);
    }

    /// <summary>Rejects a quote whose paragraph index or range does not fit <paramref name="body"/>.</summary>
    private static void CheckQuotesFit(ImmutableArray<string> body, ImmutableArray<Quote> quotes)
    {
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            if (quote.Paragraph >= body.Length)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Quote {i} stands in paragraph {quote.Paragraph}, but the body has {body.Length} paragraph(s)."),
                    nameof(quotes));
            }
            int paragraphLength = body[quote.Paragraph].Length;
            if (quote.Range.End > paragraphLength)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Quote {i} range {quote.Range} lies outside paragraph {quote.Paragraph}, which has {paragraphLength} character(s)."),
                    nameof(quotes));
            }
        }
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the headline as printed.</summary>
    public string Headline { get; }

    /// <summary>Gets the language tag (BCP 47).</summary>
    public string Language { get; }

    /// <summary>Gets the publication.</summary>
    public Publication Publication { get; }

    /// <summary>Gets the timeline.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets the body paragraphs in order.</summary>
    public ImmutableArray<string> Body { get; }

    /// <summary>Gets the credits in order.</summary>
    public ImmutableArray<Credit> Credits { get; }

    /// <summary>Gets the people and organisations the article quotes.</summary>
    public ImmutableArray<Party> Parties { get; }

    /// <summary>Gets the quotes in order.</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>Gets the standfirst, or null.</summary>
    public string? Standfirst { get; }

    /// <summary>Gets the dateline, or null.</summary>
    public string? Dateline { get; }

    /// <summary>Gets the canonical URL as given, or null. Whether it is an absolute http(s) URL is a validator's rule.</summary>
    public string? CanonicalUrl { get; }

    /// <summary>Gets the places the article mentions.</summary>
    public ImmutableArray<string> Places { get; }

    /// <summary>Gets the copyright notice, or null.</summary>
    public string? Copyright { get; }

    /// <summary>Returns a copy with another identifier.</summary>
    /// <param name="id">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithId(string id) => Copy(id: id);

    /// <summary>Returns a copy with another headline.</summary>
    /// <param name="headline">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithHeadline(string headline) => Copy(headline: headline);

    /// <summary>Returns a copy with another language.</summary>
    /// <param name="language">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithLanguage(string language) => Copy(language: language);

    /// <summary>Returns a copy with another publication.</summary>
    /// <param name="publication">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithPublication(Publication publication) => Copy(publication: publication);

    /// <summary>Returns a copy with another timeline.</summary>
    /// <param name="timeline">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithTimeline(Timeline timeline) => Copy(timeline: timeline);

    /// <summary>Returns a copy with another body; the quotes must still fit it.</summary>
    /// <param name="body">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithBody(IEnumerable<string> body) => Copy(body: Preconditions.CheckNotNull(body));

    /// <summary>Returns a copy with another body and other quotes, checked together.</summary>
    /// <param name="body">The new body.</param>
    /// <param name="quotes">The new quotes, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithBodyAndQuotes(IEnumerable<string> body, IEnumerable<Quote>? quotes) =>
        Copy(body: Preconditions.CheckNotNull(body), quotes: quotes ?? ImmutableArray<Quote>.Empty);

    /// <summary>Returns a copy with other credits.</summary>
    /// <param name="credits">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithCredits(IEnumerable<Credit>? credits) => Copy(credits: credits ?? ImmutableArray<Credit>.Empty);

    /// <summary>Returns a copy with other parties.</summary>
    /// <param name="parties">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithParties(IEnumerable<Party>? parties) => Copy(parties: parties ?? ImmutableArray<Party>.Empty);

    /// <summary>Returns a copy with other quotes; they must fit the body.</summary>
    /// <param name="quotes">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithQuotes(IEnumerable<Quote>? quotes) => Copy(quotes: quotes ?? ImmutableArray<Quote>.Empty);

    /// <summary>Returns a copy with another standfirst.</summary>
    /// <param name="standfirst">The new value, or null.</param>
    /// <returns>The new article.</returns>
    public Article WithStandfirst(string? standfirst) => Copy(standfirst: new Optional(standfirst));

    /// <summary>Returns a copy with another dateline.</summary>
    /// <param name="dateline">The new value, or null.</param>
    /// <returns>The new article.</returns>
    public Article WithDateline(string? dateline) => Copy(dateline: new Optional(dateline));

    /// <summary>Returns a copy with another canonical URL.</summary>
    /// <param name="canonicalUrl">The new value, or null.</param>
    /// <returns>The new article.</returns>
    public Article WithCanonicalUrl(string? canonicalUrl) => Copy(canonicalUrl: new Optional(canonicalUrl));

    /// <summary>Returns a copy with other places.</summary>
    /// <param name="places">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithPlaces(IEnumerable<string>? places) => Copy(places: places ?? ImmutableArray<string>.Empty);

    /// <summary>Returns a copy with another copyright notice.</summary>
    /// <param name="copyright">The new value, or null.</param>
    /// <returns>The new article.</returns>
    public Article WithCopyright(string? copyright) => Copy(copyright: new Optional(copyright));

    private Article Copy(
        string? id = null,
        string? headline = null,
        string? language = null,
        Publication? publication = null,
        Timeline? timeline = null,
        IEnumerable<string>? body = null,
        IEnumerable<Credit>? credits = null,
        IEnumerable<Party>? parties = null,
        IEnumerable<Quote>? quotes = null,
        Optional? standfirst = null,
        Optional? dateline = null,
        Optional? canonicalUrl = null,
        IEnumerable<string>? places = null,
        Optional? copyright = null) =>
        new(
            id ?? Id,
            headline ?? Headline,
            language ?? Language,
            publication ?? Publication,
            timeline ?? Timeline,
            body ?? Body,
            credits ?? Credits,
            parties ?? Parties,
            quotes ?? Quotes,
            standfirst.HasValue ? standfirst.Value.Text : Standfirst,
            dateline.HasValue ? dateline.Value.Text : Dateline,
            canonicalUrl.HasValue ? canonicalUrl.Value.Text : CanonicalUrl,
            places ?? Places,
            copyright.HasValue ? copyright.Value.Text : Copyright);

    /// <summary>Distinguishes "set to null" from "unchanged" in <see cref="Copy"/>.</summary>
    private readonly record struct Optional(string? Text);

    /// <inheritdoc />
    public bool Equals(Article? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                && string.Equals(Headline, other.Headline, StringComparison.Ordinal)
                && string.Equals(Language, other.Language, StringComparison.Ordinal)
                && string.Equals(Standfirst, other.Standfirst, StringComparison.Ordinal)
                && string.Equals(Dateline, other.Dateline, StringComparison.Ordinal)
                && string.Equals(CanonicalUrl, other.CanonicalUrl, StringComparison.Ordinal)
                && string.Equals(Copyright, other.Copyright, StringComparison.Ordinal)
                && Publication.Equals(other.Publication)
                && Timeline.Equals(other.Timeline)
                && Equality.SequenceEqual(Body, other.Body)
                && Equality.SequenceEqual(Credits, other.Credits)
                && Equality.SequenceEqual(Parties, other.Parties)
                && Equality.SequenceEqual(Quotes, other.Quotes)
                && Equality.SequenceEqual(Places, other.Places)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Article);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Headline, StringComparer.Ordinal);
        hash.Add(Language, StringComparer.Ordinal);
        hash.Add(Equality.TextHash(Standfirst));
        hash.Add(Equality.TextHash(Dateline));
        hash.Add(Equality.TextHash(CanonicalUrl));
        hash.Add(Equality.TextHash(Copyright));
        hash.Add(Publication);
        hash.Add(Timeline);
        hash.Add(Equality.SequenceHash(Body));
        hash.Add(Equality.SequenceHash(Credits));
        hash.Add(Equality.SequenceHash(Parties));
        hash.Add(Equality.SequenceHash(Quotes));
        hash.Add(Equality.SequenceHash(Places));
        return hash.ToHashCode();
    }

    /// <summary>Returns a one-line summary: headline, publication, publication time and counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        new StringBuilder()
            .Append('"').Append(Headline).Append("\" — ").Append(Publication.Name)
            .Append(", ").Append(Timeline.Published)
            .Append(CultureInfo.InvariantCulture, $" ({Body.Length} paragraph(s), {Quotes.Length} quote(s), {Credits.Length} credit(s))")
            .ToString();
}
