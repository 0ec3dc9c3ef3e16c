using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace NewsModel.Text;

/// <summary>
/// A pattern for one way newsrooms print timestamps. It parses the printed text, together with the
/// publication's <see cref="DateTimeZone"/>, into a <see cref="Moment"/> (instant, zone and the stamp as printed),
/// and formats a moment back in the same style, so that format then parse gives the same instant to the
/// precision the style prints.
/// </summary>
/// <remarks>
/// <para>
/// Parsing never throws on any text: it returns a failed <see cref="ParseResult{T}"/> whose message names what
/// was expected and the position. A local time the zone's clocks skipped or showed twice fails by default with
/// the zone and both candidate instants named; <see cref="WithResolver"/> chooses otherwise. A printed zone
/// abbreviation (such as <c>HKT</c> or <c>EDT</c>) is accepted only when it is the zone's own name for the
/// interval in force (NodaTime's <c>ZoneInterval.Name</c>); there is no global table of abbreviations, because
/// <c>BST</c> and <c>CST</c> each name several zones. A printed weekday must agree with the date. Month and
/// weekday names are English; they are read case-insensitively, in full or abbreviated.
/// </para>
/// <para>
/// Patterns are immutable and thread-safe; the static instances are cached. Equality is reference equality.
/// </para>
/// </remarks>
public sealed class StampPattern
{
    /// <summary>The longest text, after trimming, that any pattern will try to read.</summary>
    public const int MaxLength = 256;

    private const int MaxOffsetSeconds = 18 * 3600;

    private readonly StampStyle _style;
    private readonly bool _writesAbbreviation;

    private StampPattern(string name, StampStyle style, StampResolver resolver, IDateTimeZoneProvider provider)
    {
        Name = name;
        _style = style;
        _writesAbbreviation = style.WritesAbbreviation;
        Resolver = resolver;
        ZoneProvider = provider;
    }

    /// <summary>Gets the SCMP style <c>Monday, 31 March, 2014, 5:31am</c>, read with or without a
    /// <c>PUBLISHED :</c> / <c>UPDATED :</c> label (the label is not part of <see cref="Moment.Printed"/>).</summary>
    public static StampPattern Scmp { get; } = new(nameof(Scmp), ScmpStyle.Instance, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets the newer SCMP style <c>10:00am, 20 Jan, 2020</c>, read with or without a <c>Published:</c>
    /// label.</summary>
    public static StampPattern ScmpShort { get; } = new(nameof(ScmpShort), ScmpShortStyle.Instance, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets the AP / US style <c>March 31, 2014, 5:31 a.m. EDT</c>: English month names in full or
    /// abbreviated (AP's <c>Jan.</c>, <c>Sept.</c>), am/pm as <c>a.m.</c> or <c>AM</c>, the zone abbreviation
    /// optional and checked against the zone (a printed abbreviation also settles an ambiguous local time).
    /// Formats with AP month abbreviations and the zone's abbreviation when it is made of letters.</summary>
    public static StampPattern UsMonthDay { get; } = new(nameof(UsMonthDay), UsMonthDayStyle.Instance, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets numeric US dates, month first: <c>12/30/2019 05:03 AM EST</c> (12- or 24-hour clock,
    /// seconds and abbreviation optional).</summary>
    public static StampPattern UsNumeric { get; } = new(nameof(UsNumeric), NumericStyle.MonthFirst, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets numeric dates, day first, for cultures that write them so: <c>30/12/2019 17:03</c>
    /// (12- or 24-hour clock, seconds and abbreviation optional; formats on a 24-hour clock).</summary>
    public static StampPattern DayMonthNumeric { get; } = new(nameof(DayMonthNumeric), NumericStyle.DayFirst, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets the wire style <c>November 28, 2013 -- Updated 0203 GMT (1003 HKT)</c>. The date (the GMT date)
    /// and the GMT time fix the instant; the parenthesised local time and abbreviation, when printed, must agree
    /// with the zone at that instant. Formats with the zone's abbreviation for the interval in force.</summary>
    public static StampPattern Wire { get; } = new(nameof(Wire), WireStyle.Instance, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets RSS / HTTP dates (RFC 1123, RFC 822): <c>Mon, 31 Mar 2014 05:31:00 +0800</c>. The weekday and
    /// seconds are optional; the zone is a numeric offset, <c>GMT</c>, <c>UT</c>, <c>UTC</c>, <c>Z</c>, or an
    /// abbreviation that must be the publication zone's own. Offsets with seconds are formatted in GMT.</summary>
    public static StampPattern Rfc1123 { get; } = new(nameof(Rfc1123), Rfc1123Style.Instance, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets RFC 3339 with an offset, <c>2014-03-31T05:31:00+08:00</c> (fractional seconds allowed). The
    /// offset fixes the instant; the moment is in the zone given to <c>Parse</c>. Offsets with seconds are
    /// formatted in UTC, since RFC 3339 cannot write them.</summary>
    public static StampPattern Rfc3339 { get; } = new(nameof(Rfc3339), IsoStyle.Rfc3339, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets RFC 9557, <c>2014-03-31T05:31:00+08:00[Asia/Hong_Kong]</c>: the model's canonical text form.
    /// The bracketed zone id (looked up in <see cref="ZoneProvider"/>) is the moment's zone, and the offset must be
    /// the zone's offset then. Offsets with seconds are written <c>+HH:mm:ss</c>.</summary>
    public static StampPattern Rfc9557 { get; } = new(nameof(Rfc9557), IsoStyle.Rfc9557, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets a time printed before a date with a month name: <c>1:01 PM ET Thu, 14 May 2020</c>,
    /// <c>10:00am, 20 Jun, 2020 BST</c>, <c>14:32 GMT+8, 20 Jan 2020</c>. The time is on a 12- or 24-hour clock
    /// (<c>5.31pm</c> and <c>5pm</c> too); the zone, after the time or after the date, is an abbreviation checked against
    /// the zone (<c>ET</c>, <c>CT</c>, <c>MT</c>, <c>PT</c> stand for either of the zone's standard and daylight
    /// names) or a <c>GMT</c>/<c>UTC</c> offset, which fixes the instant. A weekday may stand before the date. Formats
    /// as <c>1:01 PM EDT Thu, 14 May 2020</c>.</summary>
    public static StampPattern TimeFirst { get; } = new(nameof(TimeFirst), TimeFirstStyle.Textual, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets a time printed before a numeric date, day first (a number over 12 tells the day whatever the
    /// order): <c>20:15 CET 14.05.2020</c>, <c>5.31pm HKT 31/3/2014</c>. Formats as <c>20:15 CET 14.05.2020</c>.</summary>
    public static StampPattern TimeFirstNumeric { get; } = new(nameof(TimeFirstNumeric), TimeFirstStyle.DayFirst, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets a time printed before a numeric date, month first (a dotted date is still day first, and a number
    /// over 12 tells the day): <c>5:31 PM EDT 3/31/2014</c>. Formats in that form.</summary>
    public static StampPattern TimeFirstUsNumeric { get; } = new(nameof(TimeFirstUsNumeric), TimeFirstStyle.MonthFirst, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets the general pattern for dates as running text prints them, with the invariant culture (numeric
    /// dates month first): see <see cref="GeneralFor(CultureInfo)"/>.</summary>
    public static StampPattern General { get; } = new(nameof(General), GeneralStyle.Invariant, StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, StampPattern> GeneralByCulture = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets the general pattern for a culture: a date as running text prints it, in English, German, French, Spanish,
    /// Italian, Dutch or Portuguese (and the culture's own month and weekday names), optionally after a weekday and
    /// before a time and zone: <c>May 14, 2020</c>, <c>Monday 2nd November 2023 at 5:31pm</c>,
    /// <c>14. Mai 2020, 10:39 Uhr</c>, <c>14 mai 2020 à 10h39</c>, <c>14 de mayo de 2020</c>, <c>2020-01-18</c>,
    /// <c>18-Jan-2020</c>, <c>2020年5月14日</c>. A date printed without a time gives a date-only moment
    /// (<see cref="MomentPrecision.Day"/>, the start of that day in the zone). Numeric dates are day first for
    /// cultures that write them so and whenever dotted, month first otherwise, unless a number over 12 tells.
    /// Formats as <c>14 May 2020, 10:39 BST</c>, or <c>14 May 2020</c> for a date-only moment.
    /// </summary>
    /// <param name="culture">The publication's culture.</param>
    /// <returns>The pattern (cached per culture).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static StampPattern GeneralFor(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        if (culture.Name.Length == 0)
        {
            return General;
        }
        return GeneralByCulture.GetOrAdd(culture.Name, static (_, c) =>
            new StampPattern(nameof(General), new GeneralStyle(c, !ReferenceEquals(NumericFor(c), DayMonthNumeric)), StampResolver.Strict, DateTimeZoneProviders.Tzdb), culture);
    }

    /// <summary>
    /// Creates a pattern for a site's house style from a NodaTime pattern text: a local date and time
    /// (<c>dd/MM/uuuu HH:mm</c>, <c>dddd d MMMM uuuu 'at' h:mmtt</c>) or, without an hour field, a date
    /// (<c>d MMMM uuuu</c>, read as a date-only stamp). The local fields are read by NodaTime; the weekday check, the
    /// strict resolution of skipped and repeated local times and the label handling are the shared ones. Add it to
    /// a <see cref="StampReader"/> or to the text importer's builder to have it tried before the built-in styles.
    /// </summary>
    /// <param name="name">The pattern's name, for messages and <see cref="ToString"/>.</param>
    /// <param name="patternText">The NodaTime <c>LocalDateTimePattern</c> or <c>LocalDatePattern</c> text.</param>
    /// <param name="culture">The culture of month and day names; null means the invariant culture.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="patternText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="NodaTime.Text.InvalidPatternException"><paramref name="patternText"/> is not a valid
    /// NodaTime pattern.</exception>
    public static StampPattern Create(string name, string patternText, CultureInfo? culture = null) =>
        new(Preconditions.CheckNotEmpty(name), new HouseStyle(Preconditions.CheckNotNull(patternText), culture ?? CultureInfo.InvariantCulture), StampResolver.Strict, DateTimeZoneProviders.Tzdb);

    /// <summary>Gets the numeric date pattern for a culture: <see cref="DayMonthNumeric"/> when the culture's
    /// short date pattern puts the day before the month (en-GB, en-HK, fr-FR), otherwise <see cref="UsNumeric"/>.</summary>
    /// <param name="culture">The publication's culture.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static StampPattern NumericFor(CultureInfo culture)
    {
        var pattern = Preconditions.CheckNotNull(culture).DateTimeFormat.ShortDatePattern;
        int day = pattern.IndexOf('d', StringComparison.Ordinal);
        int month = pattern.IndexOf('M', StringComparison.Ordinal);
        return day >= 0 && month >= 0 && day < month ? DayMonthNumeric : UsNumeric;
    }

    /// <summary>Gets the name of this pattern, such as <c>Scmp</c>.</summary>
    public string Name { get; }

    /// <summary>Gets how this pattern resolves skipped and ambiguous local times.</summary>
    public StampResolver Resolver { get; }

    /// <summary>Gets the provider used to look up zone ids printed in the text (RFC 9557).</summary>
    public IDateTimeZoneProvider ZoneProvider { get; }

    /// <summary>Returns this style with another resolver for skipped and ambiguous local times.</summary>
    /// <param name="resolver">The resolver.</param>
    /// <returns>The pattern (this instance when nothing changes).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolver"/> is not defined.</exception>
    public StampPattern WithResolver(StampResolver resolver) =>
        Preconditions.CheckDefined(resolver) == Resolver ? this : new(Name, _style, resolver, ZoneProvider);

    /// <summary>Returns this style reading printed zone ids from another provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public StampPattern WithZoneProvider(IDateTimeZoneProvider provider) =>
        ReferenceEquals(Preconditions.CheckNotNull(provider), ZoneProvider) ? this : new(Name, _style, Resolver, provider);

    /// <summary>Parses a stamp into a moment in <paramref name="zone"/>.</summary>
    /// <param name="text">The printed stamp; surrounding whitespace is ignored. Null gives a failure.</param>
    /// <param name="zone">The publication's zone, in which the printed local time is read.</param>
    /// <returns>The moment, with <see cref="Moment.Printed"/> the trimmed stamp without label; or a failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ParseResult<Moment> Parse(string? text, DateTimeZone zone) =>
        text is null
            ? ParseResult<Moment>.ForFailure(new ParseFailure(TextErrorMessages.TextNull, 0))
            : Parse(text.AsSpan(), zone).WithInput(text);

    /// <summary>Parses a stamp into a moment in <paramref name="zone"/>. Allocates only the moment and its
    /// printed text on success.</summary>
    /// <param name="text">The printed stamp; surrounding whitespace is ignored.</param>
    /// <param name="zone">The publication's zone, in which the printed local time is read.</param>
    /// <returns>The moment, with <see cref="Moment.Printed"/> the trimmed stamp without label; or a failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ParseResult<Moment> Parse(ReadOnlySpan<char> text, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        var failure = ParseCore(text, zone, out var instant, out var resultZone, out int printedStart, out int printedEnd, out _, out _, out var precision);
        return failure is null
            ? ParseResult<Moment>.ForValue(new Moment(instant, resultZone, text[printedStart..printedEnd].ToString(), precision))
            : ParseResult<Moment>.ForFailure(failure);
    }

    /// <summary>Parses a stamp into a zoned date and time without allocating anything on success.</summary>
    /// <param name="text">The printed stamp; surrounding whitespace is ignored.</param>
    /// <param name="zone">The publication's zone, in which the printed local time is read.</param>
    /// <returns>The zoned value, or a failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ParseResult<ZonedDateTime> ParseZoned(ReadOnlySpan<char> text, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        var failure = ParseCore(text, zone, out var instant, out var resultZone, out _, out _, out _, out _, out _);
        return failure is null
            ? ParseResult<ZonedDateTime>.ForValue(instant.InZone(resultZone))
            : ParseResult<ZonedDateTime>.ForFailure(failure);
    }

    /// <summary>Formats a moment's instant in its zone in this style (the moment's printed text is not used). A
    /// date-only moment is printed as a date alone by the styles that can (<see cref="General"/>); the others print
    /// the start of its day.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moment"/> is null.</exception>
    public string Format(Moment moment)
    {
        Preconditions.CheckNotNull(moment);
        int size = _style.MaxFormattedLength + moment.Zone.Id.Length;
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        TryFormat(moment, buffer, out int written);
        return buffer[..written].ToString();
    }

    /// <summary>Formats a zoned date and time in this style.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Format(ZonedDateTime value)
    {
        int size = _style.MaxFormattedLength + value.Zone.Id.Length;
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        TryFormat(value, buffer, out int written);
        return buffer[..written].ToString();
    }

    /// <summary>Formats a moment into <paramref name="destination"/> without allocating.</summary>
    /// <param name="moment">The moment.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">How many characters were written (0 when the buffer is too small).</param>
    /// <returns>Whether the buffer was large enough.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moment"/> is null.</exception>
    public bool TryFormat(Moment moment, Span<char> destination, out int charsWritten) =>
        TryFormat(Preconditions.CheckNotNull(moment).ZonedDateTime, destination, out charsWritten, moment.Precision == MomentPrecision.Day);

    /// <summary>Formats a zoned date and time into <paramref name="destination"/> without allocating.</summary>
    /// <param name="value">The value.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">How many characters were written (0 when the buffer is too small).</param>
    /// <returns>Whether the buffer was large enough.</returns>
    public bool TryFormat(ZonedDateTime value, Span<char> destination, out int charsWritten) =>
        TryFormat(value, destination, out charsWritten, dateOnly: false);

    private bool TryFormat(ZonedDateTime value, Span<char> destination, out int charsWritten, bool dateOnly)
    {
        var writer = new StampWriter(destination) { DateOnly = dateOnly };
        _style.Write(ref writer, value, _writesAbbreviation ? value.Zone.GetZoneInterval(value.ToInstant()).Name : string.Empty);
        charsWritten = writer.Overflowed ? 0 : writer.Position;
        return !writer.Overflowed;
    }

    /// <summary>Returns the pattern's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Reads the label printed before a stamp, if any: <c>PUBLISHED :</c>, <c>Updated:</c>,
    /// <c>Posted:</c>, <c>Last updated:</c>, or the same words without the colon before whitespace
    /// (<c>Published 14 May 2020</c>, <c>Posted on May 14, 2020</c>); case-insensitive.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The label, or <see cref="StampLabel.None"/>.</returns>
    public static StampLabel DetectLabel(ReadOnlySpan<char> text)
    {
        var cursor = new StampCursor(text, 0, text.Length);
        cursor.SkipSpaces();
        return ReadLabel(ref cursor);
    }

    /// <summary>The length of a label such as <c>Published:</c> at the start of <paramref name="text"/>, with the
    /// whitespace after it; 0 when there is none.</summary>
    internal static int LabelLength(ReadOnlySpan<char> text, out StampLabel label)
    {
        var cursor = new StampCursor(text, 0, text.Length);
        label = ReadLabel(ref cursor);
        return label == StampLabel.None ? 0 : cursor.Index;
    }

    /// <summary>Gets the style, for the locator's quick checks.</summary>
    internal StampStyle Style => _style;

    /// <summary>Gets whether this pattern reads a label before the stamp itself.</summary>
    internal bool AllowsLabel => _style.AllowsLabel;

    private static StampLabel ReadLabel(ref StampCursor c)
    {
        int start = c.Index;
        char first = (char)(c.Current | 0x20);
        if (first != 'p' && first != 'u' && first != 'l')
        {
            return StampLabel.None;
        }
        StampLabel label;
        if (c.Word("PUBLISHED") || c.Word("POSTED"))
        {
            label = StampLabel.Published;
        }
        else if (c.Word("UPDATED") || (c.Word("LAST") && c.SkipSpaces() > 0 && c.Word("UPDATED")))
        {
            label = StampLabel.Updated;
        }
        else
        {
            c.Index = start;
            return StampLabel.None;
        }
        int afterWord = c.Index;
        c.SkipSpaces();
        if (!c.Char(':'))
        {
            // Without a colon, the label word must stand apart ("Published 14 May 2020", "Posted on May 14, 2020").
            c.Index = afterWord;
            if (c.SkipSpaces() == 0)
            {
                c.Index = start;
                return StampLabel.None;
            }
            int beforeOn = c.Index;
            if (!(c.Word("on") && c.SkipSpaces() > 0))
            {
                c.Index = beforeOn;
            }
            return label;
        }
        c.SkipSpaces();
        return label;
    }

    /// <summary>The shared parse: trim, label, style fields, trailing text, ranges, weekday, zone. Returns the
    /// failure or null; <paramref name="semantic"/> says whether a failure came after the style had read the whole
    /// text (a check failed rather than the syntax).</summary>
    internal ParseFailure? ParseCore(
        ReadOnlySpan<char> text,
        DateTimeZone zone,
        out Instant instant,
        out DateTimeZone resultZone,
        out int printedStart,
        out int printedEnd,
        out StampLabel label,
        out bool semantic,
        out MomentPrecision precision,
        DateTimeZone[]? alsoAccepted = null,
        bool prefix = false)
    {
        instant = default;
        precision = MomentPrecision.Exact;
        resultZone = zone;
        label = StampLabel.None;
        semantic = false;
        int start = 0;
        int end = text.Length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        printedStart = start;
        printedEnd = end;
        if (start == end)
        {
            return new ParseFailure(TextErrorMessages.TextEmpty, start);
        }
        if (end - start > MaxLength)
        {
            if (!prefix)
            {
                return new ParseFailure(TextErrorMessages.TextTooLong, start, StampStyle.Describe(end - start), StampStyle.Describe(MaxLength));
            }
            end = start + MaxLength;
        }
        var cursor = new StampCursor(text, start, end);
        if (_style.AllowsLabel)
        {
            label = ReadLabel(ref cursor);
            printedStart = cursor.Index;
        }
        var fields = default(StampFields);
        var failure = _style.Read(ref cursor, ref fields);
        if (failure is null && prefix)
        {
            printedEnd = cursor.Index;
            while (printedEnd > printedStart && char.IsWhiteSpace(text[printedEnd - 1]))
            {
                printedEnd--;
            }
        }
        else if (failure is null && !cursor.AtEnd)
        {
            failure = new ParseFailure(TextErrorMessages.TrailingText, cursor.Index);
        }
        if (failure is not null)
        {
            return failure;
        }
        semantic = true;
        precision = fields.Precision;
        failure = CheckFields(ref fields);
        if (failure is not null)
        {
            return failure;
        }
        if (fields.NoTime)
        {
            var dateFailure = ResolveDate(text, ref fields, zone, out instant, out resultZone);
            if (dateFailure is not null && alsoAccepted is { Length: > 0 })
            {
                foreach (var other in alsoAccepted)
                {
                    if (ResolveDate(text, ref fields, other, out instant, out resultZone) is null)
                    {
                        return null;
                    }
                }
            }
            return dateFailure;
        }
        var local = Instant.FromUtc(fields.Year, fields.Month, fields.Day, fields.Hour, fields.Minute, fields.Second)
            .PlusNanoseconds(fields.Nanosecond);
        failure = ResolveZone(text, ref fields, local, zone, out instant, out resultZone);
        if (failure is not null && alsoAccepted is { Length: > 0 } && fields.AbbreviationLength > 0 && !fields.HasOffset
            && ReferenceEquals(failure.Template, TextErrorMessages.AbbreviationMismatch))
        {
            // The abbreviation is not the publication zone's: a zone the caller allows may print it.
            foreach (var other in alsoAccepted)
            {
                if (ResolveZone(text, ref fields, local, other, out instant, out resultZone) is null
                    && _style.Check(text, ref fields, resultZone, instant) is null)
                {
                    return null;
                }
            }
            instant = default;
            resultZone = zone;
        }
        return failure ?? _style.Check(text, ref fields, resultZone, instant);
    }

    /// <summary>Checks ranges and the weekday; turns a 12-hour clock into 24 hours.</summary>
    private static ParseFailure? CheckFields(ref StampFields f)
    {
        if (f.Year is < 1 or > 9999)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.YearPosition, "year", StampStyle.Describe(f.Year), "1 to 9999");
        }
        if (f.Month is < 1 or > 12)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.MonthPosition, "month", StampStyle.Describe(f.Month), "1 to 12");
        }
        int days = CalendarSystem.Iso.GetDaysInMonth(f.Year, f.Month);
        if (f.Day < 1 || f.Day > days)
        {
            return f.Day < 1 || f.Day > 31
                ? new ParseFailure(TextErrorMessages.FieldOutOfRange, f.DayPosition, "day", StampStyle.Describe(f.Day), "1 to 31")
                : new ParseFailure(TextErrorMessages.DayNotInMonth, f.DayPosition, StampStyle.Describe(f.Day), StampCursor.MonthName(f.Month) + " " + StampStyle.Describe(f.Year));
        }
        if (f.TwelveHour)
        {
            if (f.Hour is < 1 or > 12)
            {
                return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.HourPosition, "hour", StampStyle.Describe(f.Hour), "1 to 12 before am or pm");
            }
            f.Hour = (f.Hour % 12) + (f.Pm ? 12 : 0);
        }
        else if (f.Hour > 23)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.HourPosition, "hour", StampStyle.Describe(f.Hour), "0 to 23");
        }
        if (f.Minute > 59)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.MinutePosition, "minute", StampStyle.Describe(f.Minute), "0 to 59");
        }
        if (f.Second > 59)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.SecondPosition, "second", StampStyle.Describe(f.Second), "0 to 59");
        }
        if (f.HasOffset && Math.Abs(f.OffsetSeconds) > MaxOffsetSeconds)
        {
            return new ParseFailure(TextErrorMessages.FieldOutOfRange, f.OffsetPosition, "offset", ZoneMapper.OffsetText(f.OffsetSeconds), "-18:00 to +18:00");
        }
        if (f.Weekday != 0)
        {
            var actual = new LocalDate(f.Year, f.Month, f.Day).DayOfWeek;
            if ((int)actual != f.Weekday)
            {
                return new ParseFailure(
                    TextErrorMessages.WeekdayMismatch,
                    f.WeekdayPosition,
                    StampCursor.WeekdayName(f.Weekday),
                    new LocalDate(f.Year, f.Month, f.Day).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    StampCursor.WeekdayName((int)actual));
            }
        }
        return null;
    }

    /// <summary>Turns a printed date without a time into the start of that day in the zone (which may be after
    /// midnight where the day begins in a daylight-saving gap); a printed zone abbreviation must be the zone's own
    /// name at that instant.</summary>
    private static ParseFailure? ResolveDate(ReadOnlySpan<char> text, ref StampFields f, DateTimeZone zone, out Instant instant, out DateTimeZone resultZone)
    {
        resultZone = zone;
        instant = default;
        var date = new LocalDate(f.Year, f.Month, f.Day);
        if ((date == LocalDate.MinIsoValue && !f.HasOffset) || date == LocalDate.MaxIsoValue)
        {
            return new ParseFailure(TextErrorMessages.OutOfRange, f.DatePosition);
        }
        instant = zone.AtStartOfDay(date).ToInstant();
        if (f.AbbreviationLength > 0)
        {
            var name = zone.GetZoneInterval(instant).Name;
            var abbreviation = text.Slice(f.AbbreviationStart, f.AbbreviationLength);
            if (!ZoneMapper.AbbreviationMatches(abbreviation, name))
            {
                return new ParseFailure(TextErrorMessages.AbbreviationMismatch, f.AbbreviationStart, abbreviation.ToString(), zone.Id, name);
            }
        }
        return null;
    }

    /// <summary>Turns the local date and time into an instant: by the printed offset when there is one (checking a
    /// printed zone id against it), otherwise in the zone, with the abbreviation and the resolver.</summary>
    private ParseFailure? ResolveZone(ReadOnlySpan<char> text, ref StampFields f, Instant local, DateTimeZone zone, out Instant instant, out DateTimeZone resultZone)
    {
        resultZone = zone;
        instant = default;
        if (f.HasOffset)
        {
            var shift = Duration.FromSeconds(f.OffsetSeconds);
            if ((f.OffsetSeconds < 0 && local > Instant.MaxValue + shift) || (f.OffsetSeconds > 0 && local < Instant.MinValue + shift))
            {
                return new ParseFailure(TextErrorMessages.OutOfRange, f.DatePosition);
            }
            instant = local - shift;
            if (f.ZoneIdLength > 0)
            {
                var id = text.Slice(f.ZoneIdStart, f.ZoneIdLength);
                if (!id.Equals(zone.Id, StringComparison.Ordinal))
                {
                    var found = ZoneProvider.GetZoneOrNull(id.ToString());
                    if (found is null)
                    {
                        return new ParseFailure(TextErrorMessages.UnknownZone, f.ZoneIdStart, id.ToString());
                    }
                    resultZone = found;
                }
                var actual = resultZone.GetUtcOffset(instant);
                bool utcDesignator = text[f.OffsetPosition] is 'Z' or 'z';
                if (!utcDesignator && actual.Seconds != f.OffsetSeconds)
                {
                    return new ParseFailure(
                        TextErrorMessages.OffsetMismatch,
                        f.OffsetPosition,
                        ZoneMapper.OffsetText(f.OffsetSeconds),
                        resultZone.Id,
                        ZoneMapper.OffsetText(actual));
                }
            }
            else if (f.AbbreviationLength > 0 && !f.HasCheckTime)
            {
                var name = resultZone.GetZoneInterval(instant).Name;
                var abbreviation = text.Slice(f.AbbreviationStart, f.AbbreviationLength);
                if (!ZoneMapper.AbbreviationMatches(abbreviation, name))
                {
                    return new ParseFailure(TextErrorMessages.AbbreviationMismatch, f.AbbreviationStart, abbreviation.ToString(), resultZone.Id, name);
                }
            }
            return null;
        }
        if (local > Instant.MaxValue - Duration.FromDays(1))
        {
            return new ParseFailure(TextErrorMessages.OutOfRange, f.DatePosition);
        }
        return ZoneMapper.Resolve(
            zone,
            local,
            f.HourPosition,
            text.Slice(f.AbbreviationStart, f.AbbreviationLength),
            f.AbbreviationStart,
            Resolver,
            out instant);
    }

    // ----- trying every style -----

    /// <summary>Gets every named pattern, with both numeric orders: the ones
    /// <see cref="ParseAny(ReadOnlySpan{char}, DateTimeZone, CultureInfo?)"/> tries (see <see cref="StampReader.Patterns"/>
    /// for the order).</summary>
    public static IReadOnlyList<StampPattern> Known { get; } =
    [
        Rfc9557, Rfc3339, Scmp, ScmpShort, UsMonthDay, Wire, UsNumeric, Rfc1123, TimeFirst, TimeFirstUsNumeric, General,
        DayMonthNumeric, TimeFirstNumeric,
    ];

    /// <summary>Tries every known style on a bare stamp (a label such as <c>PUBLISHED :</c> is allowed where the
    /// style allows it), as <see cref="StampReader.Parse(ReadOnlySpan{char}, DateTimeZone)"/> does for the culture.
    /// Never throws on any text; a line that is not a stamp fails after a few character comparisons per style.
    /// Relative stamps are refused (no reference instant): use a <see cref="StampReader"/> with one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="zone">The publication's zone.</param>
    /// <param name="culture">The publication's culture, which decides day/month or month/day order for numeric
    /// dates and adds its month names; null means the invariant culture (month/day).</param>
    /// <returns>The first style's success; otherwise the failure of the style that read furthest (a style
    /// that read the whole text but failed a check, such as the weekday, wins).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static ParseResult<Moment> ParseAny(ReadOnlySpan<char> text, DateTimeZone zone, CultureInfo? culture = null) =>
        ParseAny(text, zone, culture, out _);

    /// <summary>Tries every known style on a stamp and says which label, if any, was printed before it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="zone">The publication's zone.</param>
    /// <param name="culture">The publication's culture (numeric date order); null means invariant.</param>
    /// <param name="label">The label printed before the stamp, or <see cref="StampLabel.None"/>.</param>
    /// <returns>The moment, or the most relevant failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static ParseResult<Moment> ParseAny(ReadOnlySpan<char> text, DateTimeZone zone, CultureInfo? culture, out StampLabel label) =>
        (culture is null ? StampReader.Default : StampReader.For(culture)).Parse(text, zone, out label);
}
