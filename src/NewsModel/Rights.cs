using System;

namespace NewsModel;

/// <summary>
/// Who holds the rights to an article or a media asset and on what terms: the holder, the notice as printed, a licence
/// URL and usage terms (IPTC <c>copyrightHolder</c>/<c>copyrightNotice</c>/<c>usageTerms</c>, schema.org
/// <c>copyrightHolder</c>/<c>license</c>). At least one is set. Equality: every member equal (ordinal). Immutable and
/// thread-safe.
/// </summary>
public sealed class Rights : IEquatable<Rights>
{
    /// <summary>Creates rights.</summary>
    /// <param name="holder">The copyright holder ("South China Morning Post Publishers Ltd"), or null.</param>
    /// <param name="notice">The notice as printed ("© 2014 SCMP"), or null.</param>
    /// <param name="licenseUrl">A licence URL as given, or null.</param>
    /// <param name="usageTerms">Usage terms in words ("Editorial use only"), or null.</param>
    /// <exception cref="ArgumentException">A text is empty, or all are null.</exception>
    public Rights(string? holder = null, string? notice = null, string? licenseUrl = null, string? usageTerms = null)
    {
        Holder = Preconditions.CheckOptionalNotEmpty(holder);
        Notice = Preconditions.CheckOptionalNotEmpty(notice);
        LicenseUrl = Preconditions.CheckOptionalNotEmpty(licenseUrl);
        UsageTerms = Preconditions.CheckOptionalNotEmpty(usageTerms);
        Preconditions.CheckArgument(
            holder is not null || notice is not null || licenseUrl is not null || usageTerms is not null,
            nameof(holder), "Rights need at least one of holder, notice, licence URL or usage terms.");
    }

    /// <summary>Creates rights that are only a printed notice.</summary>
    /// <param name="notice">The notice as printed.</param>
    /// <returns>The rights.</returns>
    public static Rights FromNotice(string notice) => new(notice: Preconditions.CheckNotEmpty(notice));

    /// <summary>Gets the copyright holder, or null.</summary>
    public string? Holder { get; }

    /// <summary>Gets the notice as printed, or null.</summary>
    public string? Notice { get; }

    /// <summary>Gets the licence URL as given, or null.</summary>
    public string? LicenseUrl { get; }

    /// <summary>Gets the usage terms, or null.</summary>
    public string? UsageTerms { get; }

    /// <inheritdoc />
    public bool Equals(Rights? other) =>
        other is not null
        && string.Equals(Holder, other.Holder, StringComparison.Ordinal)
        && string.Equals(Notice, other.Notice, StringComparison.Ordinal)
        && string.Equals(LicenseUrl, other.LicenseUrl, StringComparison.Ordinal)
        && string.Equals(UsageTerms, other.UsageTerms, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Rights);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Equality.TextHash(Holder), Equality.TextHash(Notice), Equality.TextHash(LicenseUrl), Equality.TextHash(UsageTerms));

    /// <inheritdoc />
    public override string ToString() => Notice ?? Holder ?? UsageTerms ?? LicenseUrl!;
}
