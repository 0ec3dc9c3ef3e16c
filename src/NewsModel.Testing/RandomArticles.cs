using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace NewsModel.Testing;

/// <summary>
/// A seeded generator of realistic, valid articles (no property-testing library needed): newsroom zones, stamps
/// printed as newsrooms print them, paragraphs with direct, partial and indirect quotes whose ranges point at
/// their text, speakers with roles, agency channels and credits. The same seed gives the same articles on every
/// machine and run.
/// </summary>
/// <remarks>An instance is mutable (it advances its own random sequence) and not thread-safe: use one per thread.</remarks>
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
    };

    private readonly Random _random;
    private int _count;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same sequence of articles.</param>
    public RandomArticles(int seed) => _random = new Random(seed);

    /// <summary>Generates the next article.</summary>
    /// <returns>A valid article.</returns>
    public Article Next()
    {
        _count++;
        var zone = DateTimeZoneProviders.Tzdb[Pick(Zones)];
        string outlet = Pick(Outlets);
        var publication = new Publication(outlet, zone, Initials(outlet));
        var local = new LocalDateTime(2000 + _random.Next(26), 1 + _random.Next(12), 1 + _random.Next(28), _random.Next(24), _random.Next(60));
        var published = Moment.FromZoned(local.InZoneLeniently(zone), Print(local.InZoneLeniently(zone)), MomentPrecision.Minute);
        Moment? updated = null;
        if (_random.Next(3) != 0)
        {
            var later = (published.Instant + Duration.FromMinutes(5 + _random.Next(60 * 30))).InZone(zone);
            updated = Moment.FromZoned(later, Print(later), MomentPrecision.Minute);
        }

        var body = new List<string>();
        var quotes = new List<Quote>();
        var parties = new List<Party>();
        var agencies = new List<string>();
        var people = new Dictionary<string, Party>(StringComparer.Ordinal);
        var sayings = new List<string>(Sayings);
        var fragments = new List<string>(Objects);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        int paragraphs = 3 + _random.Next(6);
        for (int p = 0; p < paragraphs; p++)
        {
            switch (_random.Next(4))
            {
                case 0:
                    body.Add($"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} on {published.LocalDateTime.DayOfWeek}.");
                    break;
                case 1:
                {
                    // A saying is used once per article: one quote, one speaker.
                    if (!TryTake(sayings, out string saying))
                    {
                        goto case 0;
                    }
                    var speaker = Person(people);
                    string cue = Pick(Cues);
                    string paragraph = $"\"{saying},\" {speaker.Name}, {speaker.Role}, {cue}.";
                    body.Add(paragraph);
                    quotes.Add(new Quote(saying, QuoteKind.Direct, p, new TextRange(1, saying.Length), new Attribution(speaker, cue: cue)));
                    Add(parties, speaker);
                    break;
                }
                case 2:
                {
                    if (!TryTake(fragments, out string fragment))
                    {
                        goto case 0;
                    }
                    var speaker = Person(people);
                    string agency = Pick(Agencies);
                    if (!agencies.Contains(agency))
                    {
                        agencies.Add(agency);
                    }
                    string surname = speaker.Name[(speaker.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                    string paragraph = $"{surname} called {Pick(Subjects).ToLowerInvariant()} \"{fragment}\", {agency} said.";
                    body.Add(paragraph);
                    int start = paragraph.IndexOf(fragment, StringComparison.Ordinal);
                    quotes.Add(new Quote(fragment, QuoteKind.Partial, p, new TextRange(start, fragment.Length), new Attribution(speaker, surname, "called", agency)));
                    Add(parties, speaker);
                    break;
                }
                default:
                {
                    var organisation = new Party(Pick(Organisations), PartyKind.Organisation);
                    string content = $"it {Pick(Verbs)} {Pick(Objects)}";
                    if (!reported.Add(content))
                    {
                        goto case 0;
                    }
                    string paragraph = $"The {organisation.Name} said {content}.";
                    body.Add(paragraph);
                    int start = paragraph.IndexOf(content, StringComparison.Ordinal);
                    quotes.Add(new Quote(content, QuoteKind.Indirect, p, new TextRange(start, content.Length), new Attribution(organisation, cue: "said")));
                    Add(parties, organisation);
                    break;
                }
            }
        }

        var credits = new List<Credit> { new($"{Pick(Given)} {Pick(Family)}", PartyKind.Person, CreditRole.Author) };
        foreach (var agency in agencies)
        {
            credits.Add(new Credit(agency, PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by " + agency));
        }
        string headline = $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}";
        string id = string.Create(CultureInfo.InvariantCulture, $"{publication.ShortName!.ToLowerInvariant()}-{published.LocalDateTime:uuuu-MM-dd}-{_count}");
        return new Article(id, headline, "en", publication, new Timeline(published, updated), body, credits, parties, quotes,
            standfirst: _random.Next(2) == 0 ? null : $"{Pick(Subjects)} say the decision will be reviewed",
            dateline: _random.Next(3) == 0 ? zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ').ToUpperInvariant() : null);
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

    /// <summary>A person; a name met before in the same article keeps its role.</summary>
    private Party Person(Dictionary<string, Party> people)
    {
        string name = $"{Pick(Given)} {Pick(Family)}";
        if (!people.TryGetValue(name, out var person))
        {
            string organisation = Pick(Organisations);
            person = new Party(name, PartyKind.Person, $"{Pick(Roles)} {organisation}", organisation);
            people.Add(name, person);
        }
        return person;
    }

    private static void Add(List<Party> parties, Party party)
    {
        if (!parties.Contains(party))
        {
            parties.Add(party);
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
