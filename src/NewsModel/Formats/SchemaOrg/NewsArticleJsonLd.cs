using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace NewsModel.Formats.SchemaOrg;

/// <summary>
/// Writes an article as a schema.org <c>NewsArticle</c> JSON-LD document, ready to paste into an HTML
/// <c>&lt;script type="application/ld+json"&gt;</c> block: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and
/// U+2028/U+2029 are always escaped, so no input can end the block early. Dates carry the publication's
/// offset (never converted to UTC, never without offset); a date-only moment is written as a schema.org
/// <c>Date</c> (<c>2020-05-14</c>). Hand-written over <see cref="Utf8JsonWriter"/>;
/// trimming- and NativeAOT-safe. The mapping is in docs/formats/schemaorg.md.
/// </summary>
/// <remarks>Every method is thread-safe.</remarks>
public static partial class NewsArticleJsonLd
{
    private static readonly JsonEncodedText JAtcontext = JsonEncodedText.Encode("@context", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JAttype = JsonEncodedText.Encode("@type", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JCorrectionComment = JsonEncodedText.Encode("CorrectionComment", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JNewsArticle = JsonEncodedText.Encode("NewsArticle", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JOrganization = JsonEncodedText.Encode("Organization", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JPerson = JsonEncodedText.Encode("Person", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JPlace = JsonEncodedText.Encode("Place", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JQuotation = JsonEncodedText.Encode("Quotation", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JAffiliation = JsonEncodedText.Encode("affiliation", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JAlternateName = JsonEncodedText.Encode("alternateName", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JArticleBody = JsonEncodedText.Encode("articleBody", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JAuthor = JsonEncodedText.Encode("author", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JContentLocation = JsonEncodedText.Encode("contentLocation", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JContributor = JsonEncodedText.Encode("contributor", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JCopyrightNotice = JsonEncodedText.Encode("copyrightNotice", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JCorrection = JsonEncodedText.Encode("correction", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JCreditText = JsonEncodedText.Encode("creditText", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JDateCreated = JsonEncodedText.Encode("dateCreated", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JDateModified = JsonEncodedText.Encode("dateModified", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JDatePublished = JsonEncodedText.Encode("datePublished", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JDateline = JsonEncodedText.Encode("dateline", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JDescription = JsonEncodedText.Encode("description", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JEditor = JsonEncodedText.Encode("editor", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JHasPart = JsonEncodedText.Encode("hasPart", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JHeadline = JsonEncodedText.Encode("headline", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JIdentifier = JsonEncodedText.Encode("identifier", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JInLanguage = JsonEncodedText.Encode("inLanguage", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JJobTitle = JsonEncodedText.Encode("jobTitle", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JMentions = JsonEncodedText.Encode("mentions", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JName = JsonEncodedText.Encode("name", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JPublisher = JsonEncodedText.Encode("publisher", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JSourceOrganization = JsonEncodedText.Encode("sourceOrganization", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JSpokenByCharacter = JsonEncodedText.Encode("spokenByCharacter", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JText = JsonEncodedText.Encode("text", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText JUrl = JsonEncodedText.Encode("url", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private const string NoTerm = "schema.org has no term for it";
    private const string Pending = "it needs a pending schema.org term and JsonLdWriteOptions.IncludePendingTerms is false";

    /// <summary>Writes the JSON-LD document.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where to write the UTF-8 JSON.</param>
    /// <param name="options">The options, or null for <see cref="JsonLdWriteOptions.Default"/>.</param>
    /// <returns>What the document could not carry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">A moment's local date falls outside the years 0001–9999, which RFC 3339
    /// cannot write.</exception>
    public static LossReport Serialize(Article article, IBufferWriter<byte> output, JsonLdWriteOptions? options = null)
    {
        Preconditions.CheckNotNull(article);
        Preconditions.CheckNotNull(output);
        options ??= JsonLdWriteOptions.Default;
        bool pending = options.IncludePendingTerms;
        var losses = new LossCollector();
        var scratch = WriterCache.First();
        var writer = WriterCache.Outer(scratch, options.Indented);
        writer.WriteStartObject();
        writer.WriteString(JAtcontext, "https://schema.org"u8);
        writer.WriteString(JAttype, JNewsArticle);
        writer.WriteString(JIdentifier, article.Id);
        if (article.CanonicalUrl is not null)
        {
            writer.WriteString(JUrl, article.CanonicalUrl);
        }
        writer.WriteString(JHeadline, article.Headline);
        if (article.Standfirst is not null)
        {
            writer.WriteString(JDescription, article.Standfirst);
        }
        writer.WriteString(JInLanguage, article.Language);
        WriteStatus(writer, article, pending, ref losses);

        var zone = article.Publication.Zone;
        var timeline = article.Timeline;
        if (timeline.Published is not null)
        {
            WriteDate(writer, JDatePublished, timeline.Published, zone, MomentFields.Published, ref losses);
        }
        if (timeline.Updated is not null)
        {
            WriteDate(writer, JDateModified, timeline.Updated, zone, MomentFields.Updated, ref losses);
        }
        if (timeline.Created is not null)
        {
            WriteDate(writer, JDateCreated, timeline.Created, zone, MomentFields.Created, ref losses);
        }
        if (timeline.EmbargoedUntil is not null)
        {
            losses.Add("Timeline.EmbargoedUntil", "the embargo time", NoTerm, LossKind.Dropped);
        }
        if (article.Dateline is not null)
        {
            writer.WriteString(JDateline, article.Dateline);
        }

        WriteCredits(writer, article, pending, ref losses);

        writer.WriteStartObject(JPublisher);
        writer.WriteString(JAttype, JOrganization);
        writer.WriteString(JName, article.Publication.Name);
        if (article.Publication.ShortName is not null)
        {
            writer.WriteString(JAlternateName, article.Publication.ShortName);
        }
        writer.WriteEndObject();
        losses.Add("Publication.Zone", "the zone id (dates keep its offset only)", NoTerm, LossKind.Dropped);

        WriteRights(writer, article.Rights, pending, ref losses);
        if (!article.Places.IsEmpty)
        {
            writer.WriteStartArray(JContentLocation);
            foreach (var place in article.Places)
            {
                writer.WriteStartObject();
                writer.WriteString(JAttype, JPlace);
                writer.WriteString(JName, place);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        WriteTaxonomy(writer, article.Taxonomy, ref losses);
        WriteMedia(writer, article, pending, ref losses);
        WriteParties(writer, article, pending, ref losses);
        WriteBody(writer, article, ref losses);
        WriteCorrections(writer, article, zone, pending, ref losses);
        WriteQuotes(writer, article, pending, ref losses);
        writer.WriteEndObject();
        WriterCache.Release(writer, options.Indented);
        WriterCache.CopyScriptSafe(scratch.WrittenSpan, output);
        return losses.ToReport();
    }

    /// <summary>Writes the JSON-LD document as UTF-8 bytes.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="JsonLdWriteOptions.Default"/>.</param>
    /// <returns>The bytes and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<byte[]> SerializeToUtf8Bytes(Article article, JsonLdWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var losses = Serialize(article, buffer, options);
        return new ConversionResult<byte[]>(buffer.WrittenSpan.ToArray(), losses);
    }

    /// <summary>Writes the JSON-LD document as a string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or null for <see cref="JsonLdWriteOptions.Default"/>.</param>
    /// <returns>The JSON text and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ConversionResult<string> SerializeToString(Article article, JsonLdWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var losses = Serialize(article, buffer, options);
        return new ConversionResult<string>(Encoding.UTF8.GetString(buffer.WrittenSpan), losses);
    }

    /// <summary>Writes a date: a date-only moment as a schema.org <c>Date</c> (its own calendar date, <c>2020-05-14</c>),
    /// any other as a <c>DateTime</c> in the publication's offset; reports what the value cannot say.</summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, Moment moment, DateTimeZone zone, MomentFields field, ref LossCollector losses)
    {
        Span<byte> text = stackalloc byte[Rfc3339.MaxLength];
        if (moment.IsDateOnly)
        {
            losses.Add(field.Zone, "the zone id (a date-only moment is written as its date, without zone or offset)", NoTerm, LossKind.Dropped);
            AddStampLosses(moment, field, ref losses);
            FormatNames.WriteAsciiString(writer, name, text[..FormatDate(moment.Date, text)]);
            return;
        }
        var offset = zone.GetUtcOffset(moment.Instant);
        if (!Equality.ZoneEqual(moment.Zone, zone))
        {
            losses.Add(field.Zone, "stamped in another zone than the publication's; written with the publication's offset", "dates are written in the publication's offset", LossKind.Approximated);
        }
        else
        {
            losses.Add(field.Zone, "the zone id (only its offset is written)", NoTerm, LossKind.Dropped);
        }
        if (!Rfc3339.IsWritable(offset))
        {
            losses.Add(field.Offset, "the offset " + offset.ToString() + " has seconds; written in UTC", "ISO 8601 offsets are whole minutes", LossKind.Approximated);
            offset = Offset.Zero;
        }
        AddStampLosses(moment, field, ref losses);
        FormatNames.WriteAsciiString(writer, name, text[..Rfc3339.Format(moment.Instant, offset, text)]);
    }

    /// <summary>Reports a moment's printed text, a precision a <c>DateTime</c> does not show (the hour, minute or
    /// second a stamp stated; a date-only moment's is kept by its <c>Date</c>) and a relative stamp's reference.</summary>
    private static void AddStampLosses(Moment moment, MomentFields field, ref LossCollector losses)
    {
        if (moment.Printed is not null)
        {
            losses.Add(field.Printed, "the stamp as printed", NoTerm, LossKind.Dropped);
        }
        if (moment.Precision is not (MomentPrecision.Exact or MomentPrecision.Day))
        {
            losses.Add(field.Precision, "the precision: the stamp stated the " + Moment.PrecisionName(moment.Precision) + " only, which a DateTime does not say", NoTerm, LossKind.Dropped);
        }
        if (moment.IsRelative)
        {
            losses.Add(field.RelativeTo, "the reference instant the relative stamp was read against", NoTerm, LossKind.Dropped);
        }
    }

    /// <summary>Writes <c>uuuu-MM-dd</c>.</summary>
    /// <exception cref="ArgumentException">The year is outside 0001–9999.</exception>
    private static int FormatDate(LocalDate date, Span<byte> destination)
    {
        int year = date.Year;
        if (year < 1 || year > 9999)
        {
            throw new ArgumentException("The date " + date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) + " falls outside the years 0001 to 9999, which ISO 8601 dates here cannot hold.", nameof(date));
        }
        destination[0] = (byte)('0' + (year / 1000));
        destination[1] = (byte)('0' + (year / 100 % 10));
        destination[2] = (byte)('0' + (year / 10 % 10));
        destination[3] = (byte)('0' + (year % 10));
        destination[4] = (byte)'-';
        destination[5] = (byte)('0' + (date.Month / 10));
        destination[6] = (byte)('0' + (date.Month % 10));
        destination[7] = (byte)'-';
        destination[8] = (byte)('0' + (date.Day / 10));
        destination[9] = (byte)('0' + (date.Day % 10));
        return 10;
    }

    private static void WriteAgent(Utf8JsonWriter writer, Credit credit) => WriteAgent(writer, credit.Kind, credit.Name, credit.Id, credit.ProfileUrl);

    private static void WriteCredits(Utf8JsonWriter writer, Article article, bool pending, ref LossCollector losses)
    {
        var credits = article.Credits;
        if (credits.IsEmpty)
        {
            return;
        }
        WriteCreditGroup(writer, JAuthor, credits, static r => r == CreditRole.Author);
        WriteCreditGroup(writer, JContributor, credits, static r => r is CreditRole.Contributor or CreditRole.AdditionalReporting or CreditRole.Photographer);
        WriteCreditGroup(writer, JEditor, credits, static r => r == CreditRole.Editor);
        bool agency = false;
        foreach (var credit in credits)
        {
            if (credit.Role == CreditRole.SourceAgency)
            {
                if (!agency)
                {
                    writer.WriteStartArray(JSourceOrganization);
                    agency = true;
                }
                WriteAgent(writer, PartyKind.Organisation, credit.Name, credit.Id, credit.ProfileUrl);
                if (credit.Kind == PartyKind.Person)
                {
                    losses.Add("Credits", "an agency credit of a person (" + credit.Name + ") written as an Organization", "sourceOrganization takes organisations", LossKind.Approximated);
                }
            }
            else if (credit.Role is CreditRole.AdditionalReporting or CreditRole.Photographer)
            {
                losses.Add("Credits", "the role " + FormatNames.Of(credit.Role) + " of " + credit.Name + " (written as contributor)", NoTerm, LossKind.Approximated);
            }
        }
        if (agency)
        {
            writer.WriteEndArray();
        }
        if (pending)
        {
            var builder = new StringBuilder();
            foreach (var credit in credits)
            {
                if (builder.Length > 0)
                {
                    builder.Append("; ");
                }
                builder.Append(credit.Printed ?? credit.Name);
            }
            writer.WriteString(JCreditText, builder.ToString());
        }
        else
        {
            losses.Add("Credits", "the credit line (creditText)", Pending, LossKind.Dropped);
        }
    }

    private static void WriteCreditGroup(Utf8JsonWriter writer, JsonEncodedText name, System.Collections.Immutable.ImmutableArray<Credit> credits, Func<CreditRole, bool> include)
    {
        bool started = false;
        foreach (var credit in credits)
        {
            if (include(credit.Role))
            {
                if (!started)
                {
                    writer.WriteStartArray(name);
                    started = true;
                }
                WriteAgent(writer, credit);
            }
        }
        if (started)
        {
            writer.WriteEndArray();
        }
    }

    private static void WriteParties(Utf8JsonWriter writer, Article article, bool pending, ref LossCollector losses)
    {
        if (article.Parties.IsEmpty)
        {
            return;
        }
        writer.WriteStartArray(JMentions);
        foreach (var party in article.Parties)
        {
            writer.WriteStartObject();
            bool person = party.Kind == PartyKind.Person;
            writer.WriteString(JAttype, person ? JPerson : JOrganization);
            if (party.Id is not null)
            {
                WriteId(writer, party.Id);
            }
            writer.WriteString(JName, party.Name);
            if (party.ProfileUrl is not null)
            {
                writer.WriteString(JUrl, party.ProfileUrl);
            }
            if (party.Role is not null)
            {
                if (person && pending)
                {
                    writer.WriteString(JJobTitle, party.Role);
                }
                else
                {
                    losses.Add("Parties", "the role of " + party.Name, person ? Pending : NoTerm + " (for organisations)", LossKind.Dropped);
                }
            }
            if (party.Affiliation is not null)
            {
                if (person)
                {
                    writer.WritePropertyName(JAffiliation);
                    WriteAgent(writer, PartyKind.Organisation, party.Affiliation, null, null);
                }
                else
                {
                    losses.Add("Parties", "the affiliation of " + party.Name, NoTerm + " (for organisations)", LossKind.Dropped);
                }
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteBody(Utf8JsonWriter writer, Article article, ref LossCollector losses)
    {
        if (article.Blocks.IsEmpty)
        {
            return;
        }
        var (text, ambiguous) = BodyText(article.Blocks);
        writer.WriteString(JArticleBody, text);
        if (ambiguous)
        {
            losses.Add("Body", "paragraph boundaries (a paragraph is empty or contains a blank line)", "articleBody is one text with paragraphs separated by blank lines", LossKind.Approximated);
        }
        if (!PlainBody.IsPlainParagraphs(article.Blocks))
        {
            losses.Add("Blocks", "the body's structure and inline marks: headings, lists, quotes, tables, preformatted text as plain text; media, embeds, related links and raw HTML left out", "articleBody is plain text", LossKind.Approximated);
        }
    }

    private static void WriteCorrections(Utf8JsonWriter writer, Article article, DateTimeZone zone, bool pending, ref LossCollector losses)
    {
        var corrections = article.Timeline.Corrections;
        if (corrections.IsEmpty)
        {
            return;
        }
        if (!pending)
        {
            losses.Add("Timeline.Corrections", "the corrections", Pending, LossKind.Dropped);
            return;
        }
        writer.WriteStartArray(JCorrection);
        foreach (var correction in corrections)
        {
            writer.WriteStartObject();
            writer.WriteString(JAttype, JCorrectionComment);
            writer.WriteString(JText, correction.Text);
            WriteDate(writer, JDatePublished, correction.Moment, zone, MomentFields.Corrections, ref losses);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter writer, Article article, bool pending, ref LossCollector losses)
    {
        var quotes = article.Quotes;
        if (quotes.IsEmpty)
        {
            return;
        }
        if (!pending)
        {
            losses.Add("Quotes", "the quotes", Pending, LossKind.Dropped);
            return;
        }
        bool started = false, unattributed = false;
        foreach (var quote in quotes)
        {
            if (quote.Kind == QuoteKind.Indirect)
            {
                continue;
            }
            if (!started)
            {
                writer.WriteStartArray(JHasPart);
                started = true;
            }
            writer.WriteStartObject();
            writer.WriteString(JAttype, JQuotation);
            writer.WriteString(JText, quote.Text);
            if (quote.Attribution.Speaker is { } speaker)
            {
                writer.WritePropertyName(JSpokenByCharacter);
                WriteAgent(writer, speaker.Kind, speaker.Name, speaker.Id, speaker.ProfileUrl);
            }
            else
            {
                // An unresolved mention or an anonymous source is not a known Person: no spokenByCharacter.
                unattributed = true;
            }
            writer.WriteEndObject();
        }
        if (started)
        {
            writer.WriteEndArray();
        }
        losses.Add("Quotes", "each quote's kind, place in the body, and attribution details (mention, cue, via, speaker role)", NoTerm, LossKind.Approximated);
        if (unattributed)
        {
            losses.Add("Quotes", "the speaker of quotes attributed to an unresolved mention or an anonymous source (no spokenByCharacter: the mention names no known Person)", "spokenByCharacter takes a Person", LossKind.Dropped);
        }
        foreach (var quote in quotes)
        {
            if (quote.Kind == QuoteKind.Indirect)
            {
                losses.Add("Quotes", "indirect (reported) speech", "a schema.org Quotation holds quoted words, not reported speech", LossKind.Dropped);
                break;
            }
        }
    }
}
