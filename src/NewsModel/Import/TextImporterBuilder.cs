using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace NewsModel.Import;

/// <summary>
/// Configures a <see cref="TextImporter"/>: the publication with its home zone and culture, the article language,
/// extra boilerplate phrases and the input limit. Call <see cref="Build"/> once and reuse the importer.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the importer it builds is immutable and thread-safe, and later
/// changes to the builder do not affect importers already built. Reference equality.
/// </remarks>
public sealed class TextImporterBuilder
{
    /// <summary>The default largest input accepted, in UTF-16 code units (16 MiB).</summary>
    public const int DefaultMaxInputLength = 16 * 1024 * 1024;

    private readonly List<string> boilerplate = [];
    private Publication? publication;
    private CultureInfo culture = CultureInfo.InvariantCulture;
    private string language = "en";
    private int maxInputLength = DefaultMaxInputLength;
    private readonly List<Text.StampPattern> patterns = [];
    private readonly List<DateTimeZone> acceptedZones = [];
    private IClock? clock;

    /// <summary>Sets the publication the imported articles belong to; its zone interprets printed stamps
    /// that carry no offset.</summary>
    /// <param name="value">The publication.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TextImporterBuilder WithPublication(Publication value)
    {
        publication = Preconditions.CheckNotNull(value);
        return this;
    }

    /// <summary>Sets the publication from its parts.</summary>
    /// <param name="name">The publication's name, for example "South China Morning Post".</param>
    /// <param name="zone">Its home zone, for example Asia/Hong_Kong.</param>
    /// <param name="shortName">Its short name, for example "SCMP", or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    public TextImporterBuilder WithPublication(string name, DateTimeZone zone, string? shortName = null) =>
        WithPublication(new Publication(name, zone, shortName));

    /// <summary>Sets the culture for month and weekday names and for day/month order in numeric dates
    /// (with en-US 03/04/2014 is March 4, with en-GB 3 April). Default: invariant (month first).</summary>
    /// <param name="value">The culture.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TextImporterBuilder WithCulture(CultureInfo value)
    {
        culture = Preconditions.CheckNotNull(value);
        return this;
    }

    /// <summary>Sets the language (BCP 47 tag) given to imported articles. Default "en".</summary>
    /// <param name="value">The tag.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public TextImporterBuilder WithLanguage(string value)
    {
        language = Preconditions.CheckNotEmpty(value);
        return this;
    }

    /// <summary>Adds a phrase that marks a line as page boilerplate wherever it occurs (case-insensitive),
    /// in addition to the built-in list.</summary>
    /// <param name="phrase">The phrase, for example "Send to a friend".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or white space.</exception>
    public TextImporterBuilder AddBoilerplatePhrase(string phrase)
    {
        Preconditions.CheckNotEmpty(phrase);
        Preconditions.CheckArgument(phrase.AsSpan().Trim().Length > 0, nameof(phrase), "A boilerplate phrase must contain more than white space.");
        boilerplate.Add(phrase.Trim());
        return this;
    }

    /// <summary>Sets the largest input accepted, in UTF-16 code units; longer inputs fail with a message.
    /// Default <see cref="DefaultMaxInputLength"/>.</summary>
    /// <param name="value">The limit; at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than 1.</exception>
    public TextImporterBuilder WithMaxInputLength(int value)
    {
        Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
        maxInputLength = value;
        return this;
    }

    /// <summary>Adds a stamp pattern (a site's house style), tried before the built-in ones, after any added
    /// earlier. Every stamp the importer finds is read by the patterns of one <see cref="Text.StampReader"/>.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public TextImporterBuilder WithStampPattern(Text.StampPattern pattern)
    {
        patterns.Add(Preconditions.CheckNotNull(pattern));
        return this;
    }

    /// <summary>Allows stamps to print the abbreviations of other zones besides the publication's: a page of a UTC
    /// publication printing <c>BST</c> is read in Europe/London when that zone is given here, and the moment is in
    /// that zone. Without it such a stamp is refused, since <c>BST</c> alone also names Bangladesh Standard Time.</summary>
    /// <param name="zones">The zones, tried in order after the publication's own.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> or one of them is null.</exception>
    public TextImporterBuilder AlsoAcceptZones(params DateTimeZone[] zones)
    {
        foreach (var zone in Preconditions.CheckNotNull(zones))
        {
            acceptedZones.Add(Preconditions.CheckNotNull(zone, nameof(zones)));
        }
        return this;
    }

    /// <summary>Sets the clock whose current instant relative stamps (<c>2 hours ago</c>, <c>Yesterday at
    /// 5:31pm</c>) are read against: the time the page was fetched (a <c>FakeClock</c> for a crawl time, or
    /// <see cref="SystemClock.Instance"/> when importing pages just fetched). Without a clock, relative stamps are
    /// refused; the machine's clock is never read silently.</summary>
    /// <param name="value">The clock, or null for none.</param>
    /// <returns>This builder.</returns>
    public TextImporterBuilder WithClock(IClock? value)
    {
        clock = value;
        return this;
    }

    /// <summary>Builds the importer. The builder may be changed and built again.</summary>
    /// <returns>The importer.</returns>
    /// <exception cref="InvalidOperationException">No publication was set.</exception>
    public TextImporter Build()
    {
        var stamps = Text.StampReader.For(culture).WithAcceptedZones(acceptedZones);
        foreach (var pattern in patterns)
        {
            stamps = stamps.WithPattern(pattern);
        }
        return new(publication ?? throw new InvalidOperationException("Set the publication (WithPublication) before building a TextImporter."),
            culture, language, maxInputLength, boilerplate, stamps, clock);
    }
}
