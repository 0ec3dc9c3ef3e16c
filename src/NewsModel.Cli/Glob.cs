using System;
using System.Collections.Generic;
using System.IO;

namespace NewsModel.Cli;

/// <summary>
/// File-name globs as shells write them: <c>*</c> (any run within one path segment), <c>?</c> (one character) and
/// <c>**</c> (any number of whole segments). Matching is linear in practice (no backtracking blow-up: each
/// segment is matched with the classic two-pointer wildcard algorithm). Immutable and thread-safe.
/// </summary>
internal static class Glob
{
    /// <summary>Whether <paramref name="argument"/> holds a wildcard.</summary>
    internal static bool IsPattern(string argument) => argument.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Expands a pattern into the files it matches, sorted. Only the folders the pattern can match are
    /// read: a segment without <c>**</c> reads one level; <c>**</c> walks below, entering each real folder once (no
    /// symbolic-link loop is followed) and listing each file once.</summary>
    /// <param name="pattern">The pattern, with <c>/</c> or <c>\</c> between segments.</param>
    /// <param name="walker">The walker that remembers the folders and files already seen.</param>
    /// <returns>The files.</returns>
    internal static List<string> Expand(string pattern, FileWalker walker)
    {
        string normalized = pattern.Replace('\\', '/');
        string[] segments = normalized.Split('/');
        int firstWild = Array.FindIndex(segments, s => IsPattern(s) || s == "**");
        string root = firstWild == 0 ? "." : string.Join('/', segments, 0, firstWild);
        if (root.Length == 0)
        {
            root = "/";
        }
        var results = new List<string>();
        if (Directory.Exists(root))
        {
            Walk(root, segments.AsSpan(firstWild), walker, results);
        }
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    private static void Walk(string directory, ReadOnlySpan<string> rest, FileWalker walker, List<string> results)
    {
        if (rest.Length == 0)
        {
            return;
        }
        string segment = rest[0];
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(directory);
            folders = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            walker.Problems.Add($"{directory}: cannot be read: {e.Message}");
            return;
        }
        if (segment == "**")
        {
            // "**" matches no folder at all here, or any folder below: each real folder is walked once.
            if (!walker.Enter(directory))
            {
                return;
            }
            Walk(directory, rest[1..], walker, results);
            foreach (var folder in folders)
            {
                Walk(folder, rest, walker, results);
            }
            return;
        }
        if (rest.Length == 1)
        {
            foreach (var file in files)
            {
                if (Match(segment, Path.GetFileName(file)) && walker.FirstVisit(file))
                {
                    results.Add(file);
                }
            }
            return;
        }
        foreach (var folder in folders)
        {
            if (Match(segment, Path.GetFileName(folder)))
            {
                Walk(folder, rest[1..], walker, results);
            }
        }
    }

    internal static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, starP = -1, starT = -1;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}
