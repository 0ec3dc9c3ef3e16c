using System;

namespace NewsModel.Validation;

/// <summary>Checks an article and reports what is wrong through the context.</summary>
/// <param name="article">The article.</param>
/// <param name="context">Where to report findings; also gives "now" and the profile.</param>
public delegate void ArticleCheck(Article article, ref ValidationContext context);

/// <summary>
/// One validation rule: a stable code, a default severity, a one-line title, and the check itself.
/// The built-in rules are in <see cref="ValidationProfile.Publish"/>; add your own with
/// <see cref="ValidationProfile.WithRule"/>.
/// </summary>
/// <remarks>
/// <para>A rule must be thread-safe (one instance serves every validation on every thread) and should not
/// allocate when the article is fine, so that validating a clean article stays allocation-free.
/// A rule that throws does not break validation: the validator reports <see cref="RuleCodes.RuleFailed"/>.</para>
/// <para>Equality: reference equality (rules are identified by <see cref="Code"/> within a profile).</para>
/// </remarks>
public abstract class ArticleRule
{
    /// <summary>Initializes the rule.</summary>
    /// <param name="code">The stable code, for example <c>ACME-HEADLINE-BRAND</c>: letters, digits and hyphens.</param>
    /// <param name="defaultSeverity">The severity when the profile does not override it.</param>
    /// <param name="title">A one-line description of what the rule checks; not empty.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The code is not letters, digits and hyphens, or the title is empty.</exception>
    protected ArticleRule(string code, Severity defaultSeverity, string title)
    {
        Preconditions.CheckNotEmpty(code);
        foreach (char c in code)
        {
            Preconditions.CheckArgument(char.IsAsciiLetterOrDigit(c) || c == '-', nameof(code), $"A rule code is made of ASCII letters, digits and hyphens; \"{code}\" is not.");
        }
        Code = code;
        DefaultSeverity = Preconditions.CheckDefined(defaultSeverity);
        Title = Preconditions.CheckNotEmpty(title);
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity when the profile does not override it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets a one-line description of what the rule checks.</summary>
    public string Title { get; }

    /// <summary>Checks the article, reporting findings through <paramref name="context"/>.</summary>
    /// <param name="article">The article; never null.</param>
    /// <param name="context">Where to report findings.</param>
    public abstract void Check(Article article, ref ValidationContext context);

    /// <summary>Creates a rule from a delegate, for user rules.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="defaultSeverity">The default severity.</param>
    /// <param name="title">A one-line description.</param>
    /// <param name="check">The check.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code or the title is not acceptable.</exception>
    public static ArticleRule Create(string code, Severity defaultSeverity, string title, ArticleCheck check) =>
        new DelegateRule(code, defaultSeverity, title, Preconditions.CheckNotNull(check));

    /// <summary>Returns <c>CODE (severity): title</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Finding.SeverityName(DefaultSeverity)}): {Title}";

    private sealed class DelegateRule(string code, Severity defaultSeverity, string title, ArticleCheck check)
        : ArticleRule(code, defaultSeverity, title)
    {
        public override void Check(Article article, ref ValidationContext context) => check(article, ref context);
    }
}
