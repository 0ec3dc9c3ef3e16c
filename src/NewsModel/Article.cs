using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsModel;

/// <summary>
/// A news article held exactly: identity, status, headline, publication, timeline, credits, a body of blocks, media,
/// taxonomy, rights, the people and organisations it quotes, and its quotes with their attributions.
/// </summary>
/// <remarks>
/// <para>The body is a sequence of <see cref="Block"/>s (<see cref="Blocks"/>); <see cref="Body"/> is each block's plain
/// text by block index, which is what a quote's <see cref="Quote.Paragraph"/> and <see cref="Quote.Range"/> address.
/// Building an article from plain strings gives paragraph blocks.</para>
/// <para>The constructor rejects only what can never be valid: null or empty required texts, empty optional texts (use
/// null for absent), null elements, quotes whose block or range does not fit the body, a resolved speaker who is not
/// one of <see cref="Parties"/> (the quote refers to the party; there is no second copy that can drift), two media with
/// one id, and a media block, lead media or gallery item naming no media asset. Everything that is possible but wrong
/// or unpublishable (a whitespace headline, a quote whose text is not in its block, a draft with a publication moment,
/// an image without alt text) is reported by the validators instead.</para>
/// <para>The <c>With…</c> methods return changed copies and re-validate.</para>
/// <para>Equality: every member equal, collections element by element in order, text ordinal. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class Article : IEquatable<Article>
{
    /// <summary>Creates an article whose body is plain paragraphs.</summary>
    /// <param name="id">A stable identifier (a URI, a CMS id); not empty.</param>
    /// <param name="headline">The headline as printed; not empty.</param>
    /// <param name="language">The language as a BCP 47 tag, for example "en" or "zh-Hant-HK"; not empty.</param>
    /// <param name="publication">The publication the article belongs to.</param>
    /// <param name="timeline">Its timeline.</param>
    /// <param name="body">Its body paragraphs in order, each becoming a <see cref="ParagraphBlock"/>; no element null
    /// (an empty paragraph is allowed and reported by the validators).</param>
    /// <param name="credits">Its credits in order, or null for none.</param>
    /// <param name="parties">The people and organisations it quotes, or null for none.</param>
    /// <param name="quotes">Its quotes in order, or null for none.</param>
    /// <param name="standfirst">The standfirst (deck, summary) as printed, or null.</param>
    /// <param name="dateline">The dateline as printed ("BEIJING"), or null.</param>
    /// <param name="canonicalUrl">The canonical URL as given, or null.</param>
    /// <param name="places">Places the article mentions, or null for none.</param>
    /// <param name="rights">Its rights (holder, notice, licence, usage terms), or null.</param>
    /// <param name="media">Its media assets, or null for none.</param>
    /// <param name="leadMedia">The id of its lead (featured) media asset, or null.</param>
    /// <param name="taxonomy">Its sections, subjects, keywords, genres and urgency, or null for none.</param>
    /// <param name="status">Where it stands in its life; published unless said.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, an element is null, a quote does not fit the body or names a
    /// speaker who is not among the parties, or a media reference names no asset.</exception>
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
        Rights? rights = null,
        IEnumerable<MediaAsset>? media = null,
        string? leadMedia = null,
        Taxonomy? taxonomy = null,
        ArticleStatus status = ArticleStatus.Published)
        : this(id, headline, language, publication, timeline, Paragraphs(body), credits, parties, quotes, standfirst, dateline,
            canonicalUrl, places, rights, media, leadMedia, taxonomy, status)
    {
    }

    /// <summary>Creates an article.</summary>
    /// <param name="id">A stable identifier (a URI, a CMS id); not empty.</param>
    /// <param name="headline">The headline as printed; not empty.</param>
    /// <param name="language">The language as a BCP 47 tag, for example "en" or "zh-Hant-HK"; not empty.</param>
    /// <param name="publication">The publication the article belongs to.</param>
    /// <param name="timeline">Its timeline.</param>
    /// <param name="body">Its body blocks in order; no element null.</param>
    /// <param name="credits">Its credits in order, or null for none.</param>
    /// <param name="parties">The people and organisations it quotes, or null for none.</param>
    /// <param name="quotes">Its quotes in order, or null for none.</param>
    /// <param name="standfirst">The standfirst (deck, summary) as printed, or null.</param>
    /// <param name="dateline">The dateline as printed ("BEIJING"), or null.</param>
    /// <param name="canonicalUrl">The canonical URL as given, or null.</param>
    /// <param name="places">Places the article mentions, or null for none.</param>
    /// <param name="rights">Its rights (holder, notice, licence, usage terms), or null.</param>
    /// <param name="media">Its media assets, or null for none.</param>
    /// <param name="leadMedia">The id of its lead (featured) media asset, or null.</param>
    /// <param name="taxonomy">Its sections, subjects, keywords, genres and urgency, or null for none.</param>
    /// <param name="status">Where it stands in its life; published unless said.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, an element is null, a quote does not fit the body or names a
    /// speaker who is not among the parties, or a media reference names no asset.</exception>
    public Article(
        string id,
        string headline,
        string language,
        Publication publication,
        Timeline timeline,
        IEnumerable<Block> body,
        IEnumerable<Credit>? credits = null,
        IEnumerable<Party>? parties = null,
        IEnumerable<Quote>? quotes = null,
        string? standfirst = null,
        string? dateline = null,
        string? canonicalUrl = null,
        IEnumerable<string>? places = null,
        Rights? rights = null,
        IEnumerable<MediaAsset>? media = null,
        string? leadMedia = null,
        Taxonomy? taxonomy = null,
        ArticleStatus status = ArticleStatus.Published)
    {
        Id = Preconditions.CheckNotEmpty(id);
        Headline = Preconditions.CheckNotEmpty(headline);
        Language = Preconditions.CheckNotEmpty(language);
        Publication = Preconditions.CheckNotNull(publication);
        Timeline = Preconditions.CheckNotNull(timeline);
        Blocks = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(body), nameof(body));
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
        Rights = rights;
        Media = Preconditions.CheckElementsNotNull(media);
        LeadMedia = Preconditions.CheckOptionalNotEmpty(leadMedia);
        Taxonomy = taxonomy ?? Taxonomy.Empty;
        Status = Preconditions.CheckDefined(status);
        CheckReferences();
    }

    /// <summary>The trusted constructor for NewsModel's readers: the texts are non-empty (optional ones null or
    /// non-empty), the arrays are not default and hold no null (places no empty text), the status is defined. The
    /// references (quotes to the body and parties, media) are checked.</summary>
    /// <exception cref="ArgumentException">A reference does not fit.</exception>
    internal Article(
        Trusted trusted,
        string id,
        string headline,
        string language,
        Publication publication,
        Timeline timeline,
        ImmutableArray<Block> blocks,
        ImmutableArray<Credit> credits,
        ImmutableArray<Party> parties,
        ImmutableArray<Quote> quotes,
        string? standfirst,
        string? dateline,
        string? canonicalUrl,
        ImmutableArray<string> places,
        Rights? rights,
        ImmutableArray<MediaAsset> media,
        string? leadMedia,
        Taxonomy? taxonomy,
        ArticleStatus status)
    {
        _ = trusted;
        Id = id;
        Headline = headline;
        Language = language;
        Publication = publication;
        Timeline = timeline;
        Blocks = blocks;
        Credits = credits;
        Parties = parties;
        Quotes = quotes;
        Standfirst = standfirst;
        Dateline = dateline;
        CanonicalUrl = canonicalUrl;
        Places = places;
        Rights = rights;
        Media = media;
        LeadMedia = leadMedia;
        Taxonomy = taxonomy ?? Taxonomy.Empty;
        Status = status;
        CheckReferences();
    }

    private static Block[] Paragraphs(IEnumerable<string> body)
    {
        var texts = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(body), nameof(body));
        var blocks = new Block[texts.Length];
        for (int i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new ParagraphBlock(new InlineText(texts[i]));
        }
        return blocks;
    }

    private static string[] PlainTexts(ImmutableArray<Block> blocks)
    {
        var texts = new string[blocks.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = blocks[i].PlainText;
        }
        return texts;
    }

    /// <summary>Rejects a quote whose block or range does not fit the body or whose speaker is not a party, and a media
    /// reference that names no asset.</summary>
    private void CheckReferences()
    {
        var parties = new PartyLookup(Parties, Quotes.Length);
        int[]? speakers = null;
        for (int i = 0; i < Quotes.Length; i++)
        {
            var quote = Quotes[i];
            if (quote.Paragraph >= Blocks.Length)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Quote {i} stands in block {quote.Paragraph}, but the body has {Blocks.Length} block(s)."),
                    "quotes");
            }
            int length = Blocks[quote.Paragraph].PlainTextLength;
            if (quote.Range.End > length)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Quote {i} range {quote.Range} lies outside block {quote.Paragraph}, whose text has {length} character(s)."),
                    "quotes");
            }
            var speaker = quote.Attribution.Speaker;
            if (speaker is null)
            {
                continue;
            }
            int index = parties.Find(speaker);
            if (index < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Quote {i} is attributed to {speaker.Name}, who is not among the article's parties; add the party or attribute the quote to one of them."),
                    "quotes");
            }
            (speakers ??= new int[Quotes.Length])[i] = index;
        }
        _speakers = speakers;
        if (Media.IsEmpty && LeadMedia is null)
        {
            foreach (var block in Blocks)
            {
                if (block is MediaBlock m)
                {
                    throw new ArgumentException($"A media block refers to \"{m.MediaId}\", but the article has no media.", "body");
                }
            }
            return;
        }
        // Few media (the usual case) are searched in place; many go into a set, so that the checks stay linear.
        var ids = Media.Length > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (int i = 0; i < Media.Length; i++)
        {
            Preconditions.CheckArgument(ids?.Add(Media[i].Id) ?? MediaIndex(Media[i].Id, i) < 0, "media", $"Media {i} has the id \"{Media[i].Id}\" of an earlier asset.");
        }
        for (int i = 0; i < Blocks.Length; i++)
        {
            if (Blocks[i] is MediaBlock m)
            {
                Preconditions.CheckArgument(HasMedia(ids, m.MediaId), "body", $"Block {i} refers to media \"{m.MediaId}\", which the article does not have.");
            }
        }
        if (LeadMedia is not null)
        {
            Preconditions.CheckArgument(HasMedia(ids, LeadMedia), "leadMedia", $"The lead media \"{LeadMedia}\" is not among the article's media.");
        }
        foreach (var asset in Media)
        {
            foreach (var item in asset.Items)
            {
                Preconditions.CheckArgument(
                    HasMedia(ids, item) && !string.Equals(item, asset.Id, StringComparison.Ordinal),
                    "media", $"Gallery \"{asset.Id}\" lists \"{item}\", which is not another of the article's media.");
            }
        }
    }

    /// <summary>Whether a media id is among <see cref="Media"/> (in <paramref name="ids"/> when there are many).</summary>
    private bool HasMedia(HashSet<string>? ids, string id) => ids?.Contains(id) ?? MediaIndex(id, Media.Length) >= 0;

    /// <summary>The index of the first of the first <paramref name="count"/> media with an id, or -1.</summary>
    private int MediaIndex(string id, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(Media[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Each quote's speaker's index in <see cref="Parties"/> (0 for a quote without a speaker), or null when no
    /// quote has a speaker.</summary>
    private int[]? _speakers;

    /// <summary>The index in <see cref="Parties"/> of quote <paramref name="quote"/>'s speaker (found once, when the
    /// article was built), or -1 when its attribution is not resolved.</summary>
    internal int SpeakerIndex(int quote) =>
        Quotes[quote].Attribution.Speaker is null ? -1 : _speakers![quote];

    /// <summary>Returns the index of a party equal to <paramref name="party"/> in <see cref="Parties"/>, or -1.</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its index, or -1.</returns>
    public int IndexOfParty(Party party)
    {
        Preconditions.CheckNotNull(party);
        return PartyLookup.Linear(Parties, party);
    }

    /// <summary>Returns the media asset with an id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The asset, or null.</returns>
    public MediaAsset? FindMedia(string id)
    {
        Preconditions.CheckNotNull(id);
        foreach (var asset in Media)
        {
            if (string.Equals(asset.Id, id, StringComparison.Ordinal))
            {
                return asset;
            }
        }
        return null;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets where the article stands in its life.</summary>
    public ArticleStatus Status { get; }

    /// <summary>Gets the headline as printed.</summary>
    public string Headline { get; }

    /// <summary>Gets the language tag (BCP 47).</summary>
    public string Language { get; }

    /// <summary>Gets the publication.</summary>
    public Publication Publication { get; }

    /// <summary>Gets the timeline.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets the body blocks in order.</summary>
    public ImmutableArray<Block> Blocks { get; }

    /// <summary>Gets each body block's plain text by block index (<see cref="Block.PlainText"/>): what quotes address.
    /// For a body of paragraphs these are the paragraphs.</summary>
    public ImmutableArray<string> Body => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(_body ??= PlainTexts(Blocks));

    /// <summary>The blocks' plain texts, made when first asked for (a benign race makes equal arrays, never changed
    /// once made).</summary>
    private string[]? _body;

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

    /// <summary>Gets the rights, or null.</summary>
    public Rights? Rights { get; }

    /// <summary>Gets the media assets.</summary>
    public ImmutableArray<MediaAsset> Media { get; }

    /// <summary>Gets the id of the lead (featured) media asset, or null.</summary>
    public string? LeadMedia { get; }

    /// <summary>Gets the taxonomy (never null; <see cref="Taxonomy.Empty"/> when none).</summary>
    public Taxonomy Taxonomy { get; }

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

    /// <summary>Returns a copy whose body is plain paragraphs; the quotes must still fit it.</summary>
    /// <param name="body">The new paragraphs.</param>
    /// <returns>The new article.</returns>
    public Article WithBody(IEnumerable<string> body) => Copy(blocks: Paragraphs(body));

    /// <summary>Returns a copy with other body blocks; the quotes and media must still fit them.</summary>
    /// <param name="blocks">The new blocks.</param>
    /// <returns>The new article.</returns>
    public Article WithBlocks(IEnumerable<Block> blocks) => Copy(blocks: Preconditions.CheckNotNull(blocks));

    /// <summary>Returns a copy whose body is other plain paragraphs and with other quotes, checked together.</summary>
    /// <param name="body">The new paragraphs.</param>
    /// <param name="quotes">The new quotes, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithBodyAndQuotes(IEnumerable<string> body, IEnumerable<Quote>? quotes) =>
        Copy(blocks: Paragraphs(body), quotes: quotes ?? ImmutableArray<Quote>.Empty);

    /// <summary>Returns a copy with other credits.</summary>
    /// <param name="credits">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithCredits(IEnumerable<Credit>? credits) => Copy(credits: credits ?? ImmutableArray<Credit>.Empty);

    /// <summary>Returns a copy with other parties; every resolved speaker must still be among them.</summary>
    /// <param name="parties">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithParties(IEnumerable<Party>? parties) => Copy(parties: parties ?? ImmutableArray<Party>.Empty);

    /// <summary>Returns a copy with other quotes; they must fit the body and name speakers among the parties.</summary>
    /// <param name="quotes">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithQuotes(IEnumerable<Quote>? quotes) => Copy(quotes: quotes ?? ImmutableArray<Quote>.Empty);

    /// <summary>Returns a copy with other parties and quotes, checked together.</summary>
    /// <param name="parties">The new parties, or null for none.</param>
    /// <param name="quotes">The new quotes, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithPartiesAndQuotes(IEnumerable<Party>? parties, IEnumerable<Quote>? quotes) =>
        Copy(parties: parties ?? ImmutableArray<Party>.Empty, quotes: quotes ?? ImmutableArray<Quote>.Empty);

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

    /// <summary>Returns a copy with other rights.</summary>
    /// <param name="rights">The new value, or null.</param>
    /// <returns>The new article.</returns>
    public Article WithRights(Rights? rights) => Copy(rights: new Optional<Rights>(rights));

    /// <summary>Returns a copy with other media and lead media, checked against the body.</summary>
    /// <param name="media">The new media, or null for none.</param>
    /// <param name="leadMedia">The new lead media id, or null.</param>
    /// <returns>The new article.</returns>
    public Article WithMedia(IEnumerable<MediaAsset>? media, string? leadMedia) =>
        Copy(media: media ?? ImmutableArray<MediaAsset>.Empty, leadMedia: new Optional(leadMedia));

    /// <summary>Returns a copy with another taxonomy.</summary>
    /// <param name="taxonomy">The new value, or null for none.</param>
    /// <returns>The new article.</returns>
    public Article WithTaxonomy(Taxonomy? taxonomy) => Copy(taxonomy: taxonomy ?? Taxonomy.Empty);

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The new value.</param>
    /// <returns>The new article.</returns>
    public Article WithStatus(ArticleStatus status) => Copy(status: status);

    private Article Copy(
        string? id = null,
        string? headline = null,
        string? language = null,
        Publication? publication = null,
        Timeline? timeline = null,
        IEnumerable<Block>? blocks = null,
        IEnumerable<Credit>? credits = null,
        IEnumerable<Party>? parties = null,
        IEnumerable<Quote>? quotes = null,
        Optional? standfirst = null,
        Optional? dateline = null,
        Optional? canonicalUrl = null,
        IEnumerable<string>? places = null,
        Optional<Rights>? rights = null,
        IEnumerable<MediaAsset>? media = null,
        Optional? leadMedia = null,
        Taxonomy? taxonomy = null,
        ArticleStatus? status = null) =>
        new(
            id ?? Id,
            headline ?? Headline,
            language ?? Language,
            publication ?? Publication,
            timeline ?? Timeline,
            blocks ?? Blocks,
            credits ?? Credits,
            parties ?? Parties,
            quotes ?? Quotes,
            standfirst.HasValue ? standfirst.Value.Text : Standfirst,
            dateline.HasValue ? dateline.Value.Text : Dateline,
            canonicalUrl.HasValue ? canonicalUrl.Value.Text : CanonicalUrl,
            places ?? Places,
            rights.HasValue ? rights.Value.Value : Rights,
            media ?? Media,
            leadMedia.HasValue ? leadMedia.Value.Text : LeadMedia,
            taxonomy ?? Taxonomy,
            status ?? Status);

    /// <summary>Distinguishes "set to null" from "unchanged" in <see cref="Copy"/>.</summary>
    private readonly record struct Optional(string? Text);

    /// <summary>Distinguishes "set to null" from "unchanged" in <see cref="Copy"/>.</summary>
    private readonly record struct Optional<T>(T? Value)
        where T : class;

    /// <inheritdoc />
    public bool Equals(Article? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Status == other.Status
                && string.Equals(Id, other.Id, StringComparison.Ordinal)
                && string.Equals(Headline, other.Headline, StringComparison.Ordinal)
                && string.Equals(Language, other.Language, StringComparison.Ordinal)
                && string.Equals(Standfirst, other.Standfirst, StringComparison.Ordinal)
                && string.Equals(Dateline, other.Dateline, StringComparison.Ordinal)
                && string.Equals(CanonicalUrl, other.CanonicalUrl, StringComparison.Ordinal)
                && string.Equals(LeadMedia, other.LeadMedia, StringComparison.Ordinal)
                && Equals(Rights, other.Rights)
                && Publication.Equals(other.Publication)
                && Timeline.Equals(other.Timeline)
                && Taxonomy.Equals(other.Taxonomy)
                && Equality.SequenceEqual(Blocks, other.Blocks)
                && Equality.SequenceEqual(Credits, other.Credits)
                && Equality.SequenceEqual(Parties, other.Parties)
                && Equality.SequenceEqual(Quotes, other.Quotes)
                && Equality.SequenceEqual(Places, other.Places)
                && Equality.SequenceEqual(Media, other.Media)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Article);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Status);
        hash.Add(Headline, StringComparer.Ordinal);
        hash.Add(Language, StringComparer.Ordinal);
        hash.Add(Equality.TextHash(Standfirst));
        hash.Add(Equality.TextHash(Dateline));
        hash.Add(Equality.TextHash(CanonicalUrl));
        hash.Add(Equality.TextHash(LeadMedia));
        hash.Add(Rights);
        hash.Add(Publication);
        hash.Add(Timeline);
        hash.Add(Taxonomy);
        hash.Add(Equality.SequenceHash(Blocks));
        hash.Add(Equality.SequenceHash(Credits));
        hash.Add(Equality.SequenceHash(Parties));
        hash.Add(Equality.SequenceHash(Quotes));
        hash.Add(Equality.SequenceHash(Places));
        hash.Add(Equality.SequenceHash(Media));
        return hash.ToHashCode();
    }

    /// <summary>Returns a one-line summary: headline, publication, publication time (or status) and counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        new StringBuilder()
            .Append('"').Append(Headline).Append("\" — ").Append(Publication.Name)
            .Append(", ").Append(Timeline.Published?.ToString() ?? Status.ToString().ToLowerInvariant())
            .Append(CultureInfo.InvariantCulture, $" ({Blocks.Length} block(s), {Quotes.Length} quote(s), {Credits.Length} credit(s), {Media.Length} media)")
            .ToString();
}
