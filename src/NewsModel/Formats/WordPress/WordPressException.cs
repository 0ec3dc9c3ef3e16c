using System;
using System.Text.Json;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// Thrown when a WordPress REST document cannot be read as an article: malformed JSON, a member of the wrong type, a
/// date that is not WordPress's <c>YYYY-MM-DDTHH:MM:SS</c>, or something an article requires that neither the
/// document nor the <see cref="WordPressReadOptions"/> supply. The message names the JSON path, the position and what
/// was expected; <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> hold them too (both zero-based).
/// </summary>
/// <remarks>The reader throws no other exception type for bad input.</remarks>
public sealed class WordPressException : JsonException
{
    /// <summary>Creates an exception.</summary>
    public WordPressException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public WordPressException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WordPressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming where in the document the problem is.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path, for example <c>$.date_gmt</c>.</param>
    /// <param name="lineNumber">The zero-based line.</param>
    /// <param name="bytePositionInLine">The zero-based byte position within the line.</param>
    /// <param name="innerException">The cause, or null.</param>
    public WordPressException(string message, string path, long lineNumber, long bytePositionInLine, Exception? innerException = null)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }
}
