using System;
using System.Collections.Generic;
using NodaTime;

namespace NewsModel.Testing;

/// <summary>
/// A fluent builder of valid articles with sensible defaults, for tests that care about one or two members:
/// <c>new ArticleBuilder().WithHeadline("Fares rise").AddParagraph("...").Build()</c>.
/// </summary>
/// <remarks>
/// <para>Defaults: id <c>article-1</c>, headline <c>Ferry fares to rise next month</c>, language <c>en</c>, the
/// publication <c>Harbour Herald</c> in Asia/Hong_Kong, published 2025-01-15 09:00 local time, one paragraph,
/// no credits, quotes or parties. Every member can be overridden.</para>
/// <para>Quotes added with <see cref="AddQuote"/> find their range in the paragraph by ordinal search and add their
/// speaker to the parties, so the article is valid for the validators too.</para>
/// <para>A builder is mutable and not thread-safe; <see cref="Build"/> may be called any number of times and each
/// result is an independent immutable article.</para>
/// </remarks>
public sealed class ArticleBuilder
{
    private static readonly DateTimeZone DefaultZone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private readonly List<string> _body = new();
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
    private string? _copyright;

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

    /// <summary>Sets the copyright notice.</summary>
    /// <param name="copyright">The notice, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder WithCopyright(string? copyright) => Set(() => _copyright = copyright);

    /// <summary>Adds a body paragraph (replacing the default one on first use).</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddParagraph(string paragraph) => Set(() => _body.Add(paragraph));

    /// <summary>Adds a credit.</summary>
    /// <param name="name">The credited name.</param>
    /// <param name="role">The contribution.</param>
    /// <param name="kind">Person or organisation.</param>
    /// <param name="printed">The credit line as printed, or null.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddCredit(string name, CreditRole role = CreditRole.Author, PartyKind kind = PartyKind.Person, string? printed = null) =>
        Set(() => _credits.Add(new Credit(name, kind, role, printed)));

    /// <summary>Adds a place.</summary>
    /// <param name="place">The place.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddPlace(string place) => Set(() => _places.Add(place));

    /// <summary>Adds a party that no quote names.</summary>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder AddParty(Party party) => Set(() => AddPartyOnce(party));

    /// <summary>
    /// Adds a quote standing in the last paragraph added so far (at its first occurrence), and its speaker to the parties.
    /// </summary>
    /// <param name="text">The quoted text; must occur in the paragraph.</param>
    /// <param name="speaker">Who said it.</param>
    /// <param name="cue">The cue verb as printed.</param>
    /// <param name="kind">The kind of quote.</param>
    /// <param name="mention">How the sentence names the speaker, or null.</param>
    /// <param name="via">The channel, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No paragraph was added, or the text is not in it.</exception>
    public ArticleBuilder AddQuote(string text, Party speaker, string? cue = "said", QuoteKind kind = QuoteKind.Direct, string? mention = null, string? via = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(speaker);
        if (_body.Count == 0)
        {
            throw new InvalidOperationException("Add the paragraph the quote stands in before the quote.");
        }
        int paragraph = _body.Count - 1;
        int start = _body[paragraph].IndexOf(text, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"The quote \"{text}\" does not occur in paragraph {paragraph}.");
        }
        _quotes.Add(new Quote(text, kind, paragraph, new TextRange(start, text.Length), new Attribution(speaker, mention, cue, via)));
        AddPartyOnce(speaker);
        return this;
    }

    /// <summary>Builds the article (validated by the model's constructors).</summary>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentException">The members set do not make a valid article.</exception>
    public Article Build()
    {
        var published = _published ?? Local(new LocalDateTime(2025, 1, 15, 9, 0), null);
        var body = _body.Count > 0 ? _body.ToArray() : new[] { "Cross-harbour ferry fares will rise by 8 per cent from next month, the operator said on Wednesday." };
        return new Article(
            _id, _headline, _language, _publication,
            new Timeline(published, _updated, _created, _embargoedUntil, _corrections),
            body, _credits, _parties, _quotes, _standfirst, _dateline, _canonicalUrl, _places, _copyright is null ? null : Rights.FromNotice(_copyright));
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

    private ArticleBuilder Set(Action change)
    {
        change();
        return this;
    }
}
