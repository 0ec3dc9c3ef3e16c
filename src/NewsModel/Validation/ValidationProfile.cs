using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace NewsModel.Validation;

/// <summary>
/// Which rules run, at which severity, with which settings. Start from <see cref="Publish"/> (strict: what must
/// hold before an article goes live) or <see cref="Archive"/> (lenient: old imports with missing update stamps or
/// unknown bylines pass with warnings), then switch rules off, change severities or add your own rules.
/// </summary>
/// <remarks>
/// <para>Every <c>With…</c>/<see cref="Without"/> method returns a changed copy. Codes are matched ordinally.</para>
/// <para>Equality: reference equality (a profile holds rule instances). Immutable and thread-safe.</para>
/// </remarks>
public sealed class ValidationProfile
{
    /// <summary>The default <see cref="MaxHeadlineLength"/>: 120 characters.</summary>
    public const int DefaultMaxHeadlineLength = 120;

    /// <summary>The default <see cref="FutureTolerance"/>: five minutes (clock skew between newsroom systems).</summary>
    public static readonly Duration DefaultFutureTolerance = Duration.FromMinutes(5);

    private readonly ImmutableDictionary<string, Severity> _overrides;
    private readonly ImmutableHashSet<string> _disabled;

    private ValidationProfile(
        string name,
        ImmutableArray<ArticleRule> rules,
        ImmutableDictionary<string, Severity> overrides,
        ImmutableHashSet<string> disabled,
        int maxHeadlineLength,
        Duration futureTolerance)
    {
        Name = name;
        Rules = rules;
        _overrides = overrides;
        _disabled = disabled;
        MaxHeadlineLength = maxHeadlineLength;
        FutureTolerance = futureTolerance;
    }

    /// <summary>Gets the strict profile: every built-in rule at its default severity.</summary>
    public static ValidationProfile Publish { get; } = new(
        "Publish",
        BuiltInRules.All,
        ImmutableDictionary.Create<string, Severity>(StringComparer.Ordinal),
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        DefaultMaxHeadlineLength,
        DefaultFutureTolerance);

    /// <summary>
    /// Gets the lenient profile for archives and old imports: a missing byline, a missing update stamp, a partial
    /// quote without a cue, a foreign zone, an unreadable printed stamp, a missing publication moment and an image
    /// without alt text are warnings (or infos) rather than errors; a long headline, page furniture, an image without
    /// credit, a relative link, a skipped heading level and an unresolved speaker are only infos.
    /// </summary>
    public static ValidationProfile Archive { get; } = Publish
        .WithName("Archive")
        .WithSeverity(RuleCodes.CreditsNone, Severity.Warning)
        .WithSeverity(RuleCodes.TimelineUpdatedMissing, Severity.Warning)
        .WithSeverity(RuleCodes.QuoteCueMissing, Severity.Warning)
        .WithSeverity(RuleCodes.TimelineZoneForeign, Severity.Info)
        .WithSeverity(RuleCodes.TimelinePrintedUnreadable, Severity.Info)
        .WithSeverity(RuleCodes.HeadlineTooLong, Severity.Info)
        .WithSeverity(RuleCodes.BodyBoilerplate, Severity.Info)
        .WithSeverity(RuleCodes.StatusMomentMissing, Severity.Warning)
        .WithSeverity(RuleCodes.MediaAltMissing, Severity.Warning)
        .WithSeverity(RuleCodes.MediaCreditMissing, Severity.Info)
        .WithSeverity(RuleCodes.LinkNotWeb, Severity.Info)
        .WithSeverity(RuleCodes.BodyHeadingSkipped, Severity.Info)
        .WithSeverity(RuleCodes.QuoteSpeakerUnresolved, Severity.Info);

    /// <summary>Gets the profile's name ("Publish", "Archive", or one you gave).</summary>
    public string Name { get; }

    /// <summary>Gets every rule of the profile in the order they run, including switched-off ones.</summary>
    public ImmutableArray<ArticleRule> Rules { get; }

    /// <summary>Gets the longest headline, in Unicode scalar values, that <see cref="RuleCodes.HeadlineTooLong"/> accepts.</summary>
    public int MaxHeadlineLength { get; }

    /// <summary>Gets how far in the future a moment may lie before <see cref="RuleCodes.TimelineFuture"/> reports it.</summary>
    public Duration FutureTolerance { get; }

    /// <summary>Returns whether the rule with a code runs.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when the profile has the rule and it is not switched off.</returns>
    public bool IsEnabled(string code) => Find(code) is not null && !_disabled.Contains(code);

    /// <summary>Returns the severity findings of a rule get in this profile.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentException">The profile has no rule with that code.</exception>
    public Severity SeverityOf(string code) =>
        _overrides.TryGetValue(code, out var severity) ? severity : Require(code).DefaultSeverity;

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The name; not empty.</param>
    /// <returns>The new profile.</returns>
    public ValidationProfile WithName(string name) =>
        new(Preconditions.CheckNotEmpty(name), Rules, _overrides, _disabled, MaxHeadlineLength, FutureTolerance);

    /// <summary>Returns a copy in which a rule does not run.</summary>
    /// <param name="code">The code of a rule of this profile.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The profile has no rule with that code.</exception>
    public ValidationProfile Without(string code)
    {
        Require(code);
        return new(Name, Rules, _overrides, _disabled.Add(code), MaxHeadlineLength, FutureTolerance);
    }

    /// <summary>Returns a copy in which a switched-off rule runs again.</summary>
    /// <param name="code">The code of a rule of this profile.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The profile has no rule with that code.</exception>
    public ValidationProfile With(string code)
    {
        Require(code);
        return new(Name, Rules, _overrides, _disabled.Remove(code), MaxHeadlineLength, FutureTolerance);
    }

    /// <summary>Returns a copy in which a rule's findings get another severity.</summary>
    /// <param name="code">The code of a rule of this profile.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The profile has no rule with that code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined.</exception>
    public ValidationProfile WithSeverity(string code, Severity severity)
    {
        Require(code);
        Preconditions.CheckDefined(severity);
        return new(Name, Rules, _overrides.SetItem(code, severity), _disabled, MaxHeadlineLength, FutureTolerance);
    }

    /// <summary>Returns a copy with a rule of your own added after the existing ones.</summary>
    /// <param name="rule">The rule; its code must not be taken.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile already has a rule with that code.</exception>
    public ValidationProfile WithRule(ArticleRule rule)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckArgument(Find(rule.Code) is null, nameof(rule), $"The profile already has a rule with code {rule.Code}.");
        return new(Name, Rules.Add(rule), _overrides, _disabled, MaxHeadlineLength, FutureTolerance);
    }

    /// <summary>Returns a copy with another headline length limit.</summary>
    /// <param name="maxHeadlineLength">The longest acceptable headline in Unicode scalar values; at least 1.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1.</exception>
    public ValidationProfile WithMaxHeadlineLength(int maxHeadlineLength)
    {
        Preconditions.CheckArgumentRange(maxHeadlineLength, 1, int.MaxValue);
        return new(Name, Rules, _overrides, _disabled, maxHeadlineLength, FutureTolerance);
    }

    /// <summary>Returns a copy with another tolerance for moments in the future.</summary>
    /// <param name="futureTolerance">The tolerance; not negative.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public ValidationProfile WithFutureTolerance(Duration futureTolerance)
    {
        if (futureTolerance < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(futureTolerance), futureTolerance, "The tolerance must not be negative.");
        }
        return new(Name, Rules, _overrides, _disabled, MaxHeadlineLength, futureTolerance);
    }

    /// <summary>Returns the profile's name and how many rules run.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Rules.Length - _disabled.Count} of {Rules.Length} rules)";

    /// <summary>Builds the rules that run and their severities, in order.</summary>
    internal (ArticleRule[] Rules, Severity[] Severities) Compile()
    {
        var rules = new List<ArticleRule>(Rules.Length);
        var severities = new List<Severity>(Rules.Length);
        foreach (var rule in Rules)
        {
            if (!_disabled.Contains(rule.Code))
            {
                rules.Add(rule);
                severities.Add(SeverityOf(rule.Code));
            }
        }
        return (rules.ToArray(), severities.ToArray());
    }

    private ArticleRule? Find(string code)
    {
        Preconditions.CheckNotNull(code);
        foreach (var rule in Rules)
        {
            if (string.Equals(rule.Code, code, StringComparison.Ordinal))
            {
                return rule;
            }
        }
        return null;
    }

    private ArticleRule Require(string code) =>
        Find(code) ?? throw new ArgumentException($"The profile {Name} has no rule with code \"{code}\".", nameof(code));
}
