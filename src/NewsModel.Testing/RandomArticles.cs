using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace NewsModel.Testing;

/// <summary>
/// A seeded generator of realistic, valid articles (no property-testing library needed): newsroom zones, stamps
/// printed as newsrooms print them, paragraphs with direct, partial, indirect and anonymous quotes whose ranges point
/// at their text, speakers with roles and identities, agency channels and credits; a body of every block kind
/// (subheads that never skip a level, lists, block and pull quotes, media, embeds, tables, dividers, preformatted
/// text, related links, raw HTML) with marks of every kind whose ranges fit, nest and never split a surrogate pair;
/// images, video, audio and galleries with alt text, captions, credits, rights and renditions; taxonomy and rights.
/// The same seed gives the same articles on every machine and run.
/// </summary>
/// <remarks>
/// <para>By default every article is meant to pass the <c>Publish</c> validation profile: it is published with a
/// publication moment, every image has alt text, a credit and rights, every link is http(s), no text block is empty,
/// and every speaker is resolved or an anonymous source. With <see cref="Publishable"/> false the generator also
/// makes drafts (no publication moment), scheduled articles (a scheduled moment, no publication moment), withdrawn
/// articles (a withdrawal after publication) and quotes whose speaker is unresolved ("she said"), which the
/// <c>Publish</c> profile reports.</para>
/// <para>An instance is mutable (it advances its own random sequence) and not thread-safe: use one per thread.</para>
/// </remarks>
public sealed class RandomArticles
{
    private static readonly string[] Zones =
    {
        "Asia/Hong_Kong", "Europe/London", "America/New_York", "America/Los_Angeles", "Australia/Sydney",
        "Asia/Tokyo", "Europe/Berlin", "Asia/Kolkata", "America/Sao_Paulo", "Africa/Johannesburg",
    };

    private static readonly string[] Outlets = { "Harbour Herald", "Morning Ledger", "Valley Courier", "Coastal Times" };
    private static readonly string[] Given = { "Ming", "Sarah", "Kenji", "Amara", "Luis", "Priya", "Tomasz", "Aisha", "Oliver", "Mei" };
    private static readonly string[] Family = { "Chan", "Okafor", "Tanaka", "Silva", "Kowalski", "Iyer", "Leung", "Hughes", "Nakamura", "Mensah" };
    private static readonly string[] Organisations =
    {
        "Transport Department", "Harbour Crossing Company", "Ministry of Finance", "City Council", "Port Authority",
        "National Weather Service", "Teachers' Union", "Chamber of Commerce",
    };

    private static readonly string[] Roles = { "spokeswoman for the", "chairman of the", "director of the", "a senior official at the", "head of research at the" };
    private static readonly string[] Agencies = { "Reuters", "Associated Press", "Agence France-Presse", "Kyodo news agency", "Xinhua" };
    private static readonly string[] Cues = { "said", "told reporters", "added", "warned", "insisted", "replied" };
    private static readonly string[] Subjects = { "The council", "Officials", "The operator", "Residents", "Analysts", "The ministry" };
    private static readonly string[] Verbs = { "approved", "rejected", "delayed", "reviewed", "welcomed", "questioned" };
    private static readonly string[] Objects =
    {
        "the new timetable", "a rise in fares", "plans for a second pier", "the budget for next year",
        "changes to the school calendar", "a review of safety rules",
    };

    private static readonly string[] Sayings =
    {
        "We will keep listening to the people who depend on this service every day",
        "Nobody wants higher prices, but the numbers leave us little choice",
        "This is a fair outcome for everyone involved",
        "We expect the first results before the end of the year",
        "The public deserves a clear answer, and they will get one",
        "Fares alone cannot carry the cost of a fleet this old",
        "Our members were told nothing until the notice went up at the pier",
    };

    private static readonly string[] Anonymous =
    {
        "a ferry operator official", "a senior government source", "a person familiar with the talks",
        "one board member, who asked not to be named",
    };

    private static readonly string[] Pronouns = { "she", "he", "they", "the spokesman" };

    private static readonly string[] Headings = { "What changes", "Why now", "Reaction", "What happens next", "The numbers", "Background" };

    private static readonly string[] Routes = { "Central", "Wan Chai", "Tsim Sha Tsui", "Hung Hom", "North Point", "Kowloon City" };

    private static readonly string[] Topics =
    {
        "medtop:04000000|economy, business and finance", "medtop:05000000|education", "medtop:11000000|politics",
        "medtop:14000000|society", "medtop:17000000|weather",
    };

    private static readonly string[] Genres = { "genre:Current|Current", "genre:Analysis|Analysis", "genre:Interview|Interview" };

    private static readonly string[] Keywords = { "ferry", "fares", "transport", "budget", "harbour", "commuters", "council", "safety" };

    private static readonly string[] SectionNames = { "News", "Hong Kong", "Business", "Transport", "World" };

    private static readonly string[] Captions =
    {
        "Passengers board the morning ferry at the pier",
        "The harbour at dusk, seen from the upper deck \U0001F6A2",
        "Commuters queue at the ticket gates",
        "A crew member ties up at the pier in 𠮷 Bay",
    };

    private static readonly int[] RenditionWidths = { 320, 640, 1280 };

    private static readonly string[] Notes =
    {
        "Figures from the operator's annual report.", "Fares in Hong Kong dollars.", "Adult fare, weekdays.",
    };

    private readonly Random _random;
    private int _count;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same sequence of articles.</param>
    public RandomArticles(int seed) => _random = new Random(seed);

    /// <summary>Gets whether every article is meant to pass the <c>Publish</c> validation profile (the default), or
    /// whether drafts, scheduled and withdrawn articles and unresolved speakers are made too.</summary>
    public bool Publishable { get; init; } = true;

    /// <summary>Generates the next article.</summary>
    /// <returns>A valid article (for the constructors always; for the <c>Publish</c> profile when
    /// <see cref="Publishable"/>).</returns>
    public Article Next()
    {
        _count++;
        var zone = DateTimeZoneProviders.Tzdb[Pick(Zones)];
        string outlet = Pick(Outlets);
        var publication = new Publication(outlet, zone, Initials(outlet));
        var local = new LocalDateTime(2000 + _random.Next(26), 1 + _random.Next(12), 1 + _random.Next(28), _random.Next(24), _random.Next(60));
        var stamp = Moment.FromZoned(local.InZoneLeniently(zone), Print(local.InZoneLeniently(zone)), MomentPrecision.Minute);
        var status = Publishable || _random.Next(2) == 0 ? ArticleStatus.Published : (ArticleStatus)(1 + _random.Next(3));
        var timeline = Lifecycle(status, stamp, zone);
        string domain = "https://www." + outlet.ToLowerInvariant().Replace(' ', '-') + ".example";

        var article = new Draft(this, domain);
        int paragraphs = 3 + _random.Next(6);
        for (int p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                article.Extra(_random.Next(14));
            }
            article.Paragraph(stamp);
        }
        // Lead with a picture or video (an audio recording makes a poor teaser, and the validators say so).
        if (article.Media.Find(m => m.Kind is MediaKind.Image or MediaKind.Video) is { } lead && _random.Next(2) == 0)
        {
            article.LeadMedia = lead.Id;
        }

        var author = new Credit($"{Pick(Given)} {Pick(Family)}", PartyKind.Person, CreditRole.Author);
        if (_random.Next(2) == 0)
        {
            string slug = author.Name.ToLowerInvariant().Replace(' ', '-');
            author = author.WithIdentity("staff-" + slug, domain + "/authors/" + slug);
        }
        var credits = new List<Credit> { author };
        foreach (var agency in article.Channels)
        {
            credits.Add(new Credit(agency, PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by " + agency));
        }
        string headline = $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}";
        string id = string.Create(CultureInfo.InvariantCulture, $"{publication.ShortName!.ToLowerInvariant()}-{stamp.LocalDateTime:uuuu-MM-dd}-{_count}");
        return new Article(id, headline, "en", publication, timeline, article.Blocks, credits, article.Parties, article.Quotes,
            standfirst: _random.Next(2) == 0 ? null : $"{Pick(Subjects)} say the decision will be reviewed",
            dateline: _random.Next(3) == 0 ? zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ').ToUpperInvariant() : null,
            rights: _random.Next(3) == 0 ? null : ArticleRights(outlet, stamp),
            media: article.Media,
            leadMedia: article.LeadMedia,
            taxonomy: _random.Next(4) == 0 ? null : ArticleTaxonomy(domain),
            status: status);
    }

    /// <summary>Moments that agree with the status: a published or withdrawn article has its publication moment (and
    /// perhaps an update and revisions after it; a withdrawal after it), a draft or scheduled one none (a scheduled one
    /// its scheduled moment).</summary>
    private Timeline Lifecycle(ArticleStatus status, Moment stamp, DateTimeZone zone)
    {
        Moment Later(Moment after, int maxMinutes)
        {
            var later = (after.Instant + Duration.FromMinutes(5 + _random.Next(maxMinutes))).InZone(zone);
            return Moment.FromZoned(later, Print(later), MomentPrecision.Minute);
        }

        switch (status)
        {
            case ArticleStatus.Draft:
                return new Timeline(null, created: stamp.WithPrinted(null));
            case ArticleStatus.Scheduled:
                return new Timeline(null, created: stamp.WithPrinted(null), scheduled: Later(stamp, 60 * 24).WithPrinted(null));
        }
        Moment? updated = _random.Next(3) != 0 ? Later(stamp, 60 * 30) : null;
        var revisions = new List<Revision>();
        var last = stamp;
        for (int i = _random.Next(3); i > 0; i--)
        {
            last = Later(last, 60 * 8).WithPrinted(null);
            revisions.Add(new Revision(last, _random.Next(2) == 0 ? null : "Adds reaction from " + Pick(Organisations)));
        }
        var withdrawal = status == ArticleStatus.Withdrawn
            ? new Withdrawal(Later(updated ?? stamp, 60 * 24).WithPrinted(null), _random.Next(2) == 0 ? null : "Legal advice")
            : null;
        return new Timeline(stamp, updated, revisions: revisions, withdrawal: withdrawal);
    }

    private Rights ArticleRights(string outlet, Moment stamp) =>
        new(outlet, string.Create(CultureInfo.InvariantCulture, $"\u00a9 {stamp.LocalDateTime.Year} {outlet}"),
            _random.Next(3) == 0 ? "https://creativecommons.org/licenses/by-nd/4.0/" : null,
            _random.Next(2) == 0 ? "Not for resale." : null);

    private Taxonomy ArticleTaxonomy(string domain)
    {
        Section SectionOf(string name) => new(name, name.ToLowerInvariant().Replace(' ', '-'), domain + "/" + name.ToLowerInvariant().Replace(' ', '-'));
        var primary = SectionOf(Pick(SectionNames));
        var sections = new List<Section> { primary };
        string other = Pick(SectionNames);
        if (other != primary.Name)
        {
            sections.Add(SectionOf(other));
        }
        var subjects = new List<Concept>();
        foreach (var topic in Distinct(Topics, 1 + _random.Next(3)))
        {
            var parts = topic.Split('|');
            subjects.Add(new Concept(parts[1], parts[0], "medtop", "http://cv.iptc.org/newscodes/mediatopic/" + parts[0]["medtop:".Length..]));
        }
        var genre = Pick(Genres).Split('|');
        return new Taxonomy(primary, sections, subjects, Distinct(Keywords, _random.Next(5)),
            _random.Next(2) == 0 ? null : new[] { new Concept(genre[1], genre[0], "genre", "http://cv.iptc.org/newscodes/genre/" + genre[0]["genre:".Length..]) },
            _random.Next(2) == 0 ? null : 1 + _random.Next(9));
    }

    /// <summary><paramref name="count"/> different items in a random order.</summary>
    private List<string> Distinct(string[] items, int count)
    {
        var pool = new List<string>(items);
        var taken = new List<string>();
        while (taken.Count < count && TryTake(pool, out string item))
        {
            taken.Add(item);
        }
        return taken;
    }

    /// <summary>The body, media, parties and quotes of one article as they are generated.</summary>
    private sealed class Draft(RandomArticles random, string domain)
    {
        private readonly Dictionary<string, Party> _people = new(StringComparer.Ordinal);
        private readonly List<string> _sayings = new(Sayings);
        private readonly List<string> _fragments = new(Objects);
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private int _headingLevel;

        public List<Block> Blocks { get; } = new();

        public List<Quote> Quotes { get; } = new();

        public List<Party> Parties { get; } = new();

        public List<string> Channels { get; } = new();

        public List<MediaAsset> Media { get; } = new();

        public string? LeadMedia { get; set; }

        /// <summary>A paragraph: plain, or with a direct, partial, indirect, anonymous or (unless publishable)
        /// unresolved quote; a third of them with marks.</summary>
        public void Paragraph(Moment stamp)
        {
            int block = Blocks.Count;
            switch (random._random.Next(random.Publishable ? 5 : 6))
            {
                case 1 when random.TryTake(_sayings, out string saying):
                {
                    var speaker = Person();
                    string cue = random.Pick(Cues);
                    Add(block, $"\"{saying},\" {speaker.Name}, {speaker.Role}, {cue}.", saying, QuoteKind.Direct, new Attribution(speaker, cue: cue));
                    break;
                }
                case 2 when random.TryTake(_fragments, out string fragment):
                {
                    var speaker = Person();
                    string agency = random.Pick(Agencies);
                    if (!Channels.Contains(agency))
                    {
                        Channels.Add(agency);
                    }
                    string surname = speaker.Name[(speaker.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                    Add(block, $"{surname} called {random.Pick(Subjects).ToLowerInvariant()} \"{fragment}\", {agency} said.", fragment, QuoteKind.Partial,
                        new Attribution(speaker, surname, "called", agency));
                    break;
                }
                case 3:
                {
                    var organisation = new Party(random.Pick(Organisations), PartyKind.Organisation);
                    string content = $"it {random.Pick(Verbs)} {random.Pick(Objects)}";
                    if (!_reported.Add(content))
                    {
                        goto default;
                    }
                    Add(block, $"The {organisation.Name} said {content}.", content, QuoteKind.Indirect, new Attribution(organisation, cue: "said"));
                    break;
                }
                case 4 when random.TryTake(_sayings, out string saying):
                {
                    string source = random.Pick(Anonymous);
                    Add(block, $"\"{saying},\" said {source}.", saying, QuoteKind.Direct, Attribution.Anonymous(source, "said"));
                    break;
                }
                case 5 when random.TryTake(_sayings, out string saying):
                {
                    string pronoun = random.Pick(Pronouns);
                    Add(block, $"\"{saying},\" {pronoun} said.", saying, QuoteKind.Direct, Attribution.Unresolved(pronoun, "said"));
                    break;
                }
                default:
                    Blocks.Add(new ParagraphBlock(Marked($"{random.Pick(Subjects)} {random.Pick(Verbs)} {random.Pick(Objects)} on {stamp.LocalDateTime.DayOfWeek}.")));
                    break;
            }
        }

        /// <summary>A block of another kind, or nothing.</summary>
        public void Extra(int which)
        {
            var r = random._random;
            switch (which)
            {
                case 0:
                    // Subheads start at level 2 (the headline is the first level) and go down one level at most.
                    _headingLevel = _headingLevel >= 2 && r.Next(2) == 0 ? Math.Min(_headingLevel + 1, 3) : 2;
                    Blocks.Add(new HeadingBlock(_headingLevel, Marked(random.Pick(Headings))));
                    break;
                case 1:
                    Blocks.Add(new ListBlock(random.Distinct(Objects, 2 + r.Next(3)).ConvertAll(item => Marked(item)), ordered: r.Next(2) == 0));
                    break;
                case 2:
                    Blocks.Add(new QuoteBlock(Marked(random.Pick(Sayings) + "."), pull: r.Next(2) == 0, citation: r.Next(2) == 0 ? null : Person().Name));
                    break;
                case 3:
                case 4:
                    var asset = Asset();
                    Blocks.Add(new MediaBlock(asset.Id));
                    break;
                case 5:
                    Blocks.Add(new EmbedBlock(
                        string.Create(CultureInfo.InvariantCulture, $"https://video.example/watch?v={r.Next(100_000, 999_999)}"),
                        r.Next(2) == 0 ? null : "ExampleTube",
                        r.Next(2) == 0 ? null : "<p><a href=\"https://video.example/\">Watch the video</a></p>"));
                    break;
                case 6:
                    Blocks.Add(Fares());
                    break;
                case 7:
                    Blocks.Add(DividerBlock.Instance);
                    break;
                case 8:
                    Blocks.Add(new PreformattedBlock(string.Create(CultureInfo.InvariantCulture,
                        $"Route          First   Last\n{random.Pick(Routes),-14} 06:{r.Next(10, 59)}   23:{r.Next(10, 59)}")));
                    break;
                case 9:
                    string slug = random.Pick(Objects).Replace(' ', '-');
                    Blocks.Add(new RelatedLinkBlock(domain + "/news/" + slug, "Earlier: " + random.Pick(Subjects) + " " + random.Pick(Verbs) + " " + random.Pick(Objects),
                        r.Next(2) == 0 ? null : "related-" + slug));
                    break;
                case 10:
                    Blocks.Add(new RawHtmlBlock("<aside class=\"factbox\"><p>" + random.Pick(Objects) + "</p></aside>"));
                    break;
            }
        }

        /// <summary>A paragraph holding a quote of <paramref name="quoted"/>, which it contains once.</summary>
        private void Add(int block, string paragraph, string quoted, QuoteKind kind, Attribution attribution)
        {
            Blocks.Add(new ParagraphBlock(Marked(paragraph)));
            Quotes.Add(new Quote(quoted, kind, block, TextSearch.Once(paragraph, quoted, "The quote", "its paragraph"), attribution));
            if (attribution.Speaker is { } speaker && !Parties.Contains(speaker))
            {
                Parties.Add(speaker);
            }
        }

        /// <summary>A person; a name met before in the same article keeps its role (and its identity).</summary>
        private Party Person()
        {
            string name = $"{random.Pick(Given)} {random.Pick(Family)}";
            if (!_people.TryGetValue(name, out var person))
            {
                string organisation = random.Pick(Organisations);
                bool known = random._random.Next(3) == 0;
                string slug = name.ToLowerInvariant().Replace(' ', '-');
                person = new Party(name, PartyKind.Person, $"{random.Pick(Roles)} {organisation}", organisation,
                    known ? "person-" + slug : null, known ? domain + "/people/" + slug : null);
                _people.Add(name, person);
            }
            return person;
        }

        /// <summary>A table of fares with a header row.</summary>
        private TableBlock Fares()
        {
            var rows = new List<InlineText[]> { new InlineText[] { "Route", "Adult", "Child" } };
            foreach (var route in random.Distinct(Routes, 2 + random._random.Next(3)))
            {
                int cents = 300 + (random._random.Next(40) * 10);
                rows.Add(new InlineText[]
                {
                    Marked(route),
                    string.Create(CultureInfo.InvariantCulture, $"${cents / 100}.{cents % 100:00}"),
                    string.Create(CultureInfo.InvariantCulture, $"${cents / 200}.{cents / 2 % 100:00}"),
                });
            }
            return new TableBlock(rows, headerRow: true);
        }

        /// <summary>A new media asset in the article's media: an image, video or audio with alt text, caption, credit,
        /// rights and renditions, or a gallery of two new images.</summary>
        private MediaAsset Asset()
        {
            var r = random._random;
            var kind = r.Next(6) switch { 0 => MediaKind.Video, 1 => MediaKind.Audio, 2 => MediaKind.Gallery, _ => MediaKind.Image };
            IEnumerable<string>? items = null;
            if (kind == MediaKind.Gallery)
            {
                items = new[] { Single(MediaKind.Image, null).Id, Single(MediaKind.Image, null).Id };
            }
            return Single(kind, items);
        }

        private MediaAsset Single(MediaKind kind, IEnumerable<string>? items)
        {
            var r = random._random;
            string id = string.Create(CultureInfo.InvariantCulture, $"m{Media.Count + 1}");
            string extension = kind switch { MediaKind.Video => "mp4", MediaKind.Audio => "mp3", _ => "jpg" };
            string? type = kind switch { MediaKind.Video => "video/mp4", MediaKind.Audio => "audio/mpeg", MediaKind.Image => "image/jpeg", _ => null };
            string uri = domain + "/media/" + id + (kind == MediaKind.Gallery ? "" : "." + extension);
            bool visual = kind is MediaKind.Image or MediaKind.Video;
            int width = 800 + (r.Next(9) * 160);
            string photographer = $"{random.Pick(Given)} {random.Pick(Family)}";
            var renditions = new List<Rendition>();
            if (kind == MediaKind.Image)
            {
                foreach (int w in RenditionWidths.AsSpan(0, r.Next(4)))
                {
                    renditions.Add(new Rendition(string.Create(CultureInfo.InvariantCulture, $"{domain}/media/{id}-{w}.jpg"), w, w * 9 / 16, "image/jpeg",
                        w switch { 320 => "thumbnail", 640 => "medium", _ => "large" }));
                }
            }
            var asset = new MediaAsset(
                id, kind, uri, type,
                altText: random.Pick(Captions).Replace(" \U0001F6A2", "", StringComparison.Ordinal),
                caption: r.Next(4) == 0 ? null : Marked(random.Pick(Captions)),
                credit: new Credit(photographer, PartyKind.Person, kind == MediaKind.Image ? CreditRole.Photographer : CreditRole.Contributor),
                rights: new Rights(r.Next(2) == 0 ? photographer : Pick(Outlets), notice: r.Next(2) == 0 ? null : "\u00a9 " + photographer),
                width: visual ? width : null,
                height: visual ? width * 9 / 16 : null,
                duration: kind is MediaKind.Video or MediaKind.Audio ? Duration.FromSeconds(10 + r.Next(600)) : null,
                renditions: renditions,
                items: items);
            Media.Add(asset);
            return asset;

            string Pick(string[] values) => random.Pick(values);
        }

        /// <summary>The text with no marks, or (a third of the time) marks of random kinds over whole words: one span of
        /// words perhaps with a mark over one word inside it, and perhaps a mark over a later word. Words are split at
        /// spaces, so no range splits a surrogate pair.</summary>
        private InlineText Marked(string text)
        {
            var r = random._random;
            var words = Words(text);
            if (words.Count == 0 || r.Next(3) != 0)
            {
                return new InlineText(text);
            }
            var marks = new List<Mark>();
            int first = r.Next(words.Count);
            int last = Math.Min(words.Count - 1, first + r.Next(4));
            marks.Add(RandomMark(new TextRange(words[first].Start, words[last].End - words[first].Start)));
            if (r.Next(2) == 0)
            {
                marks.Add(RandomMark(words[first + r.Next(last - first + 1)]));
            }
            if (last + 1 < words.Count && r.Next(2) == 0)
            {
                marks.Add(RandomMark(words[last + 1 + r.Next(words.Count - last - 1)]));
            }
            return new InlineText(text, marks);
        }

        private Mark RandomMark(TextRange range)
        {
            var kind = (MarkKind)random._random.Next(8);
            return kind switch
            {
                MarkKind.Link => Mark.Link(range, domain + "/topics/" + random.Pick(Keywords), random._random.Next(2) == 0 ? null : "More on this topic"),
                MarkKind.NoteReference => Mark.NoteReference(range, random.Pick(Notes)),
                _ => new Mark(kind, range),
            };
        }

        /// <summary>The ranges of the words of <paramref name="text"/>: runs of characters other than spaces, without
        /// leading or trailing quotation marks and punctuation.</summary>
        private static List<TextRange> Words(string text)
        {
            var words = new List<TextRange>();
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && (text[i] == ' ' || text[i] == '"'))
                {
                    i++;
                }
                int start = i;
                while (i < text.Length && text[i] != ' ')
                {
                    i++;
                }
                int end = i;
                while (end > start && (char.IsPunctuation(text[end - 1]) || text[end - 1] == '"'))
                {
                    end--;
                }
                if (end > start)
                {
                    words.Add(new TextRange(start, end - start));
                }
            }
            return words;
        }
    }

    /// <summary>Generates <paramref name="count"/> articles.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The articles, lazily.</returns>
    public IEnumerable<Article> Take(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private bool TryTake(List<string> items, out string item)
    {
        if (items.Count == 0)
        {
            item = "";
            return false;
        }
        int index = _random.Next(items.Count);
        item = items[index];
        items.RemoveAt(index);
        return true;
    }

    private static string Initials(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in name.Split(' '))
        {
            builder.Append(word[0]);
        }
        return builder.ToString();
    }

    /// <summary>Prints a stamp as a Hong Kong paper does: <c>Monday, 31 March, 2014, 5:31am</c>.</summary>
    private static string Print(ZonedDateTime zoned)
    {
        var local = zoned.LocalDateTime;
        int hour = local.ClockHourOfHalfDay;
        return string.Create(CultureInfo.InvariantCulture,
            $"{local.DayOfWeek}, {local.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month)}, {local.Year}, {hour}:{local.Minute:00}{(local.Hour < 12 ? "am" : "pm")}");
    }
}
