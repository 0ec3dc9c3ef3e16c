namespace NewsModel.Text;

/// <summary>
/// The texts of every parse failure in <c>NewsModel.Text</c>, as composite format strings. Placeholder
/// <c>{0}</c> is always the position (an index into the input); <c>{1}</c> to <c>{3}</c> are the details.
/// Tests assert these texts, so they are constants.
/// </summary>
internal static class TextErrorMessages
{
    internal const string Uninitialized = "The parse result was never initialized (it is a default value); position {0}.";
    internal const string TextNull = "The stamp text is null; position {0}.";
    internal const string TextEmpty = "The stamp text is empty or only whitespace; position {0}.";
    internal const string TextTooLong = "The stamp text is {1} characters long after trimming, more than any stamp ({2} at most); position {0}.";
    internal const string Expected = "Expected {1} at position {0}.";
    internal const string TrailingText = "Unexpected text after the stamp at position {0}; expected the end of the stamp.";
    internal const string FieldOutOfRange = "The {1} {2} at position {0} is out of range; expected {3}.";
    internal const string DayNotInMonth = "The day {1} at position {0} does not exist in {2}.";
    internal const string WeekdayMismatch = "The printed weekday {1} at position {0} does not agree with the date {2}, which is a {3}.";
    internal const string SkippedTime = "The local time {1} at position {0} does not exist in zone {2}: the clocks skipped it. Candidate instants: {3}.";
    internal const string AmbiguousTime = "The local time {1} at position {0} is ambiguous in zone {2}: the clocks showed it twice. Candidate instants: {3}.";
    internal const string AbbreviationMismatch = "The zone abbreviation {1} at position {0} does not agree with zone {2}, which was {3} at that time.";
    internal const string OffsetMismatch = "The offset {1} at position {0} does not agree with zone {2}, which was {3} at that local time.";
    internal const string UnknownZone = "The zone id {1} at position {0} is not a known zone.";
    internal const string LocalTimeMismatch = "The local time {1} at position {0} does not agree with zone {2}, where it was {3} at that instant.";
    internal const string OutOfRange = "The stamp at position {0} is outside the range of instants supported.";
    internal const string CriticalAnnotation = "The critical annotation {1} at position {0} is not supported.";
    internal const string NotAStamp = "The text at position {0} does not start like any known stamp style (a date, a time, a weekday or month name, or a label such as PUBLISHED :).";

    internal const string NeedsReference = "The relative stamp at position {0} ({1}) can only be read against a reference instant (the time the page was fetched); none was given. Give one with StampReader.WithReference, TextImporterBuilder.WithClock or the tool's --as-of.";
    internal const string RelativeInFuture = "The relative stamp at position {0} ({1}) names a time after the reference instant {2}.";

    // Descriptions used as {1} of Expected.
    internal const string DayOrMonth = "a day or a month name";
    internal const string DateSeparator = "a date separator ('/', '.' or '-', the same both times)";
    internal const string MinutesOrMeridiem = "the minutes (:mm) or am/pm";
    internal const string DateUnit = "a date unit (年 月 日 or 년 월 일)";
    internal const string RelativeUnit = "a unit such as minutes, hours or days, then 'ago'";
    internal const string WeekdayName = "a weekday name such as Monday";
    internal const string MonthName = "a month name such as March or Mar";
    internal const string DayDigits = "the day of the month (1 or 2 digits)";
    internal const string MonthDigits = "the month (1 or 2 digits)";
    internal const string YearDigits = "the year (4 digits)";
    internal const string NumericYearDigits = "the year (4 digits, or 2)";
    internal const string HourDigits = "the hour (1 or 2 digits)";
    internal const string Hour2Digits = "the hour (2 digits)";
    internal const string MinuteDigits = "the minutes (2 digits)";
    internal const string SecondDigits = "the seconds (2 digits)";
    internal const string FractionDigits = "fractional seconds (1 to 9 digits)";
    internal const string HourMinuteDigits = "the time as 4 digits (HHmm)";
    internal const string Meridiem = "am or pm";
    internal const string Comma = "a comma";
    internal const string Colon = "a colon";
    internal const string Space = "a space";
    internal const string Hyphen = "a hyphen";
    internal const string Slash = "a slash";
    internal const string DateTimeSeparator = "T between the date and the time";
    internal const string OffsetText = "an offset such as +08:00, or Z";
    internal const string NumericOffsetText = "an offset such as +0800, or GMT";
    internal const string ZoneIdText = "a zone id in brackets such as [Asia/Hong_Kong]";
    internal const string ClosingBracket = "a closing bracket";
    internal const string ClosingParenthesis = "a closing parenthesis";
    internal const string Abbreviation = "a zone abbreviation such as HKT";
    internal const string WireUpdated = "-- Updated";
    internal const string Gmt = "GMT";
}
