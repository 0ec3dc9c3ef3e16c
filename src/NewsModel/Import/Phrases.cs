using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace NewsModel.Import;

/// <summary>
/// Case-insensitive phrase matcher for boilerplate lines: phrases are indexed by the shape of their first
/// word, so a line is checked in one pass over its words (linear, no regular expressions). Immutable and thread-safe once created.
/// </summary>
internal sealed class Phrases
{
    /// <summary>Phrases that mark a line of up to <see cref="LongLineWords"/> words as page furniture.</summary>
    internal static readonly string[] Strong =
    [
        "send to a friend", "to forward this article", "click here", "enter multiple addresses", "for unlimited access",
        "sign up for", "sign up to", "subscribe to", "subscribe now", "subscribers only", "already a subscriber",
        "all rights reserved", "terms of service", "terms of use", "terms and conditions", "privacy policy",
        "cookie policy", "use of cookies", "we use cookies", "accept cookies", "read more", "related articles",
        "related stories", "related content", "explore further", "most popular", "most read", "more from",
        "leave a comment", "add comment", "no comments", "show comments", "view comments", "be part of the conversation",
        "join the conversation", "you are using a browser", "enable javascript", "feedback to editors", "pdf version",
        "print this", "email address", "e-mail address", "your email", "this document is subject to copyright",
        "reproduction of material", "notice to california residents", "do not sell", "search for this author",
        "show more", "load more", "download our app", "download the app", "contact us", "about us", "back to top",
        "skip to", "follow us", "share this", "share on", "share via", "share close", "sharing options", "copy link",
        "link copied", "sponsored content", "paid content", "partner content", "recommended for you", "you may also like",
        "you might also like", "more stories", "top stories", "trending now", "latest news", "breaking news",
        "sign in", "log in", "log out", "create an account", "register here", "forgotten your password",
        "this is london", "essential news", "credit card", "the latest news", "thank you for", "ad choices",
        "advertise with us", "manage preferences", "cookie settings", "privacy settings", "your privacy",
        "all comments", "comments are", "media playback is unsupported", "your browser", "browser needs",
        "enable-javascript", "javascript to", "image copyright", "image caption", "related topics", "report an error", "licensing", "reprints", "permissions",
        "a version of this article appears in print", "give this article", "skip advertisement", "this entry was posted",
        // German, French, Spanish, Italian and Dutch page furniture.
        "wir verwenden cookies", "alle rechte vorbehalten", "lesen sie auch", "mehr zum thema", "zum inhalt springen",
        "newsletter abonnieren", "nous utilisons des cookies", "tous droits réservés", "lire aussi", "utilizamos cookies",
        "todos los derechos reservados", "lea también", "utilizziamo i cookie", "tutti i diritti riservati", "leggi anche",
        "wij gebruiken cookies", "alle rechten voorbehouden", "lees ook",
    ];

    /// <summary>Words that mark a short line (up to <see cref="ShortLineWords"/> words) as furniture.</summary>
    private static readonly string[] Weak =
    [
        "advertisement", "advertisements", "advertising", "sponsored", "subscribe", "subscription", "newsletter",
        "newsletters", "login", "menu", "search", "share", "shares", "tweet", "facebook", "twitter", "linkedin",
        "whatsapp", "reddit", "pinterest", "email", "print", "comments", "comment", "close", "home", "watch",
        "video", "videos", "podcast", "podcasts", "listen", "more", "next", "previous", "loading", "cookies",
        "copyright", "submit", "register",
    ];

    /// <summary>Words that count towards a furniture majority but mark nothing alone.</summary>
    private static readonly string[] Filler = ["account", "my", "sign", "up", "in", "out", "log", "related", "follow", "us", "our", "to"];

    internal const int LongLineWords = 60;
    internal const int ShortLineWords = 4;

    /// <summary>Strong phrases that begin with a word, by the shape of that word (see <see cref="Shape"/>).</summary>
    private readonly Dictionary<int, string[]> strongByShape;

    /// <summary>A 65,536-bit filter over (first word's shape, next word's first letter) of the phrases in
    /// <see cref="strongByShape"/>: most words of a line are rejected by one bit without a lookup.</summary>
    private readonly ulong[] filter = new ulong[65536 / 64];

    /// <summary>Strong phrases that begin with another character ("(advertisement)", "© ..."), by that character.</summary>
    private readonly Dictionary<char, string[]> strongBySymbol;
    private readonly SearchValues<char> symbols;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> weakLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> fillerLookup;

    private Phrases(IEnumerable<string> extra)
    {
        var all = new List<string>(Strong);
        all.AddRange(extra);
        var byShape = new Dictionary<int, List<string>>();
        foreach (var phrase in all.Where(phrase => Chars.IsWordChar(phrase[0])))
        {
            int length = WordLength(phrase);
            int shape = Shape(phrase.AsSpan(0, length));
            if (!byShape.TryGetValue(shape, out var group))
            {
                byShape.Add(shape, group = []);
            }
            group.Add(phrase);
            int next = NextLetter(phrase.AsSpan(length));
            if (next != NoNextWord)
            {
                SetFilterBit(shape, next);
                continue;
            }
            // A one-word phrase may be followed by any word, or by none.
            for (int letter = 0; letter <= NoNextWord; letter++)
            {
                SetFilterBit(shape, letter);
            }
        }
        strongByShape = byShape.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray());
        strongBySymbol = all
            .Where(phrase => !Chars.IsWordChar(phrase[0]))
            .GroupBy(phrase => phrase[0])
            .ToDictionary(group => group.Key, group => group.ToArray());
        symbols = SearchValues.Create([.. strongBySymbol.Keys]);
        weakLookup = new HashSet<string>(Weak, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        fillerLookup = new HashSet<string>(Filler, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal static Phrases Create(IEnumerable<string> extra) => new(extra);

    private static int WordLength(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && Chars.IsWordChar(text[end]))
        {
            end++;
        }
        return end;
    }

    /// <summary>A word's shape: its first two letters (a–z, or another character) and its length (up to 32).</summary>
    private static int Shape(ReadOnlySpan<char> word) =>
        ((Letter(word[0]) * 27) + (word.Length > 1 ? Letter(word[1]) : 26)) * 33 + Math.Min(word.Length, 32);

    private static int Letter(char c)
    {
        int lower = c | 0x20;
        return (uint)(lower - 'a') <= 'z' - 'a' ? lower - 'a' : 26;
    }

    private const int NoNextWord = 27;

    /// <summary>The first letter (see <see cref="Letter"/>) of the next word in <paramref name="rest"/>, or
    /// <see cref="NoNextWord"/>.</summary>
    private static int NextLetter(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (Chars.IsWordChar(c))
            {
                return Letter(c);
            }
        }
        return NoNextWord;
    }

    private static int FilterBit(int shape, int next) => (int)(((uint)((shape * 29) + next) * 2654435761u) >> 16);

    private void SetFilterBit(int shape, int next)
    {
        int bit = FilterBit(shape, next);
        filter[bit >> 6] |= 1UL << bit;
    }

    private bool MayStartPhrase(int shape, int next)
    {
        int bit = FilterBit(shape, next);
        return ((filter[bit >> 6] >> bit) & 1) != 0;
    }

    /// <summary>Returns the phrase that marks <paramref name="line"/> as boilerplate, or null.</summary>
    /// <remarks>Never inlined: inside a large caller its word loop loses its registers and runs several times slower.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal string? Match(ReadOnlySpan<char> line, int words)
    {
        if (words > LongLineWords)
        {
            return null;
        }
        if (MatchStrong(line) is { } phrase)
        {
            return phrase;
        }
        return words <= 8 ? MatchWords(line, words) : null;
    }

    /// <summary>The first strong phrase in the line standing as whole words: it starts a word (or at its own
    /// first character when that is not a letter or digit) and does not end inside one.</summary>
    private string? MatchStrong(ReadOnlySpan<char> line)
    {
        if (strongBySymbol.Count > 0 && line.ContainsAny(symbols) && MatchSymbol(line) is { } symbolPhrase)
        {
            return symbolPhrase;
        }
        // One pass: each gap between words is scanned once, for the next word's first letter and its start.
        int i = 0;
        while (i < line.Length && !Chars.IsWordChar(line[i]))
        {
            i++;
        }
        while (i < line.Length)
        {
            int start = i;
            while (i < line.Length && Chars.IsWordChar(line[i]))
            {
                i++;
            }
            int end = i;
            while (i < line.Length && !Chars.IsWordChar(line[i]))
            {
                i++;
            }
            int shape = Shape(line[start..end]);
            if (MayStartPhrase(shape, i < line.Length ? Letter(line[i]) : NoNextWord) && strongByShape.TryGetValue(shape, out var phrases)
                && StartsWithAny(line[start..], phrases) is { } phrase)
            {
                return phrase;
            }
        }
        return null;
    }

    private string? MatchSymbol(ReadOnlySpan<char> line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (strongBySymbol.TryGetValue(line[i], out var phrases) && StartsWithAny(line[i..], phrases) is { } phrase)
            {
                return phrase;
            }
        }
        return null;
    }

    private static string? StartsWithAny(ReadOnlySpan<char> rest, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == phrase.Length || !Chars.IsWordChar(rest[phrase.Length]) || !Chars.IsWordChar(phrase[^1])))
            {
                return phrase;
            }
        }
        return null;
    }

    /// <summary>A short line that is a furniture word ("Advertisement") or mostly made of them
    /// ("Subscribe Search My Account Login").</summary>
    private string? MatchWords(ReadOnlySpan<char> line, int words)
    {
        int weak = 0;
        int strong = 0;
        int i = 0;
        while (i < line.Length)
        {
            if (!Chars.IsWordChar(line[i]))
            {
                i++;
                continue;
            }
            int end = i;
            while (end < line.Length && Chars.IsWordChar(line[end]))
            {
                end++;
            }
            var word = line[i..end];
            if (weakLookup.Contains(word))
            {
                if (words <= ShortLineWords)
                {
                    return word.ToString().ToLowerInvariant();
                }
                weak++;
                strong++;
            }
            else if (fillerLookup.Contains(word))
            {
                weak++;
            }
            i = end;
        }
        return strong > 0 && weak * 2 >= words ? "navigation words" : null;
    }
}
