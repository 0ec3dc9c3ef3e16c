using System;
using System.Globalization;
using System.Text;

namespace NewsModel;

/// <summary>
/// Bounded pieces of input for messages: no error message, finding or report line repeats more than a few dozen
/// characters of what it was given, however long the input. Stateless and thread-safe.
/// </summary>
internal static class Excerpt
{
    /// <summary>The most characters of a token a message repeats.</summary>
    internal const int TokenLength = 40;

    /// <summary>The most characters of a path a message repeats (member names can be as long as the input).</summary>
    internal const int PathLength = 200;

    /// <summary>A short excerpt for messages, with control characters shown as <c>\u….</c> and an ellipsis when
    /// the text goes on.</summary>
    internal static string Of(string text, int start = 0, int max = TokenLength)
    {
        var builder = new StringBuilder();
        int end = Math.Min(text.Length, start + max);
        if (end < text.Length && end > start && char.IsHighSurrogate(text[end - 1]))
        {
            end--; // never half of a pair
        }
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        if (end < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }

    /// <summary>A path for a message: whole when short, otherwise its start and end around an ellipsis.</summary>
    internal static string Path(string path)
    {
        if (path.Length <= PathLength)
        {
            return path;
        }
        int head = PathLength - 60;
        int tail = path.Length - 59;
        if (char.IsHighSurrogate(path[head - 1]))
        {
            head--; // never half of a pair
        }
        if (char.IsLowSurrogate(path[tail]))
        {
            tail++;
        }
        return string.Concat(path.AsSpan(0, head), "…", path.AsSpan(tail));
    }

    /// <summary>
    /// Another library's message (System.Text.Json's) with every token it quotes between apostrophes cut to
    /// <see cref="TokenLength"/> characters, and the whole cut to a few hundred: the reader's messages quote the
    /// offending literal in full, which for a ten-megabyte literal is a ten-megabyte message.
    /// </summary>
    internal static string Quoting(string message)
    {
        if (message.Length <= TokenLength * 2)
        {
            return message;
        }
        var builder = new StringBuilder();
        int i = 0;
        while (i < message.Length)
        {
            int open = message.IndexOf('\'', i);
            int close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                builder.Append(message, i, message.Length - i);
                break;
            }
            builder.Append(message, i, open + 1 - i);
            int length = close - open - 1;
            if (length > TokenLength)
            {
                builder.Append(Of(message.Substring(open + 1, TokenLength + 1), 0, TokenLength));
            }
            else
            {
                builder.Append(message, open + 1, length);
            }
            builder.Append('\'');
            i = close + 1;
        }
        return builder.Length <= 8 * TokenLength ? builder.ToString() : Of(builder.ToString(), 0, 8 * TokenLength);
    }
}
