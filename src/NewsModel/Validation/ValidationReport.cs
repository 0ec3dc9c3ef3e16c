using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace NewsModel.Validation;

/// <summary>
/// What a validator found in one article or document: its findings in the order the rules found them.
/// </summary>
/// <remarks>
/// <para>A report with no findings is always the single cached <see cref="Empty"/> instance, so validating a
/// clean article allocates nothing.</para>
/// <para>Equality: the findings equal in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ValidationReport : IReadOnlyList<Finding>, IEquatable<ValidationReport>
{
    private readonly ImmutableArray<Finding> _findings;

    private ValidationReport(ImmutableArray<Finding> findings)
    {
        _findings = findings;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error:
                    ErrorCount++;
                    break;
                case Severity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>Gets the report with no findings (one shared instance).</summary>
    public static ValidationReport Empty { get; } = new(ImmutableArray<Finding>.Empty);

    /// <summary>Creates a report of the given findings, or returns <see cref="Empty"/> when there are none.</summary>
    /// <param name="findings">The findings in order; no element null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ValidationReport Create(IEnumerable<Finding> findings)
    {
        var array = Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(findings));
        return array.Length == 0 ? Empty : new ValidationReport(array);
    }

    internal static ValidationReport FromList(List<Finding>? findings) =>
        findings is null || findings.Count == 0 ? Empty : new ValidationReport(findings.ToImmutableArray());

    /// <summary>Gets the findings in order.</summary>
    public ImmutableArray<Finding> Findings => _findings;

    /// <summary>Gets the number of findings.</summary>
    public int Count => _findings.Length;

    /// <summary>Gets the finding at an index.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The finding.</returns>
    public Finding this[int index] => _findings[index];

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of informational findings.</summary>
    public int InfoCount { get; }

    /// <summary>Gets whether there is at least one error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Gets whether the article passes: no errors (warnings and infos are allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets whether there are no findings at all.</summary>
    public bool IsEmpty => _findings.Length == 0;

    /// <summary>Returns whether a finding with the given code is present.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string code)
    {
        foreach (var finding in _findings)
        {
            if (string.Equals(finding.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Returns an enumerator over the findings.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Finding> GetEnumerator() => ((IEnumerable<Finding>)_findings).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) =>
        other is not null && (ReferenceEquals(this, other) || Equality.SequenceEqual(_findings, other._findings));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationReport);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SequenceHash(_findings);

    /// <summary>Returns one line per finding, or "no findings".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return "no findings";
        }
        var builder = new StringBuilder();
        foreach (var finding in _findings)
        {
            builder.Append(finding).Append('\n');
        }
        return builder.ToString(0, builder.Length - 1);
    }
}
