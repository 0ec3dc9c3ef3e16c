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

    /// <summary>Expands a glob into existing files, sorted by ordinal path.</summary>
    internal static List<string> Expand(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        string[] segments = normalized.Split('/');
        int firstWild = Array.FindIndex(segments, s => IsPattern(s));
        string root = firstWild == 0 ? "." : string.Join('/', segments, 0, firstWild);
        if (root.Length == 0)
        {
            root = "/";
        }
        var rest = segments[firstWild..];
        var results = new List<string>();
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (MatchSegments(rest, relative.Split('/')))
                {
                    results.Add(file);
                }
            }
        }
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    /// <summary>Matches path segments against pattern segments, <c>**</c> matching zero or more segments.</summary>
    internal static bool MatchSegments(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        // Two-pointer over segments with one remembered "**" position: linear in segments x pattern size.
        int p = 0, s = 0, starP = -1, starS = -1;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == "**")
            {
                starP = p++;
                starS = s;
            }
            else if (p < pattern.Length && Match(pattern[p], path[s]))
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == "**")
        {
            p++;
        }
        return p == pattern.Length;
    }

    /// <summary>Matches one segment with <c>*</c> and <c>?</c> (ordinal).</summary>
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
