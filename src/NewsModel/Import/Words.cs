using System;
using System.Collections.Generic;

namespace NewsModel.Import;

/// <summary>Word lists the importer recognises in every language: titles, agencies, organisations, role words, the
/// words that are never names. The words of one language (cues, articles, pronouns, unnamed people) are in
/// <see cref="Lexicon"/>. Immutable.</summary>
internal static class Words
{
    private static readonly HashSet<string> TitleSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rep", "sen", "gov",
        "president", "premier", "minister", "secretary", "chancellor", "mayor", "governor", "senator",
        "representative", "judge", "justice", "chief", "executive", "general", "gen", "col", "capt", "captain",
        "sgt", "lt", "officer", "inspector", "superintendent", "commissioner", "ambassador", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "councillor", "councilman",
        "congressman", "congresswoman", "pope", "king", "queen", "prince", "princess", "rev", "father", "bishop",
        "prime", "foreign", "transport", "health", "home", "defence", "defense", "finance", "state",
        "deputy", "vice", "former", "acting", "mp", "mep", "mla", "lawmaker", "leader", "head", "mme", "mlle",
        "herr", "frau", "sr", "sra", "srta", "dott", "ministre", "président", "présidente", "bürgermeister",
        "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "alcalde", "ministro", "ministra", "presidente",
        "chef", "chefin", "geschäftsführer", "geschäftsführerin", "vorsitzende", "vorsitzender", "directeur", "directrice",
        "porte-parole", "maire", "député", "députée", "sénateur", "portavoz", "directora",
    };

    private static readonly HashSet<string> NotNameSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "at", "in", "on", "of", "for", "but", "and", "or", "so", "if", "as", "it", "its", "this",
        "that", "these", "those", "there", "then", "when", "while", "after", "before", "since", "because", "though",
        "although", "however", "meanwhile", "yet", "still", "also", "both", "all", "some", "many", "most", "such",
        "what", "which", "who", "whom", "whose", "where", "why", "how", "we", "i", "you", "they", "he", "she",
        "his", "her", "their", "our", "my", "your", "not", "no", "yes", "one", "today", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "speaking", "asked",
        "according", "under", "over", "with", "without", "from", "by", "to", "into", "about", "during", "until",
        "last", "next", "earlier", "later", "now", "here", "is", "was", "are", "were", "be", "said", "says",
        "instead", "indeed", "thus", "hence", "moreover", "furthermore", "nevertheless", "otherwise", "perhaps",
        "maybe", "finally", "first", "second", "third", "even", "only", "just", "every", "each", "once",
    };

    private static readonly HashSet<string> MediaNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "news", "newspaper", "broadcaster", "television", "tv", "radio", "daily", "wire", "outlet",
        "channel", "network", "magazine", "website", "press",
    };

    /// <summary>Words that make a name a channel: the news agencies (<see cref="NewsAgencies"/>), broadcasters and
    /// newspapers, and the nouns for them (any case).</summary>
    private static readonly HashSet<string> AgencyWords = new(NewsAgencies.Names, StringComparer.OrdinalIgnoreCase)
    {
        "RTHK", "BBC", "CNN", "NHK", "Yomiuri", "Asahi", "Nikkei", "broadcaster", "newspaper", "agency", "agence",
        "press", "presse",
    };

    /// <summary>Capitalised words that make a name an organisation.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Department", "Bureau", "Company", "Association", "Alliance", "Council", "University",
        "Party", "Agency", "Commission", "Committee", "Office", "Bank", "Group", "Corporation", "Corp", "Institute",
        "Police", "Court", "Government", "Authority", "Board", "Union", "Federation", "Society", "Foundation",
        "Organisation", "Organization", "Service", "Services", "Trust", "Fund", "Inc", "Ltd", "Limited", "Club",
        "Center", "Centre", "League", "Network", "Observatory", "Academy", "Administration", "Parliament",
        "Congress", "Senate", "Assembly", "Embassy", "Consulate", "Hospital", "School", "College", "Times", "Post",
        "News", "Reserve", "Cross", "Airlines", "Airways", "Holdings", "Railway", "Caucus", "Team", "Lab",
        "Laboratory", "Studio", "Studios",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "senior", "chief",
        "political", "special", "photographer", "producer", "associate", "contributing", "digital", "news",
        "bureau", "freelance", "science", "health", "business", "sports", "deputy", "managing", "opinion",
    };

    /// <summary>Lower-case words that, right after a name, make it the subject of a verb ("Burton explained"): the
    /// cue verbs, common verbs of action and auxiliaries. Past tenses in -ed count without being listed.</summary>
    private static readonly HashSet<string> SubjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "did",
        "does", "spoke", "speaks", "took", "takes", "made", "makes", "went", "goes", "came", "comes", "met", "meets",
        "gave", "gives", "saw", "sees", "became", "becomes", "began", "begins", "won", "wins", "lost", "loses", "led",
        "leads", "ran", "runs", "wrote", "thinks", "thought", "believes", "wants", "knew", "knows", "felt", "feels",
        "left", "leaves", "sat", "stood", "held", "holds", "got", "gets", "kept", "keeps", "brought", "sought",
        "told", "said", "says", "also", "later", "then", "now", "still", "never", "first",
    };

    /// <summary>Honorifics and titles that say a person's sex.</summary>
    private static readonly Dictionary<string, QuoteReader.Gender> GenderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mr"] = QuoteReader.Gender.Male, ["sir"] = QuoteReader.Gender.Male, ["lord"] = QuoteReader.Gender.Male,
        ["king"] = QuoteReader.Gender.Male, ["prince"] = QuoteReader.Gender.Male, ["father"] = QuoteReader.Gender.Male,
        ["spokesman"] = QuoteReader.Gender.Male, ["chairman"] = QuoteReader.Gender.Male, ["congressman"] = QuoteReader.Gender.Male,
        ["councilman"] = QuoteReader.Gender.Male, ["mrs"] = QuoteReader.Gender.Female, ["ms"] = QuoteReader.Gender.Female,
        ["miss"] = QuoteReader.Gender.Female, ["dame"] = QuoteReader.Gender.Female, ["lady"] = QuoteReader.Gender.Female,
        ["queen"] = QuoteReader.Gender.Female, ["princess"] = QuoteReader.Gender.Female, ["spokeswoman"] = QuoteReader.Gender.Female,
        ["chairwoman"] = QuoteReader.Gender.Female, ["congresswoman"] = QuoteReader.Gender.Female,
        ["mme"] = QuoteReader.Gender.Female, ["mlle"] = QuoteReader.Gender.Female, ["frau"] = QuoteReader.Gender.Female,
        ["sra"] = QuoteReader.Gender.Female, ["herr"] = QuoteReader.Gender.Male, ["sr"] = QuoteReader.Gender.Male,
    };

    /// <summary>Whether a lower-case English word after a name makes the name its subject (besides the cues).</summary>
    internal static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        SubjectVerbLookup.Contains(word)
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>The sex an honorific or title says ("Mrs" female), or unknown.</summary>
    internal static QuoteReader.Gender GenderOf(ReadOnlySpan<char> title) =>
        GenderLookup.TryGetValue(title, out var gender) ? gender : QuoteReader.Gender.Unknown;

    private static readonly Dictionary<string, QuoteReader.Gender>.AlternateLookup<ReadOnlySpan<char>> GenderLookup =
        GenderWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = TitleSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNameSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaLookup = MediaNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectVerbLookup = SubjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the words that are never (the start of) a name in any language.</summary>
    internal static IEnumerable<string> NotNames => NotNameSet;

    internal static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    internal static bool IsNotName(ReadOnlySpan<char> word) => NotNameLookup.Contains(word);

    internal static bool IsMediaNoun(ReadOnlySpan<char> word) => MediaLookup.Contains(word);

    internal static bool IsRoleWord(ReadOnlySpan<char> word) => RoleLookup.Contains(word);

    /// <summary>Capitalised words that make a name a place.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Island", "Islands", "Street", "Avenue", "Road", "River", "Mountain", "Mountains", "County", "City", "Bay", "Sea",
        "Ocean", "Lake", "Park", "Square", "Bridge", "Valley", "Coast", "Hill", "Hills", "Airport", "Station",
        "Province", "State", "States", "Republic", "Kingdom", "Beach", "Harbour", "Harbor", "Peninsula", "Desert",
        "Canyon", "Forest", "Strait", "Gulf", "District", "Region", "Act",
    };

    [Flags]
    private enum NameWord : byte
    {
        None = 0,
        Agency = 1,
        Organisation = 2,
        Place = 4,
    }

    /// <summary>The agency, organisation and place words in one table, so that a name's words are looked up once
    /// each.</summary>
    private static readonly Dictionary<string, NameWord>.AlternateLookup<ReadOnlySpan<char>> NameWords = BuildNameWords();

    private static Dictionary<string, NameWord>.AlternateLookup<ReadOnlySpan<char>> BuildNameWords()
    {
        var table = new Dictionary<string, NameWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (set, kind) in new[] { (AgencyWords, NameWord.Agency), (OrganisationWords, NameWord.Organisation), (PlaceWords, NameWord.Place) })
        {
            foreach (var word in set)
            {
                table[word] = table.GetValueOrDefault(word) | kind;
            }
        }
        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a name looks like a news agency or broadcaster (a channel rather than a speaker).</summary>
    internal static bool IsAgency(ReadOnlySpan<char> name) => AnyWord(name, NameWord.Agency, NameWord.None);

    /// <summary>Whether a name looks like a place (or a law: "Dodd-Frank Act") rather than a person.</summary>
    internal static bool IsPlace(ReadOnlySpan<char> name) => AnyWord(name, NameWord.None, NameWord.Place);

    /// <summary>Whether a name looks like an organisation rather than a person: an organisation word capitalised, or an
    /// agency word in any case.</summary>
    internal static bool IsOrganisation(ReadOnlySpan<char> name) => AnyWord(name, NameWord.Agency, NameWord.Organisation);

    /// <summary>Whether a word of <paramref name="text"/> is of a kind in <paramref name="anyCase"/>, or capitalised and
    /// of a kind in <paramref name="capitalised"/>.</summary>
    private static bool AnyWord(ReadOnlySpan<char> text, NameWord anyCase, NameWord capitalised)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            if (NameWords.TryGetValue(text[start..i], out var kind)
                && ((kind & anyCase) != 0 || ((kind & capitalised) != 0 && char.IsUpper(text[start]))))
            {
                return true;
            }
        }
        return false;
    }
}
