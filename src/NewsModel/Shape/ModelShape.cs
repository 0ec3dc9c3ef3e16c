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
    /// <summary>The format marker.</summary>
    internal const string FormatName = "newsmodel/1";

    /// <summary>The format marker in UTF-8.</summary>
    internal static readonly byte[] FormatUtf8 = System.Text.Encoding.UTF8.GetBytes(FormatName);

    /// <summary>Person or organisation.</summary>
    internal static readonly ShapeEnum PartyKinds = new("partyKind", ["person", "organisation"]);

    /// <summary>Direct, partial or indirect quotation.</summary>
    internal static readonly ShapeEnum QuoteKinds = new("quoteKind", ["direct", "partial", "indirect"]);

    /// <summary>A credit's role.</summary>
    internal static readonly ShapeEnum CreditRoles = new("creditRole", ["author", "additionalReporting", "photographer", "sourceAgency", "editor", "contributor"]);

    /// <summary>A moment's precision after <see cref="MomentPrecision.Exact"/>, which is written by leaving the member out.</summary>
    internal static readonly ShapeEnum Precisions = new("precision", ["second", "minute", "hour", "day"], firstValue: 1,
        omitted: "leave \"precision\" out, or null, for an exact moment");

    /// <summary>Every enumeration.</summary>
    internal static readonly IReadOnlyList<ShapeEnum> Enums = [PartyKinds, QuoteKinds, CreditRoles, Precisions];

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

    /// <summary>The timeline: publication, update, creation, embargo, corrections.</summary>
    internal static readonly ShapeObject Timeline = new("timeline", "a timeline object",
    [
        new(Prop.Published, Object, required: true, type: Moment),
        new(Prop.Updated, Object, required: false, type: Moment),
        new(Prop.Created, Object, required: false, type: Moment),
        new(Prop.EmbargoedUntil, Object, required: false, type: Moment),
        new(Prop.Corrections, Array, required: false, items: new(Prop.Corrections, Object, required: true, type: Correction)),
    ]);

    /// <summary>A credit: a byline, a photographer, an agency.</summary>
    internal static readonly ShapeObject Credit = new("credit", "a credit object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.Kind, MemberKind.Enum, required: true, @enum: PartyKinds),
        new(Prop.Role, MemberKind.Enum, required: true, @enum: CreditRoles),
        new(Prop.Printed, MemberKind.Text, required: false),
    ]);

    /// <summary>A person or organisation the article quotes.</summary>
    internal static readonly ShapeObject Party = new("party", "a person or organisation object",
    [
        new(Prop.Name, MemberKind.Text, required: true),
        new(Prop.Kind, MemberKind.Enum, required: true, @enum: PartyKinds),
        new(Prop.Role, MemberKind.Text, required: false),
        new(Prop.Affiliation, MemberKind.Text, required: false),
    ]);

    /// <summary>Who said a quote, as the text attributes it.</summary>
    internal static readonly ShapeObject Attribution = new("attribution", "an attribution object",
    [
        new(Prop.Speaker, Object, required: true, type: Party),
        new(Prop.Mention, MemberKind.Text, required: false),
        new(Prop.Cue, MemberKind.Text, required: false),
        new(Prop.Via, MemberKind.Text, required: false),
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
        new(Prop.CanonicalUrl, MemberKind.Text, required: false),
        new(Prop.Language, MemberKind.Text, required: true),
        new(Prop.Publication, Object, required: true, type: Publication),
        new(Prop.Headline, MemberKind.Text, required: true),
        new(Prop.Standfirst, MemberKind.Text, required: false),
        new(Prop.Dateline, MemberKind.Text, required: false),
        new(Prop.Timeline, Object, required: true, type: Timeline),
        new(Prop.Credits, Array, required: false, items: new(Prop.Credits, Object, required: true, type: Credit)),
        new(Prop.Body, Array, required: true, items: new(Prop.Body, MemberKind.String, required: true)),
        new(Prop.Parties, Array, required: false, items: new(Prop.Parties, Object, required: true, type: Party)),
        new(Prop.Quotes, Array, required: false, items: new(Prop.Quotes, Object, required: true, type: Quote)),
        new(Prop.Places, Array, required: false, items: new(Prop.Places, MemberKind.Text, required: true)),
        new(Prop.Copyright, MemberKind.Text, required: false),
    ]);

    /// <summary>Every object, the root first, each after the objects it refers to is not required.</summary>
    internal static readonly IReadOnlyList<ShapeObject> Objects = [Article, Moment, Publication, Timeline, Correction, Credit, Party, Attribution, Range, Quote];

    /// <summary>Every member of every object as <c>object.member</c> (<c>moment.relativeTo</c>): the keys by which the
    /// format coverage (<c>Formats/FormatCoverage</c>) and the tests name a member wherever it stands.</summary>
    internal static IReadOnlyList<string> MemberKeys()
    {
        var keys = new List<string>();
        foreach (var type in Objects)
        {
            foreach (var member in type.Members)
            {
                keys.Add(KeyOf(type, member));
            }
        }
        return keys;
    }

    /// <summary>A member's key: <c>object.member</c>.</summary>
    internal static string KeyOf(ShapeObject type, ShapeMember member) => type.Name + "." + member.Name;
}
