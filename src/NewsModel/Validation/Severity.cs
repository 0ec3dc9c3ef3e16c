namespace NewsModel.Validation;

/// <summary>How serious a validation finding is.</summary>
/// <remarks>Ordered from least to most serious, so <c>severity &gt;= Severity.Warning</c> works.</remarks>
public enum Severity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info = 0,

    /// <summary>Suspicious or incomplete; an editor should look, but it does not block.</summary>
    Warning = 1,

    /// <summary>Wrong; blocks the profile (for example publishing).</summary>
    Error = 2,
}
