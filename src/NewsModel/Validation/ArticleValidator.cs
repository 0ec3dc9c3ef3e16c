using System;
using System.Text;
using NewsModel.Json;
using NodaTime;

namespace NewsModel.Validation;

/// <summary>
/// Validates articles against a <see cref="ValidationProfile"/> and returns a <see cref="ValidationReport"/>.
/// Never throws for any article: a rule that throws becomes a <see cref="RuleCodes.RuleFailed"/> finding.
/// </summary>
/// <remarks>
/// <para>The profile is compiled once, in the constructor; "now" is read from the clock once per
/// <see cref="Validate"/> call. Validating an article with no findings allocates nothing and returns
/// <see cref="ValidationReport.Empty"/>.</para>
/// <para>Immutable and thread-safe (provided user rules are). Equality: reference equality.</para>
/// </remarks>
public sealed class ArticleValidator
{
    private readonly ArticleRule[] _rules;
    private readonly Severity[] _severities;

    /// <summary>Creates a validator that reads "now" from the system clock.</summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public ArticleValidator(ValidationProfile profile)
        : this(profile, SystemClock.Instance)
    {
    }

    /// <summary>Creates a validator.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="clock">Where "now" comes from (tests use NodaTime.Testing's <c>FakeClock</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ArticleValidator(ValidationProfile profile, IClock clock)
    {
        Profile = Preconditions.CheckNotNull(profile);
        Clock = Preconditions.CheckNotNull(clock);
        (_rules, _severities) = profile.Compile();
    }

    /// <summary>Gets the profile.</summary>
    public ValidationProfile Profile { get; }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Validates an article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The report; <see cref="ValidationReport.Empty"/> when nothing was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ValidationReport Validate(Article article)
    {
        Preconditions.CheckNotNull(article);
        var context = new ValidationContext(Profile, Clock.GetCurrentInstant());
        Run(article, ref context);
        return context.ToReport();
    }

    /// <summary>
    /// Validates a native JSON document (format <c>newsmodel/2</c>) without requiring it to deserialize: every
    /// structural problem (syntax, a missing, unknown, duplicate or mistyped member, an unreadable timestamp, an
    /// unknown zone, a quote outside the body, a stamp out of order) is reported with its JSON path, and the
    /// profile's rules run on the sound parts, their findings also carrying JSON paths (<c>$.quotes[2].text</c>).
    /// A report with no <c>NM-JSON-*</c> finding, <see cref="RuleCodes.QuoteRangeOutside"/>,
    /// <see cref="RuleCodes.TimelineOrder"/> error on updated, a correction, a revision or the withdrawal, or
    /// <see cref="RuleCodes.QuoteSpeakerUnknown"/> error (a speaker index past the parties; the same code as a warning is
    /// a <c>newsmodel/1</c> speaker a reading adds to the parties) means the document deserializes.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 document.</param>
    /// <param name="options">The JSON options (naming policy, zone provider, limits, read mode); null for the defaults.</param>
    /// <returns>The report. Never throws for any input.</returns>
    public ValidationReport ValidateJson(ReadOnlySpan<byte> utf8Json, NewsModelJsonOptions? options = null) =>
        JsonDocumentChecker.Check(this, utf8Json.ToArray(), options ?? NewsModelJsonOptions.Default);

    /// <summary>Validates a native JSON document given as text; see <see cref="ValidateJson(ReadOnlySpan{byte}, NewsModelJsonOptions?)"/>.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The JSON options; null for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public ValidationReport ValidateJson(string json, NewsModelJsonOptions? options = null) =>
        JsonDocumentChecker.Check(this, Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), options ?? NewsModelJsonOptions.Default);

    internal void Run(Article article, ref ValidationContext context)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            context.Begin(rule.Code, _severities[i]);
            try
            {
                rule.Check(article, ref context);
            }
#pragma warning disable CA1031 // A failing rule must not break validation: it becomes a finding.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                context.ReportAs(
                    RuleCodes.RuleFailed,
                    Severity.Error,
                    string.Empty,
                    $"The rule {rule.Code} could not check this article ({exception.GetType().Name}: {exception.Message}).");
            }
        }
    }
}
