using System;
using System.Text.Json;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// Thrown when a ninjs document cannot be read as an article: malformed JSON, a member of the wrong type, a
/// date that is not RFC 3339, or something an article requires that neither the document nor the
/// <see cref="NinjsReadOptions"/> supply. The message names the JSON path, the position and what was expected;
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> hold them too (both zero-based).
/// </summary>
/// <remarks>The reader throws no other exception type for bad input.</remarks>
public sealed class NinjsException : JsonException
{
    /// <summary>Creates an exception.</summary>
    public NinjsException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NinjsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NinjsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming where in the document the problem is.</summary>
    /// <param name="message">The message (path and position are appended).</param>
    /// <param name="path">The JSON path, for example <c>$.headlines[0].value</c>.</param>
    /// <param name="lineNumber">The zero-based line.</param>
    /// <param name="bytePositionInLine">The zero-based byte position within the line.</param>
    /// <param name="innerException">The cause, or null.</param>
    public NinjsException(string message, string path, long lineNumber, long bytePositionInLine, Exception? innerException = null)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }
}
