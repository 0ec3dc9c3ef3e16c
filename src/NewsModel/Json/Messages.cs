namespace NewsModel.Json;

/// <summary>The texts of the reader's error messages: <c>{problem} at {path} (byte {n}): expected {expectation}.</c></summary>
internal static class Messages
{
    internal const string InvalidJson = "Invalid JSON";
    internal const string Unreadable = "Unreadable value";
    internal const string InvalidUtf8 = "Invalid UTF-8";
    internal const string TooDeep = "Nesting too deep";
    internal const string UnexpectedEnd = "Unexpected end of data";
    internal const string UnknownMember = "Unknown member";
    internal const string DuplicateMember = "Duplicate member";
    internal const string MissingMember = "Missing required member";
    internal const string StringTooLong = "String too long";
    internal const string EmptyString = "Empty string";
    internal const string BadNumber = "Number out of range";
    internal const string UnknownZone = "Unknown time zone";
    internal const string BadTimestamp = "Invalid timestamp";
    internal const string OffsetDisagrees = "Offset disagrees with the zone";
    internal const string UnknownFormat = "Unknown format";
    internal const string UnknownEnumValue = "Unknown value";
    internal const string RejectedByModel = "Value rejected by the model";
    internal const string TrailingContent = "Content after the document";
    internal const string NotUtc = "Timestamp not in UTC";
    internal const string DayNotAtStart = "A \"day\" moment not at the start of its day";

    internal const string ExpectedWellFormed = "well-formed JSON (RFC 8259) in UTF-8";
    internal const string ExpectedShallower = "nesting within NewsModelJsonOptions.MaxDepth";
    internal const string ExpectedMore = "the rest of the value";
    internal const string ExpectedOnce = "each member at most once";
    internal const string ExpectedRequired = "every required member of the object";
    internal const string ExpectedString = "a string";
    internal const string ExpectedNonEmptyString = "a non-empty string";
    internal const string ExpectedOptionalString = "a non-empty string, or null for absent";
    internal const string ExpectedNonNegativeInteger = "a non-negative integer of at most 2147483647";
    internal const string ExpectedZone = "a time zone id known to the zone provider, such as \"Asia/Hong_Kong\"";
    internal const string ExpectedZoneOffset = "the offset the zone has at that instant";
    internal const string ExpectedFormat = "\"newsmodel/2\" (or \"newsmodel/1\", still read)";

    /// <summary>A <c>newsmodel/1</c> form in a document marked <c>newsmodel/2</c>.</summary>
    internal const string LegacyForm = "A newsmodel/1 form in a newsmodel/2 document";

    /// <summary>What a <c>newsmodel/2</c> document has instead of a <c>newsmodel/1</c> form.</summary>
    internal const string ExpectedFormat2Form = "the newsmodel/2 form (a block object, not a string; a speaker's index in \"parties\", not a party object; \"rights\": {\"notice\"}, not \"copyright\"), or the marker \"newsmodel/1\"";

    /// <summary>A member that does not belong to the object's type (a block's or a mark's).</summary>
    internal const string MemberNotForType = "A member that does not belong to this type";

    /// <summary>A speaker index past the article's parties.</summary>
    internal const string SpeakerOutside = "A speaker index past the article's parties";

    /// <summary>Not a boolean.</summary>
    internal const string ExpectedBoolean = "true or false";

    /// <summary>Not a duration.</summary>
    internal const string BadDuration = "Not a duration";
    internal const string ExpectedObject = "an object";
    internal const string ExpectedObjectOrNull = "an object, or null for absent";
    internal const string ExpectedArray = "an array";
    internal const string ExpectedArrayOrNull = "an array, or null for empty";
    internal const string ExpectedModelValue = "a value the NewsModel constructors accept";
    internal const string ExpectedEnd = "the end of the document";
    internal const string ExpectedMoment = "a moment object {\"at\", \"zone\", \"printed\"?, \"precision\"?, \"relativeTo\"?}";
    internal const string ExpectedUtcTimestamp = "an RFC 3339 timestamp in UTC ending in Z, such as \"2025-10-14T03:15:00Z\"";

    /// <summary>Begins the expectation of a misaligned <c>day</c> moment; the start of its day follows.</summary>
    internal const string ExpectedDayStartPrefix = "the start of the day in the moment's zone, as a \"day\" moment is: ";
}
