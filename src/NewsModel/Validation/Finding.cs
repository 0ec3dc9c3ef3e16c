using System;
using System.Globalization;

namespace NewsModel.Validation;

/// <summary>
/// One problem a validator found: a stable <see cref="Code"/> (documented in <c>docs/validation-rules.md</c>),
/// its <see cref="Severity"/>, the <see cref="Path"/> of the offending part and a <see cref="Message"/> an editor
/// understands.
/// </summary>
/// <remarks>
/// <para>Paths name the model's members the way the native JSON format does, with zero-based indexes:
/// <c>headline</c>, <c>timeline.updated.printed</c>, <c>quotes[2].attribution.speaker</c>. Findings from raw JSON
/// carry JSON paths starting with <c>$</c> (<c>$.quotes[2].range</c>).</para>
/// <para>Equality: code, severity, path and message all equal (ordinal). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The rule code, for example <c>NM-HEADLINE-EMPTY</c>; not empty.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The path of the offending part; not null (empty means the whole article).</param>
    /// <param name="message">The message for an editor; not empty.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The code or the message is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined.</exception>
    public Finding(string code, Severity severity, string path, string message)
    {
        Code = Preconditions.CheckNotEmpty(code);
        Severity = Preconditions.CheckDefined(severity);
        Path = Preconditions.CheckNotNull(path);
        Message = Preconditions.CheckNotEmpty(message);
    }

    /// <summary>Gets the stable rule code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity (after the profile's overrides).</summary>
    public Severity Severity { get; }

    /// <summary>Gets the path of the offending part.</summary>
    public string Path { get; }

    /// <summary>Gets the message for an editor.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && Severity == other.Severity
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Severity, Equality.TextHash(Code), Equality.TextHash(Path), Equality.TextHash(Message));

    /// <summary>Returns <c>error NM-HEADLINE-EMPTY at headline: The headline is empty.</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{SeverityName(Severity)} {Code} at {(Path.Length == 0 ? "(article)" : Path)}: {Message}");

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
