namespace NewsModel.Validation;

/// <summary>
/// The stable codes of the built-in rules. Each is documented, with an example, in
/// <c>docs/validation-rules.md</c>. Codes never change meaning once released.
/// </summary>
public static class RuleCodes
{
    /// <summary>The headline is empty or only whitespace.</summary>
    public const string HeadlineEmpty = "NM-HEADLINE-EMPTY";

    /// <summary>The headline contains control characters (line breaks, tabs, C0/C1 controls).</summary>
    public const string HeadlineControl = "NM-HEADLINE-CONTROL";

    /// <summary>The headline contains markup: an HTML/XML tag such as <c>&lt;b&gt;</c> or a character entity.</summary>
    public const string HeadlineMarkup = "NM-HEADLINE-MARKUP";

    /// <summary>The headline is longer than <see cref="ValidationProfile.MaxHeadlineLength"/>.</summary>
    public const string HeadlineTooLong = "NM-HEADLINE-TOO-LONG";

    /// <summary>The identifier is only whitespace.</summary>
    public const string IdBlank = "NM-ID-BLANK";

    /// <summary>The language is not a well-formed BCP 47 tag.</summary>
    public const string LanguageInvalid = "NM-LANGUAGE-INVALID";

    /// <summary>The canonical URL is not an absolute http or https URL.</summary>
    public const string UrlInvalid = "NM-URL-INVALID";

    /// <summary>The timeline's moments are out of order (created after published; updated or a correction before published).</summary>
    public const string TimelineOrder = "NM-TIMELINE-ORDER";

    /// <summary>The article was published before its embargo ended.</summary>
    public const string TimelineEmbargoBroken = "NM-TIMELINE-EMBARGO-BROKEN";

    /// <summary>A moment (published, updated, created, a correction) lies in the future beyond the tolerance.</summary>
    public const string TimelineFuture = "NM-TIMELINE-FUTURE";

    /// <summary>A printed stamp disagrees with its instant in the publication's zone (time, date or weekday).</summary>
    public const string TimelinePrintedMismatch = "NM-TIMELINE-PRINTED-MISMATCH";

    /// <summary>A printed stamp cannot be read, so it cannot be checked against its instant.</summary>
    public const string TimelinePrintedUnreadable = "NM-TIMELINE-PRINTED-UNREADABLE";

    /// <summary>A zone (of a moment or of the publication) is not a TZDB id.</summary>
    public const string TimelineZoneNotTzdb = "NM-TIMELINE-ZONE-NOT-TZDB";

    /// <summary>A moment is stamped in a zone other than the publication's and its printed text gives no zone.</summary>
    public const string TimelineZoneForeign = "NM-TIMELINE-ZONE-FOREIGN";

    /// <summary>The article has corrections but no updated stamp covering them.</summary>
    public const string TimelineUpdatedMissing = "NM-TIMELINE-UPDATED-MISSING";

    /// <summary>A direct or partial quote's text does not appear in its paragraph.</summary>
    public const string QuoteTextMismatch = "NM-QUOTE-TEXT-MISMATCH";

    /// <summary>A quote's paragraph or range lies outside the body (only reachable from raw JSON).</summary>
    public const string QuoteRangeOutside = "NM-QUOTE-RANGE-OUTSIDE";

    /// <summary>A direct or partial quote's text is in its paragraph, but not where its range points.</summary>
    public const string QuoteRangeMismatch = "NM-QUOTE-RANGE-MISMATCH";

    /// <summary>A quote's speaker is not among the article's people and organisations. An <see cref="Article"/> cannot
    /// hold such a quote (its constructor refuses it), so this is reported only from raw JSON: a <c>newsmodel/2</c> speaker
    /// index past the parties, or a <c>newsmodel/1</c> speaker object equal to none of them (which a reading adds to the
    /// parties).</summary>
    public const string QuoteSpeakerUnknown = "NM-QUOTE-SPEAKER-UNKNOWN";

    /// <summary>A partial quote has no cue verb.</summary>
    public const string QuoteCueMissing = "NM-QUOTE-CUE-MISSING";

    /// <summary>The same quote is attributed to different speakers.</summary>
    public const string QuoteSpeakerConflict = "NM-QUOTE-SPEAKER-CONFLICT";

    /// <summary>A quote came through a news agency that is not among the credits or organisations.</summary>
    public const string QuoteChannelUnknown = "NM-QUOTE-CHANNEL-UNKNOWN";

    /// <summary>The article has no credits at all (no byline, no agency).</summary>
    public const string CreditsNone = "NM-CREDITS-NONE";

    /// <summary>A credit's name is only whitespace.</summary>
    public const string CreditNameEmpty = "NM-CREDIT-NAME-EMPTY";

    /// <summary>The same name is credited twice with different roles.</summary>
    public const string CreditDuplicate = "NM-CREDIT-DUPLICATE";

    /// <summary>A person's or organisation's name is only whitespace.</summary>
    public const string PartyNameEmpty = "NM-PARTY-NAME-EMPTY";

    /// <summary>The same person or organisation is listed twice with different roles or affiliations.</summary>
    public const string PartyDuplicate = "NM-PARTY-DUPLICATE";

    /// <summary>The body has no blocks.</summary>
    public const string BodyEmpty = "NM-BODY-EMPTY";

    /// <summary>A text block (paragraph, heading, list or list item, quotation, table, preformatted text) is empty or
    /// only whitespace.</summary>
    public const string BodyParagraphEmpty = "NM-BODY-PARAGRAPH-EMPTY";

    /// <summary>A body block's text looks like page boilerplate ("Send to a friend", "click here").</summary>
    public const string BodyBoilerplate = "NM-BODY-BOILERPLATE";

    /// <summary>A heading is more than one level deeper than the heading before it (h2 then h4).</summary>
    public const string BodyHeadingSkipped = "NM-BODY-HEADING-SKIPPED";

    /// <summary>A table's rows have different numbers of cells.</summary>
    public const string BodyTableRagged = "NM-BODY-TABLE-RAGGED";

    /// <summary>A link (a link mark's href, an embed's or related link's URL) uses a scheme that runs script or carries
    /// its own content: <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>.</summary>
    public const string LinkUnsafe = "NM-LINK-UNSAFE";

    /// <summary>A link is relative, malformed, or uses a scheme other than http, https and mailto.</summary>
    public const string LinkNotWeb = "NM-LINK-NOT-WEB";

    /// <summary>An image has no alt text.</summary>
    public const string MediaAltMissing = "NM-MEDIA-ALT-MISSING";

    /// <summary>An image has neither a credit nor rights.</summary>
    public const string MediaCreditMissing = "NM-MEDIA-CREDIT-MISSING";

    /// <summary>An image, video or audio asset has no URI and no rendition.</summary>
    public const string MediaUriMissing = "NM-MEDIA-URI-MISSING";

    /// <summary>A gallery has no items, or lists a gallery among them.</summary>
    public const string MediaGalleryInvalid = "NM-MEDIA-GALLERY-INVALID";

    /// <summary>The lead media is an audio recording, with nothing to see.</summary>
    public const string MediaLeadKind = "NM-MEDIA-LEAD-KIND";

    /// <summary>The timeline lacks a moment the status needs: a publication moment (published, withdrawn), a scheduled
    /// moment (scheduled), a withdrawal (withdrawn).</summary>
    public const string StatusMomentMissing = "NM-STATUS-MOMENT-MISSING";

    /// <summary>The timeline holds a moment the status rules out: a publication moment on a draft or scheduled
    /// article, a withdrawal on an article not withdrawn.</summary>
    public const string StatusMomentUnexpected = "NM-STATUS-MOMENT-UNEXPECTED";

    /// <summary>A quote's speaker is only a mention that was not resolved to one of the article's parties.</summary>
    public const string QuoteSpeakerUnresolved = "NM-QUOTE-SPEAKER-UNRESOLVED";

    /// <summary>A quote comes from an anonymous source.</summary>
    public const string QuoteSourceAnonymous = "NM-QUOTE-SOURCE-ANONYMOUS";

    /// <summary>A keyword is given twice (trimmed, ignoring case).</summary>
    public const string TaxonomyKeywordDuplicate = "NM-TAXONOMY-KEYWORD-DUPLICATE";

    /// <summary>A rule threw instead of reporting; the validation itself went on.</summary>
    public const string RuleFailed = "NM-RULE-FAILED";

    /// <summary>Raw JSON: the text is not well-formed JSON.</summary>
    public const string JsonSyntax = "NM-JSON-SYNTAX";

    /// <summary>Raw JSON: the <c>format</c> marker is missing or names another format.</summary>
    public const string JsonFormat = "NM-JSON-FORMAT";

    /// <summary>Raw JSON: a required member is missing.</summary>
    public const string JsonMissing = "NM-JSON-MISSING";

    /// <summary>Raw JSON: a member has the wrong JSON type.</summary>
    public const string JsonType = "NM-JSON-TYPE";

    /// <summary>Raw JSON: a member is not part of the format.</summary>
    public const string JsonUnknownMember = "NM-JSON-UNKNOWN-MEMBER";

    /// <summary>Raw JSON: a member appears twice in one object.</summary>
    public const string JsonDuplicateMember = "NM-JSON-DUPLICATE-MEMBER";

    /// <summary>Raw JSON: a value has the right type but is not acceptable (an empty required text, a bad enum name,
    /// an unreadable timestamp, an unknown zone).</summary>
    public const string JsonValue = "NM-JSON-VALUE";
}
