using System;
using NewsModel.Import;
using NodaTime;

namespace NewsModel.Html;

/// <summary>
/// Builds an <see cref="HtmlImporter"/>: the publication (whose zone dates without an offset are read in), the
/// language of pages that declare none, and the text importer for printed stamps, bylines and quotes. Not thread-safe;
/// the importer it builds is immutable and thread-safe.
/// </summary>
public sealed class HtmlImporterBuilder
{
    private Publication? _publication;
    private string _language = "und";
    private TextImporter? _text;
    private int _maxInputLength = 64 * 1024 * 1024;

    /// <summary>Sets the publication.</summary>
    /// <param name="value">The publication.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public HtmlImporterBuilder WithPublication(Publication value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _publication = value;
        return this;
    }

    /// <summary>Sets the publication by name and zone.</summary>
    /// <param name="name">The publication's name.</param>
    /// <param name="zone">Its home zone.</param>
    /// <param name="shortName">Its short name, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public HtmlImporterBuilder WithPublication(string name, DateTimeZone zone, string? shortName = null) =>
        WithPublication(new Publication(name, zone, shortName));

    /// <summary>Sets the language tag of pages that declare none (default <c>und</c>).</summary>
    /// <param name="value">A BCP 47 tag.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public HtmlImporterBuilder WithLanguage(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _language = value;
        return this;
    }

    /// <summary>Sets the text importer that reads every page's printed stamps and bylines and the body's quotes (default:
    /// one per page language, with that language's month names, numeric day order and quote words, for the
    /// publication).</summary>
    /// <param name="value">The text importer.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public HtmlImporterBuilder WithTextImporter(TextImporter value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _text = value;
        return this;
    }

    /// <summary>Sets the largest page, in bytes or characters, the importer reads (default 64 MiB); a longer page fails
    /// without being parsed.</summary>
    /// <param name="value">The limit, at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than 1.</exception>
    public HtmlImporterBuilder WithMaxInputLength(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        _maxInputLength = value;
        return this;
    }

    /// <summary>Builds the importer.</summary>
    /// <returns>The importer.</returns>
    /// <exception cref="InvalidOperationException">No publication was set.</exception>
    public HtmlImporter Build()
    {
        var publication = _publication ?? throw new InvalidOperationException("An HTML importer needs a publication (WithPublication): its zone reads dates that carry no offset.");
        var text = _text ?? new TextImporterBuilder().WithPublication(publication).WithLanguage(_language == "und" ? "en" : _language).Build();
        return new HtmlImporter(publication, _language, text, _maxInputLength, perLanguage: _text is null);
    }
}
