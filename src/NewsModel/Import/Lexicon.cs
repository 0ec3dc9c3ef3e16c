using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace NewsModel.Import;

/// <summary>
/// The words of one language that the quote reader needs: verbs and phrases of speaking (cues), the auxiliaries that
/// stand between a subject and a cue ("a déclaré", "hat gesagt"), the words that name a source before it ("according
/// to", "selon", "laut"), articles, the nouns of unnamed people ("a senior official", "un responsable") and the
/// personal pronouns with the sex they say, and the capitalised words that are never names, all in one table (one
/// lookup tells every kind a word has). One instance per language, chosen by the importer's language (its primary
/// subtag); languages without one use English. Immutable and thread-safe. Capitalised-name rules (titles,
/// organisations, agencies) stay in <see cref="Words"/>, which every language shares.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>What a word is in a language: one lookup gives every kind it has.</summary>
    [Flags]
    internal enum Kinds : ushort
    {
        None = 0,
        Cue = 1,
        Auxiliary = 2,
        Source = 4,
        Definite = 8,
        Indefinite = 16,
        PersonNoun = 32,
        Male = 64,
        Female = 128,
        Collective = 256,
        NotName = 512,
        Pronoun = Male | Female | Collective,
    }

    private readonly FrozenDictionary<string, Kinds>.AlternateLookup<ReadOnlySpan<char>> _kinds;

    private Lexicon(string language, string[] cues, string[] auxiliaries, string[] sourceWords, string[] definite,
        string[] indefinite, string[] personNouns, (string Word, QuoteReader.Gender Gender)[] pronouns, string[] collectivePronouns,
        string[] notNames)
    {
        Language = language;
        var kinds = new Dictionary<string, Kinds>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, Kinds kind)
        {
            foreach (var word in words)
            {
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
            }
        }
        Add(cues, Kinds.Cue);
        Add(auxiliaries, Kinds.Auxiliary | Kinds.NotName);
        Add(sourceWords, Kinds.Source | Kinds.NotName);
        Add(definite, Kinds.Definite | Kinds.NotName);
        Add(indefinite, Kinds.Indefinite | Kinds.NotName);
        Add(personNouns, Kinds.PersonNoun);
        foreach (var (word, gender) in pronouns)
        {
            Add([word], (gender == QuoteReader.Gender.Male ? Kinds.Male : Kinds.Female) | Kinds.NotName);
        }
        Add(collectivePronouns, Kinds.Collective | Kinds.NotName);
        // Never a name in this language: its own list and the words every language shares (Words).
        Add(notNames, Kinds.NotName);
        Add(Words.NotNames, Kinds.NotName);
        _kinds = kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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
            "comments", "comment", "argue", "claim", "warn", "note", "insist", "suggest", "explain", "tell", "ask",
            "write", "contend", "contends", "contended", "acknowledges", "admits", "concedes", "observes", "predicts",
            "recall", "report", "add", "reply", "respond", "responds",
            // Participles, the cue of a clause that has its subject before ("protesters chanting", "a statement saying").
            "saying", "adding", "telling", "writing", "warning", "arguing", "insisting", "claiming", "noting",
            "explaining", "declaring", "stating", "chanting", "shouting", "tweeting", "announcing",
        ],
        // Also the adverbs of time that stand between a subject and its cue: "Microsoft last week announced".
        auxiliaries:
        [
            "has", "had", "have", "was", "were", "is", "will", "would", "also", "later", "then", "previously", "once",
            "further", "again", "yesterday", "today", "tonight", "earlier", "recently", "last", "week", "month", "year",
        ],
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
            "prévenait", "expliquait", "disait", "déclarait", "affirmait", "estimait", "ajoutait", "soulignait",
            "indiquait", "rappelait", "racontait", "assurait",
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

    /// <summary>Every kind <paramref name="word"/> has in this language (any case).</summary>
    internal Kinds KindOf(ReadOnlySpan<char> word) => _kinds.TryGetValue(word, out var kind) ? kind : Kinds.None;

    /// <summary>A verb or phrase of speaking: "said", "a déclaré" (its participle), "sagte".</summary>
    internal bool IsCue(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.Cue) != 0;

    /// <summary>A word that may stand between a subject and its cue ("has", "also", "a", "hat").</summary>
    internal bool IsAuxiliary(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.Auxiliary) != 0;

    /// <summary>A word that names the source after it ("according" to, "selon", "laut").</summary>
    internal bool IsSourceWord(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.Source) != 0;

    internal bool IsDefiniteArticle(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.Definite) != 0;

    internal bool IsIndefiniteArticle(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.Indefinite) != 0;

    /// <summary>A noun of an unnamed person or group of people ("official", "sources", "porte-parole").</summary>
    internal bool IsPersonNoun(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.PersonNoun) != 0;

    /// <summary>A capitalised word at the start of a sentence that is no name: an article, a pronoun, a conjunction,
    /// a preposition or a sentence adverb of the language ("Cependant", "Aber", "Er").</summary>
    internal bool IsNotName(ReadOnlySpan<char> word) => (KindOf(word) & Kinds.NotName) != 0;

    /// <summary>A personal pronoun: true, with the sex it says (unknown for "they", "it").</summary>
    internal bool IsPronoun(ReadOnlySpan<char> word, out QuoteReader.Gender gender)
    {
        var kind = KindOf(word);
        gender = (kind & Kinds.Male) != 0 ? QuoteReader.Gender.Male : (kind & Kinds.Female) != 0 ? QuoteReader.Gender.Female : QuoteReader.Gender.Unknown;
        return (kind & Kinds.Pronoun) != 0;
    }
}
