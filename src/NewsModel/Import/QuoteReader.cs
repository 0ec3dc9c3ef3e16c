using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsModel.Import;

/// <summary>
/// Finds the quotes in body paragraphs and attributes them: quotation marks are paired in one pass per
/// paragraph, sentences split in one pass, and each sentence holding a quote is tokenised once to find its
/// attributions (a cue verb with its subject, an appositive role, an agency as channel). Surnames and he/she
/// resolve to the last fitting named speaker. Sentences over <see cref="MaxSentence"/> characters are not
/// analysed, which keeps the work linear on hostile input. Not thread-safe; one instance per import.
/// </summary>
internal sealed class QuoteReader
{
    internal const int MaxSentence = 3000;
    private const int MaxSpansPerSentence = 64;
    private const int MaxCandidates = 16;
    private const int MaxRecentPersons = 32;

    private readonly List<string> body;
    private readonly List<string> uncertainties;
    private readonly List<int> lineNumbers;
    private readonly List<Speaker> speakers = [];
    private readonly Dictionary<string, Speaker> byToken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Speaker>.AlternateLookup<ReadOnlySpan<char>> byTokenLookup;
    private readonly List<(int Paragraph, int Start, int Length, QuoteKind Kind, Found Attribution)> found = [];
    private Speaker? lastOrganisation;
    private readonly List<Speaker> recentPersons = [];

    /// <summary>The person mentioned last (the end of <see cref="recentPersons"/>), or null.</summary>
    private Speaker? LastPerson => recentPersons.Count == 0 ? null : recentPersons[^1];
    private readonly List<Token> tokenBuffer = [];
    private Found? lastKept;
    private int lastKeptParagraph = -2;

    private readonly Lexicon lexicon;

    internal QuoteReader(List<string> body, List<string> uncertainties, List<int> lineNumbers, Lexicon lexicon)
    {
        this.lexicon = lexicon;
        byTokenLookup = byToken.GetAlternateLookup<ReadOnlySpan<char>>();
        this.body = body;
        this.uncertainties = uncertainties;
        this.lineNumbers = lineNumbers;
    }

    private sealed class Speaker
    {
        internal string Name = "";
        internal PartyKind Kind;
        internal string? Role;
        internal string? Affiliation;
        internal bool Used;
        internal Party? Party;

        /// <summary>What the text says of the person's sex: by an honorific or title ("Mr", "Mrs", "spokeswoman") or
        /// by a pronoun already tied to them; <see cref="Gender.Unknown"/> until it does.</summary>
        internal Gender Gender;

        internal Party ToParty() => Party ??= new Party(Name, Kind, Role, Affiliation);
    }

    /// <summary>An attribution as found: a speaker (resolved), or only the words the text uses (unresolved: "she";
    /// anonymous: "a senior official"), and how a mention was tied to its speaker, for the report.</summary>
    private sealed record Found(Speaker? Speaker, string? Mention, string? Cue, string? Via, bool Resolved,
        AttributionKind Kind = AttributionKind.Resolved, string? How = null);

    private readonly record struct Span(int Open, int Close, bool Closed);

    /// <summary>A person's sex as far as the text shows it, for choosing the antecedent of "he" or "she".</summary>
    internal enum Gender : byte
    {
        Unknown,
        Male,
        Female,
    }

    private enum Tok : byte
    {
        Word,
        Comma,
        Colon,
        Dot,
        Quote,
        Other,
    }

    private readonly record struct Token(int Start, int End, Tok Kind);

    private sealed record Candidate(int CuePosition, Found Attribution, bool Agency);

    internal List<Quote> Read(out List<Party> parties)
    {
        // People named after the last paragraph with a quotation mark cannot be anyone's antecedent.
        int lastQuoted = body.FindLastIndex(static p => p.AsSpan().ContainsAny(Openers));
        Found? carried = null; // the attribution of a quote left open at the end of the previous paragraph
        for (int p = 0; p <= lastQuoted; p++)
        {
            carried = ReadParagraph(p, carried);
        }
        // In text order (quotes before the first attribution of a paragraph are kept after it).
        found.Sort(static (x, y) => x.Paragraph != y.Paragraph ? x.Paragraph.CompareTo(y.Paragraph) : x.Start.CompareTo(y.Start));
        var quotes = new List<Quote>(found.Count);
        foreach (var (paragraph, start, length, kind, attribution) in found)
        {
            var text = body[paragraph].Substring(start, length);
            var a = attribution;
            var made = a.Kind switch
            {
                AttributionKind.Unresolved => Attribution.Unresolved(a.Mention!, a.Cue, a.Via),
                AttributionKind.Anonymous => Attribution.Anonymous(a.Mention!, a.Cue, a.Via),
                _ => new Attribution(a.Speaker!.ToParty(), a.Mention, a.Cue, a.Via),
            };
            quotes.Add(new Quote(text, kind, paragraph, new TextRange(start, length), made));
        }
        parties = [];
        foreach (var speaker in speakers)
        {
            if (speaker.Used)
            {
                parties.Add(speaker.ToParty());
            }
        }
        return quotes;
    }

    // ---- Quotation marks and sentences ---------------------------------------------------------------------

    private static readonly SearchValues<char> Openers = SearchValues.Create("\"“„«»「『‘‚‹›");

    /// <summary>
    /// Pairs the quotation marks of a paragraph in one pass. Double marks (straight, curly, German „…“), guillemets
    /// both ways («…», »…«, ‹…›, ›…‹), the German single ‚…‘ and corner brackets (「…」, 『…』) pair with their closing mark; a quotation left open runs to the end of the paragraph (and may continue in the next).
    /// Single curly marks (‘…’) are also apostrophes, so they count only as whole words: ‘ after a space or an
    /// opening mark, closed by a ’ that no letter or digit follows ("don’t" does not close). An unclosed ‘ counts
    /// only at the start of the paragraph (a quote continuing in the next one).
    /// </summary>
    private static List<Span> PairMarks(string p)
    {
        var spans = new List<Span>();
        var text = p.AsSpan();
        int from = 0;
        while (from < text.Length)
        {
            int open = text[from..].IndexOfAny(Openers);
            if (open < 0)
            {
                break;
            }
            open += from;
            if (text[open] == '‘')
            {
                if (!OpensSingle(text, open))
                {
                    from = open + 1;
                    continue;
                }
                int closeSingle = CloseSingle(text, open + 1);
                if (closeSingle < 0)
                {
                    if (IsBlank(p, 0, open))
                    {
                        spans.Add(new Span(open, p.Length, false));
                        break;
                    }
                    from = open + 1;
                    continue;
                }
                spans.Add(new Span(open, closeSingle, true));
                from = closeSingle + 1;
                continue;
            }
            var after = text[(open + 1)..];
            int close = text[open] switch
            {
                '"' => after.IndexOfAny('"', '”'),
                '“' => after.IndexOfAny('”', '"'),
                '„' => after.IndexOfAny('“', '”', '"'),
                '«' => after.IndexOf('»'),
                '»' => after.IndexOf('«'), // German and Danish: »…«
                '‚' => after.IndexOfAny('‘', '’'), // German single: ‚…‘
                '‹' => after.IndexOf('›'),
                '›' => after.IndexOf('‹'),
                '「' => after.IndexOf('」'),
                _ => after.IndexOf('』'),
            };
            if (close < 0)
            {
                spans.Add(new Span(open, p.Length, false));
                break;
            }
            close += open + 1;
            spans.Add(new Span(open, close, true));
            from = close + 1;
        }
        return spans;
    }

    /// <summary>
    /// The quotations a headline marks, for the report: a headline quotes without saying who spoke, so its quotations
    /// are never attributed. Headlines also use straight single marks as quotation marks ('Bubbly' girl), so those
    /// count here as whole words, as curly single marks do in the body.
    /// </summary>
    internal static List<string> HeadlineQuotes(string headline)
    {
        var quoted = new List<string>();
        foreach (var span in PairMarks(headline))
        {
            if (span.Closed && Content(headline, span, out int start, out int length))
            {
                quoted.Add(headline.Substring(start, length));
            }
        }
        var text = headline.AsSpan();
        int from = 0;
        while (true)
        {
            int open = text[from..].IndexOf('\'');
            if (open < 0)
            {
                break;
            }
            open += from;
            from = open + 1;
            // An opening mark starts a word and follows none ("Harbour's", "operators'" are apostrophes).
            if ((open > 0 && char.IsLetterOrDigit(text[open - 1])) || open + 1 >= text.Length || !char.IsLetter(text[open + 1]))
            {
                continue;
            }
            // A closing mark ends a word and starts none ("won't" is an apostrophe).
            int close = -1;
            for (int j = open + 2; j < text.Length && close < 0; j++)
            {
                if (text[j] == '\'' && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
                {
                    close = j;
                }
            }
            if (close < 0)
            {
                break;
            }
            quoted.Add(headline[(open + 1)..close]);
            from = close + 1;
        }
        return quoted;
    }

    private static bool OpensSingle(ReadOnlySpan<char> text, int open) =>
        (open == 0 || Chars.IsSpace(text[open - 1]) || text[open - 1] is '(' or '[' or '"' or '“' or '—' or '–' or '-')
        && open + 1 < text.Length && !Chars.IsSpace(text[open + 1]);

    /// <summary>The ’ closing a single-quoted quotation that starts at <paramref name="from"/>, or -1.</summary>
    private static int CloseSingle(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            int close = text[from..].IndexOf('’');
            if (close < 0)
            {
                return -1;
            }
            close += from;
            if (!Chars.IsSpace(text[close - 1]) && (close + 1 == text.Length || !char.IsLetterOrDigit(text[close + 1])))
            {
                return close;
            }
            from = close + 1;
        }
        return -1;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "rep", "sen", "gov", "gen", "prof", "no", "inc", "ltd", "co",
        "corp", "vs", "etc", "col", "capt", "lt", "sgt", "mt", "ft", "jan", "feb", "mar", "apr", "aug", "sep",
        "sept", "oct", "nov", "dec", "u", "s", "e", "g", "i",
    };

    /// <summary>Sentence starts (outside quotation marks): after '.', '!' or '?' and a space.</summary>
    private static List<int> SplitSentences(string p, List<Span> spans)
    {
        var starts = new List<int> { 0 };
        int s = 0;
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < p.Length; i++)
        {
            int next = p.AsSpan(i).IndexOfAny(Chars.SentenceEnds);
            if (next < 0)
            {
                break;
            }
            i += next;
            while (s < spans.Count && spans[s].Close < i)
            {
                s++;
            }
            bool inside = s < spans.Count && spans[s].Open < i && i < spans[s].Close;
            char c = p[i];
            // A full stop inside a quote closes the sentence only if the quote closes right after it and a new
            // sentence follows ('"Q." He said' is two sentences; '"Q," he said' is one).
            int j = i + 1;
            while (j < p.Length && Chars.IsClosingMark(p[j]))
            {
                j++;
            }
            if (inside && !(s < spans.Count && spans[s].Close == j - 1 && spans[s].Closed))
            {
                continue;
            }
            if (j >= p.Length || p[j] != ' ')
            {
                continue;
            }
            int k = j;
            while (k < p.Length && p[k] == ' ')
            {
                k++;
            }
            if (k >= p.Length || !(char.IsUpper(p[k]) || char.IsDigit(p[k]) || p[k] is '"' or '“' or '„' or '«' or '»' or '‚' or '‹' or '›' or '「' or '‘' or '\''))
            {
                continue;
            }
            if (c == '.')
            {
                int w = i;
                while (w > 0 && char.IsLetter(p[w - 1]))
                {
                    w--;
                }
                if (w < i && lookup.Contains(p.AsSpan(w, i - w)))
                {
                    continue;
                }
            }
            starts.Add(k);
        }
        return starts;
    }

    // ---- Paragraphs -------------------------------------------------------------------------------------

    private Found? ReadParagraph(int paragraph, Found? carried)
    {
        string p = body[paragraph];
        var spans = PairMarks(p);
        var starts = SplitSentences(p, spans);
        if (spans.Count == 0)
        {
            for (int si = 0; si < starts.Count; si++)
            {
                int sStart = starts[si];
                int sEnd = si + 1 < starts.Count ? starts[si + 1] : p.Length;
                Introduce(p, sStart, Math.Min(p.Length, sStart + 80));
                if (MayName(p, sStart, sEnd))
                {
                    IntroduceNames(p, Tokenise(p, sStart, sEnd, spans, 0, 0), becomesNearest: true);
                }
            }
            return null;
        }
        Found? previous = null;
        Found? leftOpen = null;
        int firstFound = found.Count;
        var unattributed = new List<(Span Span, bool Direct)>();
        int spanIndex = 0;
        for (int si = 0; si < starts.Count; si++)
        {
            int sStart = starts[si];
            int sEnd = si + 1 < starts.Count ? starts[si + 1] : p.Length;
            Introduce(p, sStart, Math.Min(sEnd, sStart + 80));
            int firstSpan = spanIndex;
            while (spanIndex < spans.Count && spans[spanIndex].Open < sEnd)
            {
                spanIndex++;
            }
            if (spanIndex == firstSpan)
            {
                if (MayName(p, sStart, sEnd))
                {
                    IntroduceNames(p, Tokenise(p, sStart, sEnd, spans, firstSpan, firstSpan), becomesNearest: true);
                }
                continue;
            }
            if (sEnd - sStart > MaxSentence || spanIndex - firstSpan > MaxSpansPerSentence)
            {
                uncertainties.Add(string.Format(CultureInfo.InvariantCulture,
                    "Line {0}: a sentence of {1} characters with {2} quotation(s) was not analysed for quotes.",
                    lineNumbers[paragraph], sEnd - sStart, spanIndex - firstSpan));
                continue;
            }
            var tokens = Tokenise(p, sStart, sEnd, spans, firstSpan, spanIndex);
            var candidates = Candidates(p, tokens);
            for (int q = firstSpan; q < spanIndex; q++)
            {
                var span = spans[q];
                if (!Content(p, span, out int start, out int length))
                {
                    continue;
                }
                bool atStart = IsBlank(p, sStart, span.Open);
                bool afterColon = EndsWithColon(p, sStart, span.Open);
                bool continuation = paragraph > 0 && carried is not null && q == 0 && IsBlank(p, 0, span.Open);
                bool direct = atStart || afterColon || continuation;
                if (!direct && (LooksLikeTitle(p, start, length) || IsScareQuote(p, span, start, length, candidates.Count > 0)))
                {
                    continue; // a title, a name, a so-called phrase, or a single word with no one speaking
                }
                if (direct && Incise(p, span, start, length) is { } incise)
                {
                    // «Q1 —dijo X— Q2», « Q1, a déclaré X, Q2 »: one quotation in two parts, attributed inside it.
                    Keep(paragraph, start, incise.FirstLength, QuoteKind.Direct, incise.Attribution);
                    Keep(paragraph, incise.SecondStart, start + length - incise.SecondStart, QuoteKind.Direct, incise.Attribution);
                    previous = incise.Attribution;
                    continue;
                }
                var attribution = Choose(candidates, span, atStart);
                if (attribution is null && continuation)
                {
                    attribution = carried;
                }
                if (attribution is null && direct && previous is not null)
                {
                    attribution = previous; // split quote: "Q1," X said. "Q2."
                }
                if (attribution is null)
                {
                    if (direct)
                    {
                        unattributed.Add((span, direct));
                    }
                    else if (Chars.CountWords(p.AsSpan(start, length)) >= 3)
                    {
                        Note(paragraph, "a quoted phrase without a speaker was taken as a scare quote", p.AsSpan(start, length));
                    }
                    continue;
                }
                if (attribution.Via is null && previous is not null && previous.Via is not null
                    && ReferenceEquals(previous.Speaker, attribution.Speaker) && attribution.Resolved)
                {
                    attribution = attribution with { Via = previous.Via }; // the channel carries to "He ..." in the same paragraph
                }
                Keep(paragraph, start, length, direct ? QuoteKind.Direct : QuoteKind.Partial, attribution);
                previous = attribution;
                if (!span.Closed)
                {
                    leftOpen = attribution;
                }
            }
            // Names in a quote's sentence are known by their surnames later, but "he" keeps to the speaker.
            IntroduceNames(p, tokens, becomesNearest: false);
        }
        // Quotes before the first attribution in the paragraph ("Q0." "Q1," X said) take the first one found; a quote
        // paragraph with no attribution at all continues the speaker of the paragraph before, or the person named last.
        Found? first = found.Count > firstFound ? found[firstFound].Attribution : carried;
        if (first is null && lastKept is not null && lastKeptParagraph >= paragraph - 1)
        {
            first = lastKept with { Cue = null, How = "the speaker of the quotation just before it" };
        }
        else if (first is null && LastPerson is not null)
        {
            first = new Found(LastPerson, null, null, null, true, How: "the person named last before it");
        }
        foreach (var (span, _) in unattributed)
        {
            if (first is null || !Content(p, span, out int start, out int length))
            {
                Note(paragraph, "a quotation without a speaker was left out (no one is named before it)", p.AsSpan(span.Open + 1, Math.Min(60, span.Close - span.Open - 1)));
                continue;
            }
            Keep(paragraph, start, length, QuoteKind.Direct, first);
            if (!span.Closed)
            {
                leftOpen = first;
            }
        }
        return leftOpen;
    }

    private readonly record struct InciseFound(int FirstLength, int SecondStart, Found Attribution);

    private readonly List<Token> inciseTokens = [];

    /// <summary>
    /// An attribution set inside one pair of quotation marks, between commas or dashes, the way French and Spanish
    /// write it: « Nous continuerons, a déclaré le ministre, mais pas seuls », «Es un día triste —dijo Ana López—,
    /// pero seguiremos». Only in guillemets, low marks and corner brackets, or between dashes (English splits a quote
    /// with marks of its own: "Q1," he said, "Q2."). Returns the two parts and the attribution, or null.
    /// </summary>
    private InciseFound? Incise(string p, Span span, int start, int length)
    {
        if (!span.Closed || length < 8)
        {
            return null;
        }
        char opener = p[span.Open];
        var content = p.AsSpan(start, length);
        bool foreignMarks = opener is '«' or '»' or '„' or '‚' or '‹' or '›' or '「' or '『';
        if (!foreignMarks && content.IndexOfAny('—', '–') < 0)
        {
            return null;
        }
        for (int i = 1; i < length - 1; i++)
        {
            char separator = content[i];
            bool dash = separator is '—' or '–';
            if (!dash && !(foreignMarks && separator == ','))
            {
                continue;
            }
            // The incise closes with the same kind of separator (or a dash and a comma: "—dijo X—,"), within a few words.
            int close = -1;
            for (int j = i + 1; j < length && j - i < 80 && close < 0; j++)
            {
                if (content[j] is '—' or '–' || (!dash && content[j] == ','))
                {
                    close = j;
                }
            }
            if (close < 0)
            {
                return null;
            }
            var tokens = Tokenise(p, start + i + 1, start + close, [], 0, 0, inciseTokens);
            int k = 0;
            while (k < tokens.Count && tokens[k].Kind == Tok.Word && lexicon.IsAuxiliary(Text(p, tokens[k])))
            {
                k++;
            }
            Found? attribution = null;
            if (k < tokens.Count && tokens[k].Kind == Tok.Word && char.IsLower(p[tokens[k].Start]))
            {
                var word = Text(p, tokens[k]);
                if (!TryInverted(p, tokens, k, out attribution) && k + 1 < tokens.Count && lexicon.IsCue(word))
                {
                    attribution = Forward(p, tokens, k + 1, word.ToString());
                }
            }
            if (attribution is null)
            {
                i = close - 1; // not an incise: go on from its closing separator
                continue;
            }
            int firstEnd = i;
            while (firstEnd > 0 && (Chars.IsSpace(content[firstEnd - 1]) || content[firstEnd - 1] == ','))
            {
                firstEnd--;
            }
            int second = close + 1;
            while (second < length && (Chars.IsSpace(content[second]) || content[second] is ',' or '—' or '–'))
            {
                second++;
            }
            if (firstEnd == 0 || second >= length || Chars.CountWords(content[second..]) == 0)
            {
                return null;
            }
            return new InciseFound(firstEnd, start + second, attribution);
        }
        return null;
    }

    /// <summary>Keeps a quotation, and says in the report how its speaker was found when that was a guess.</summary>
    private void Keep(int paragraph, int start, int length, QuoteKind kind, Found attribution)
    {
        if (attribution.Speaker is { } speaker)
        {
            speaker.Used = true;
        }
        found.Add((paragraph, start, length, kind, attribution));
        lastKept = attribution;
        lastKeptParagraph = paragraph;
        var text = body[paragraph].AsSpan(start, Math.Min(length, 60));
        switch (attribution.Kind)
        {
            case AttributionKind.Unresolved:
                Note(paragraph, $"the speaker of a quotation is left unresolved (\"{attribution.Mention}\": no one named before it fits)", text);
                break;
            case AttributionKind.Anonymous:
                Note(paragraph, $"a quotation is attributed to an unnamed source (\"{attribution.Mention}\")", text);
                break;
            default:
                if (attribution.How is { } how)
                {
                    Note(paragraph, $"the speaker of a quotation{(attribution.Mention is { } m ? " (\"" + m + "\")" : "")} was taken as {attribution.Speaker!.Name}, {how}", text);
                }
                break;
        }
    }

    private void Note(int paragraph, string what, ReadOnlySpan<char> text) =>
        uncertainties.Add(string.Format(CultureInfo.InvariantCulture, "Line {0}: {1}: \"{2}\".", lineNumbers[paragraph], what, text.ToString()));

    /// <summary>The quoted words without the marks, surrounding space, or a comma closing the quoted sentence.</summary>
    private static bool Content(string p, Span span, out int start, out int length)
    {
        start = span.Open + 1;
        int end = span.Close;
        while (start < end && Chars.IsSpace(p[start]))
        {
            start++;
        }
        while (end > start && Chars.IsSpace(p[end - 1]))
        {
            end--;
        }
        if (span.Closed && end > start && p[end - 1] == ',')
        {
            end--;
        }
        length = end - start;
        bool letters = false;
        for (int i = start; i < end && !letters; i++)
        {
            letters = char.IsLetterOrDigit(p[i]);
        }
        return letters;
    }

    private static bool IsBlank(string p, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!Chars.IsSpace(p[i]) && p[i] is not ('(' or '—' or '–' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private bool EndsWithColon(string p, int from, int to)
    {
        for (int i = to - 1; i >= from; i--)
        {
            if (!Chars.IsSpace(p[i]))
            {
                return p[i] == ':' || (p[i] == ',' && i > from && EndsWithCue(p, from, i));
            }
        }
        return false;
    }

    /// <summary>"X said, "Q"": the word before the comma is a cue verb.</summary>
    private bool EndsWithCue(string p, int from, int comma)
    {
        int end = comma;
        int start = end;
        while (start > from && char.IsLetter(p[start - 1]))
        {
            start--;
        }
        return start < end && lexicon.IsCue(p.AsSpan(start, end - start));
    }

    /// <summary>A quoted phrase after "so-called", or a single quoted word in a sentence where no one speaks
    /// (<paramref name="speech"/> false): a scare quote. A single word someone is said to have used ('took "solace"',
    /// 'is "regrettable", an official said') is a partial quote.</summary>
    private static bool IsScareQuote(string p, Span span, int start, int length, bool speech)
    {
        if (!speech && Chars.CountWords(p.AsSpan(start, length)) <= 1)
        {
            return true;
        }
        var before = p.AsSpan(0, span.Open).TrimEnd();
        return before.EndsWith("so-called", StringComparison.OrdinalIgnoreCase) || before.EndsWith("so called", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Title Case without closing punctuation and short: a title or name in marks, not a quote.</summary>
    private static bool LooksLikeTitle(string p, int start, int length)
    {
        var t = p.AsSpan(start, length);
        if (length == 0 || Chars.EndsSentence(t) || Chars.CountWords(t) > 8)
        {
            return false;
        }
        bool startOfWord = true;
        int capitals = 0, words = 0;
        foreach (char c in t)
        {
            if (Chars.IsWordChar(c))
            {
                if (startOfWord)
                {
                    words++;
                    if (char.IsUpper(c) || char.IsDigit(c))
                    {
                        capitals++;
                    }
                }
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }
        return words > 0 && capitals * 3 >= words * 2 && char.IsUpper(t[0]);
    }

    // ---- Tokens and attributions --------------------------------------------------------------------------

    /// <summary>Tokens of the sentence outside quotation marks; each quotation is one <see cref="Tok.Quote"/> token.</summary>
    private List<Token> Tokenise(string p, int from, int to, List<Span> spans, int firstSpan, int endSpan, List<Token>? into = null)
    {
        var tokens = into ?? tokenBuffer;
        tokens.Clear();
        int s = firstSpan;
        int i = from;
        while (i < to)
        {
            if (s < endSpan && i == spans[s].Open)
            {
                int close = Math.Min(spans[s].Close, to - 1);
                tokens.Add(new Token(i, close + 1, Tok.Quote));
                i = close + 1;
                s++;
                continue;
            }
            char c = p[i];
            if (Chars.IsWordChar(c) || (c == '-' && tokens.Count > 0 && i + 1 < to && char.IsLetter(p[i + 1]) && i > 0 && char.IsLetter(p[i - 1])))
            {
                int start = i;
                while (i < to && (Chars.IsWordChar(p[i]) || (p[i] == '-' && i + 1 < to && char.IsLetter(p[i + 1]))) && !(s < endSpan && i == spans[s].Open))
                {
                    i++;
                }
                tokens.Add(new Token(start, i, Tok.Word));
                continue;
            }
            if (!Chars.IsSpace(c))
            {
                tokens.Add(new Token(i, i + 1, c switch { ',' => Tok.Comma, ':' => Tok.Colon, '.' => Tok.Dot, _ => Tok.Other }));
            }
            i++;
        }
        return tokens;
    }

    private List<Candidate> Candidates(string p, List<Token> tokens)
    {
        var list = new List<Candidate>();
        for (int k = 0; k < tokens.Count && list.Count < MaxCandidates; k++)
        {
            var tok = tokens[k];
            if (tok.Kind != Tok.Word)
            {
                continue;
            }
            var word = p.AsSpan(tok.Start, tok.End - tok.Start);
            // One lookup: a cue, or a word naming the source after it ("according to X", "selon X", "laut X").
            var kind = word.Length < 2 ? Lexicon.Kinds.None : lexicon.KindOf(word);
            bool toFollows = word.Equals("according", StringComparison.OrdinalIgnoreCase);
            bool according = (kind & Lexicon.Kinds.Source) != 0 && (!toFollows || (k + 1 < tokens.Count && Is(p, tokens[k + 1], "to")));
            // "as Margaret Thatcher put it": the one cue of two words whose verb alone is no cue.
            bool putIt = word.Equals("put", StringComparison.Ordinal) && k + 1 < tokens.Count && Is(p, tokens[k + 1], "it");
            if (kind == Lexicon.Kinds.None && TryInverted(p, tokens, k, out var byPronoun))
            {
                if (byPronoun is not null)
                {
                    list.Add(new Candidate(tok.Start, byPronoun, false));
                }
                continue;
            }
            if (!according && !putIt && (!char.IsLower(word[0]) || word.Length < 3 || (kind & Lexicon.Kinds.Cue) == 0))
            {
                continue;
            }
            string cue = according ? (toFollows ? "according to" : word.ToString().ToLowerInvariant()) : putIt ? "put it" : CueText(p, tokens, k);
            int subjectAt = according && toFollows ? k + 2 : k + 1;
            Found? attribution = null;
            if (!according)
            {
                attribution = Backward(p, tokens, k, cue);
            }
            // The subject after the cue when nothing but auxiliaries stands between the cue and a quotation or comma
            // before it: '"…," said X', '« … », a déclaré X'.
            int before = k - 1;
            while (before >= 0 && tokens[before].Kind == Tok.Word && char.IsLower(p[tokens[before].Start]) && lexicon.IsAuxiliary(Text(p, tokens[before])))
            {
                before--;
            }
            if (attribution is null && subjectAt < tokens.Count && (according || before < 0 || tokens[before].Kind is Tok.Quote or Tok.Comma))
            {
                attribution = Forward(p, tokens, subjectAt, cue);
            }
            if (attribution is not null)
            {
                list.Add(new Candidate(tok.Start, attribution, attribution.Speaker is { Kind: PartyKind.Organisation } org && Words.IsAgency(org.Name)));
            }
        }
        return list;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is a verb inverted with its subject pronoun ("explique-t-elle",
    /// "dit-il", "a-t-il déclaré"); if so, <paramref name="attribution"/> is that pronoun resolved, with the verb as cue
    /// (or, after an auxiliary, the participle that follows), or null when the verb is no cue.
    /// </summary>
    private bool TryInverted(string p, List<Token> tokens, int k, out Found? attribution)
    {
        attribution = null;
        if (!InvertedPronoun(Text(p, tokens[k]), out var verb, out var pronoun))
        {
            return false;
        }
        var cue = lexicon.IsAuxiliary(verb) && k + 1 < tokens.Count && tokens[k + 1].Kind == Tok.Word ? Text(p, tokens[k + 1]) : verb;
        if (lexicon.IsCue(cue))
        {
            attribution = Resolve(pronoun.ToString(), null, null, cue.ToString(), allowPronoun: true);
        }
        return true;
    }

    /// <summary>A verb joined to its subject pronoun by hyphens, as French inverts them: "dit-il", "explique-t-elle",
    /// "a-t-il". Gives the verb and the pronoun.</summary>
    private bool InvertedPronoun(ReadOnlySpan<char> word, out ReadOnlySpan<char> verb, out ReadOnlySpan<char> pronoun)
    {
        verb = pronoun = default;
        int first = word.IndexOf('-');
        int last = word.LastIndexOf('-');
        if (first <= 0 || last >= word.Length - 1)
        {
            return false;
        }
        verb = word[..first];
        pronoun = word[(last + 1)..];
        return char.IsLower(word[0]) && lexicon.IsPronoun(pronoun, out _);
    }

    private static bool Is(string p, Token token, string word) =>
        token.Kind == Tok.Word && p.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The cue as printed, with its object when a that-clause follows: "expressed hope".</summary>
    private static string CueText(string p, List<Token> tokens, int k)
    {
        var tok = tokens[k];
        var word = p.AsSpan(tok.Start, tok.End - tok.Start);
        if ((word.StartsWith("express", StringComparison.OrdinalIgnoreCase) || word.StartsWith("voice", StringComparison.OrdinalIgnoreCase))
            && k + 2 < tokens.Count && tokens[k + 1].Kind == Tok.Word && char.IsLower(p[tokens[k + 1].Start]))
        {
            int end = k + 1;
            if (Is(p, tokens[k + 2], "that"))
            {
                return p[tok.Start..tokens[end].End];
            }
        }
        return word.ToString();
    }

    /// <summary>The subject before the cue: "Junichi Ihara, head of ..., said", "Song expressed", "He compared".</summary>
    private Found? Backward(string p, List<Token> tokens, int k, string cue)
    {
        int end = k - 1;
        // Up to two adverbs or auxiliaries between subject and verb: "Miller later said", "he has also told",
        // "Macron a déclaré".
        for (int skipped = 0; skipped < 2 && end >= 0 && tokens[end].Kind == Tok.Word && char.IsLower(p[tokens[end].Start])
            && (Text(p, tokens[end]).EndsWith("ly", StringComparison.Ordinal) || lexicon.IsAuxiliary(Text(p, tokens[end]))); skipped++)
        {
            end--;
        }
        if (end < 0)
        {
            return null;
        }
        // An unnamed source ends in a lower-case word that is no pronoun ("... familiar with the talks", "officials");
        // names and pronouns go the usual way.
        // "Critics argue": a plural noun of people opening the sentence is one too, though capitalised.
        bool opening = end == 0 || tokens[end - 1].Kind != Tok.Word;
        if (tokens[end].Kind == Tok.Word && (!char.IsUpper(p[tokens[end].Start]) || opening) && !IsPronoun(Text(p, tokens[end]))
            && AnonymousBefore(p, tokens, end) is { } source)
        {
            return new Found(null, source, cue, null, false, AttributionKind.Anonymous);
        }
        string? role = null;
        if (tokens[end].Kind == Tok.Comma)
        {
            // Appositive: NAME, ROLE, cue
            int j = end - 1;
            int limit = Math.Max(0, end - 40);
            while (j >= limit && tokens[j].Kind is not (Tok.Comma or Tok.Quote))
            {
                j--;
            }
            if (j < limit || tokens[j].Kind != Tok.Comma || j == end - 1)
            {
                return null;
            }
            // Not a role: a relative clause, or a phrase that opens with a preposition ("Google, for example, claims").
            role = IsRelative(p, tokens[j + 1]) || IsPreposition(Text(p, tokens[j + 1])) ? null : p[tokens[j + 1].Start..tokens[end - 1].End];
            end = j - 1;
            if (end < 0)
            {
                return null;
            }
            var named = NameBackward(p, tokens, end, out _);
            if (named is null || named.Value.Pronoun)
            {
                return null;
            }
            return Resolve(named.Value.Text, named.Value.TitleRole, role, cue, allowPronoun: false);
        }
        var name = NameBackward(p, tokens, end, out _);
        return name is null ? null : Resolve(name.Value.Text, name.Value.TitleRole, null, cue, allowPronoun: true);
    }

    /// <summary>The subject after the cue: "said Jeff Miller, a city councilman in Hendersonville, who ...".</summary>
    private Found? Forward(string p, List<Token> tokens, int k, string cue)
    {
        if (AnonymousAfter(p, tokens, k) is { } source)
        {
            return new Found(null, source, cue, null, false, AttributionKind.Anonymous);
        }
        var name = NameForward(p, tokens, k, out int next);
        if (name is null)
        {
            return null;
        }
        string? role = null;
        if (!name.Value.Pronoun && next < tokens.Count && tokens[next].Kind == Tok.Comma)
        {
            int j = next + 1;
            int limit = Math.Min(tokens.Count, next + 30);
            while (j < limit && tokens[j].Kind is not (Tok.Comma or Tok.Dot or Tok.Quote or Tok.Colon))
            {
                j++;
            }
            if (j > next + 1 && !Is(p, tokens[next + 1], "who") && !Is(p, tokens[next + 1], "which"))
            {
                role = p[tokens[next + 1].Start..tokens[j - 1].End];
            }
        }
        return Resolve(name.Value.Text, name.Value.TitleRole, role, cue, allowPronoun: true);
    }

    /// <summary>
    /// An unnamed source ending at <paramref name="end"/>, just before a cue: an indefinite article or number with a
    /// noun of a person within five words of it ("a senior official familiar with the talks", "two people briefed on
    /// the matter"), or a bare plural of one ("officials", "U.S. officials"). Returns the words as printed, or null.
    /// </summary>
    private string? AnonymousBefore(string p, List<Token> tokens, int end)
    {
        if (tokens[end].Kind != Tok.Word)
        {
            return null;
        }
        int limit = Math.Max(0, end - 9);
        for (int i = end; i >= limit; i--)
        {
            var t = tokens[i];
            if (t.Kind is Tok.Quote or Tok.Colon || (t.Kind == Tok.Comma && i < end))
            {
                break;
            }
            if (t.Kind != Tok.Word || t.End - t.Start > 8 || !lexicon.IsIndefiniteArticle(Text(p, t)))
            {
                continue;
            }
            for (int j = i + 1; j <= Math.Min(end, i + 5); j++)
            {
                if (tokens[j].Kind == Tok.Word && lexicon.IsPersonNoun(Text(p, tokens[j])))
                {
                    return p[t.Start..tokens[end].End];
                }
            }
            break;
        }
        // "officials said", "Western diplomats told": a plural noun of people right before the cue.
        var last = Text(p, tokens[end]);
        if (last.Length > 3 && last[^1] == 's' && lexicon.IsPersonNoun(last))
        {
            int first = end;
            while (first > 0 && end - first < 2 && tokens[first - 1].Kind == Tok.Word
                   && !IsArticle(p, tokens[first - 1]) && !IsNotName(Text(p, tokens[first - 1]))
                   && !Words.LooksLikeVerb(Text(p, tokens[first - 1])) && !lexicon.IsCue(Text(p, tokens[first - 1])))
            {
                first--;
            }
            return p[tokens[first].Start..tokens[end].End];
        }
        return null;
    }

    /// <summary>
    /// An unnamed source starting at <paramref name="k"/>, just after a cue: an indefinite article or number with a
    /// noun of a person within five words ('said one GOP operative in the state'), or a plural noun of people
    /// ('said officials'), up to the next comma or full stop (at most eight words). Returns the words, or null.
    /// </summary>
    private string? AnonymousAfter(string p, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != Tok.Word)
        {
            return null;
        }
        int noun = -1;
        if (lexicon.IsIndefiniteArticle(Text(p, tokens[k])))
        {
            for (int j = k + 1; j < tokens.Count && j <= k + 5 && tokens[j].Kind == Tok.Word && noun < 0; j++)
            {
                noun = lexicon.IsPersonNoun(Text(p, tokens[j])) ? j : -1;
            }
        }
        else if (lexicon.IsPersonNoun(Text(p, tokens[k])) && Text(p, tokens[k])[^1] == 's')
        {
            noun = k;
        }
        if (noun < 0)
        {
            return null;
        }
        int end = noun;
        while (end + 1 < tokens.Count && end - k < 8 && tokens[end + 1].Kind == Tok.Word && !IsRelative(p, tokens[end + 1]))
        {
            end++;
        }
        return p[tokens[k].Start..tokens[end].End];
    }

    private static bool IsRelative(string p, Token token) =>
        Is(p, token, "who") || Is(p, token, "which") || Is(p, token, "whose") || Is(p, token, "where") || Is(p, token, "when");

    private readonly record struct Named(string Text, string? TitleRole, bool Pronoun);

    private static bool IsCapitalised(string p, Token t) => t.Kind == Tok.Word && char.IsUpper(p[t.Start]);

    private bool IsPronoun(ReadOnlySpan<char> w) => lexicon.IsPronoun(w, out _);

    /// <summary>A word that is never (the start of) a name, in every language or in this one.</summary>
    private bool IsNotName(ReadOnlySpan<char> w) => lexicon.IsNotName(w);

    /// <summary>An article of the language: definite ("the", "le", "der") or indefinite ("a", "un", "ein").</summary>
    private bool IsArticle(string p, Token token) =>
        token.Kind == Tok.Word && (lexicon.IsDefiniteArticle(Text(p, token)) || lexicon.IsIndefiniteArticle(Text(p, token)));

    private Named? NameBackward(string p, List<Token> tokens, int end, out int start)
    {
        start = end;
        var last = tokens[end];
        var lastWord = p.AsSpan(last.Start, last.End - last.Start);
        if (last.Kind == Tok.Word && IsPronoun(lastWord))
        {
            return new Named(lastWord.ToString(), null, true);
        }
        int i = end;
        // A lower-case channel tail: "Kyodo news agency".
        while (i >= 0 && tokens[i].Kind == Tok.Word && char.IsLower(p[tokens[i].Start]) && Words.IsMediaNoun(p.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)) && end - i < 2)
        {
            i--;
        }
        int capsEnd = i;
        while (i >= 0 && end - i < 7)
        {
            var t = tokens[i];
            if (IsCapitalised(p, t))
            {
                i--;
                continue;
            }
            // "Rep." and "R." inside a name.
            if (t.Kind == Tok.Dot && i > 0 && IsCapitalised(p, tokens[i - 1]) && (tokens[i - 1].End - tokens[i - 1].Start <= 3))
            {
                i--;
                continue;
            }
            break;
        }
        int first = i + 1;
        if (first <= capsEnd && i >= 1 && (Is(p, tokens[i], "of") || Is(p, tokens[i], "from")) && IsCapitalised(p, tokens[i - 1])
            && NameBackward(p, tokens, i - 1, out int personStart) is { Pronoun: false } person)
        {
            // "Sen. Elizabeth Warren of Massachusetts accused", "Smith from Oxfam said": the name before the place.
            start = personStart;
            return person;
        }
        if (first <= capsEnd && i >= 2 && Is(p, tokens[i], "the") && Is(p, tokens[i - 1], "of")
            && tokens[i - 2].Kind == Tok.Word && char.IsLower(p[tokens[i - 2].Start]) && IsTitleWord(Text(p, tokens[i - 2])))
        {
            // "the Labour Party's chancellor of the Exchequer said": the capitalised words complete a title; the
            // speaker is the holder, described, not named.
            return Holder(p, tokens, i - 2, end, out start);
        }
        if (first <= capsEnd && i >= 1 && tokens[i].Kind == Tok.Word && IsPreposition(p.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)))
        {
            // "a source close to Macron": the capitalised words are the object of a description.
            for (int d0 = i - 1; d0 >= 0 && i - d0 <= 5 && tokens[d0].Kind == Tok.Word && char.IsLower(p[tokens[d0].Start]); d0--)
            {
                if (IsArticle(p, tokens[d0]))
                {
                    start = d0;
                    return new Named(p[tokens[d0].Start..tokens[end].End], null, false);
                }
            }
        }
        if (first > capsEnd)
        {
            // No capitalised word: "the alliance", "the government broadcaster RTHK" handled below.
            return ArticlePhrase(p, tokens, end, out start);
        }
        // Drop sentence-initial function words: "At", "But".
        while (first <= capsEnd && tokens[first].Kind == Tok.Word && IsNotName(p.AsSpan(tokens[first].Start, tokens[first].End - tokens[first].Start)))
        {
            first++;
        }
        if (first > capsEnd || tokens[first].Kind != Tok.Word)
        {
            return null;
        }
        // "the government broadcaster RTHK": lower-case description with a media noun before the name.
        int d = first - 1;
        bool media = false;
        while (d >= 0 && first - d <= 3 && tokens[d].Kind == Tok.Word && char.IsLower(p[tokens[d].Start]) && !Is(p, tokens[d], "the"))
        {
            media |= Words.IsMediaNoun(p.AsSpan(tokens[d].Start, tokens[d].End - tokens[d].Start));
            d--;
        }
        if (media && d >= 0 && Is(p, tokens[d], "the"))
        {
            first = d + 1;
        }
        else if (first > 0 && Is(p, tokens[first - 1], "the"))
        {
            first--; // "the Conservative MP", "the Highways Department"
        }
        start = first;
        return Split(p, tokens, first, end);
    }

    /// <summary>The holder of a title written out in lower case, "chancellor of the Exchequer", as the text
    /// describes them: from the article before it, or from the owner a possessive names ("The British Labour
    /// Party’s chancellor of the Exchequer"), always with a definite article so the mention reads as a description.</summary>
    private Named Holder(string p, List<Token> tokens, int title, int end, out int start)
    {
        start = title;
        int j = title - 1;
        if (j >= 0 && IsPossessive(Text(p, tokens[j])))
        {
            while (j >= 0 && IsCapitalised(p, tokens[j]) && title - j <= 5 && !IsArticle(p, tokens[j]))
            {
                j--;
            }
        }
        if (j >= 0 && IsArticle(p, tokens[j]))
        {
            start = j;
            return new Named(p[tokens[j].Start..tokens[end].End], null, false);
        }
        return new Named("the " + p[tokens[title].Start..tokens[end].End], null, false);
    }

    private static bool IsPreposition(ReadOnlySpan<char> w) =>
        w is "to" or "of" or "for" or "at" or "with" or "from" or "in" or "on" or "near" or "into" or "across" or "off"
            or "around" or "outside" or "inside" or "towards" or "toward" or "via" or "through" or "over" or "under";

    private Named? ArticlePhrase(string p, List<Token> tokens, int end, out int start)
    {
        start = end;
        int i = end;
        while (i >= 0 && end - i < 3 && tokens[i].Kind == Tok.Word && char.IsLower(p[tokens[i].Start]) && !IsArticle(p, tokens[i]))
        {
            i--;
        }
        if (i < 0 || i == end || !IsArticle(p, tokens[i]))
        {
            return null;
        }
        start = i;
        return new Named(p[tokens[i].Start..tokens[end].End], null, false);
    }

    private Named? NameForward(string p, List<Token> tokens, int k, out int next)
    {
        next = k;
        if (k >= tokens.Count || tokens[k].Kind != Tok.Word)
        {
            return null;
        }
        var w = p.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
        if (IsPronoun(w))
        {
            next = k + 1;
            return new Named(w.ToString(), null, true);
        }
        int i = k;
        if (IsArticle(p, tokens[i]))
        {
            i++;
            while (i < tokens.Count && i - k < 4 && tokens[i].Kind == Tok.Word && char.IsLower(p[tokens[i].Start]))
            {
                i++;
            }
        }
        int capsStart = i;
        while (i < tokens.Count && i - capsStart < 6)
        {
            if (IsCapitalised(p, tokens[i]))
            {
                i++;
                continue;
            }
            if (tokens[i].Kind == Tok.Dot && i > capsStart && tokens[i - 1].End - tokens[i - 1].Start <= 3 && i + 1 < tokens.Count && IsCapitalised(p, tokens[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        if (i == capsStart)
        {
            if (capsStart > k + 1)
            {
                next = capsStart;
                return new Named(p[tokens[k].Start..tokens[capsStart - 1].End], null, false); // "the ministry"
            }
            return null;
        }
        int end = i - 1;
        while (end + 1 < tokens.Count && end - i < 2 && tokens[end + 1].Kind == Tok.Word && Words.IsMediaNoun(p.AsSpan(tokens[end + 1].Start, tokens[end + 1].End - tokens[end + 1].Start)))
        {
            end++;
        }
        next = end + 1;
        return capsStart > k ? new Named(p[tokens[k].Start..tokens[end].End], null, false) : Split(p, tokens, capsStart, end);
    }

    /// <summary>Splits leading titles off a name: "Transport Secretary Grant Shapps" → role "Transport Secretary".</summary>
    private static Named Split(string p, List<Token> tokens, int first, int end)
    {
        // "Canada’s Sowmyan Jegatheesan": a possessive before the name is not part of it.
        for (int j = end - 1; j >= first; j--)
        {
            var word = Text(p, tokens[j]);
            if (tokens[j].Kind == Tok.Word && IsPossessive(word))
            {
                first = j + 1;
                break;
            }
        }
        int lastTitle = -1;
        for (int j = first; j < end; j++)
        {
            if (tokens[j].Kind == Tok.Word && IsTitleWord(p.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start)))
            {
                lastTitle = j;
            }
        }
        int i = lastTitle + 1;
        while (i <= end && tokens[i].Kind == Tok.Dot)
        {
            i++;
        }
        // "President Barack Obama’s advisers": the name without the possessive.
        var last = Text(p, tokens[end]);
        int stop = tokens[end].End - (last.Length > 2 && IsPossessive(last) ? 2 : 0);
        if (lastTitle < 0 || i > end)
        {
            return new Named(p[tokens[first].Start..stop], null, false);
        }
        var title = p[tokens[first].Start..tokens[lastTitle].End];
        return new Named(p[tokens[i].Start..stop], IsHonorific(title) ? null : title, false);
    }

    /// <summary>A word in the possessive: "Party's", "Obama’s".</summary>
    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>"Secretary", "Mayor", and hyphenated titles such as "Secretary-General".</summary>
    private static bool IsTitleWord(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('-'))
        {
            if (Words.IsTitle(word[range]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHonorific(string title) =>
        title is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Dame" or "Prof" or "Professor" or "Lord" or "Lady"
            or "Mme" or "Mlle" or "M" or "Herr" or "Frau" or "Sr" or "Sra" or "Srta" or "Don" or "Doña";

    // ---- Speakers -----------------------------------------------------------------------------------------

    private Found? Resolve(string mention, string? titleRole, string? role, string cue, bool allowPronoun)
    {
        if (IsPronoun(mention.AsSpan()))
        {
            if (!allowPronoun)
            {
                return null;
            }
            lexicon.IsPronoun(mention, out var gender);
            bool person = gender != Gender.Unknown;
            var target = person ? NearestPerson(gender) : lastOrganisation;
            if (target is not null && person && target.Gender == Gender.Unknown)
            {
                target.Gender = gender;
            }
            return target is null
                ? new Found(null, mention, cue, null, false, AttributionKind.Unresolved)
                : Use(target, mention, cue, resolved: true) with { How = "the nearest " + (person ? "person" : "organisation") + " named before it" };
        }
        string name = mention;
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = space < 0 ? ReadOnlySpan<char>.Empty : name.AsSpan(0, space);
        bool definite = lexicon.IsDefiniteArticle(firstWord);
        bool described = definite || lexicon.IsIndefiniteArticle(firstWord);
        var noun = Head(name);
        bool titled = definite && (IsTitleWord(noun) || lexicon.IsPersonNoun(noun));
        if (titled && LastPerson is not null && allowPronoun)
        {
            // "the Conservative MP", "the former mayor": a definite description of the nearest person whose role has
            // its noun, or else of the nearest person named.
            for (int r = recentPersons.Count - 1; r >= 0; r--)
            {
                if (recentPersons[r].Role is { } known && known.AsSpan().Contains(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return Use(recentPersons[r], mention, cue, resolved: true) with { How = "the nearest person named before it with that role" };
                }
            }
            // A description that names its own frame, an owner ("the Labour Party's chancellor") or a complement
            // ("the chancellor of the Exchequer"), introduces someone rather than pointing back.
            bool framed = name.Contains("'s ", StringComparison.Ordinal) || name.Contains("’s ", StringComparison.Ordinal)
                || !name.AsSpan().EndsWith(noun, StringComparison.Ordinal);
            return framed
                ? new Found(null, mention, cue, null, false, AttributionKind.Unresolved)
                : Use(LastPerson, mention, cue, resolved: true) with { How = "the nearest person named before it" };
        }
        if (described && char.IsUpper(name[space + 1]) && !titled)
        {
            // "the Highways Department": a proper name after the article.
            name = name[(name.IndexOf(' ') + 1)..];
            mention = name;
            described = false;
        }
        if (described && !Words.IsAgency(name))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool person = titled;
            for (int w = 1; w < words.Length && !IsPreposition(words[w]) && !person; w++)
            {
                person = lexicon.IsPersonNoun(words[w]);
            }
            if (person)
            {
                // An unnamed source ("a source close to Macron", "a spokesman"), or a description no one named before
                // fits ("the spokesman"): the printed words are all the text says.
                return new Found(null, mention, cue, null, false, definite ? AttributionKind.Unresolved : AttributionKind.Anonymous);
            }
            // "the alliance": the last organisation whose name ends with the noun.
            if (lastOrganisation is not null && lastOrganisation.Name.EndsWith(words[^1], StringComparison.OrdinalIgnoreCase))
            {
                return Use(lastOrganisation, mention, cue, resolved: true);
            }
            return null;
        }
        if (described)
        {
            name = name[(name.IndexOf(' ') + 1)..];
        }
        var existing = Find(name);
        if (existing is not null)
        {
            if (existing.Role is null && (role ?? titleRole) is string newRole)
            {
                existing.Role = newRole;
                existing.Affiliation ??= Affiliation(newRole);
            }
            bool same = string.Equals(existing.Name, name, StringComparison.Ordinal);
            return Use(existing, same && !described ? null : mention, cue, resolved: !same);
        }
        var speaker = Register(name, Words.IsOrganisation(name) ? PartyKind.Organisation : PartyKind.Person, role ?? titleRole);
        return Use(speaker, described ? mention : null, cue, resolved: false);
    }

    /// <summary>The noun a description is about: its last word, or the word before its first preposition
    /// ("the chancellor of the Exchequer" → "chancellor").</summary>
    private static ReadOnlySpan<char> Head(string description)
    {
        var text = description.AsSpan();
        ReadOnlySpan<char> previous = default;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (!previous.IsEmpty && IsPreposition(word))
            {
                break;
            }
            previous = word.IsEmpty ? previous : word;
        }
        return previous;
    }

    private Speaker Register(string name, PartyKind kind, string? role)
    {
        var speaker = new Speaker { Name = name, Kind = kind, Role = role, Affiliation = role is null ? null : Affiliation(role) };
        speakers.Add(speaker);
        if (!char.IsLower(name[0]))
        {
            foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length > 1)
                {
                    byToken[part] = speaker;
                }
            }
        }
        byToken[name] = speaker;
        return speaker;
    }

    /// <summary>A sentence that opens with a name and a comma ("Hafiz, from Pakistan, has created ...")
    /// introduces a person: later "he" or "she" refers to them.</summary>
    private void Introduce(string p, int start, int end)
    {
        int i = start;
        int words = 0;
        while (i < end && words < 4 && char.IsUpper(p[i]))
        {
            int w = i;
            while (i < end && (Chars.IsWordChar(p[i]) || p[i] == '-'))
            {
                i++;
            }
            if (words == 0 && IsNotName(p.AsSpan(w, i - w)))
            {
                return;
            }
            words++;
            if (i < end && p[i] == ' ')
            {
                i++;
            }
        }
        if (words == 0 || i >= end || p[i] != ',' || p[i - 1] == ' ')
        {
            return;
        }
        var name = p[start..i];
        // An appositive must follow and close with a comma before a lower-case verb: "Hafiz, from Pakistan, has".
        int close = p.AsSpan(i + 1, end - i - 1).IndexOf(',');
        if (close < 1 || name.EndsWith("ly", StringComparison.Ordinal) || i + 2 >= end || !char.IsLower(p[i + 2])
            || !p.AsSpan(i + 2, close).Trim().Contains(' '))
        {
            return;
        }
        int verb = i + 1 + close + 1;
        while (verb < p.Length && p[verb] == ' ')
        {
            verb++;
        }
        if (verb >= p.Length || !char.IsLower(p[verb]))
        {
            return;
        }
        if (Words.IsOrganisation(name))
        {
            return;
        }
        Mentioned(Find(name) ?? Register(name, PartyKind.Person, null));
    }

    /// <summary>
    /// Whether a sentence without quotation marks may name someone (so is worth tokenising for
    /// <see cref="IntroduceNames"/>): a capital letter after its first word, or a first word followed by a verb of
    /// speaking ("Burton explained"). Not over <see cref="MaxSentence"/> characters.
    /// </summary>
    private bool MayName(string p, int start, int end)
    {
        if (end - start > MaxSentence)
        {
            return false;
        }
        var sentence = p.AsSpan(start, end - start);
        int space = sentence.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }
        var rest = sentence[(space + 1)..];
        if (rest.IndexOfAnyInRange('A', 'Z') >= 0 || !Ascii.IsValid(rest))
        {
            return true; // a capital after the first word (or letters beyond ASCII, which may be capitals)
        }
        int next = rest.IndexOf(' ');
        return lexicon.IsCue(next < 0 ? rest : rest[..next]);
    }

    /// <summary>
    /// Names a sentence introduces as people whom later pronouns, surnames and descriptions may refer to: a name after
    /// a title ("Foreign Minister Wang Yi", "Mr Shapps"), a name that is the subject of a verb ("Burton explained"),
    /// or two or more capitalised words with an appositive ("Song Il-ho, North Korea's ambassador, ..."). Other runs
    /// of capitalised words (places, organisations, titles of works) are left alone. With
    /// <paramref name="becomesNearest"/> the last of them becomes the nearest person for "he" and "she".
    /// </summary>
    private void IntroduceNames(string p, List<Token> tokens, bool becomesNearest)
    {
        int firstWord = 0;
        while (firstWord < tokens.Count && tokens[firstWord].Kind != Tok.Word)
        {
            firstWord++;
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsCapitalised(p, tokens[i]))
            {
                continue;
            }
            int a = i;
            int b = i;
            while (b + 1 < tokens.Count && b - a < 6
                   && (IsCapitalised(p, tokens[b + 1])
                       || (tokens[b + 1].Kind == Tok.Dot && tokens[b].End - tokens[b].Start <= 3 && b + 2 < tokens.Count && IsCapitalised(p, tokens[b + 2]))))
            {
                b++;
            }
            i = b;
            bool atStart = a == firstWord;
            while (a <= b && (tokens[a].Kind != Tok.Word || IsNotName(Text(p, tokens[a]))))
            {
                a++;
            }
            if (a > b || tokens[b].Kind != Tok.Word)
            {
                continue;
            }
            // A person named before, by surname or full name, as the subject of a verb ("Bloomberg now denies",
            // "Hernandez says"): the nearest person again.
            if (b + 1 < tokens.Count && tokens[b + 1].Kind == Tok.Word && char.IsLower(p[tokens[b + 1].Start])
                && byToken.Count > 0 && Find(p.AsSpan(tokens[a].Start, tokens[b].End - tokens[a].Start)) is { Kind: PartyKind.Person } known)
            {
                if (becomesNearest)
                {
                    Mentioned(known);
                }
                continue;
            }
            // What may make the run a person, cheapest first: most runs (a capitalised first word, a place) have none.
            bool titleFirst = IsTitleWord(Text(p, tokens[a]));
            int next = b + 1;
            bool verb = next < tokens.Count && tokens[next].Kind == Tok.Word && char.IsLower(p[tokens[next].Start])
                        && (lexicon.IsCue(Text(p, tokens[next])) || Words.LooksLikeVerb(Text(p, tokens[next])));
            bool appositive = next + 1 < tokens.Count && tokens[next].Kind == Tok.Comma && tokens[next + 1].Kind == Tok.Word
                              && char.IsLower(p[tokens[next + 1].Start]) && !IsRelative(p, tokens[next + 1])
                              && !Is(p, tokens[next + 1], "and") && !Is(p, tokens[next + 1], "but") && !Is(p, tokens[next + 1], "or");
            if (!titleFirst && !verb && !appositive && b - a < 2)
            {
                continue;
            }
            var named = Split(p, tokens, a, b);
            bool titled = titleFirst && !named.Text.Equals(Text(p, tokens[a]), StringComparison.Ordinal);
            int words = 1 + named.Text.AsSpan().Count(' ');
            // Not a person: a run after "the" ("The International Pulsar Timing Array is"), after a preposition ("from
            // Hart Island, off the Bronx"), long runs without a title, places and organisations.
            bool afterArticle = a > 0 && tokens[a - 1].Kind == Tok.Word && lexicon.IsDefiniteArticle(Text(p, tokens[a - 1]));
            bool afterPreposition = a > 0 && tokens[a - 1].Kind == Tok.Word && IsPreposition(Text(p, tokens[a - 1]));
            // One word alone is a name only as the subject of a verb of speaking at the start of a sentence ("Burton
            // explained"), and never in capitals ("FAST will").
            bool single = words == 1 && atStart && !IsAllCapitals(named.Text) && next < tokens.Count && tokens[next].Kind == Tok.Word
                          && lexicon.IsCue(Text(p, tokens[next]));
            // A middle initial makes a name ("Michael R. Bloomberg"). Where every noun is capitalised (German), only a
            // title or an initial does.
            bool initial = words >= 3 && HasInitial(named.Text);
            bool person = titled || (!afterArticle && !afterPreposition && words <= 4 && !lexicon.IsPersonNoun(Text(p, tokens[a]))
                                     && (lexicon.CapitalisesNouns
                                         ? initial
                                         : (verb && words >= 2 && words <= 3) || single || (appositive && words >= 2 && words <= 3) || initial));
            // (An initial outweighs an organisation's word: "Michael R. Bloomberg" is a person, "Bloomberg" an agency.)
            if (!person || (!initial && Words.IsOrganisation(named.Text)) || Words.IsPlace(named.Text) || lexicon.IsCue(Text(p, tokens[b])))
            {
                continue;
            }
            var speaker = Find(named.Text) ?? Register(named.Text, PartyKind.Person, named.TitleRole);
            if (speaker.Kind != PartyKind.Person)
            {
                continue;
            }
            if (speaker.Role is null && named.TitleRole is not null)
            {
                speaker.Role = named.TitleRole;
                speaker.Affiliation ??= Affiliation(named.TitleRole);
            }
            if (speaker.Gender == Gender.Unknown)
            {
                speaker.Gender = Words.GenderOf(Text(p, tokens[a]));
            }
            if (becomesNearest)
            {
                Mentioned(speaker);
            }
        }
    }

    /// <summary>A one-letter word with a full stop inside a name: "Michael R. Bloomberg".</summary>
    private static bool HasInitial(string name)
    {
        for (int i = 1; i + 1 < name.Length; i++)
        {
            if (name[i] == '.' && char.IsUpper(name[i - 1]) && (i == 1 || name[i - 2] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAllCapitals(string word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> Text(string p, Token t) => p.AsSpan(t.Start, t.End - t.Start);

    /// <summary>Makes <paramref name="speaker"/> the nearest person (or organisation) mentioned.</summary>
    private void Mentioned(Speaker speaker)
    {
        if (speaker.Kind != PartyKind.Person)
        {
            lastOrganisation = speaker;
            return;
        }
        recentPersons.Remove(speaker);
        if (recentPersons.Count == MaxRecentPersons)
        {
            recentPersons.RemoveAt(0); // antecedents further back than this are not looked for, which keeps the work linear
        }
        recentPersons.Add(speaker);
    }

    /// <summary>The nearest person a pronoun of <paramref name="gender"/> may refer to: the most recently mentioned
    /// person whose sex the text has not shown to be the other.</summary>
    private Speaker? NearestPerson(Gender gender)
    {
        for (int i = recentPersons.Count - 1; i >= 0; i--)
        {
            var candidate = recentPersons[i];
            if (gender == Gender.Unknown || candidate.Gender == Gender.Unknown || candidate.Gender == gender)
            {
                return candidate;
            }
        }
        return null;
    }

    private Found Use(Speaker speaker, string? mention, string cue, bool resolved)
    {
        if (speaker.Kind == PartyKind.Person)
        {
            Mentioned(speaker);
        }
        else
        {
            lastOrganisation = speaker;
        }
        return new Found(speaker, mention, cue, null, resolved);
    }

    /// <summary>A known speaker by full name, or by one word of it (a surname: "Song", "Leung", "Mr Shapps").</summary>
    private Speaker? Find(ReadOnlySpan<char> name)
    {
        if (!byTokenLookup.TryGetValue(name, out var speaker))
        {
            return null;
        }
        return name.Contains(' ') && !speaker.Name.AsSpan().Equals(name, StringComparison.OrdinalIgnoreCase) ? null : speaker;
    }

    /// <summary>The organisation named in a role: "head of the Japanese Foreign Ministry's Asian ... Bureau" →
    /// "Japanese Foreign Ministry"; "chairman of the Kowloon Commuters' Alliance" → "Kowloon Commuters' Alliance".</summary>
    internal static string? Affiliation(string role)
    {
        var r = role.AsSpan();
        foreach (var marker in (ReadOnlySpan<string>)[" of the ", " at the ", " for the ", " of ", " at "])
        {
            int at = r.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            int i = at + marker.Length;
            int start = i;
            int end = i;
            while (i < r.Length)
            {
                int wordEnd = i;
                while (wordEnd < r.Length && r[wordEnd] != ' ' && r[wordEnd] != ',')
                {
                    wordEnd++;
                }
                var word = r[i..wordEnd];
                if (word.Length == 0)
                {
                    break;
                }
                bool capital = char.IsUpper(word[0]);
                bool connector = word is "of" or "and" or "for" or "&";
                if (!capital && !connector)
                {
                    break;
                }
                if (IsPossessive(word))
                {
                    end = wordEnd - 2;
                    break;
                }
                if (capital)
                {
                    end = wordEnd;
                }
                if (wordEnd >= r.Length || r[wordEnd] == ',')
                {
                    break;
                }
                i = wordEnd + 1;
            }
            if (end > start)
            {
                var org = r[start..end];
                if (Words.IsOrganisation(org))
                {
                    return org.ToString();
                }
            }
        }
        return null;
    }

    /// <summary>Chooses the attribution for a quotation among the sentence's candidates: the nearest speaker
    /// that is not a channel (after the quote when the quote opens the sentence, else before it), with a
    /// channel in the same sentence as <c>via</c>.</summary>
    private static Found? Choose(List<Candidate> candidates, Span span, bool atStart)
    {
        Candidate? speaker = null;
        Candidate? agency = null;
        Candidate? before = null;
        Candidate? after = null;
        foreach (var c in candidates)
        {
            if (c.Agency)
            {
                agency ??= c;
                continue;
            }
            if (c.CuePosition < span.Open)
            {
                before = c;
            }
            else if (after is null && c.CuePosition > span.Close)
            {
                after = c;
            }
        }
        speaker = atStart ? after ?? before : before ?? after;
        if (speaker is null)
        {
            return agency?.Attribution;
        }
        return agency is null ? speaker.Attribution : speaker.Attribution with { Via = agency.Attribution.Mention ?? agency.Attribution.Speaker!.Name };
    }
}
