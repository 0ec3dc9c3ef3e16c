using System;
using System.Text.Json;

namespace NewsModel.Formats.Ans;

/// <summary>
/// Thrown when an Arc XP ANS document cannot be read as an article: malformed JSON, not an ANS 0.10.12 <c>story</c>, a
/// member the story does not define, a member of the wrong shape (an element without its content, a tag given as a
/// string, a date that is not RFC 3339), or something an article requires that neither the document nor the
/// <see cref="AnsReadOptions"/> supply. The message names the JSON path, the position and what was expected;
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/>
/// hold them too (both zero-based). Where the problem lies inside a member the reader checks as a whole (a content
/// element, the taxonomy), the position is that member's start and the path goes down to the problem.
/// </summary>
/// <remarks>The reader throws no other exception type for bad input.</remarks>
public sealed class AnsException : JsonException
{
    /// <summary>Creates an exception.</summary>
    public AnsException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AnsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AnsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming where in the document the problem is.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path, for example <c>$.taxonomy.tags[0]</c>.</param>
    /// <param name="lineNumber">The zero-based line.</param>
    /// <param name="bytePositionInLine">The zero-based byte position within the line.</param>
    /// <param name="innerException">The cause, or null.</param>
    public AnsException(string message, string path, long lineNumber, long bytePositionInLine, Exception? innerException = null)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }
}
