using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace NewsModel.Testing;

/// <summary>
/// A fluent builder of valid articles with sensible defaults, for tests that care about one or two members:
/// <c>new ArticleBuilder().WithHeadline("Fares rise").AddParagraph("...").Build()</c>.
/// </summary>
/// <remarks>
/// <para>Defaults: id <c>article-1</c>, headline <c>Ferry fares to rise next month</c>, language <c>en</c>, the
/// publication <c>Harbour Herald</c> in Asia/Hong_Kong, status published, published 2025-01-15 09:00 local time (a
/// draft or scheduled article has no publication moment unless one is set), one paragraph, no credits, quotes,
/// parties, media, taxonomy or rights. Every member can be overridden.</para>
/// <para>The body is built block by block (<see cref="AddParagraph(string)"/>, <see cref="AddHeading"/>,
/// <see cref="AddList"/>, <see cref="AddMedia"/>, ...); the first block added replaces the default paragraph. Marks
/// are placed by their text with <see cref="InlineTextBuilder"/>.</para>
/// <para>Quotes find their range in their block by ordinal search (failing when the text is absent or occurs more
/// than once) and add a resolved speaker to the parties, so the article is valid for the validators too.</para>
/// <para>A builder is mutable and not thread-safe; <see cref="Build"/> may be called any number of times and each
/// result is an independent immutable article.</para>
/// </remarks>
public sealed class ArticleBuilder
{
    private static readonly DateTimeZone DefaultZone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private readonly List<Block> _blocks = new();
    private readonly List<MediaAsset> _media = new();
    private readonly List<Revision> _revisions = new();
    private readonly List<Section> _sections = new();
    private readonly List<Concept> _subjects = new();
    private readonly List<string> _keywords = new();
    private readonly List<Concept> _genres = new();
    private readonly List<Credit> _credits = new();
    private readonly List<Party> _parties = new();
    private readonly List<Quote> _quotes = new();
    private readonly List<string> _places = new();
    private readonly List<Correction> _corrections = new();
    private string _id = "article-1";
    private string _headline = "Ferry fares to rise next month";
    private string _language = "en";
    private Publication _publication = new("Harbour Herald", DefaultZone, "HH");
    private Moment? _published;
    private Moment? _updated;
    private Moment? _created;
    private Moment? _embargoedUntil;
    private string? _standfirst;
    private string? _dateline;
    private string? _canonicalUrl;
    private Rights? _rights;
    private string? _leadMedia;
    private Section? _primarySection;
    private int? _urgency;
    private ArticleStatus _status = ArticleStatus.Published;
    private Moment? _scheduled;
    private Withdrawal? _withdrawal;

    /// <summary>Sets the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithId(string id) => Set(() => _id = id);

    /// <summary>Sets the headline.</summary>
    /// <param name="headline">The headline.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithHeadline(string headline) => Set(() => _headline = headline);

    /// <summary>Sets the language tag.</summary>
    /// <param name="language">The BCP 47 tag.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithLanguage(string language) => Set(() => _language = language);

    /// <summary>Sets the publication; stamps given as local times are read in its zone.</summary>
    /// <param name="publication">The publication.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithPublication(Publication publication) => Set(() => _publication = publication);

    /// <summary>Sets the publication by name and zone id.</summary>
    /// <param name="name">The name.</param>
    /// <param name="zoneId">A TZDB zone id.</param>
    /// <param name="shortName">The short name, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithPublication(string name, string zoneId, string? shortName = null) =>
        Set(() => _publication = new Publication(name, DateTimeZoneProviders.Tzdb[zoneId], shortName));

    /// <summary>Sets first-published as a local time in the publication's zone (strictly: no gap or ambiguity). With a
    /// printed stamp the moment states the precision the local time shows (<see cref="MomentPrecision.Minute"/> when
    /// its seconds are zero).</summary>
    /// <param name="local">The local time.</param>
    /// <param name="printed">The stamp as printed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithPublished(LocalDateTime local, string? printed = null) => Set(() => _published = Local(local, printed));

    /// <summary>Sets first-published.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithPublished(Moment moment) => Set(() => _published = moment);

    /// <summary>Sets last-updated as a local time in the publication's zone.</summary>
    /// <param name="local">The local time.</param>
    /// <param name="printed">The stamp as printed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithUpdated(LocalDateTime local, string? printed = null) => Set(() => _updated = Local(local, printed));

    /// <summary>Sets last-updated.</summary>
    /// <param name="moment">The moment, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithUpdated(Moment? moment) => Set(() => _updated = moment);

    /// <summary>Sets the created moment.</summary>
    /// <param name="moment">The moment, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithCreated(Moment? moment) => Set(() => _created = moment);

    /// <summary>Sets the embargo end.</summary>
    /// <param name="moment">The moment, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithEmbargoedUntil(Moment? moment) => Set(() => _embargoedUntil = moment);

    /// <summary>Adds a correction made at a local time in the publication's zone.</summary>
    /// <param name="local">When.</param>
    /// <param name="text">The notice.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddCorrection(LocalDateTime local, string text) => Set(() => _corrections.Add(new Correction(Local(local, null), text)));

    /// <summary>Sets the standfirst.</summary>
    /// <param name="standfirst">The standfirst, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithStandfirst(string? standfirst) => Set(() => _standfirst = standfirst);

    /// <summary>Sets the dateline.</summary>
    /// <param name="dateline">The dateline, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithDateline(string? dateline) => Set(() => _dateline = dateline);

    /// <summary>Sets the canonical URL.</summary>
    /// <param name="url">The URL, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithCanonicalUrl(string? url) => Set(() => _canonicalUrl = url);

    /// <summary>Sets the rights (holder, notice, licence, usage terms).</summary>
    /// <param name="rights">The rights, or null for none.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithRights(Rights? rights) => Set(() => _rights = rights);

    /// <summary>Sets the copyright notice as printed (<see cref="Rights.Notice"/>), keeping the other members of the
    /// rights; a null notice with no other member leaves no rights.</summary>
    /// <param name="copyright">The notice, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithCopyright(string? copyright) => Set(() =>
        _rights = copyright is null && (_rights is null || (_rights.Holder ?? _rights.LicenseUrl ?? _rights.UsageTerms) is null)
            ? null
            : new Rights(_rights?.Holder, copyright, _rights?.LicenseUrl, _rights?.UsageTerms));

    /// <summary>Sets the status. A draft or scheduled article gets no default publication moment.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithStatus(ArticleStatus status) => Set(() => _status = status);

    /// <summary>Makes the article a draft (no publication moment unless one is set).</summary>
    /// <returns>This builder.</returns>
    public ArticleBuilder AsDraft() => WithStatus(ArticleStatus.Draft);

    /// <summary>Makes the article scheduled for a local time in the publication's zone (no publication moment unless
    /// one is set).</summary>
    /// <param name="local">When it is to be published.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AsScheduled(LocalDateTime local) => Set(() =>
    {
        _status = ArticleStatus.Scheduled;
        _scheduled = Local(local, null);
    });

    /// <summary>Makes the article withdrawn at a local time in the publication's zone (it keeps its publication
    /// moment, which must not be later).</summary>
    /// <param name="local">When it was withdrawn.</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AsWithdrawn(LocalDateTime local, string? reason = null) => Set(() =>
    {
        _status = ArticleStatus.Withdrawn;
        _withdrawal = new Withdrawal(Local(local, null), reason);
    });

    /// <summary>Sets the scheduled publication moment without changing the status.</summary>
    /// <param name="moment">The moment, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithScheduled(Moment? moment) => Set(() => _scheduled = moment);

    /// <summary>Sets the withdrawal without changing the status.</summary>
    /// <param name="withdrawal">The withdrawal, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithWithdrawal(Withdrawal? withdrawal) => Set(() => _withdrawal = withdrawal);

    /// <summary>Adds a revision made at a local time in the publication's zone.</summary>
    /// <param name="local">When.</param>
    /// <param name="note">What changed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddRevision(LocalDateTime local, string? note = null) => Set(() => _revisions.Add(new Revision(Local(local, null), note)));

    /// <summary>Adds a body paragraph (replacing the default one on first use).</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddParagraph(string paragraph) => AddBlock(new ParagraphBlock(new InlineText(paragraph)));

    /// <summary>Adds a body paragraph with marks (see <see cref="InlineTextBuilder"/>).</summary>
    /// <param name="text">The paragraph.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddParagraph(InlineText text) => AddBlock(new ParagraphBlock(text));

    /// <summary>Adds a heading (a subhead).</summary>
    /// <param name="text">The heading's text.</param>
    /// <param name="level">Its level, 1 to 6; subheads are usually 2.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddHeading(InlineText text, int level = 2) => AddBlock(new HeadingBlock(level, text));

    /// <summary>Adds an unordered (bulleted) list.</summary>
    /// <param name="items">Its items.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddList(params InlineText[] items) => AddBlock(new ListBlock(items));

    /// <summary>Adds an ordered (numbered) list.</summary>
    /// <param name="items">Its items.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddOrderedList(params InlineText[] items) => AddBlock(new ListBlock(items, ordered: true));

    /// <summary>Adds a block quotation.</summary>
    /// <param name="text">The quoted text.</param>
    /// <param name="citation">Its source as printed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddBlockQuote(InlineText text, string? citation = null) => AddBlock(new QuoteBlock(text, pull: false, citation));

    /// <summary>Adds a pull quote: words from the article set apart for display.</summary>
    /// <param name="text">The words.</param>
    /// <param name="citation">Who said them as printed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddPullQuote(InlineText text, string? citation = null) => AddBlock(new QuoteBlock(text, pull: true, citation));

    /// <summary>Adds a media asset to the article's media (once) and a block showing it in the body.</summary>
    /// <param name="asset">The asset.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddMedia(MediaAsset asset)
    {
        AddMediaAsset(asset);
        return AddBlock(new MediaBlock(asset.Id));
    }

    /// <summary>Adds a media asset to the article's media without showing it in the body (for lead media or gallery
    /// items); an asset equal to one already added is not added again.</summary>
    /// <param name="asset">The asset.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddMediaAsset(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (!_media.Contains(asset))
        {
            _media.Add(asset);
        }
        return this;
    }

    /// <summary>Sets the lead (featured) media by id; the asset must be added too.</summary>
    /// <param name="mediaId">The asset's id, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithLeadMedia(string? mediaId) => Set(() => _leadMedia = mediaId);

    /// <summary>Adds content embedded from a provider.</summary>
    /// <param name="url">The embedded content's URL.</param>
    /// <param name="provider">The provider ("YouTube"), or null.</param>
    /// <param name="fallbackHtml">HTML to show where the embed cannot be, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddEmbed(string url, string? provider = null, string? fallbackHtml = null) => AddBlock(new EmbedBlock(url, provider, fallbackHtml));

    /// <summary>Adds a table: <c>AddTable(true, ["Route", "Fare"], ["Central", "$5.00"])</c>.</summary>
    /// <param name="headerRow">Whether the first row is a header row.</param>
    /// <param name="rows">Its rows of cells.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddTable(bool headerRow, params IEnumerable<InlineText>[] rows) => AddBlock(new TableBlock(rows, headerRow));

    /// <summary>Adds a divider.</summary>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddDivider() => AddBlock(DividerBlock.Instance);

    /// <summary>Adds preformatted text kept as printed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddPreformatted(string text) => AddBlock(new PreformattedBlock(text));

    /// <summary>Adds a link to a related article.</summary>
    /// <param name="url">Its URL.</param>
    /// <param name="title">Its title as shown.</param>
    /// <param name="articleId">Its article id, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddRelatedLink(string url, string title, string? articleId = null) => AddBlock(new RelatedLinkBlock(url, title, articleId));

    /// <summary>Adds raw HTML kept as given.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddRawHtml(string html) => AddBlock(new RawHtmlBlock(html));

    /// <summary>Adds any block (replacing the default paragraph on first use).</summary>
    /// <param name="block">The block.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddBlock(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _blocks.Add(block);
        return this;
    }

    /// <summary>Sets the primary section.</summary>
    /// <param name="section">The section, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithPrimarySection(Section? section) => Set(() => _primarySection = section);

    /// <summary>Adds a section the article appears in.</summary>
    /// <param name="section">The section.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddSection(Section section) => Set(() => _sections.Add(section));

    /// <summary>Adds a subject (for example an IPTC media topic).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddSubject(Concept subject) => Set(() => _subjects.Add(subject));

    /// <summary>Adds a genre (for example an IPTC genre).</summary>
    /// <param name="genre">The genre.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddGenre(Concept genre) => Set(() => _genres.Add(genre));

    /// <summary>Adds keywords.</summary>
    /// <param name="keywords">The keywords.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddKeywords(params string[] keywords) => Set(() => _keywords.AddRange(keywords));

    /// <summary>Sets the editorial urgency, 1 (most urgent) to 9.</summary>
    /// <param name="urgency">The urgency, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithUrgency(int? urgency) => Set(() => _urgency = urgency);

    /// <summary>Replaces every part of the taxonomy (sections, subjects, keywords, genres, urgency).</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithTaxonomy(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _primarySection = taxonomy.PrimarySection;
        Replace(_sections, taxonomy.Sections);
        Replace(_subjects, taxonomy.Subjects);
        Replace(_keywords, taxonomy.Keywords);
        Replace(_genres, taxonomy.Genres);
        _urgency = taxonomy.Urgency;
        return this;
    }

    /// <summary>Adds a credit.</summary>
    /// <param name="name">The credited name.</param>
    /// <param name="role">The contribution.</param>
    /// <param name="kind">Person or organisation.</param>
    /// <param name="printed">The credit line as printed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddCredit(string name, CreditRole role = CreditRole.Author, PartyKind kind = PartyKind.Person, string? printed = null) =>
        Set(() => _credits.Add(new Credit(name, kind, role, printed)));

    /// <summary>Adds a credit with all its members (an id and profile URL, for instance).</summary>
    /// <param name="credit">The credit.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddCredit(Credit credit)
    {
        ArgumentNullException.ThrowIfNull(credit);
        _credits.Add(credit);
        return this;
    }

    /// <summary>Adds a place.</summary>
    /// <param name="place">The place.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddPlace(string place) => Set(() => _places.Add(place));

    /// <summary>Adds a party that no quote names (once).</summary>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddParty(Party party) => Set(() => AddPartyOnce(party));

    /// <summary>
    /// Adds a quote resolved to <paramref name="speaker"/>, standing in the last block with text added so far, and the
    /// speaker to the parties.
    /// </summary>
    /// <param name="text">The quoted text; must occur exactly once in the block.</param>
    /// <param name="speaker">Who said it.</param>
    /// <param name="cue">The cue verb as printed.</param>
    /// <param name="kind">The kind of quote.</param>
    /// <param name="mention">How the sentence names the speaker, or null.</param>
    /// <param name="via">The channel, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No block with text was added, or the text does not occur in the last
    /// one or occurs more than once.</exception>
    public ArticleBuilder AddQuote(string text, Party speaker, string? cue = "said", QuoteKind kind = QuoteKind.Direct, string? mention = null, string? via = null)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return AddQuote(text, new Attribution(speaker, mention, cue, via), kind);
    }

    /// <summary>Adds a quote whose speaker the text names only by a mention no party was found for ("she"), standing
    /// in the last block with text added so far.</summary>
    /// <param name="text">The quoted text; must occur exactly once in the block.</param>
    /// <param name="mention">The mention as printed.</param>
    /// <param name="cue">The cue verb as printed.</param>
    /// <param name="kind">The kind of quote.</param>
    /// <param name="via">The channel, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No block with text was added, or the text does not occur in the last
    /// one or occurs more than once.</exception>
    public ArticleBuilder AddUnresolvedQuote(string text, string mention, string? cue = "said", QuoteKind kind = QuoteKind.Direct, string? via = null) =>
        AddQuote(text, Attribution.Unresolved(mention, cue, via), kind);

    /// <summary>Adds a quote from an anonymous source ("a ferry operator official"), standing in the last block with
    /// text added so far.</summary>
    /// <param name="text">The quoted text; must occur exactly once in the block.</param>
    /// <param name="description">The source as printed.</param>
    /// <param name="cue">The cue verb as printed.</param>
    /// <param name="kind">The kind of quote.</param>
    /// <param name="via">The channel, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No block with text was added, or the text does not occur in the last
    /// one or occurs more than once.</exception>
    public ArticleBuilder AddAnonymousQuote(string text, string description, string? cue = "said", QuoteKind kind = QuoteKind.Direct, string? via = null) =>
        AddQuote(text, Attribution.Anonymous(description, cue, via), kind);

    /// <summary>Adds a quote standing in the last block with text added so far (a paragraph, heading, list, quotation,
    /// table or preformatted text), and a resolved speaker to the parties.</summary>
    /// <param name="text">The quoted text; must occur exactly once in the block's plain text.</param>
    /// <param name="attribution">Who said it.</param>
    /// <param name="kind">The kind of quote.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No block with text was added, or the text does not occur in the last
    /// one or occurs more than once.</exception>
    public ArticleBuilder AddQuote(string text, Attribution attribution, QuoteKind kind = QuoteKind.Direct)
    {
        int block = _blocks.FindLastIndex(b => b.HasText);
        if (block < 0)
        {
            throw new InvalidOperationException("Add the block the quote stands in before the quote.");
        }
        return AddQuoteIn(block, text, attribution, kind);
    }

    /// <summary>Adds a quote standing in the block at <paramref name="block"/>, and a resolved speaker to the parties.</summary>
    /// <param name="block">The index of the block among those added so far.</param>
    /// <param name="text">The quoted text; must occur exactly once in the block's plain text.</param>
    /// <param name="attribution">Who said it.</param>
    /// <param name="kind">The kind of quote.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No block has that index.</exception>
    /// <exception cref="InvalidOperationException">The text does not occur in the block or occurs more than once.</exception>
    public ArticleBuilder AddQuoteIn(int block, string text, Attribution attribution, QuoteKind kind = QuoteKind.Direct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentOutOfRangeException.ThrowIfNegative(block);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(block, _blocks.Count);
        var range = TextSearch.Once(_blocks[block].PlainText, text, "The quote", string.Create(CultureInfo.InvariantCulture, $"block {block}"));
        return AddQuote(new Quote(text, kind, block, range, attribution));
    }

    /// <summary>Adds a ready quote (its block index counts the blocks added), and a resolved speaker to the parties.</summary>
    /// <param name="quote">The quote.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        _quotes.Add(quote);
        if (quote.Attribution.Speaker is { } speaker)
        {
            AddPartyOnce(speaker);
        }
        return this;
    }

    /// <summary>Builds the article (validated by the model's constructors).</summary>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentException">The members set do not make a valid article.</exception>
    public Article Build()
    {
        var published = _published
            ?? (_status is ArticleStatus.Published or ArticleStatus.Withdrawn ? Local(new LocalDateTime(2025, 1, 15, 9, 0), null) : null);
        IEnumerable<Block> body = _blocks.Count > 0
            ? _blocks.ToArray()
            : new[] { Block.Paragraph("Cross-harbour ferry fares will rise by 8 per cent from next month, the operator said on Wednesday.") };
        var taxonomy = new Taxonomy(_primarySection, _sections, _subjects, _keywords, _genres, _urgency);
        return new Article(
            _id, _headline, _language, _publication,
            new Timeline(published, _updated, _created, _embargoedUntil, _corrections, _scheduled, _withdrawal, _revisions),
            body, _credits, _parties, _quotes, _standfirst, _dateline, _canonicalUrl, _places, _rights,
            _media, _leadMedia, taxonomy, _status);
    }

    /// <summary>A local time in the publication's zone. A printed stamp states what its local time shows: the
    /// minute when the seconds are zero, the second when the fraction is zero, otherwise everything.</summary>
    private Moment Local(LocalDateTime local, string? printed) =>
        Moment.FromZoned(
            local.InZoneStrictly(_publication.Zone),
            printed,
            printed is null || local.NanosecondOfSecond != 0 ? MomentPrecision.Exact
            : local.Second != 0 ? MomentPrecision.Second
            : MomentPrecision.Minute);

    private void AddPartyOnce(Party party)
    {
        if (!_parties.Contains(party))
        {
            _parties.Add(party);
        }
    }

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }

    private ArticleBuilder Set(Action change)
    {
        change();
        return this;
    }
}
