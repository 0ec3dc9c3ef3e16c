namespace NewsModel;

/// <summary>How a quote reproduces the speaker's words.</summary>
public enum QuoteKind
{
    /// <summary>A whole utterance in quotation marks: <c>"I completely feel the same way."</c></summary>
    Direct = 0,

    /// <summary>A fragment in quotation marks inside reported speech: <c>moving "in a positive direction"</c>.</summary>
    Partial = 1,

    /// <summary>Reported speech without quotation marks: <c>Song said relations would improve</c>.</summary>
    Indirect = 2,
}
