namespace NewsModel;

/// <summary>
/// Selects a model type's internal trusted constructor: used only by NewsModel's own readers, which already
/// guarantee what the public constructor would re-check (non-null, non-empty texts, defined enum values, non-null
/// elements in exactly-sized immutable arrays). Invariants between values that a reader does not check itself
/// (a quote fitting the body, the timeline's order) are still checked there.
/// </summary>
internal enum Trusted
{
    /// <summary>The values were checked by the caller.</summary>
    Checked,
}
