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

    /// <summary>Builds the immutable importer.</summary>
    /// <returns>The importer.</returns>
    /// <exception cref="InvalidOperationException">No publication was set.</exception>
    public TextImporter Build() =>
        new(publication ?? throw new InvalidOperationException("Set the publication (WithPublication) before building a TextImporter."),
            culture, language, maxInputLength, boilerplate);
}
