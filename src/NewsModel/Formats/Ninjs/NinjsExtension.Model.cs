using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NewsModel.Shape;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Formats.Ninjs;

/// <summary>
/// The extension's <c>model</c> member (extension version 2): what Model 2 added that ninjs cannot hold exactly, in the
/// native format's spellings: the status, the scheduled time, the withdrawal, the revisions, the blocks (when the body
/// is more than plain paragraphs), the media and the lead, the taxonomy and the rights.
/// </summary>
internal static partial class NinjsExtension
{
    /// <summary>Whether the article has anything for the <c>model</c> member.</summary>
    private static bool HasModel(Article article)
    {
        var timeline = article.Timeline;
        return article.Status != ArticleStatus.Published || timeline.Scheduled is not null || timeline.Withdrawal is not null
            || !timeline.Revisions.IsEmpty || !PlainBody.IsPlainParagraphs(article.Blocks) || !article.Media.IsEmpty
            || !article.Taxonomy.IsEmpty || article.Rights is not null;
    }

    /// <summary>Writes the <c>model</c> object as plain JSON.</summary>
    private static void WriteModel(Utf8JsonWriter w, Article article)
    {
        w.WriteStartObject();
        if (article.Status != ArticleStatus.Published)
        {
            w.WriteString("status"u8, ModelShape.Statuses.EncodedOf((int)article.Status));
        }
        var timeline = article.Timeline;
        if (timeline.Scheduled is not null)
        {
            w.WritePropertyName("scheduled"u8);
            WriteMoment(w, timeline.Scheduled);
        }
        if (timeline.Withdrawal is { } withdrawal)
        {
            w.WriteStartObject("withdrawal"u8);
            w.WritePropertyName("moment"u8);
            WriteMoment(w, withdrawal.Moment);
            OptionalString(w, "reason"u8, withdrawal.Reason);
            w.WriteEndObject();
        }
        WriteArray(w, "revisions"u8, timeline.Revisions, static (w, revision) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("moment"u8);
            WriteMoment(w, revision.Moment);
            OptionalString(w, "note"u8, revision.Note);
            w.WriteEndObject();
        });
        if (!PlainBody.IsPlainParagraphs(article.Blocks))
        {
            WriteArray(w, "blocks"u8, article.Blocks, WriteBlock);
        }
        WriteArray(w, "media"u8, article.Media, WriteAsset);
        OptionalString(w, "leadMedia"u8, article.LeadMedia);
        if (!article.Taxonomy.IsEmpty)
        {
            WriteTaxonomy(w, article.Taxonomy);
        }
        if (article.Rights is not null)
        {
            w.WritePropertyName("rights"u8);
            WriteRights(w, article.Rights);
        }
        w.WriteEndObject();
    }

    /// <summary>Writes a named array of the items, when there are any.</summary>
    private static void WriteArray<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }
        w.WriteEndArray();
    }

    private static void OptionalString(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteMoment(Utf8JsonWriter w, Moment moment)
    {
        Span<byte> text = stackalloc byte[Rfc3339.MaxLength];
        var offset = Rfc3339.IsWritable(moment.Offset) ? moment.Offset : Offset.Zero;
        w.WriteStartObject();
        FormatNames.WriteAsciiString(w, "at"u8, text[..Rfc3339.Format(moment.Instant, offset, text)]);
        w.WriteString("zone"u8, moment.Zone.Id);
        OptionalString(w, "printed"u8, moment.Printed);
        if (moment.Precision != MomentPrecision.Exact)
        {
            w.WriteString("precision"u8, ModelShape.Precisions.EncodedOf((int)moment.Precision));
        }
        if (moment.RelativeTo is { } reference)
        {
            FormatNames.WriteAsciiString(w, "relativeTo"u8, text[..Rfc3339.FormatUtc(reference, text)]);
        }
        w.WriteEndObject();
    }

    private static void WriteInline(Utf8JsonWriter w, InlineText inline)
    {
        w.WriteStartObject();
        WriteInlineMembers(w, inline);
        w.WriteEndObject();
    }

    private static void WriteInlineMembers(Utf8JsonWriter w, InlineText inline)
    {
        w.WriteString("text"u8, inline.Text);
        if (inline.Marks.IsEmpty)
        {
            return;
        }
        w.WriteStartArray("marks"u8);
        foreach (var mark in inline.Marks)
        {
            w.WriteStartObject();
            w.WriteString("type"u8, ModelShape.MarkTypes.EncodedOf((int)mark.Kind));
            w.WriteNumber("start"u8, mark.Range.Start);
            w.WriteNumber("length"u8, mark.Range.Length);
            OptionalString(w, "href"u8, mark.Href);
            OptionalString(w, "title"u8, mark.Title);
            OptionalString(w, "note"u8, mark.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter w, ImmutableArray<InlineText> items)
    {
        foreach (var item in items)
        {
            WriteInline(w, item);
        }
    }

    private static void WriteBlock(Utf8JsonWriter w, Block block)
    {
        w.WriteStartObject();
        w.WriteString("type"u8, ModelShape.BlockTypes.EncodedOf((int)block.Kind));
        switch (block)
        {
            case ParagraphBlock p:
                WriteInlineMembers(w, p.Text);
                break;
            case HeadingBlock h:
                w.WriteNumber("level"u8, h.Level);
                WriteInlineMembers(w, h.Text);
                break;
            case ListBlock l:
                w.WriteBoolean("ordered"u8, l.Ordered);
                w.WriteStartArray("items"u8);
                WriteItems(w, l.Items);
                w.WriteEndArray();
                break;
            case QuoteBlock q:
                WriteInlineMembers(w, q.Text);
                OptionalString(w, "citation"u8, q.Citation);
                break;
            case MediaBlock m:
                w.WriteString("media"u8, m.MediaId);
                break;
            case EmbedBlock e:
                w.WriteString("url"u8, e.Url);
                OptionalString(w, "provider"u8, e.Provider);
                OptionalString(w, "html"u8, e.FallbackHtml);
                break;
            case TableBlock t:
                w.WriteBoolean("headerRow"u8, t.HeaderRow);
                w.WriteStartArray("rows"u8);
                foreach (var row in t.Rows)
                {
                    w.WriteStartArray();
                    WriteItems(w, row);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                break;
            case PreformattedBlock pre:
                w.WriteString("text"u8, pre.Text);
                break;
            case RelatedLinkBlock r:
                w.WriteString("url"u8, r.Url);
                w.WriteString("title"u8, r.Title);
                OptionalString(w, "article"u8, r.ArticleId);
                break;
            case RawHtmlBlock raw:
                w.WriteString("html"u8, raw.Html);
                break;
            default:
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteAsset(Utf8JsonWriter w, MediaAsset asset)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, asset.Id);
        w.WriteString("kind"u8, ModelShape.MediaKinds.EncodedOf((int)asset.Kind));
        OptionalString(w, "uri"u8, asset.Uri);
        OptionalString(w, "mediaType"u8, asset.MediaType);
        OptionalString(w, "altText"u8, asset.AltText);
        if (asset.Caption is not null)
        {
            w.WritePropertyName("caption"u8);
            WriteInline(w, asset.Caption);
        }
        if (asset.Credit is { } credit)
        {
            w.WriteStartObject("credit"u8);
            w.WriteString("name"u8, credit.Name);
            w.WriteString("kind"u8, FormatNames.Of(credit.Kind));
            w.WriteString("role"u8, FormatNames.Of(credit.Role));
            OptionalString(w, "printed"u8, credit.Printed);
            OptionalString(w, "id"u8, credit.Id);
            OptionalString(w, "profileUrl"u8, credit.ProfileUrl);
            w.WriteEndObject();
        }
        if (asset.Rights is not null)
        {
            w.WritePropertyName("rights"u8);
            WriteRights(w, asset.Rights);
        }
        OptionalNumber(w, "width"u8, asset.Width);
        OptionalNumber(w, "height"u8, asset.Height);
        if (asset.Duration is { } duration)
        {
            w.WriteString("duration"u8, DurationPattern.Roundtrip.Format(duration));
        }
        WriteArray(w, "renditions"u8, asset.Renditions, static (w, rendition) =>
        {
            w.WriteStartObject();
            w.WriteString("uri"u8, rendition.Uri);
            OptionalNumber(w, "width"u8, rendition.Width);
            OptionalNumber(w, "height"u8, rendition.Height);
            OptionalString(w, "mediaType"u8, rendition.MediaType);
            OptionalString(w, "name"u8, rendition.Name);
            w.WriteEndObject();
        });
        WriteArray(w, "items"u8, asset.Items, WriteText);
        w.WriteEndObject();
    }

    private static void OptionalNumber(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void WriteRights(Utf8JsonWriter w, Rights rights)
    {
        w.WriteStartObject();
        OptionalString(w, "holder"u8, rights.Holder);
        OptionalString(w, "notice"u8, rights.Notice);
        OptionalString(w, "licenseUrl"u8, rights.LicenseUrl);
        OptionalString(w, "usageTerms"u8, rights.UsageTerms);
        w.WriteEndObject();
    }

    private static void WriteTaxonomy(Utf8JsonWriter w, Taxonomy taxonomy)
    {
        w.WriteStartObject("taxonomy"u8);
        if (taxonomy.PrimarySection is not null)
        {
            w.WritePropertyName("primarySection"u8);
            WriteSection(w, taxonomy.PrimarySection);
        }
        WriteArray(w, "sections"u8, taxonomy.Sections, WriteSection);
        WriteArray(w, "subjects"u8, taxonomy.Subjects, WriteConcept);
        WriteArray(w, "keywords"u8, taxonomy.Keywords, WriteText);
        WriteArray(w, "genres"u8, taxonomy.Genres, WriteConcept);
        OptionalNumber(w, "urgency"u8, taxonomy.Urgency);
        w.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter w, Section section)
    {
        w.WriteStartObject();
        w.WriteString("name"u8, section.Name);
        OptionalString(w, "id"u8, section.Id);
        OptionalString(w, "url"u8, section.Url);
        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, string text) => w.WriteStringValue(text);

    private static void WriteConcept(Utf8JsonWriter w, Concept concept)
    {
        w.WriteStartObject();
        w.WriteString("name"u8, concept.Name);
        OptionalString(w, "code"u8, concept.Code);
        OptionalString(w, "scheme"u8, concept.Scheme);
        OptionalString(w, "uri"u8, concept.Uri);
        w.WriteEndObject();
    }

    /// <summary>The <c>model</c> member, read.</summary>
    internal sealed class ModelData
    {
        internal ArticleStatus Status { get; set; }

        internal Moment? Scheduled { get; set; }

        internal Withdrawal? Withdrawal { get; set; }

        internal List<Revision> Revisions { get; } = [];

        internal List<Block>? Blocks { get; set; }

        internal List<MediaAsset> Media { get; } = [];

        internal string? LeadMedia { get; set; }

        internal Taxonomy? Taxonomy { get; set; }

        internal Rights? Rights { get; set; }
    }

    /// <summary>A member of the <c>model</c> object that is not what it should be: the path below <c>model</c> and the
    /// expectation. Caught where the member is read and turned into a <see cref="NinjsException"/>.</summary>
    private sealed class BadModel(string path, string expected) : Exception(expected)
    {
        internal string Where { get; } = path;
    }

    /// <summary>Reads the <c>model</c> member (the cursor is on it).</summary>
    private static ModelData ReadModel(ref JsonCursor cursor)
    {
        var element = cursor.ParseElement();
        try
        {
            return ReadModel(element);
        }
        catch (BadModel e)
        {
            throw cursor.Fail(e.Message + " at model" + e.Where);
        }
        catch (ArgumentException e)
        {
            throw cursor.Fail("a model member that makes valid model objects", Excerpt.Quoting(e.Message), e);
        }
        catch (InvalidOperationException e)
        {
            throw cursor.Fail("valid UTF-8 text", "invalid UTF-8", e);
        }
    }

    private static ModelData ReadModel(JsonElement model)
    {
        Expect(model, JsonValueKind.Object, "", "an object");
        var data = new ModelData();
        foreach (var member in model.EnumerateObject())
        {
            var value = member.Value;
            string path = "." + member.Name;
            switch (member.Name)
            {
                case "status":
                    data.Status = (ArticleStatus)Spelling(value, ModelShape.Statuses, path);
                    break;
                case "scheduled":
                    data.Scheduled = ReadMoment(value, path);
                    break;
                case "withdrawal":
                    data.Withdrawal = new Withdrawal(ReadMoment(Required(value, "moment", path), path + ".moment"), OptionalText(value, "reason", path));
                    break;
                case "revisions":
                    foreach (var (item, itemPath) in Items(value, path))
                    {
                        data.Revisions.Add(new Revision(ReadMoment(Required(item, "moment", itemPath), itemPath + ".moment"), OptionalText(item, "note", itemPath)));
                    }
                    break;
                case "blocks":
                    data.Blocks = [];
                    foreach (var (item, itemPath) in Items(value, path))
                    {
                        data.Blocks.Add(ReadBlock(item, itemPath));
                    }
                    break;
                case "media":
                    foreach (var (item, itemPath) in Items(value, path))
                    {
                        data.Media.Add(ReadAsset(item, itemPath));
                    }
                    break;
                case "leadMedia":
                    data.LeadMedia = Text(value, path);
                    break;
                case "taxonomy":
                    data.Taxonomy = ReadTaxonomy(value, path);
                    break;
                case "rights":
                    data.Rights = ReadRights(value, path);
                    break;
                default:
                    break;
            }
        }
        return data;
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string path, string expected)
    {
        if (value.ValueKind != kind)
        {
            throw new BadModel(path, expected);
        }
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement value, string path)
    {
        Expect(value, JsonValueKind.Array, path, "an array");
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            Expect(item, JsonValueKind.Object, itemPath, "an object");
            yield return (item, itemPath);
            i++;
        }
    }

    private static string Text(JsonElement value, string path)
    {
        Expect(value, JsonValueKind.String, path, "a string");
        return value.GetString()!;
    }

    private static JsonElement Required(JsonElement value, string name, string path)
    {
        Expect(value, JsonValueKind.Object, path, "an object");
        return value.TryGetProperty(name, out var member) ? member : throw new BadModel(path, "the member " + name);
    }

    private static string? OptionalText(JsonElement value, string name, string path) =>
        value.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? Text(member, path + "." + name) : null;

    private static int? OptionalNumber(JsonElement value, string name, string path)
    {
        if (!value.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return member.ValueKind == JsonValueKind.Number && member.TryGetInt32(out int number) ? number : throw new BadModel(path + "." + name, "an integer");
    }

    private static bool Flag(JsonElement value, string name, string path)
    {
        if (!value.TryGetProperty(name, out var member))
        {
            return false;
        }
        return member.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new BadModel(path + "." + name, "true or false"),
        };
    }

    private static int Spelling(JsonElement value, ShapeEnum spellings, string path)
    {
        Expect(value, JsonValueKind.String, path, spellings.Expected);
        int found = spellings.Find(value);
        return found >= 0 ? found : throw new BadModel(path, spellings.Expected);
    }

    private static Moment ReadMoment(JsonElement value, string path)
    {
        var at = Text(Required(value, "at", path), path + ".at");
        if (Rfc3339.TryParse(at, null, out var instant, out _) != Rfc3339.Status.Ok)
        {
            throw new BadModel(path + ".at", Rfc3339.Expected);
        }
        var zoneId = Text(Required(value, "zone", path), path + ".zone");
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new BadModel(path + ".zone", "a TZDB zone id such as Asia/Hong_Kong");
        var precision = value.TryGetProperty("precision", out var p) ? (MomentPrecision)Spelling(p, ModelShape.Precisions, path + ".precision") : MomentPrecision.Exact;
        Instant? relativeTo = null;
        if (OptionalText(value, "relativeTo", path) is { } reference)
        {
            relativeTo = Rfc3339.TryParse(reference, null, out var r, out _) == Rfc3339.Status.Ok ? r : throw new BadModel(path + ".relativeTo", ExpectedReference);
        }
        return new Moment(instant, zone, OptionalText(value, "printed", path), precision, relativeTo);
    }

    private static InlineText ReadInline(JsonElement value, string path)
    {
        var text = Text(Required(value, "text", path), path + ".text");
        if (!value.TryGetProperty("marks", out var marks))
        {
            return new InlineText(text);
        }
        var list = new List<Mark>();
        foreach (var (mark, markPath) in Items(marks, path + ".marks"))
        {
            var kind = (MarkKind)Spelling(Required(mark, "type", markPath), ModelShape.MarkTypes, markPath + ".type");
            int start = OptionalNumber(mark, "start", markPath) ?? throw new BadModel(markPath, "the member start");
            int length = OptionalNumber(mark, "length", markPath) ?? throw new BadModel(markPath, "the member length");
            list.Add(new Mark(kind, new TextRange(start, length), OptionalText(mark, "href", markPath), OptionalText(mark, "title", markPath), OptionalText(mark, "note", markPath)));
        }
        return new InlineText(text, list);
    }

    private static Block ReadBlock(JsonElement value, string path)
    {
        var kind = (BlockKind)Spelling(Required(value, "type", path), ModelShape.BlockTypes, path + ".type");
        switch (kind)
        {
            case BlockKind.Paragraph:
                return new ParagraphBlock(ReadInline(value, path));
            case BlockKind.Heading:
                return new HeadingBlock(OptionalNumber(value, "level", path) ?? throw new BadModel(path, "the member level"), ReadInline(value, path));
            case BlockKind.List:
                var items = new List<InlineText>();
                foreach (var (item, itemPath) in Items(Required(value, "items", path), path + ".items"))
                {
                    items.Add(ReadInline(item, itemPath));
                }
                return new ListBlock(items, Flag(value, "ordered", path));
            case BlockKind.BlockQuote:
            case BlockKind.PullQuote:
                return new QuoteBlock(ReadInline(value, path), kind == BlockKind.PullQuote, OptionalText(value, "citation", path));
            case BlockKind.Media:
                return new MediaBlock(Text(Required(value, "media", path), path + ".media"));
            case BlockKind.Embed:
                return new EmbedBlock(Text(Required(value, "url", path), path + ".url"), OptionalText(value, "provider", path), OptionalText(value, "html", path));
            case BlockKind.Table:
                var rows = new List<List<InlineText>>();
                var rowsValue = Required(value, "rows", path);
                Expect(rowsValue, JsonValueKind.Array, path + ".rows", "an array of rows");
                int r = 0;
                foreach (var row in rowsValue.EnumerateArray())
                {
                    var rowPath = path + ".rows[" + r++.ToString(CultureInfo.InvariantCulture) + "]";
                    Expect(row, JsonValueKind.Array, rowPath, "an array of cells");
                    var cells = new List<InlineText>();
                    int c = 0;
                    foreach (var cell in row.EnumerateArray())
                    {
                        cells.Add(ReadInline(cell, rowPath + "[" + c++.ToString(CultureInfo.InvariantCulture) + "]"));
                    }
                    rows.Add(cells);
                }
                return new TableBlock(rows, Flag(value, "headerRow", path));
            case BlockKind.Divider:
                return DividerBlock.Instance;
            case BlockKind.Preformatted:
                return new PreformattedBlock(Text(Required(value, "text", path), path + ".text"));
            case BlockKind.RelatedLink:
                return new RelatedLinkBlock(Text(Required(value, "url", path), path + ".url"), Text(Required(value, "title", path), path + ".title"), OptionalText(value, "article", path));
            default:
                return new RawHtmlBlock(Text(Required(value, "html", path), path + ".html"));
        }
    }

    private static MediaAsset ReadAsset(JsonElement value, string path)
    {
        var id = Text(Required(value, "id", path), path + ".id");
        var kind = (MediaKind)Spelling(Required(value, "kind", path), ModelShape.MediaKinds, path + ".kind");
        InlineText? caption = value.TryGetProperty("caption", out var c) ? ReadInline(c, path + ".caption") : null;
        Credit? credit = null;
        if (value.TryGetProperty("credit", out var cr))
        {
            var creditPath = path + ".credit";
            var name = Text(Required(cr, "name", creditPath), creditPath + ".name");
            var creditKind = FormatNames.TryPartyKind(OptionalText(cr, "kind", creditPath), out var k) ? k : throw new BadModel(creditPath + ".kind", FormatNames.PartyKinds);
            var role = FormatNames.TryCreditRole(OptionalText(cr, "role", creditPath), out var ro) ? ro : throw new BadModel(creditPath + ".role", "a credit role, " + FormatNames.CreditRoles);
            credit = new Credit(name, creditKind, role, OptionalText(cr, "printed", creditPath), OptionalText(cr, "id", creditPath), OptionalText(cr, "profileUrl", creditPath));
        }
        Rights? rights = value.TryGetProperty("rights", out var ri) ? ReadRights(ri, path + ".rights") : null;
        Duration? duration = null;
        if (OptionalText(value, "duration", path) is { } durationText)
        {
            var parsed = DurationPattern.Roundtrip.Parse(durationText);
            duration = parsed.Success ? parsed.Value : throw new BadModel(path + ".duration", "a duration such as 0:00:01:30");
        }
        var renditions = new List<Rendition>();
        if (value.TryGetProperty("renditions", out var rs))
        {
            foreach (var (rendition, renditionPath) in Items(rs, path + ".renditions"))
            {
                renditions.Add(new Rendition(
                    Text(Required(rendition, "uri", renditionPath), renditionPath + ".uri"),
                    OptionalNumber(rendition, "width", renditionPath),
                    OptionalNumber(rendition, "height", renditionPath),
                    OptionalText(rendition, "mediaType", renditionPath),
                    OptionalText(rendition, "name", renditionPath)));
            }
        }
        var items = new List<string>();
        if (value.TryGetProperty("items", out var its))
        {
            Expect(its, JsonValueKind.Array, path + ".items", "an array of media ids");
            foreach (var item in its.EnumerateArray())
            {
                items.Add(Text(item, path + ".items"));
            }
        }
        return new MediaAsset(id, kind, OptionalText(value, "uri", path), OptionalText(value, "mediaType", path), OptionalText(value, "altText", path),
            caption, credit, rights, OptionalNumber(value, "width", path), OptionalNumber(value, "height", path), duration, renditions, items);
    }

    private static Rights ReadRights(JsonElement value, string path)
    {
        Expect(value, JsonValueKind.Object, path, "an object");
        return new Rights(OptionalText(value, "holder", path), OptionalText(value, "notice", path), OptionalText(value, "licenseUrl", path), OptionalText(value, "usageTerms", path));
    }

    private static Taxonomy ReadTaxonomy(JsonElement value, string path)
    {
        Expect(value, JsonValueKind.Object, path, "an object");
        Section? primary = value.TryGetProperty("primarySection", out var p) ? ReadSection(p, path + ".primarySection") : null;
        var sections = new List<Section>();
        if (value.TryGetProperty("sections", out var s))
        {
            foreach (var (section, sectionPath) in Items(s, path + ".sections"))
            {
                sections.Add(ReadSection(section, sectionPath));
            }
        }
        var keywords = new List<string>();
        if (value.TryGetProperty("keywords", out var k))
        {
            Expect(k, JsonValueKind.Array, path + ".keywords", "an array of keywords");
            foreach (var keyword in k.EnumerateArray())
            {
                keywords.Add(Text(keyword, path + ".keywords"));
            }
        }
        return new Taxonomy(primary, sections, ReadConcepts(value, "subjects", path), keywords, ReadConcepts(value, "genres", path), OptionalNumber(value, "urgency", path));
    }

    private static Section ReadSection(JsonElement value, string path) =>
        new(Text(Required(value, "name", path), path + ".name"), OptionalText(value, "id", path), OptionalText(value, "url", path));

    private static List<Concept> ReadConcepts(JsonElement value, string name, string path)
    {
        var concepts = new List<Concept>();
        if (value.TryGetProperty(name, out var list))
        {
            foreach (var (concept, conceptPath) in Items(list, path + "." + name))
            {
                concepts.Add(new Concept(Text(Required(concept, "name", conceptPath), conceptPath + ".name"),
                    OptionalText(concept, "code", conceptPath), OptionalText(concept, "scheme", conceptPath), OptionalText(concept, "uri", conceptPath)));
            }
        }
        return concepts;
    }
}
