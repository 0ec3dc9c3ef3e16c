using System;
using System.Text;

namespace NewsModel;

/// <summary>
/// Who said a quote, how the article says so, and through which channel it reached the newsroom.
/// </summary>
/// <remarks>
/// For <c>Song expressed hope that ... "in a positive direction", Kyodo news agency said</c>:
/// the speaker is Song Il-ho, the mention is "Song", the cue is "expressed hope" and the channel is
/// "Kyodo news agency". Equality: all members equal (ordinal text). Immutable and thread-safe.
/// </remarks>
public sealed class Attribution : IEquatable<Attribution>
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="speaker">The person or organisation the words belong to.</param>
    /// <param name="mention">How the sentence names the speaker when that differs from the name
    /// ("Song", "He"), or null when the full name is used.</param>
    /// <param name="cue">The cue verb as printed ("said", "replied", "expressed hope"), or null.</param>
    /// <param name="via">The channel as printed, for example "Kyodo news agency", or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="speaker"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public Attribution(Party speaker, string? mention = null, string? cue = null, string? via = null)
    {
        Speaker = Preconditions.CheckNotNull(speaker);
        Mention = Preconditions.CheckOptionalNotEmpty(mention);
        Cue = Preconditions.CheckOptionalNotEmpty(cue);
        Via = Preconditions.CheckOptionalNotEmpty(via);
    }

    /// <summary>Gets the speaker.</summary>
    public Party Speaker { get; }

    /// <summary>Gets how the sentence names the speaker, or null when it uses the full name.</summary>
    public string? Mention { get; }

    /// <summary>Gets the mention as printed: <see cref="Mention"/> if set, else the speaker's name.</summary>
    public string PrintedMention => Mention ?? Speaker.Name;

    /// <summary>Gets the cue verb as printed, or null.</summary>
    public string? Cue { get; }

    /// <summary>Gets the channel (an agency, a statement, a broadcaster) as printed, or null.</summary>
    public string? Via { get; }

    /// <inheritdoc />
    public bool Equals(Attribution? other) =>
        other is not null
        && Speaker.Equals(other.Speaker)
        && string.Equals(Mention, other.Mention, StringComparison.Ordinal)
        && string.Equals(Cue, other.Cue, StringComparison.Ordinal)
        && string.Equals(Via, other.Via, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Attribution);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Speaker, Equality.TextHash(Mention), Equality.TextHash(Cue), Equality.TextHash(Via));

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder(Speaker.Name);
        if (Mention is not null)
        {
            builder.Append(" (as \"").Append(Mention).Append("\")");
        }
        if (Cue is not null)
        {
            builder.Append(' ').Append(Cue);
        }
        if (Via is not null)
        {
            builder.Append(", via ").Append(Via);
        }
        return builder.ToString();
    }
}
