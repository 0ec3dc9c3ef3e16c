using System;
using System.Text;

namespace NewsModel;

/// <summary>
/// Who said a quote, how the article says so, and through which channel it reached the newsroom.
/// </summary>
/// <remarks>
/// For <c>Song expressed hope that ... "in a positive direction", Kyodo news agency said</c>:
/// the speaker is Song Il-ho, the mention is "Song", the cue is "expressed hope" and the channel is
/// "Kyodo news agency". An attribution is <see cref="AttributionKind.Resolved"/> to one of the article's parties, or
/// holds only the mention as printed: <see cref="Unresolved"/> ("she", "the spokesman") or <see cref="Anonymous"/>
/// ("a senior official familiar with the talks"). Equality: all members equal (ordinal text). Immutable and
/// thread-safe.
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
        Kind = AttributionKind.Resolved;
        Speaker = Preconditions.CheckNotNull(speaker);
        Mention = Preconditions.CheckOptionalNotEmpty(mention);
        Cue = Preconditions.CheckOptionalNotEmpty(cue);
        Via = Preconditions.CheckOptionalNotEmpty(via);
    }

    private Attribution(AttributionKind kind, string mention, string? cue, string? via)
    {
        Kind = kind;
        Mention = Preconditions.CheckNotEmpty(mention);
        Cue = Preconditions.CheckOptionalNotEmpty(cue);
        Via = Preconditions.CheckOptionalNotEmpty(via);
    }

    /// <summary>Creates an attribution whose speaker the text names only by a mention no party was found for.</summary>
    /// <param name="mention">The mention as printed ("she", "the spokesman").</param>
    /// <param name="cue">The cue verb as printed, or null.</param>
    /// <param name="via">The channel as printed, or null.</param>
    /// <returns>The attribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public static Attribution Unresolved(string mention, string? cue = null, string? via = null) =>
        new(AttributionKind.Unresolved, mention, cue, via);

    /// <summary>Creates an attribution to an anonymous source.</summary>
    /// <param name="description">The source as printed ("a senior official familiar with the talks").</param>
    /// <param name="cue">The cue verb as printed, or null.</param>
    /// <param name="via">The channel as printed, or null.</param>
    /// <returns>The attribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public static Attribution Anonymous(string description, string? cue = null, string? via = null) =>
        new(AttributionKind.Anonymous, description, cue, via);

    /// <summary>Gets how far the attribution names the speaker.</summary>
    public AttributionKind Kind { get; }

    /// <summary>Gets the speaker, or null when the attribution is unresolved or anonymous.</summary>
    public Party? Speaker { get; }

    /// <summary>Gets how the sentence names the speaker: for a resolved attribution null when it uses the full name;
    /// for an unresolved or anonymous one the mention or description as printed (never null).</summary>
    public string? Mention { get; }

    /// <summary>Gets the mention as printed: <see cref="Mention"/> if set, else the speaker's name.</summary>
    public string PrintedMention => Mention ?? Speaker!.Name;

    /// <summary>Gets the cue verb as printed, or null.</summary>
    public string? Cue { get; }

    /// <summary>Gets the channel (an agency, a statement, a broadcaster) as printed, or null.</summary>
    public string? Via { get; }

    /// <inheritdoc />
    public bool Equals(Attribution? other) =>
        other is not null
        && Kind == other.Kind
        && Equals(Speaker, other.Speaker)
        && string.Equals(Mention, other.Mention, StringComparison.Ordinal)
        && string.Equals(Cue, other.Cue, StringComparison.Ordinal)
        && string.Equals(Via, other.Via, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Attribution);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Speaker, Equality.TextHash(Mention), Equality.TextHash(Cue), Equality.TextHash(Via));

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = Speaker is null
            ? new StringBuilder(Kind == AttributionKind.Anonymous ? "anonymous: \"" : "unresolved: \"").Append(Mention).Append('"')
            : new StringBuilder(Speaker.Name);
        if (Speaker is not null && Mention is not null)
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
