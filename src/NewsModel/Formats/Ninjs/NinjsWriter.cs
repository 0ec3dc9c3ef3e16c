using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace NewsModel.Formats.Ninjs;

/// <summary>Writes one article as ninjs. Stateless apart from a per-thread scratch buffer; thread-safe.</summary>
internal static partial class NinjsWriter
{
    private static readonly JsonEncodedText VFull = JsonEncodedText.Encode("full", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText VMain = JsonEncodedText.Encode("main", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText VNinjs = JsonEncodedText.Encode("ninjs", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText VSummary = JsonEncodedText.Encode("summary", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText VText = JsonEncodedText.Encode("text", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText EExtensionRole = JsonEncodedText.Encode(NinjsNames.ExtensionRole, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText EExtensionContentType = JsonEncodedText.Encode(NinjsNames.ExtensionContentType, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText ECanonicalUrlRole = JsonEncodedText.Encode(NinjsNames.CanonicalUrlRole, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText EPublisherRole = JsonEncodedText.Encode(NinjsNames.PublisherRole, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText ESourceRole = JsonEncodedText.Encode(NinjsNames.SourceRole, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText EQuotedRel = JsonEncodedText.Encode(NinjsNames.QuotedRel, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private static readonly JsonEncodedText[] EncodedRoles =
    [
        .. System.Linq.Enumerable.Select(System.Enum.GetValues<CreditRole>(), static r => JsonEncodedText.Encode(FormatNames.Of(r), JavaScriptEncoder.UnsafeRelaxedJsonEscaping)),
    ];

    internal static LossReport Write(Article article, IBufferWriter<byte> output, NinjsWriteOptions options)
    {
        var names = options.Version == NinjsVersion.Ninjs21 ? NinjsNames.V21 : NinjsNames.V3;
        bool ext = options.IncludeExtension;
        var losses = new NinjsWriteLosses();
        var writer = WriterCache.Outer(output, options.Indented);
        writer.WriteStartObject();

        WriteUri(writer, names, article.Id, ref losses);
        writer.WriteStartObject(names.Standard);
        writer.WriteString(names.Name, VNinjs);
        writer.WriteString(names.Version, names.StandardVersion);
        writer.WriteString(names.Schema, names.SchemaUri);
        writer.WriteEndObject();
        writer.WriteString(names.Type, VText);
        writer.WriteString(names.RepresentationType, VFull);
        WriteStatus(writer, names, article, ref losses);

        var timeline = article.Timeline;
        if (timeline.Published is not null)
        {
            WriteDate(writer, names.FirstCreated, timeline.Published, NinjsLoss.PublishedOffset, ref losses);
        }
        if (timeline.Latest is not null)
        {
            WriteDate(writer, names.VersionCreated, timeline.Latest, timeline.Updated is null ? null : NinjsLoss.UpdatedOffset, ref losses);
        }
        if (timeline.Created is not null)
        {
            WriteDate(writer, names.ContentCreated, timeline.Created, NinjsLoss.CreatedOffset, ref losses);
        }
        if (timeline.EmbargoedUntil is not null)
        {
            WriteDate(writer, names.EmbargoedUntil, timeline.EmbargoedUntil, NinjsLoss.EmbargoedUntilOffset, ref losses);
        }
        if (!timeline.Corrections.IsEmpty)
        {
            losses.Add(NinjsLoss.Corrections);
        }
        WriteRights(writer, names, article.Rights, ref losses);
        writer.WriteString(names.Language, article.Language);

        writer.WriteStartArray(names.Headlines);
        writer.WriteStartObject();
        writer.WriteString(names.Role, VMain);
        writer.WriteString(names.Value, article.Headline);
        writer.WriteEndObject();
        writer.WriteEndArray();

        if (article.Standfirst is not null || ext)
        {
            writer.WriteStartArray(names.Descriptions);
            if (article.Standfirst is not null)
            {
                writer.WriteStartObject();
                writer.WriteString(names.Role, VSummary);
                writer.WriteString(names.Value, article.Standfirst);
                writer.WriteEndObject();
            }
            if (ext)
            {
                writer.WriteStartObject();
                writer.WriteString(names.Role, EExtensionRole);
                writer.WriteString(names.ContentType, EExtensionContentType);
                var buffer = WriterCache.First();
                NinjsExtension.Write(article, buffer);
                writer.WritePropertyName(names.Value);
                writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        WriteBody(writer, names, article, options.Html, ref losses);
        WriteTaxonomy(writer, names, article.Taxonomy, ref losses);
        WriteCredits(writer, names, article, ref losses);
        if (article.Dateline is not null)
        {
            writer.WriteString(names.Located, article.Dateline);
        }
        if (!article.Places.IsEmpty)
        {
            writer.WriteStartArray(names.Places);
            foreach (var place in article.Places)
            {
                writer.WriteStartObject();
                writer.WriteString(names.Name, place);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (article.CanonicalUrl is not null)
        {
            writer.WriteStartArray(names.AltIds);
            writer.WriteStartObject();
            writer.WriteString(names.Role, ECanonicalUrlRole);
            writer.WriteString(names.Value, article.CanonicalUrl);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        WriteAssociations(writer, names, article, ref losses);
        if (!article.Quotes.IsEmpty)
        {
            losses.Add(NinjsLoss.Quotes);
        }
        writer.WriteEndObject();
        WriterCache.Release(writer, options.Indented);
        return losses.ToReport(article, ext);
    }

    private static void WriteUri(Utf8JsonWriter writer, NinjsNames names, string id, ref NinjsWriteLosses losses)
    {
        if (IsPlainUri(id))
        {
            writer.WriteString(names.Uri, id);
            return;
        }
        WriteEncodedUri(writer, names.Uri, NinjsNames.IdUrnPrefix, id);
        losses.Add(NinjsLoss.Id);
    }

    /// <summary>Writes <paramref name="prefix"/> and the UTF-8 of <paramref name="id"/> percent-encoded (all but the
    /// unreserved characters).</summary>
    private static void WriteEncodedUri(Utf8JsonWriter writer, JsonEncodedText name, string prefix, string id)
    {
        int max = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[] rented = ArrayPool<byte>.Shared.Rent(max + (max * 3) + prefix.Length);
        var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(id, rented));
        var encoded = rented.AsSpan(max);
        int position = Encoding.ASCII.GetBytes(prefix, encoded);
        foreach (byte b in utf8)
        {
            if (IsUnreserved(b))
            {
                encoded[position++] = b;
            }
            else
            {
                encoded[position++] = (byte)'%';
                encoded[position++] = (byte)"0123456789ABCDEF"[b >> 4];
                encoded[position++] = (byte)"0123456789ABCDEF"[b & 15];
            }
        }
        writer.WriteString(name, encoded[..position]);
        ArrayPool<byte>.Shared.Return(rented);
    }

    /// <summary>Whether the id can be written as the ninjs <c>uri</c> verbatim: an absolute RFC 3986 URI of
    /// plain ASCII (no brackets), not in NewsModel's own id URN namespace.</summary>
    internal static bool IsPlainUri(string id)
    {
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || colon == id.Length - 1 || !char.IsAsciiLetter(id[0])
            || id.StartsWith(NinjsNames.IdUrnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (int i = 1; i < colon; i++)
        {
            char c = id[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }
        for (int i = colon + 1; i < id.Length; i++)
        {
            char c = id[i];
            if (c == '%')
            {
                if (i + 2 >= id.Length || !char.IsAsciiHexDigit(id[i + 1]) || !char.IsAsciiHexDigit(id[i + 2]))
                {
                    return false;
                }
            }
            else if (c >= 128 || !(IsUnreserved((byte)c) || "!$&'()*+,;=:@/?#".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return Uri.TryCreate(id, UriKind.Absolute, out _);
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';

    /// <summary>Writes a date; <paramref name="offsetLoss"/> is the moment's first loss (offset, then zone, printed,
    /// precision and reference follow), or null when the date repeats a moment already reported. A date-only moment
    /// is written as the start of its day in its zone (its instant), since ninjs dates are date-times.</summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, Moment moment, NinjsLoss? offsetLoss, ref NinjsWriteLosses losses)
    {
        Span<byte> text = stackalloc byte[Rfc3339.MaxLength];
        var offset = moment.Offset;
        if (!Rfc3339.IsWritable(offset))
        {
            if (offsetLoss is { } o)
            {
                losses.Add(o);
            }
            offset = Offset.Zero;
        }
        FormatNames.WriteAsciiString(writer, name, text[..Rfc3339.Format(moment.Instant, offset, text)]);
        if (offsetLoss is { } loss)
        {
            losses.Add(loss + 1);
            if (moment.Printed is not null)
            {
                losses.Add(loss + 2);
            }
            if (moment.Precision != MomentPrecision.Exact)
            {
                losses.Add(loss + 3);
            }
            if (moment.IsRelative)
            {
                losses.Add(loss + 4);
            }
        }
    }

    private static void WriteBody(Utf8JsonWriter writer, NinjsNames names, Article article, Html.BlockHtmlOptions html, ref NinjsWriteLosses losses)
    {
        var body = article.Body;
        if (body.IsEmpty)
        {
            return;
        }
        writer.WriteStartArray(names.Bodies);
        writer.WriteStartObject();
        writer.WriteString(names.Role, VMain);
        writer.WriteString(names.ContentType, "text/plain"u8);
        if (body.Length == 1)
        {
            writer.WriteString(names.Value, body[0]);
        }
        else
        {
            int length = body.Length - 1;
            foreach (var paragraph in body)
            {
                length += paragraph.Length;
            }
            char[] joined = ArrayPool<char>.Shared.Rent(length);
            int position = 0;
            for (int index = 0; index < body.Length; index++)
            {
                var paragraph = body[index];
                if (index > 0)
                {
                    joined[position++] = '\n';
                }
                paragraph.CopyTo(0, joined, position, paragraph.Length);
                position += paragraph.Length;
            }
            writer.WriteString(names.Value, joined.AsSpan(0, length));
            ArrayPool<char>.Shared.Return(joined);
        }
        writer.WriteEndObject();
        WriteHtmlBody(writer, names, article, html, ref losses);
        writer.WriteEndArray();
        if (NinjsExtension.ParagraphsNeedLengths(body))
        {
            losses.Add(NinjsLoss.Body);
        }
    }

    private static void WriteCredits(Utf8JsonWriter writer, NinjsNames names, Article article, ref NinjsWriteLosses losses)
    {
        var credits = article.Credits;
        bool people = false, organisations = false;
        int byLength = -2;
        foreach (var credit in credits)
        {
            if (credit.Role != CreditRole.SourceAgency)
            {
                people |= credit.Kind == PartyKind.Person;
                organisations |= credit.Kind == PartyKind.Organisation;
                byLength += (credit.Printed ?? credit.Name).Length + 2;
            }
        }
        foreach (var party in article.Parties)
        {
            people |= party.Kind == PartyKind.Person;
            organisations |= party.Kind == PartyKind.Organisation;
            if (party.Role is not null || party.Affiliation is not null)
            {
                losses.Add(NinjsLoss.Parties);
            }
            if (LosesIdentity(party.Id, party.ProfileUrl))
            {
                losses.Add(NinjsLoss.PartyIdentity);
            }
        }
        if (byLength >= 0)
        {
            char[] by = ArrayPool<char>.Shared.Rent(byLength);
            int position = 0;
            foreach (var credit in credits)
            {
                if (credit.Role != CreditRole.SourceAgency)
                {
                    if (position > 0)
                    {
                        by[position++] = ',';
                        by[position++] = ' ';
                    }
                    var text = credit.Printed ?? credit.Name;
                    text.CopyTo(0, by, position, text.Length);
                    position += text.Length;
                }
            }
            writer.WriteString(names.By, by.AsSpan(0, position));
            ArrayPool<char>.Shared.Return(by);
        }
        if (people)
        {
            WriteEntities(writer, names.People, names, article, PartyKind.Person);
        }
        if (organisations)
        {
            WriteEntities(writer, names.Organisations, names, article, PartyKind.Organisation);
        }
        writer.WriteStartArray(names.InfoSources);
        writer.WriteStartObject();
        writer.WriteString(names.Name, article.Publication.Name);
        writer.WriteString(names.Role, EPublisherRole);
        if (article.Publication.ShortName is not null)
        {
            writer.WriteString(names.Literal, article.Publication.ShortName);
        }
        writer.WriteEndObject();
        foreach (var credit in credits)
        {
            if (credit.Role == CreditRole.SourceAgency)
            {
                writer.WriteStartObject();
                writer.WriteString(names.Name, credit.Name);
                writer.WriteString(names.Role, ESourceRole);
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
        losses.Add(NinjsLoss.PublicationZone);
        foreach (var credit in credits)
        {
            if (credit.Printed is not null || (credit.Role == CreditRole.SourceAgency && credit.Kind == PartyKind.Person))
            {
                losses.Add(NinjsLoss.Credits);
            }
            if (credit.Role == CreditRole.SourceAgency ? credit.Id is not null || credit.ProfileUrl is not null : LosesIdentity(credit.Id, credit.ProfileUrl))
            {
                losses.Add(NinjsLoss.CreditIdentity);
            }
        }
    }

    private static void WriteEntities(Utf8JsonWriter writer, JsonEncodedText member, NinjsNames names, Article article, PartyKind kind)
    {
        writer.WriteStartArray(member);
        foreach (var credit in article.Credits)
        {
            if (credit.Kind == kind && credit.Role != CreditRole.SourceAgency)
            {
                writer.WriteStartObject();
                writer.WriteString(names.Name, credit.Name);
                writer.WriteString(names.Rel, EncodedRoles[(int)credit.Role]);
                WriteOptional(writer, names.Uri, IdentityUri(credit.Id, credit.ProfileUrl));
                writer.WriteEndObject();
            }
        }
        foreach (var party in article.Parties)
        {
            if (party.Kind == kind)
            {
                writer.WriteStartObject();
                writer.WriteString(names.Name, party.Name);
                writer.WriteString(names.Rel, EQuotedRel);
                WriteOptional(writer, names.Uri, IdentityUri(party.Id, party.ProfileUrl));
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
    }
}
