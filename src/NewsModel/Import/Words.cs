using System;
using System.Collections.Generic;

namespace NewsModel.Import;

/// <summary>Word lists the importer recognises: cue verbs, titles, agencies, role words. Immutable.</summary>
internal static class Words
{
    private static readonly HashSet<string> CueSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "replied", "replies", "insisted",
        "insists", "warned", "warns", "explained", "explains", "noted", "notes", "stated", "states", "argued",
        "argues", "claimed", "claims", "declared", "declares", "announced", "announces", "acknowledged", "admitted",
        "wrote", "writes", "recalled", "recalls", "continued", "continues", "reported", "reports", "expressed",
        "expresses", "compared", "compares", "called", "calls", "described", "describes", "urged", "urges",
        "stressed", "stresses", "suggested", "suggests", "predicted", "complained", "conceded", "confirmed",
        "tweeted", "posted", "responded", "remarked", "observed", "emphasised", "emphasized", "promised",
        "vowed", "pledged", "cautioned", "countered", "quipped", "joked", "agreed", "concluded", "testified",
        "answered", "boasted", "demanded", "conceded", "estimated", "recounted", "reiterated", "maintained",
    };

    private static readonly HashSet<string> TitleSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rep", "sen", "gov",
        "president", "premier", "minister", "secretary", "chancellor", "mayor", "governor", "senator",
        "representative", "judge", "justice", "chief", "executive", "general", "gen", "col", "capt", "captain",
        "sgt", "lt", "officer", "inspector", "superintendent", "commissioner", "ambassador", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "councillor", "councilman",
        "congressman", "congresswoman", "pope", "king", "queen", "prince", "princess", "rev", "father", "bishop",
        "prime", "foreign", "transport", "health", "justice", "home", "defence", "defense", "finance", "state",
        "deputy", "vice", "former", "acting", "mp", "mep", "mla", "mep", "lawmaker", "leader", "head",
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
    };

    private static readonly HashSet<string> MediaNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "news", "newspaper", "broadcaster", "television", "tv", "radio", "daily", "wire", "outlet",
        "channel", "network", "magazine", "website", "press",
    };

    /// <summary>Words that make a name a channel: agencies, broadcasters, newspapers (any case).</summary>
    private static readonly HashSet<string> AgencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "AFP", "Xinhua", "Kyodo", "Yonhap", "Bloomberg", "TASS", "Interfax", "dpa", "ANSA", "EFE", "Bernama",
        "Antara", "RTHK", "BBC", "CNN", "AAP", "Jiji", "NHK", "KCNA", "Yomiuri", "Asahi", "Nikkei", "broadcaster",
        "newspaper", "agency", "agence", "press", "presse",
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

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "witness", "resident",
        "aide", "diplomat", "analyst", "expert", "person", "man", "woman", "lawyer", "friend", "relative", "neighbour",
        "neighbor", "colleague", "insider", "executive", "employee", "worker", "officer", "student", "teacher",
        "doctor", "nurse", "adviser", "advisor", "member",
    };

    /// <summary>Nouns that make "a source close to X" or "a spokesman" an unnamed person.</summary>
    internal static bool IsPersonNoun(string word) => PersonNouns.Contains(word);

    internal static bool IsCue(ReadOnlySpan<char> word) => CueSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal static bool IsTitle(ReadOnlySpan<char> word) => TitleSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal static bool IsNotName(ReadOnlySpan<char> word) => NotNameSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal static bool IsMediaNoun(ReadOnlySpan<char> word) => MediaNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal static bool IsRoleWord(ReadOnlySpan<char> word) => RoleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a name looks like a news agency or broadcaster (a channel rather than a speaker).</summary>
    internal static bool IsAgency(ReadOnlySpan<char> name) => AnyWord(name, AgencyWords, capitalised: false);

    /// <summary>Whether a name looks like an organisation rather than a person.</summary>
    internal static bool IsOrganisation(ReadOnlySpan<char> name) => AnyWord(name, OrganisationWords, capitalised: true) || IsAgency(name);

    private static bool AnyWord(ReadOnlySpan<char> text, HashSet<string> words, bool capitalised)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if ((!capitalised || char.IsUpper(text[start])) && lookup.Contains(text[start..i]))
            {
                return true;
            }
        }
        return false;
    }
}
