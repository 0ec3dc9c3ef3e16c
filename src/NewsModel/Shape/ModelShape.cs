using System.Collections.Generic;
using static NewsModel.Shape.MemberKind;

namespace NewsModel.Shape;

/// <summary>
/// The one description of the native format's shape: every object, its members in the writer's order, what each
/// member's value is, which are required, and the spellings of every enumeration. The native reader and writer, the
/// JSON Schema (<see cref="SchemaWriter"/>), the document checker behind <c>ValidateJson</c>, the other formats' names
/// and the tests' document generators all take their members and spellings from here. To add a member: its
/// <see cref="Prop"/>, its entry here, the model type that holds it, and the format mappings that carry it (or declare
/// it lost); see docs/architecture.md. Immutable and thread-safe.
/// </summary>
internal static class ModelShape
{
    /// <summary>The format marker the writer writes.</summary>
    internal const string FormatName = "newsmodel/2";

    /// <summary>The format marker in UTF-8.</summary>
    internal static readonly byte[] FormatUtf8 = System.Text.Encoding.UTF8.GetBytes(FormatName);

    /// <summary>The first format's marker, still read: its body is strings, its speakers party objects, its notice
    /// <c>copyright</c> (the members marked <see cref="ShapeMember.Legacy"/>).</summary>
    internal const string Format1Name = "newsmodel/1";

    /// <summary>The first format's marker in UTF-8.</summary>
    internal static readonly byte[] Format1Utf8 = System.Text.Encoding.UTF8.GetBytes(Format1Name);

    /// <summary>Person or organisation.</summary>
    internal static readonly ShapeEnum PartyKinds = new("partyKind", ["person", "organisation"]);

    /// <summary>Direct, partial or indirect quotation.</summary>
    internal static readonly ShapeEnum QuoteKinds = new("quoteKind", ["direct", "partial", "indirect"]);

    /// <summary>A credit's role.</summary>
    internal static readonly ShapeEnum CreditRoles = new("creditRole", ["author", "additionalReporting", "photographer", "sourceAgency", "editor", "contributor"]);

    /// <summary>A moment's precision after <see cref="MomentPrecision.Exact"/>, which is written by leaving the member out.</summary>
    internal static readonly ShapeEnum Precisions = new("precision", ["second", "minute", "hour", "day"], firstValue: 1,
        omitted: "leave \"precision\" out, or null, for an exact moment");

    /// <summary>Where an article stands in its life (<see cref="ArticleStatus"/>, same order).</summary>
    internal static readonly ShapeEnum Statuses = new("status", ["published", "draft", "scheduled", "withdrawn"]);

    /// <summary>How far an attribution names its speaker (<see cref="AttributionKind"/>, same order).</summary>
    internal static readonly ShapeEnum AttributionKinds = new("attributionKind", ["resolved", "unresolved", "anonymous"]);

    /// <summary>A body block's type (<see cref="BlockKind"/>, same order).</summary>
    internal static readonly ShapeEnum BlockTypes = new("blockType",
        ["paragraph", "heading", "list", "blockQuote", "pullQuote", "media", "embed", "table", "divider", "preformatted", "relatedLink", "rawHtml"]);

    /// <summary>A mark's type (<see cref="MarkKind"/>, same order).</summary>
    internal static readonly ShapeEnum MarkTypes = new("markType",
        ["emphasis", "strong", "link", "code", "superscript", "subscript", "strikethrough", "noteReference"]);

    /// <summary>A media asset's kind (<see cref="MediaKind"/>, same order).</summary>
    internal static readonly ShapeEnum MediaKinds = new("mediaKind", ["image", "video", "audio", "gallery"]);

    /// <summary>Every enumeration.</summary>
    internal static readonly IReadOnlyList<ShapeEnum> Enums = [PartyKinds, QuoteKinds, CreditRoles, Precisions, Statuses, AttributionKinds, BlockTypes, MarkTypes, MediaKinds];

    /// <summary>A moment: an instant, its zone, the printed stamp, its precision.</summary>
    internal static readonly ShapeObject Moment = new("moment", "a moment object",
    [
        new(Prop.At, Timestamp, required: true),
        new(Prop.Zone, Zone, required: true),
        new(Prop.Printed, MemberKind.Text, required: false),
        new(Prop.Precision, MemberKind.Enum, required: false, @enum: Precisions,
            description: "What the moment knows when less than the instant: the second, minute or hour its stamp printed, or the day only (then 'at' is the start of that day in the zone, unless the moment is relative). Absent or null: exact."),
        new(Prop.RelativeTo, UtcTimestamp, required: false,
            description: "For a moment read from a relative stamp ('2 hours ago'), the instant it was read against. Absent or null: an absolute moment."),
    ]);

    /// <summary>The publication: name, short name, zone.</summary>
    internal static readonly ShapeObject Publication = new("publication", "a publication object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.ShortName, MemberKind.Text, required: false),
        new(Prop.Zone, Zone, required: true),
    ]);

    /// <summary>A correction: when, and what it says.</summary>
    internal static readonly ShapeObject Correction = new("correction", "a correction object",
    [
        new(Prop.Moment, Object, required: true, type: Moment),
        new(Prop.Text, MemberKind.Text, required: true),
    ]);

    /// <summary>A revision: when, and what changed.</summary>
    internal static readonly ShapeObject Revision = new("revision", "a revision object",
    [
        new(Prop.Moment, Object, required: true, type: Moment),
        new(Prop.Note, MemberKind.Text, required: false),
    ]);

    /// <summary>A withdrawal: when, and why.</summary>
    internal static readonly ShapeObject Withdrawal = new("withdrawal", "a withdrawal object",
    [
        new(Prop.Moment, Object, required: true, type: Moment),
        new(Prop.Reason, MemberKind.Text, required: false),
    ]);

    /// <summary>The timeline: publication, update, creation, embargo, schedule, withdrawal, corrections, revisions.</summary>
    internal static readonly ShapeObject Timeline = new("timeline", "a timeline object",
    [
        new(Prop.Published, Object, required: false, type: Moment,
            description: "When the article was first published. Absent or null: not published (a draft or a scheduled story)."),
        new(Prop.Updated, Object, required: false, type: Moment),
        new(Prop.Created, Object, required: false, type: Moment),
        new(Prop.EmbargoedUntil, Object, required: false, type: Moment),
        new(Prop.Scheduled, Object, required: false, type: Moment),
        new(Prop.Withdrawal, Object, required: false, type: Withdrawal),
        new(Prop.Corrections, Array, required: false, items: new(Prop.Corrections, Object, required: true, type: Correction)),
        new(Prop.Revisions, Array, required: false, items: new(Prop.Revisions, Object, required: true, type: Revision)),
    ]);

    /// <summary>A credit: a byline, a photographer, an agency.</summary>
    internal static readonly ShapeObject Credit = new("credit", "a credit object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.Kind, MemberKind.Enum, required: true, @enum: PartyKinds),
        new(Prop.Role, MemberKind.Enum, required: true, @enum: CreditRoles),
        new(Prop.Printed, MemberKind.Text, required: false),
        new(Prop.Id, MemberKind.Text, required: false),
        new(Prop.ProfileUrl, MemberKind.Text, required: false),
    ]);

    /// <summary>A person or organisation the article quotes.</summary>
    internal static readonly ShapeObject Party = new("party", "a person or organisation object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.Kind, MemberKind.Enum, required: true, @enum: PartyKinds),
        new(Prop.Role, MemberKind.Text, required: false),
        new(Prop.Affiliation, MemberKind.Text, required: false),
        new(Prop.Id, MemberKind.Text, required: false),
        new(Prop.ProfileUrl, MemberKind.Text, required: false),
    ]);

    /// <summary>Who said a quote, as the text attributes it.</summary>
    internal static readonly ShapeObject Attribution = new("attribution", "an attribution object",
    [
        new(Prop.Kind, MemberKind.Enum, required: false, @enum: AttributionKinds,
            description: "Absent: resolved. A resolved attribution has a speaker; an unresolved or anonymous one has none and a mention."),
        new(Prop.Speaker, Count, required: false,
            description: "The speaker's index in the article's parties (newsmodel/1 gave a party object, which a reading still accepts there)."),
        new(Prop.Mention, MemberKind.Text, required: false),
        new(Prop.Cue, MemberKind.Text, required: false),
        new(Prop.Via, MemberKind.Text, required: false),
    ],
    [
        ("resolved", [Prop.Speaker], [Prop.Mention, Prop.Cue, Prop.Via]),
        ("unresolved", [Prop.Mention], [Prop.Cue, Prop.Via]),
        ("anonymous", [Prop.Mention], [Prop.Cue, Prop.Via]),
    ],
    discriminator: Prop.Kind,
    defaultVariant: 0);

    /// <summary>A mark over a range of inline text.</summary>
    internal static readonly ShapeObject Mark = new("mark", "a mark object",
    [
        new(Prop.Type, MemberKind.Enum, required: true, @enum: MarkTypes),
        new(Prop.Start, Count, required: true),
        new(Prop.Length, Count, required: true),
        new(Prop.Href, MemberKind.Text, required: false, description: "A link's target; only on a link."),
        new(Prop.Title, MemberKind.Text, required: false, description: "A link's title; only on a link."),
        new(Prop.Note, MemberKind.Text, required: false, description: "A note reference's note; only on a note reference."),
    ],
    [
        ("emphasis", [], []),
        ("strong", [], []),
        ("link", [Prop.Href], [Prop.Title]),
        ("code", [], []),
        ("superscript", [], []),
        ("subscript", [], []),
        ("strikethrough", [], []),
        ("noteReference", [Prop.Note], []),
    ]);

    /// <summary>Inline text: the plain text and its marks.</summary>
    internal static readonly ShapeObject Inline = new("inline", "an inline text object {\"text\", \"marks\"}",
    [
        new(Prop.Text, MemberKind.String, required: true),
        new(Prop.Marks, Array, required: false, items: new(Prop.Marks, Object, required: true, type: Mark)),
    ]);

    /// <summary>A table row: its cells.</summary>
    internal static readonly ShapeObject Row = new("row", "a row object {\"cells\"}",
    [
        new(Prop.Cells, Array, required: true, items: new(Prop.Cells, Object, required: true, type: Inline)),
    ]);

    /// <summary>Rights: holder, notice, licence, usage terms (at least one).</summary>
    internal static readonly ShapeObject Rights = new("rights", "a rights object",
    [
        new(Prop.Holder, MemberKind.Text, required: false),
        new(Prop.Notice, MemberKind.Text, required: false),
        new(Prop.LicenseUrl, MemberKind.Text, required: false),
        new(Prop.UsageTerms, MemberKind.Text, required: false),
    ]);

    /// <summary>A rendition of a media asset.</summary>
    internal static readonly ShapeObject Rendition = new("rendition", "a rendition object",
    [
        new(Prop.Uri, MemberKind.Text, required: true),
        new(Prop.Width, Count, required: false),
        new(Prop.Height, Count, required: false),
        new(Prop.MediaType, MemberKind.Text, required: false),
        new(Prop.Name, MemberKind.Text, required: false),
    ]);

    /// <summary>A media asset: image, video, audio or gallery.</summary>
    internal static readonly ShapeObject MediaAsset = new("mediaAsset", "a media asset object",
    [
        new(Prop.Id, MemberKind.Text, required: true),
        new(Prop.Kind, MemberKind.Enum, required: true, @enum: MediaKinds),
        new(Prop.Uri, MemberKind.Text, required: false),
        new(Prop.MediaType, MemberKind.Text, required: false),
        new(Prop.AltText, MemberKind.Text, required: false),
        new(Prop.Caption, Object, required: false, type: Inline),
        new(Prop.Credit, Object, required: false, type: Credit),
        new(Prop.Rights, Object, required: false, type: Rights),
        new(Prop.Width, Count, required: false),
        new(Prop.Height, Count, required: false),
        new(Prop.Duration, MemberKind.Duration, required: false, description: "A video's or audio's duration."),
        new(Prop.Renditions, Array, required: false, items: new(Prop.Renditions, Object, required: true, type: Rendition)),
        new(Prop.Items, Array, required: false, items: new(Prop.Items, MemberKind.Text, required: true),
            description: "A gallery's items: ids of the article's other media."),
    ]);

    /// <summary>A body block; its <c>type</c> says which members apply (<see cref="ShapeObject.Variants"/>).</summary>
    internal static readonly ShapeObject Block = new("block", "a block object",
    [
        new(Prop.Type, MemberKind.Enum, required: true, @enum: BlockTypes),
        new(Prop.Level, Count, required: false, description: "A heading's level, 1 to 6."),
        new(Prop.Text, MemberKind.String, required: false),
        new(Prop.Marks, Array, required: false, items: new(Prop.Marks, Object, required: true, type: Mark)),
        new(Prop.Ordered, Bool, required: false, description: "Whether a list is numbered."),
        new(Prop.Items, Array, required: false, items: new(Prop.Items, Object, required: true, type: Inline)),
        new(Prop.HeaderRow, Bool, required: false, description: "Whether a table's first row is a header."),
        new(Prop.Rows, Array, required: false, items: new(Prop.Rows, Object, required: true, type: Row)),
        new(Prop.Citation, MemberKind.Text, required: false),
        new(Prop.Media, MemberKind.Text, required: false, description: "The id of one of the article's media."),
        new(Prop.Url, MemberKind.Text, required: false),
        new(Prop.Provider, MemberKind.Text, required: false),
        new(Prop.Title, MemberKind.Text, required: false),
        new(Prop.Article, MemberKind.Text, required: false, description: "The related article's id."),
        new(Prop.Html, MemberKind.Text, required: false, description: "Untrusted markup: a raw HTML block's, or an embed's fallback."),
    ],
    [
        ("paragraph", [Prop.Text], [Prop.Marks]),
        ("heading", [Prop.Level, Prop.Text], [Prop.Marks]),
        ("list", [Prop.Items], [Prop.Ordered]),
        ("blockQuote", [Prop.Text], [Prop.Marks, Prop.Citation]),
        ("pullQuote", [Prop.Text], [Prop.Marks, Prop.Citation]),
        ("media", [Prop.Media], []),
        ("embed", [Prop.Url], [Prop.Provider, Prop.Html]),
        ("table", [Prop.Rows], [Prop.HeaderRow]),
        ("divider", [], []),
        ("preformatted", [Prop.Text], []),
        ("relatedLink", [Prop.Url, Prop.Title], [Prop.Article]),
        ("rawHtml", [Prop.Html], []),
    ]);

    /// <summary>A section.</summary>
    internal static readonly ShapeObject Section = new("section", "a section object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.Id, MemberKind.Text, required: false),
        new(Prop.Url, MemberKind.Text, required: false),
    ]);

    /// <summary>A concept: a subject or a genre.</summary>
    internal static readonly ShapeObject Concept = new("concept", "a concept object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.Code, MemberKind.Text, required: false),
        new(Prop.Scheme, MemberKind.Text, required: false),
        new(Prop.Uri, MemberKind.Text, required: false),
    ]);

    /// <summary>The taxonomy: sections, subjects, keywords, genres, urgency.</summary>
    internal static readonly ShapeObject Taxonomy = new("taxonomy", "a taxonomy object",
    [
        new(Prop.PrimarySection, Object, required: false, type: Section),
        new(Prop.Sections, Array, required: false, items: new(Prop.Sections, Object, required: true, type: Section)),
        new(Prop.Subjects, Array, required: false, items: new(Prop.Subjects, Object, required: true, type: Concept)),
        new(Prop.Keywords, Array, required: false, items: new(Prop.Keywords, MemberKind.Text, required: true)),
        new(Prop.Genres, Array, required: false, items: new(Prop.Genres, Object, required: true, type: Concept)),
        new(Prop.Urgency, Count, required: false, description: "IPTC urgency, 1 (most urgent) to 9."),
    ]);

    /// <summary>A range of a paragraph, in UTF-16 code units.</summary>
    internal static readonly ShapeObject Range = new("range", "a range object {\"start\", \"length\"}",
    [
        new(Prop.Start, Count, required: true),
        new(Prop.Length, Count, required: true),
    ]);

    /// <summary>A quotation: its text, where it stands, who said it.</summary>
    internal static readonly ShapeObject Quote = new("quote", "a quote object",
    [
        new(Prop.Text, MemberKind.Text, required: true),
        new(Prop.Kind, MemberKind.Enum, required: true, @enum: QuoteKinds),
        new(Prop.Paragraph, Count, required: true),
        new(Prop.Range, Object, required: true, type: Range),
        new(Prop.Attribution, Object, required: true, type: Attribution),
    ]);

    /// <summary>The article, the document's root.</summary>
    internal static readonly ShapeObject Article = new("article", "an article object",
    [
        new(Prop.Format, Format, required: true),
        new(Prop.Id, MemberKind.Text, required: true),
        new(Prop.Status, MemberKind.Enum, required: false, @enum: Statuses, description: "Absent: published."),
        new(Prop.CanonicalUrl, MemberKind.Text, required: false),
        new(Prop.Language, MemberKind.Text, required: true),
        new(Prop.Publication, Object, required: true, type: Publication),
        new(Prop.Headline, MemberKind.Text, required: true),
        new(Prop.Standfirst, MemberKind.Text, required: false),
        new(Prop.Dateline, MemberKind.Text, required: false),
        new(Prop.Timeline, Object, required: true, type: Timeline),
        new(Prop.Credits, Array, required: false, items: new(Prop.Credits, Object, required: true, type: Credit)),
        new(Prop.Body, Array, required: true, items: new(Prop.Body, Object, required: true, type: Block),
            description: "The body blocks (newsmodel/1 gave strings, which a reading of that format takes as paragraphs)."),
        new(Prop.Media, Array, required: false, items: new(Prop.Media, Object, required: true, type: MediaAsset)),
        new(Prop.LeadMedia, MemberKind.Text, required: false, description: "The id of the lead (featured) media asset."),
        new(Prop.Taxonomy, Object, required: false, type: Taxonomy),
        new(Prop.Parties, Array, required: false, items: new(Prop.Parties, Object, required: true, type: Party)),
        new(Prop.Quotes, Array, required: false, items: new(Prop.Quotes, Object, required: true, type: Quote)),
        new(Prop.Places, Array, required: false, items: new(Prop.Places, MemberKind.Text, required: true)),
        new(Prop.Rights, Object, required: false, type: Rights),
        new(Prop.Copyright, MemberKind.Text, required: false, legacy: true,
            description: "newsmodel/1's copyright notice, read as rights.notice."),
    ]);

    /// <summary>Every object, the root first, each after the objects it refers to is not required.</summary>
    internal static readonly IReadOnlyList<ShapeObject> Objects =
        [Article, Moment, Publication, Timeline, Correction, Revision, Withdrawal, Credit, Party, Attribution, Range, Quote,
         Mark, Inline, Row, Block, Rights, Rendition, MediaAsset, Section, Concept, Taxonomy];

    /// <summary>Every member of every object (but the <see cref="ShapeMember.Legacy"/> ones) as <c>object.member</c> (<c>moment.relativeTo</c>): the keys by which the
    /// format coverage (<c>Formats/FormatCoverage</c>) and the tests name a member wherever it stands.</summary>
    internal static IReadOnlyList<string> MemberKeys()
    {
        var keys = new List<string>();
        foreach (var type in Objects)
        {
            foreach (var member in type.Members)
            {
                if (!member.Legacy)
                {
                    keys.Add(KeyOf(type, member));
                }
            }
        }
        return keys;
    }

    /// <summary>A member's key: <c>object.member</c>.</summary>
    internal static string KeyOf(ShapeObject type, ShapeMember member) => type.Name + "." + member.Name;
}
