using System;

namespace NewsModel.Formats.Feeds;

/// <summary>
/// Thrown when a feed, or one item of it, cannot be read: XML that is not well-formed, a root that is no feed, an item
/// without a title or text, a date that no stamp pattern reads or whose zone abbreviation the publication's zone does
/// not name. The message names where (<see cref="Path"/>, and for XML the line and position) and what was expected.
/// </summary>
/// <remarks>The reader throws no other exception type for bad input; an item's failure is its
/// <see cref="ItemResult{T}.Error"/> and does not stop the feed.</remarks>
public sealed class FeedException : FormatException
{
    /// <summary>Creates an exception.</summary>
    public FeedException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FeedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming where in the feed the problem is.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">Where: <c>/rss/channel/item[3]/pubDate</c> (XML) or <c>$.items[2].date_published</c> (JSON Feed).</param>
    /// <param name="lineNumber">The one-based line, or 0 when unknown.</param>
    /// <param name="linePosition">The one-based position in the line, or 0 when unknown.</param>
    /// <param name="innerException">The cause, or null.</param>
    public FeedException(string message, string path, int lineNumber, int linePosition, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>Gets where in the feed the problem is, or null.</summary>
    public string? Path { get; }

    /// <summary>Gets the one-based line, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the one-based position in the line, or 0 when unknown.</summary>
    public int LinePosition { get; }
}
