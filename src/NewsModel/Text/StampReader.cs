using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace NewsModel.Text;

/// <summary>
/// Reads printed stamps with every known <see cref="StampPattern"/> (and any the caller adds), in one order, with
/// one set of checks: the library's single answer to "what does this stamp mean". It parses a stamp that stands
/// alone (<see cref="Parse(ReadOnlySpan{char}, DateTimeZone)"/>) and finds stamps inside running text (the text
/// importer's locator), and reads relative stamps (<c>2 hours ago</c>, <c>Yesterday at 5:31pm</c>) only against a
/// reference instant the caller gives, never against the machine's clock.
/// </summary>
/// <remarks>
/// <para>Every pattern is strict: a local time the zone skipped or showed twice, a weekday that does not agree with
/// the date, or a zone abbreviation that is not the zone's own name is refused with the reason. An abbreviation of
/// another zone is read only in a zone the caller allows (<see cref="WithAcceptedZones"/>): <c>BST</c> alone is
/// British Summer Time and Bangladesh Standard Time.</para>
/// <para>Immutable and thread-safe; the <c>With…</c> methods return new readers. Reference equality.</para>
/// </remarks>
public sealed class StampReader
{
    private static readonly ImmutableArray<StampPattern> MonthFirstOrder =
    [
        StampPattern.Rfc9557, StampPattern.Rfc3339, StampPattern.Scmp, StampPattern.ScmpShort, StampPattern.UsMonthDay,
        StampPattern.Wire, StampPattern.UsNumeric, StampPattern.Rfc1123, StampPattern.TimeFirst, StampPattern.TimeFirstUsNumeric,
    ];

    private static readonly ImmutableArray<StampPattern> DayFirstOrder =
    [
        StampPattern.Rfc9557, StampPattern.Rfc3339, StampPattern.Scmp, StampPattern.ScmpShort, StampPattern.UsMonthDay,
        StampPattern.Wire, StampPattern.DayMonthNumeric, StampPattern.Rfc1123, StampPattern.TimeFirst, StampPattern.TimeFirstNumeric,
    ];

    private readonly ImmutableArray<StampPattern> _own;
    private readonly bool _hasHouseStyles;
    private readonly DateTimeZone[] _accepted;

    private StampReader(CultureInfo culture, ImmutableArray<StampPattern> own, DateTimeZone[] accepted, Instant? reference)
    {
        Culture = culture;
        _own = own;
        foreach (var pattern in own)
        {
            _hasHouseStyles |= pattern.Style.StartsWithAnyWord;
        }
        _accepted = accepted;
        Reference = reference;
        bool dayFirst = ReferenceEquals(StampPattern.NumericFor(culture), StampPattern.DayMonthNumeric);
        Patterns = [.. own, .. dayFirst ? DayFirstOrder : MonthFirstOrder, StampPattern.GeneralFor(culture)];
    }

    /// <summary>Gets the reader for the invariant culture (numeric dates month first), with the built-in patterns,
    /// no other zone and no reference.</summary>
    public static StampReader Default { get; } = new(CultureInfo.InvariantCulture, [], [], null);

    /// <summary>Gets a reader for a culture, which decides the order of numeric dates and adds its month and weekday
    /// names to the general pattern.</summary>
    /// <param name="culture">The publication's culture.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static StampReader For(CultureInfo culture) =>
        Preconditions.CheckNotNull(culture).Name.Length == 0 ? Default : new(culture, [], [], null);

    /// <summary>Gets the culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the patterns in the order they are tried: the caller's (<see cref="WithPattern"/>), then the
    /// built-in styles, then <see cref="StampPattern.GeneralFor(CultureInfo)"/>.</summary>
    public IReadOnlyList<StampPattern> Patterns { get; }

    /// <summary>Gets the zones besides the publication's whose abbreviations a stamp may print.</summary>
    public IReadOnlyList<DateTimeZone> AcceptedZones => _accepted;

    /// <summary>Gets the instant relative stamps are read against (the time the page was fetched), or null: then a
    /// relative stamp is refused.</summary>
    public Instant? Reference { get; }

    /// <summary>Returns a reader that tries <paramref name="pattern"/> (a site's house style) before the built-in
    /// ones, after any added earlier.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The new reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public StampReader WithPattern(StampPattern pattern) =>
        new(Culture, _own.Add(Preconditions.CheckNotNull(pattern)), _accepted, Reference);

    /// <summary>Returns a reader that also reads abbreviations of <paramref name="zones"/> (a stamp printed
    /// <c>BST</c> on a page whose publication is in UTC is read in Europe/London when that zone is given). The
    /// moment is then in the zone whose abbreviation was printed.</summary>
    /// <param name="zones">The zones, tried in order after the publication's own.</param>
    /// <returns>The new reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> or one of them is null.</exception>
    public StampReader WithAcceptedZones(IEnumerable<DateTimeZone> zones)
    {
        var list = new List<DateTimeZone>(_accepted);
        foreach (var zone in Preconditions.CheckNotNull(zones))
        {
            list.Add(Preconditions.CheckNotNull(zone, nameof(zones)));
        }
        return new(Culture, _own, [.. list], Reference);
    }

    /// <summary>Returns a reader that reads relative stamps against <paramref name="reference"/>.</summary>
    /// <param name="reference">The reference instant (the crawl time), or null to refuse relative stamps.</param>
    /// <returns>The new reader.</returns>
    public StampReader WithReference(Instant? reference) => new(Culture, _own, _accepted, reference);

    /// <summary>Parses a stamp that stands alone (a label such as <c>PUBLISHED :</c> is allowed). Never throws on
    /// any text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="zone">The publication's zone.</param>
    /// <returns>The moment of the first pattern that reads the whole text; otherwise the most relevant failure (a
    /// pattern that read the whole text but failed a check, such as the weekday, wins).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ParseResult<Moment> Parse(ReadOnlySpan<char> text, DateTimeZone zone) => Parse(text, zone, out _);

    /// <summary>Parses a stamp that stands alone and says which label, if any, was printed before it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="zone">The publication's zone.</param>
    /// <param name="label">The label, or <see cref="StampLabel.None"/>.</param>
    /// <returns>The moment, or the most relevant failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ParseResult<Moment> Parse(ReadOnlySpan<char> text, DateTimeZone zone, out StampLabel label)
    {
        Preconditions.CheckNotNull(zone);
        label = StampLabel.None;
        ParseFailure? best = null;
        bool bestSemantic = false;
        bool allAtOnePlace = true;
        foreach (var pattern in Patterns)
        {
            var failure = pattern.ParseCore(text, zone, out var instant, out var resultZone, out int printedStart, out int printedEnd, out var readLabel, out bool semantic, out var precision, _accepted);
            if (failure is null)
            {
                label = readLabel;
                return ParseResult<Moment>.ForValue(new Moment(instant, resultZone, text[printedStart..printedEnd].ToString(), precision));
            }
            allAtOnePlace &= !semantic && (best is null || failure.Position == best.Position);
            if (best is null || (semantic && !bestSemantic) || (semantic == bestSemantic && failure.Position > best.Position))
            {
                best = failure;
                bestSemantic = semantic;
            }
            if (failure.Template is TextErrorMessages.TextEmpty or TextErrorMessages.TextTooLong)
            {
                return ParseResult<Moment>.ForFailure(failure);
            }
        }
        var relative = RelativeStamp.Read(text, 0, zone, Reference, prefix: false, out int start, out int end, out var moment);
        if (relative is null && moment is not null)
        {
            return ParseResult<Moment>.ForValue(moment);
        }
        if (relative is not null && end > start)
        {
            return ParseResult<Moment>.ForFailure(relative);
        }
        return ParseResult<Moment>.ForFailure(allAtOnePlace && best!.Template == TextErrorMessages.Expected
            ? new ParseFailure(TextErrorMessages.NotAStamp, best.Position)
            : best!);
    }

    /// <summary>Finds the first stamp in running text at or after <paramref name="from"/>: at each word start, every
    /// pattern reads as far as it can; the longest reading wins (the earlier pattern on a tie), and is then checked
    /// like a stamp that stands alone. A stamp whose syntax was read but that failed a check (a weekday that does not
    /// agree) is found, with its failure: it is refused, never read another way.</summary>
    internal bool TryFind(ReadOnlySpan<char> text, int from, DateTimeZone zone, out FoundStamp found) =>
        TryFind(text, from, text.Length, zone, out found);

    /// <summary>As <see cref="TryFind(ReadOnlySpan{char}, int, DateTimeZone, out FoundStamp)"/>, for a stamp starting
    /// before <paramref name="startBefore"/> (it may end after it).</summary>
    internal bool TryFind(ReadOnlySpan<char> text, int from, int startBefore, DateTimeZone zone, out FoundStamp found)
    {
        found = default;
        int end = Math.Min(startBefore, text.Length);
        for (int i = from; i < end; i++)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }
            // Quick checks first: a stamp starts with a digit, a weekday or month name, a label or a relative word;
            // most positions in a line are none of these and cost one look-up.
            bool digit = StampCursor.IsDigit(c);
            var slice = text[i..];
            if (digit && !_hasHouseStyles && !NumberCanStartStamp(slice))
            {
                continue;
            }
            var word = digit ? default : Word(slice);
            var printedLabel = StampLabel.None;
            int labelLength = digit ? 0 : StampPattern.LabelLength(slice, out printedLabel);
            bool dateWord = !digit && labelLength == 0 && (DateWords.Month(word, Culture) > 0 || DateWords.Weekday(word, Culture) > 0);
            bool relativeWord = !digit && IsRelativeWord(word);
            if (!digit && labelLength == 0 && !dateWord && !relativeWord && !_hasHouseStyles)
            {
                continue;
            }
            char afterLabel = labelLength > 0 && labelLength < slice.Length ? slice[labelLength] : c;
            bool startsWithDigit = StampCursor.IsDigit(afterLabel);
            int bestEnd = -1;
            ParseFailure? bestFailure = null;
            StampPattern? bestPattern = null;
            var bestLabel = StampLabel.None;
            int bestStart = 0;
            Instant bestInstant = default;
            DateTimeZone? bestZone = null;
            var bestPrecision = MomentPrecision.Exact;
            foreach (var pattern in Patterns)
            {
                var style = pattern.Style;
                if (!style.StartsWithAnyWord && (startsWithDigit ? !style.StartsWithDigit : !style.StartsWithLetter || (!dateWord && labelLength == 0)))
                {
                    continue;
                }
                // A pattern that reads no label reads after one.
                int skip = pattern.AllowsLabel ? 0 : labelLength;
                var failure = pattern.ParseCore(slice[skip..], zone, out var instant, out var resultZone, out int printedStart, out int printedEnd, out var label, out bool semantic, out var precision, _accepted, prefix: true);
                if (skip > 0)
                {
                    (printedStart, printedEnd, label, failure) = (printedStart + skip, printedEnd + skip, printedLabel, failure?.Shift(skip));
                }
                if ((failure is null || semantic) && printedEnd > bestEnd)
                {
                    bestEnd = printedEnd;
                    bestStart = printedStart;
                    bestLabel = label;
                    bestFailure = failure;
                    bestPattern = pattern;
                    (bestInstant, bestZone, bestPrecision) = (instant, resultZone, precision);
                    if (bestEnd == slice.Length)
                    {
                        // Read to the end of the text: a later pattern could at most tie, and a tie goes to the
                        // earlier pattern.
                        break;
                    }
                }
            }
            Moment? bestMoment = bestPattern is not null && bestFailure is null
                ? new Moment(bestInstant, bestZone!, slice[bestStart..bestEnd].ToString(), bestPrecision)
                : null;
            if (!digit && !relativeWord)
            {
                if (bestEnd > 0)
                {
                    found = new FoundStamp(i, i + bestStart, i + bestEnd, bestLabel, bestMoment, bestFailure?.Shift(i).Message);
                    return true;
                }
                continue;
            }
            var relative = RelativeStamp.Read(slice, 0, zone, Reference, prefix: true, out int relativeStart, out int relativeEnd, out var relativeMoment);
            if (relativeEnd > relativeStart && relativeEnd > bestEnd)
            {
                bestEnd = relativeEnd;
                bestStart = relativeStart;
                bestLabel = StampLabel.None;
                bestFailure = relative;
                bestMoment = relativeMoment;
            }
            if (bestEnd > 0)
            {
                found = new FoundStamp(i, i + bestStart, i + bestEnd, bestLabel, bestMoment, bestFailure?.Shift(i).Message);
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a stamp can start with the number at the start of <paramref name="text"/>: what follows it is
    /// a separator of a time or a date (<c>:</c> <c>.</c> <c>/</c> <c>-</c> <c>h</c>, a CJK unit), letters against it
    /// (<c>2nd</c>, <c>5pm</c>, <c>30m</c>), or a space and a word some pattern reads next (a month name, am/pm,
    /// "of"/"de", a unit of a relative stamp). Everything else ("8 per cent", "2014,") no pattern can read.</summary>
    private bool NumberCanStartStamp(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && StampCursor.IsDigit(text[end]))
        {
            end++;
        }
        if (end >= text.Length)
        {
            return false;
        }
        char next = text[end];
        if (next is ':' or '.' or '/' or '-' or '年' or '년' or '時' or '时' or '시' || char.IsLetter(next))
        {
            return true;
        }
        if (!StampCursor.IsSpace(next))
        {
            return false;
        }
        int start = end;
        while (start < text.Length && StampCursor.IsSpace(text[start]))
        {
            start++;
        }
        if (start < text.Length && text[start] is '年' or '년' or '月' or '월')
        {
            return true;
        }
        var word = Word(text[start..]);
        if (word.Length == 0)
        {
            return false;
        }
        return DateWords.Month(word, Culture) > 0
               || DateWords.IsConnector(word)
               || (word.Length <= 2 && (word[0] | 0x20) is 'a' or 'p' && (word.Length == 1 || (word[1] | 0x20) == 'm'))
               || RelativeStamp.IsUnitWord(word);
    }

    /// <summary>The run of letters at the start of <paramref name="text"/>.</summary>
    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && end < 32 && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[..end];
    }

    /// <summary>Words a relative stamp starts with, besides a number: "a", "an", "yesterday", "today".</summary>
    private static bool IsRelativeWord(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("today", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A stamp found in running text: where it stands (<see cref="Start"/> includes a label, <see cref="PrintedStart"/>
/// does not), and its moment or the reason it was refused.</summary>
internal readonly record struct FoundStamp(int Start, int PrintedStart, int End, StampLabel Label, Moment? Moment, string? Failure)
{
    internal int Length => End - Start;

    internal bool HasTime => Moment is { Precision: not MomentPrecision.Day };
}
