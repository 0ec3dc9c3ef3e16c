using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;

namespace NewsModel.Validation;

/// <summary>
/// What a rule sees while it checks one article: the profile's settings, "now", and a place to report
/// findings. Lives on the stack for one <see cref="ArticleValidator.Validate"/> call.
/// </summary>
/// <remarks>
/// A rule reports with <see cref="Report"/>; the code and the severity come from the rule being run and the
/// profile's overrides, so a rule cannot report under another rule's code. Nothing is allocated until the first
/// finding. Not thread-safe (it belongs to one call on one thread); no equality.
/// </remarks>
public ref struct ValidationContext
{
    private List<Finding>? _findings;
    private string _code;
    private Severity _severity;
    private VerdictCache _verdicts;

    internal ValidationContext(ValidationProfile profile, Instant now)
    {
        Profile = profile;
        Now = now;
        _findings = null;
        _code = string.Empty;
        _severity = Severity.Error;
    }

    /// <summary>Gets the profile being applied (for its settings such as <see cref="ValidationProfile.MaxHeadlineLength"/>).</summary>
    public ValidationProfile Profile { get; }

    /// <summary>Gets "now" as the validator's clock gave it, read once per validation.</summary>
    public Instant Now { get; }

    /// <summary>Gets the code of the rule being run.</summary>
    public readonly string Code => _code;

    /// <summary>Gets the severity findings of the running rule get.</summary>
    public readonly Severity Severity => _severity;

    /// <summary>Gets the number of findings so far.</summary>
    public readonly int FindingCount => _findings?.Count ?? 0;

    /// <summary>Reports a finding of the running rule.</summary>
    /// <param name="path">The path of the offending part, for example <c>quotes[2].attribution.speaker</c>.</param>
    /// <param name="message">A message an editor understands.</param>
    /// <exception cref="System.ArgumentNullException">A text is null.</exception>
    /// <exception cref="System.ArgumentException">The message is empty.</exception>
    public void Report(string path, string message)
    {
        (_findings ??= new List<Finding>(4)).Add(new Finding(_code, _severity, path, message));
    }

    internal void Begin(string code, Severity severity)
    {
        _code = code;
        _severity = severity;
    }

    internal void ReportAs(string code, Severity severity, string path, string message) =>
        (_findings ??= new List<Finding>(4)).Add(new Finding(code, severity, path, message));

    /// <summary>The verdict on a timeline slot's printed stamp, computed once per validation for the rules that
    /// share it (see <see cref="Paths.MomentAt"/> for slots).</summary>
    internal StampVerdict PrintedVerdict(Article article, int slot, Moment moment)
    {
        if (slot < VerdictCache.Length && _verdicts[slot] != 0)
        {
            return (StampVerdict)(_verdicts[slot] - 1);
        }
        var verdict = PrintedStamps.Check(moment, article.Publication.Zone);
        if (slot < VerdictCache.Length)
        {
            _verdicts[slot] = (byte)(verdict + 1);
        }
        return verdict;
    }

    internal readonly ValidationReport ToReport() => ValidationReport.FromList(_findings);
}

/// <summary>Per-slot printed-stamp verdicts, 0 for not yet computed.</summary>
[InlineArray(Length)]
internal struct VerdictCache
{
    internal const int Length = 8;

    private byte _element;
}
