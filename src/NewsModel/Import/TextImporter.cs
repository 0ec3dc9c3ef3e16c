using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace NewsModel.Import;

/// <summary>
/// Turns an article copied as plain text (a CMS paste, a news page saved as text) into an <see cref="Article"/>:
/// headline, standfirst, byline, printed stamps, dateline, body paragraphs, credits, and the quotes with their
/// speakers, roles, cues and channels; page furniture is dropped and reported.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="TextImporterBuilder"/> and reuse it. Immutable and thread-safe: any number of
/// threads may import at once. Reference equality.</para>
/// <para>Imports run in time linear in the input (hand-written scanning, no regular expressions) and never throw
/// for any text: problems come back as a failed <see cref="ImportResult"/> naming the line and what was
/// expected. Only a null argument throws.</para>
/// </remarks>
public sealed class TextImporter
{
    internal const string TooLongMessage = "The input has {0} characters, more than the limit of {1} (TextImporterBuilder.WithMaxInputLength).";
    internal const string EmptyMessage = "The input holds no text: expected a headline, a stamp and body paragraphs.";
    internal const string NoBodyMessage = "No body found: expected paragraphs of running text (sentences ending in '.', '?' or '!').";
    internal const string NoHeadlineMessage = "Line {0}: expected a headline (a short line without a closing full stop) before the body, found none.";
    internal const string NoStampMessage = "Line {0}: expected a publication stamp such as 'PUBLISHED : Monday, 31 March, 2014, 5:31am' or 'Published May 14, 2020' before the body, found none.";
    internal const string RefusedStampMessage = "Line {0}: the publication stamp \"{1}\" was refused: {2} No other stamp on the page could stand in for it.";
    internal const string LineTooLongMessage = "Line {0}: the line has {1} characters, more than the longest text the NewsModel JSON format reads back ({2}, NewsModelJsonOptions.DefaultMaxStringLength); expected paragraphs of at most that length.";
    internal const string InvalidUtf8Message = "Line {0}: byte {1} (0x{2:X2}) is not valid UTF-8; expected UTF-8 text (decode other encodings before importing).";
    internal const string LoneSurrogateMessage = "Line {0}: a lone surrogate U+{1:X4} at character {2}; expected well-formed text (surrogates only in pairs).";
    internal const string InvalidArticleMessage = "Line {0}: the recognised parts do not make a valid article: {1}";

    private readonly ImporterSettings settings;

    internal TextImporter(Publication publication, CultureInfo culture, string language, int maxInputLength, IEnumerable<string> boilerplate, Text.StampReader stamps, NodaTime.IClock? clock)
    {
        settings = new ImporterSettings(publication, culture, language, maxInputLength, Phrases.Create(boilerplate), stamps, clock);
    }

    /// <summary>Gets the stamp reader every located stamp is parsed with (the built-in patterns, the ones added to
    /// the builder, and the zones it allows).</summary>
    public Text.StampReader Stamps => settings.Stamps;

    /// <summary>Gets the clock relative stamps are read against, or null when they are refused.</summary>
    public NodaTime.IClock? Clock => settings.Clock;

    /// <summary>Gets the publication imported articles belong to.</summary>
    public Publication Publication => settings.Publication;

    /// <summary>Gets the culture used for names of months and days and for numeric date order.</summary>
    public CultureInfo Culture => settings.Culture;

    /// <summary>Gets the language given to imported articles.</summary>
    public string Language => settings.Language;

    /// <summary>Gets the largest input accepted, in UTF-16 code units.</summary>
    public int MaxInputLength => settings.MaxInputLength;

    /// <summary>Finds the quotations in a body the caller already has (paragraphs read from HTML, a CMS's text) with the
    /// quote reader <see cref="Import(string, string?)"/> uses: who said each, in what role, with which cue, through
    /// which agency, in this importer's language.</summary>
    /// <param name="body">The body's paragraphs, in order; a quote's <see cref="Quote.Paragraph"/> indexes them.</param>
    /// <returns>The parties, the quotes and the uncertainties.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">A paragraph is null.</exception>
    public QuoteReading ReadQuotes(IEnumerable<string> body)
    {
        var paragraphs = new List<string>(Preconditions.CheckElementsNotNull(Preconditions.CheckNotNull(body)));
        var uncertainties = new List<string>();
        var numbers = new List<int>(paragraphs.Count);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            numbers.Add(i + 1);
        }
        var quotes = new QuoteReader(paragraphs, uncertainties, numbers, settings.Lexicon).Read(out var parties);
        return new QuoteReading(parties, quotes, uncertainties);
    }

    /// <summary>Imports an article.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="id">The article id, or null to derive one from the publication's short name, the
    /// publication date and the headline (<c>scmp-2014-03-31-japan-n-korea-break-the-ice-at-beijing-talks</c>).</param>
    /// <returns>The result: the article or a failure, with the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public ImportResult Import(string text, string? id = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckOptionalNotEmpty(id);
        return ImportCore(text, id);
    }

    /// <summary>Imports an article.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="id">The article id, or null to derive one (see <see cref="Import(string, string?)"/>).</param>
    /// <returns>The result: the article or a failure, with the report.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public ImportResult Import(ReadOnlySpan<char> text, string? id = null)
    {
        Preconditions.CheckOptionalNotEmpty(id);
        if (text.Length > settings.MaxInputLength)
        {
            return TooLong(text.Length);
        }
        return ImportCore(text.ToString(), id);
    }

    /// <summary>Imports an article from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8">The article text as UTF-8.</param>
    /// <param name="id">The article id, or null to derive one (see <see cref="Import(string, string?)"/>).</param>
    /// <returns>The result: the article or a failure, with the report. Bytes that are not valid UTF-8 give a failure
    /// naming the line and byte offset; nothing is replaced or dropped silently.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public ImportResult ImportUtf8(ReadOnlySpan<byte> utf8, string? id = null)
    {
        Preconditions.CheckOptionalNotEmpty(id);
        int offset = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = utf8[offset..];
        if (!Utf8.IsValid(content))
        {
            int bad = offset + FirstInvalidByte(content);
            int line = utf8[..bad].Count((byte)'\n') + 1;
            return ImportResult.ForFailure(PageReader.Format(InvalidUtf8Message, line, bad, utf8[bad]), line, EmptyReport());
        }
        if (content.Length > settings.MaxInputLength && Encoding.UTF8.GetCharCount(content) is var length && length > settings.MaxInputLength)
        {
            return TooLong(length);
        }
        return ImportCore(Encoding.UTF8.GetString(content), id);
    }

    /// <summary>The offset of the first byte that does not start or continue a valid UTF-8 sequence.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        int position = 0;
        while (position < utf8.Length && Rune.DecodeFromUtf8(utf8[position..], out _, out int consumed) == OperationStatus.Done)
        {
            position += consumed;
        }
        return position;
    }

    private static ImportReport EmptyReport() => new([], [], null, [], [], null, null);

    private ImportResult TooLong(int length) =>
        ImportResult.ForFailure(
            PageReader.Format(TooLongMessage, length, settings.MaxInputLength),
            0,
            EmptyReport());

    private ImportResult ImportCore(string text, string? id)
    {
        if (text.Length > settings.MaxInputLength)
        {
            return TooLong(text.Length);
        }
        if (Preconditions.LoneSurrogate(text) is int lone and >= 0)
        {
            int line = text.AsSpan(0, lone).Count('\n') + 1;
            return ImportResult.ForFailure(PageReader.Format(LoneSurrogateMessage, line, (int)text[lone], lone), line, EmptyReport());
        }
        var stamps = settings.Clock is { } clock ? settings.Stamps.WithReference(clock.GetCurrentInstant()) : settings.Stamps;
        return new PageReader(text, settings, stamps).Read(id);
    }
}

/// <summary>The importer's immutable configuration.</summary>
internal sealed record ImporterSettings(Publication Publication, CultureInfo Culture, string Language, int MaxInputLength, Phrases Boilerplate, Text.StampReader Stamps, NodaTime.IClock? Clock)
{
    /// <summary>Gets the quote reader's words for <see cref="Language"/>, chosen once.</summary>
    public Lexicon Lexicon { get; } = Lexicon.For(Language);
}
