namespace NewsModel.Formats;

/// <summary>How a field fared in a conversion to or from a standard format.</summary>
public enum LossKind
{
    /// <summary>The field is not in the output at all.</summary>
    Dropped = 0,

    /// <summary>The field is in the output, but in a form that does not hold all of it (for example a
    /// structured credit written as a byline string, a time written in another offset, or a date-only moment
    /// written as a date-time at the start of its day where the format has no dates).</summary>
    Approximated = 1,

    /// <summary>The format has no place for the field; it travels only in the NewsModel extension, which
    /// plain consumers of the format ignore. Reading the output back with NewsModel restores it exactly.</summary>
    ExtensionOnly = 2,

    /// <summary>Reading: the document lacked something an article requires, and a stated substitute was used
    /// (a caller-supplied default, or another field of the document).</summary>
    Substituted = 3,
}
