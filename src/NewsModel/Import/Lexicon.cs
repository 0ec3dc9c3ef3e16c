using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace NewsModel.Import;

/// <summary>
/// The words of one language that the quote reader needs: verbs and phrases of speaking (cues), the auxiliaries that
/// stand between a subject and a cue ("a déclaré", "hat gesagt"), the words that name a source before it ("according
/// to", "selon", "laut"), articles, the nouns of unnamed people ("a senior official", "un responsable") and the
/// personal pronouns with the sex they say, and the capitalised words that are never names. One instance per language, chosen by the importer's language (its
/// primary subtag); languages without one use English. Immutable and thread-safe. Capitalised-name rules (titles,
/// organisations, agencies) stay in <see cref="Words"/>, which every language shares.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _auxiliaries;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sourceWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _definite;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _indefinite;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personNouns;
    private readonly FrozenDictionary<string, QuoteReader.Gender>.AlternateLookup<ReadOnlySpan<char>> _pronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _collectivePronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;

    private Lexicon(string language, string[] cues, string[] auxiliaries, string[] sourceWords, string[] definite,
        string[] indefinite, string[] personNouns, (string Word, QuoteReader.Gender Gender)[] pronouns, string[] collectivePronouns,
        string[] notNames)
    {
        Language = language;
        _cues = Set(cues);
        _auxiliaries = Set(auxiliaries);
        _sourceWords = Set(sourceWords);
        _definite = Set(definite);
        _indefinite = Set(indefinite);
        _personNouns = Set(personNouns);
        var byWord = new Dictionary<string, QuoteReader.Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, gender) in pronouns)
        {
            byWord.Add(word, gender);
        }
        _pronouns = byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _collectivePronouns = Set(collectivePronouns);
        // Everything that is never a name in this language, in one set: its own list, the words every language
        // shares (Words), articles, pronouns, source words and auxiliaries.
        var never = new List<string>(notNames);
        never.AddRange(Words.NotNames);
        never.AddRange(definite);
        never.AddRange(indefinite);
        never.AddRange(sourceWords);
        never.AddRange(auxiliaries);
        never.AddRange(collectivePronouns);
        foreach (var (word, _) in pronouns)
        {
            never.Add(word);
        }
        _notNames = Set([.. never]);
    }

    /// <summary>Gets whether the language capitalises every noun (German), so capitals alone do not make a name.</summary>
    internal bool CapitalisesNouns => Language == "de";

    /// <summary>Gets the language (primary subtag).</summary>
    internal string Language { get; }

    internal static readonly Lexicon English = new(
        "en",
        cues:
        [
            "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "replied", "replies", "insisted",
            "insists", "warned", "warns", "explained", "explains", "noted", "notes", "stated", "states", "argued",
            "argues", "claimed", "claims", "declared", "declares", "announced", "announces", "acknowledged", "admitted",
            "wrote", "writes", "recalled", "recalls", "continued", "continues", "reported", "reports", "expressed",
            "expresses", "compared", "compares", "called", "calls", "described", "describes", "urged", "urges",
            "stressed", "stresses", "suggested", "suggests", "predicted", "complained", "conceded", "confirmed",
            "tweeted", "posted", "responded", "remarked", "observed", "emphasised", "emphasized", "promised",
            "vowed", "pledged", "cautioned", "countered", "quipped", "joked", "agreed", "concluded", "testified",
            "answered", "boasted", "demanded", "estimated", "recounted", "reiterated", "maintained", "shouted",
            "chanted", "read", "revealed", "accused", "recommended", "advised", "pointed", "scoffed", "sighed",
            "laughed", "cried", "yelled", "whispered", "murmured", "mused", "wondered", "commented", "assured",
            "texted", "emailed", "messaged", "blogged", "interjected", "objected", "protested", "indicated", "indicates",
        ],
        auxiliaries: ["has", "had", "have", "was", "were", "is", "will", "would", "also", "later", "then", "previously", "once", "further", "again"],
        sourceWords: ["according"],
        definite: ["the"],
        indefinite: ["a", "an", "one", "two", "three", "several", "some", "many", "other", "another"],
        personNouns:
        [
            "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "witness",
            "witnesses", "resident", "residents", "aide", "aides", "diplomat", "diplomats", "analyst", "analysts",
            "expert", "experts", "person", "people", "man", "woman", "lawyer", "friend", "relative", "neighbour",
            "neighbor", "colleague", "insider", "insiders", "executive", "executives", "employee", "employees", "worker",
            "workers", "officer", "officers", "student", "students", "teacher", "doctor", "nurse", "adviser", "advisor",
            "member", "members", "operative", "strategist", "critic", "critics", "commentator", "observer", "observers",
            "protesters", "protester", "dispatcher", "investigator", "investigators", "scientist", "scientists",
            "researcher", "researchers", "economist", "economists", "activist", "activists", "supporter", "supporters",
            "opponent", "opponents", "lawmaker", "lawmakers", "staffer", "staffers", "representative", "negotiator",
        ],
        pronouns: [("he", QuoteReader.Gender.Male), ("she", QuoteReader.Gender.Female)],
        collectivePronouns: ["they", "it"],
        notNames: []);

    internal static readonly Lexicon French = new(
        "fr",
        cues:
        [
            "déclaré", "déclare", "dit", "dire", "explique", "expliqué", "affirme", "affirmé", "estime", "estimé",
            "ajoute", "ajouté", "souligne", "souligné", "indique", "indiqué", "précise", "précisé", "raconte", "raconté",
            "confie", "confié", "assure", "assuré", "rappelle", "rappelé", "détaille", "détaillé", "insiste", "insisté",
            "annonce", "annoncé", "poursuit", "poursuivi", "écrit", "tweeté", "lance", "lancé", "martèle", "martelé",
            "reconnaît", "reconnu", "avertit", "averti", "prévient", "prévenu", "observe", "observé", "note", "noté",
            "commente", "commenté", "répond", "répondu", "juge", "jugé", "résume", "résumé", "regrette", "regretté",
            "conclut", "conclu", "interroge", "s'interroge", "s’interroge", "témoigne", "témoigné", "analyse", "analysé",
        ],
        auxiliaries: ["a", "ont", "avait", "avaient", "aurait", "encore", "également", "aussi", "ainsi", "alors"],
        sourceWords: ["selon", "pour", "d'après", "d’après"],
        definite: ["le", "la", "les", "l'", "l’"],
        indefinite: ["un", "une", "des", "plusieurs", "certains", "certaines"],
        personNouns:
        [
            "source", "sources", "responsable", "responsables", "porte-parole", "proche", "proches", "expert",
            "experte", "experts", "conseiller", "conseillère", "témoin", "témoins", "habitant", "habitante",
            "habitants", "chercheur", "chercheuse", "chercheurs", "auteurs", "auteur", "observateur", "observateurs",
            "diplomate", "diplomates", "élu", "élus", "avocat", "avocate", "médecin", "membre", "membres",
        ],
        pronouns: [("il", QuoteReader.Gender.Male), ("elle", QuoteReader.Gender.Female)],
        collectivePronouns: ["ils", "elles"],
        notNames:
        [
            "cependant", "mais", "pour", "dans", "ainsi", "alors", "en", "au", "aux", "du", "de", "ce", "cette", "ces",
            "on", "nous", "vous", "je", "et", "ou", "donc", "or", "puis", "depuis", "avec", "sans", "sur", "sous",
            "lors", "après", "avant", "car", "si", "quand", "comme", "toutefois", "néanmoins", "enfin", "aujourd'hui",
        ]);

    internal static readonly Lexicon German = new(
        "de",
        cues:
        [
            "sagte", "sagt", "sagten", "gesagt", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte",
            "meint", "fügte", "ergänzte", "ergänzt", "warnte", "warnt", "kritisierte", "kritisiert", "forderte",
            "fordert", "schrieb", "schreibt", "berichtete", "berichtet", "teilte", "erläuterte", "erläutert",
            "versicherte", "versichert", "räumte", "bekräftigte", "unterstrich", "mahnte", "mahnt", "findet", "fand",
            "glaubt", "verwies", "sprach", "heißt", "hieß", "twitterte", "antwortete", "antwortet", "stellte",
            "schildert", "schilderte", "erzählt", "erzählte", "beschreibt", "beschrieb", "berichteten",
            "zitiert", "kommentierte", "kommentiert", "bestätigte", "bestätigt", "appellierte", "mahnten",
        ],
        auxiliaries: ["hat", "haben", "hatte", "hatten", "auch", "noch", "zudem", "dann", "später", "weiter"],
        sourceWords: ["laut", "zufolge"],
        definite: ["der", "die", "das", "den", "dem"],
        indefinite: ["ein", "eine", "einer", "eines", "mehrere", "einige"],
        personNouns:
        [
            "Sprecher", "Sprecherin", "Sprecherinnen", "Experte", "Expertin", "Experten", "Insider", "Quelle",
            "Quellen", "Beamter", "Beamtin", "Beamte", "Mitarbeiter", "Mitarbeiterin", "Zeuge", "Zeugin", "Zeugen",
            "Anwohner", "Anwohnerin", "Vertreter", "Vertreterin", "Diplomat", "Diplomaten", "Kreise", "Kreisen",
        ],
        pronouns: [("er", QuoteReader.Gender.Male), ("sie", QuoteReader.Gender.Female)],
        collectivePronouns: ["es"],
        notNames:
        [
            "aber", "doch", "und", "auch", "dann", "denn", "so", "im", "am", "zum", "zur", "mit", "für", "bei", "nach",
            "vor", "seit", "wir", "ich", "man", "in", "an", "auf", "aus", "von", "wie", "wenn", "als", "dass",
            "allein", "jetzt", "nun", "heute", "dabei", "damit", "deshalb", "trotzdem", "außerdem", "zudem",
        ]);

    internal static readonly Lexicon Spanish = new(
        "es",
        cues:
        [
            "dijo", "dice", "declaró", "declara", "afirmó", "afirma", "explicó", "explica", "añadió", "añade",
            "aseguró", "asegura", "señaló", "señala", "indicó", "indica", "agregó", "agrega", "sostuvo", "sostiene",
            "advirtió", "advierte", "manifestó", "comentó", "comenta", "escribió", "escribe", "expresó", "subrayó",
            "destacó", "destaca", "reconoció", "insistió", "respondió", "apuntó", "precisó", "recordó", "anunció",
        ],
        auxiliaries: ["ha", "han", "había", "también", "luego", "además"],
        sourceWords: ["según"],
        definite: ["el", "la", "los", "las"],
        indefinite: ["un", "una", "unos", "unas", "varios", "varias"],
        personNouns:
        [
            "fuente", "fuentes", "portavoz", "funcionario", "funcionaria", "funcionarios", "experto", "experta",
            "expertos", "testigo", "testigos", "vecino", "vecina", "vecinos", "analista", "analistas", "miembro",
            "responsable", "responsables", "diplomático", "diplomáticos", "abogado", "abogada",
        ],
        pronouns: [("él", QuoteReader.Gender.Male), ("ella", QuoteReader.Gender.Female)],
        collectivePronouns: ["ellos", "ellas"],
        notNames:
        [
            "pero", "sin", "embargo", "para", "por", "con", "en", "del", "al", "este", "esta", "yo", "nosotros", "y",
            "o", "que", "como", "cuando", "desde", "hasta", "sobre", "tras", "además", "también", "hoy", "ayer",
        ]);

    private static readonly FrozenDictionary<string, Lexicon> ByLanguage = new Dictionary<string, Lexicon>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["fr"] = French,
        ["de"] = German,
        ["es"] = Spanish,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon of a language tag ("fr-CH" → French), English for a language without one.</summary>
    internal static Lexicon For(string language)
    {
        int dash = language.IndexOfAny(['-', '_']);
        var primary = dash < 0 ? language : language[..dash];
        return ByLanguage.TryGetValue(primary, out var lexicon) ? lexicon : English;
    }

    /// <summary>A verb or phrase of speaking: "said", "a déclaré" (its participle), "sagte".</summary>
    internal bool IsCue(ReadOnlySpan<char> word) => Contains(_cues, word);

    /// <summary>A word that may stand between a subject and its cue ("has", "also", "a", "hat").</summary>
    internal bool IsAuxiliary(ReadOnlySpan<char> word) => Contains(_auxiliaries, word);

    /// <summary>A word that names the source after it ("according" to, "selon", "laut").</summary>
    internal bool IsSourceWord(ReadOnlySpan<char> word) => Contains(_sourceWords, word);

    internal bool IsDefiniteArticle(ReadOnlySpan<char> word) => Contains(_definite, word);

    internal bool IsIndefiniteArticle(ReadOnlySpan<char> word) => Contains(_indefinite, word);

    /// <summary>A noun of an unnamed person or group of people ("official", "sources", "porte-parole").</summary>
    internal bool IsPersonNoun(ReadOnlySpan<char> word) => Contains(_personNouns, word);

    /// <summary>A capitalised word at the start of a sentence that is no name: an article, a pronoun, a conjunction,
    /// a preposition or a sentence adverb of the language ("Cependant", "Aber", "Er").</summary>
    internal bool IsNotName(ReadOnlySpan<char> word) => _notNames.Contains(word);

    /// <summary>A personal pronoun: true, with the sex it says (unknown for "they", "it").</summary>
    internal bool IsPronoun(ReadOnlySpan<char> word, out QuoteReader.Gender gender)
    {
        if (_pronouns.TryGetValue(word, out gender))
        {
            return true;
        }
        gender = QuoteReader.Gender.Unknown;
        return Contains(_collectivePronouns, word);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Contains(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word) => set.Contains(word);
}
