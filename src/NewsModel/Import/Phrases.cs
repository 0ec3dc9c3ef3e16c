using System;
using System.Collections.Generic;

namespace NewsModel.Import;

/// <summary>
/// Case-insensitive phrase matcher for boilerplate lines: phrases are indexed by their first word, so a line is
/// checked in one pass over its words (linear, no regular expressions). Immutable and thread-safe once created.
/// </summary>
internal sealed class Phrases
{
    /// <summary>Phrases that mark a line of up to <see cref="LongLineWords"/> words as page furniture.</summary>
    private static readonly string[] Strong =
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

    private readonly Dictionary<string, List<string>> strongByFirstWord;

    /// <summary>Which (first letter, length) shapes some phrase's first word has: most words are rejected by
    /// this table without hashing.</summary>
    private readonly bool[] keyShapes = new bool[27 * 33];
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> strongLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> weakLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> fillerLookup;

    private Phrases(IEnumerable<string> extra)
    {
        strongByFirstWord = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in Strong)
        {
            Add(phrase);
        }
        foreach (var phrase in extra)
        {
            Add(phrase);
        }
        strongLookup = strongByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in strongByFirstWord.Keys)
        {
            keyShapes[Shape(key)] = true;
        }
        weakLookup = new HashSet<string>(Weak, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        fillerLookup = new HashSet<string>(Filler, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal static Phrases Create(IEnumerable<string> extra) => new(extra);

    private void Add(string phrase)
    {
        var span = phrase.AsSpan();
        int start = 0;
        while (start < span.Length && !Chars.IsWordChar(span[start]))
        {
            start++;
        }
        int end = start;
        while (end < span.Length && Chars.IsWordChar(span[end]))
        {
            end++;
        }
        // A phrase without a leading word ("©") is keyed by its first character.
        string key = end > start ? span[start..end].ToString() : span[..1].ToString();
        if (!strongByFirstWord.TryGetValue(key, out var list))
        {
            list = [];
            strongByFirstWord.Add(key, list);
        }
        list.Add(phrase);
    }

    private static int Shape(ReadOnlySpan<char> word)
    {
        char c = char.ToLowerInvariant(word[0]);
        int letter = c is >= 'a' and <= 'z' ? c - 'a' : 26;
        return letter * 33 + Math.Min(word.Length, 32);
    }

    /// <summary>Returns the phrase that marks <paramref name="line"/> as boilerplate, or null.</summary>
    internal string? Match(ReadOnlySpan<char> line, int words)
    {
        if (words > LongLineWords)
        {
            return null;
        }
        int i = 0;
        int weak = 0;
        int strong = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (!Chars.IsWordChar(c))
            {
                if (c is not ' ' && strongLookup.TryGetValue(line.Slice(i, 1), out var symbolPhrases))
                {
                    foreach (var phrase in symbolPhrases)
                    {
                        if (line[i..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                        {
                            return phrase;
                        }
                    }
                }
                i++;
                continue;
            }
            int end = i;
            while (end < line.Length && Chars.IsWordChar(line[end]))
            {
                end++;
            }
            var word = line[i..end];
            if (keyShapes[Shape(word)] && strongLookup.TryGetValue(word, out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    var rest = line[i..];
                    if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                        && (rest.Length == phrase.Length || !Chars.IsWordChar(rest[phrase.Length]) || !Chars.IsWordChar(phrase[^1])))
                    {
                        return phrase;
                    }
                }
            }
            if (words > 8)
            {
                i = end;
                continue;
            }
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
        // "Subscribe Search My Account Login": a short line made mostly of furniture words.
        return words <= 8 && strong > 0 && weak * 2 >= words ? "navigation words" : null;
    }
}
