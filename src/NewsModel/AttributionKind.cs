namespace NewsModel;

/// <summary>How far an <see cref="Attribution"/> names who spoke.</summary>
public enum AttributionKind
{
    /// <summary>The speaker is one of the article's parties (<see cref="Attribution.Speaker"/>).</summary>
    Resolved = 0,

    /// <summary>The text names the speaker only by a mention that could not be resolved to a party ("she", "the
    /// spokesman"); <see cref="Attribution.Mention"/> holds it.</summary>
    Unresolved = 1,

    /// <summary>An anonymous source; <see cref="Attribution.Mention"/> holds the description as printed ("a senior
    /// official familiar with the talks").</summary>
    Anonymous = 2,
}
