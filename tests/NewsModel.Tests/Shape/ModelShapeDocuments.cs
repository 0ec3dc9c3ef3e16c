using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsModel.Json;
using NewsModel.Shape;
using NewsModel.Testing;

namespace NewsModel.Tests.Shape;

/// <summary>Documents for the shape tests: one holding every member the shape describes.</summary>
internal static class ModelShapeDocuments
{
    /// <summary>The Harbour Herald sample with every optional member filled in, as JSON.</summary>
    internal static string FullJson()
    {
        var root = JsonNode.Parse(NewsModelJson.Serialize(SampleArticles.HarbourFerryFares))!.AsObject();
        root["canonicalUrl"] = "https://harbour-herald.example/2025/10/14/star-ferry-fares";
        root["standfirst"] = "The first increase since 2019.";
        root["dateline"] = "HONG KONG";
        root["places"] = new JsonArray("Hong Kong", "Kowloon");
        root["status"] = "scheduled";
        root["rights"] = new JsonObject
        {
            ["holder"] = "Harbour Herald Ltd",
            ["notice"] = "© 2025 Harbour Herald",
            ["licenseUrl"] = "https://harbour-herald.example/licence",
            ["usageTerms"] = "No syndication without permission.",
        };
        AddModel2(root);
        var timeline = root["timeline"]!.AsObject();
        timeline["created"] = Moment("2025-10-14T07:02:00+08:00", printed: null, precision: null);
        timeline["embargoedUntil"] = Moment("2025-10-14T09:00:00+08:00", printed: "9am", precision: "hour");
        // The update read from a relative stamp, so that a moment under the root carries relativeTo too.
        var updated = timeline["updated"]!.AsObject();
        updated["relativeTo"] = "2025-10-14T11:00:00Z";
        var correction = new JsonObject
        {
            ["moment"] = Moment("2025-10-14T19:00:00+08:00", printed: "an hour ago", precision: "hour", relativeTo: "2025-10-14T12:00:00Z"),
            ["text"] = "An earlier version gave the wrong fare.",
        };
        timeline["corrections"] = new JsonArray(correction);
        foreach (var quote in root["quotes"]!.AsArray())
        {
            var attribution = quote!["attribution"]!.AsObject();
            attribution["mention"] ??= "the spokesman";
            attribution["cue"] ??= "said";
            attribution["via"] ??= "RTHK";
        }
        // Keep the writer's member order: the reader accepts any order, but the order test compares with the writer.
        return NewsModelJson.Serialize(NewsModelJson.Deserialize(root.ToJsonString()));
    }

    /// <summary>Adds what Model 2 brought: every block kind and mark type, media of every kind with renditions, the
    /// lead, the taxonomy, identities, lifecycle moments and an anonymous attribution.</summary>
    private static void AddModel2(JsonObject root)
    {
        var body = root["body"]!.AsArray();
        body.Add(Block("heading", ("level", 2), ("text", "What changes")));
        var list = Block("list", ("ordered", true));
        list["items"] = new JsonArray(Inline("Adults pay HK$5.", Mark("strong", 0, 6)), Inline("Children pay less."));
        body.Add(list);
        var quote = Block("blockQuote", ("text", "Fares <must> rise & stay fair🚢."), ("citation", "Annual report"));
        quote["marks"] = new JsonArray(
            Mark("emphasis", 0, 5), Mark("link", 6, 6, ("href", "https://harbour-herald.example/report"), ("title", "The report")),
            Mark("code", 13, 4), Mark("superscript", 18, 1), Mark("subscript", 19, 1), Mark("strikethrough", 20, 2),
            Mark("noteReference", 22, 4, ("note", "Figures from the operator.")));
        body.Add(quote);
        body.Add(Block("pullQuote", ("text", "Six passengers a day.")));
        body.Add(Block("media", ("media", "img1")));
        body.Add(Block("embed", ("url", "https://video.example/v/1"), ("provider", "VideoSite"), ("html", "<iframe src=\"https://video.example/v/1\"></iframe>")));
        var table = Block("table", ("headerRow", true));
        table["rows"] = new JsonArray(
            new JsonObject { ["cells"] = new JsonArray(Inline("Fare"), Inline("HK$")) },
            new JsonObject { ["cells"] = new JsonArray(Inline("Adult"), Inline("5")) });
        body.Add(table);
        body.Add(Block("divider"));
        body.Add(Block("preformatted", ("text", "fare  = 5\nchild = 3")));
        body.Add(Block("relatedLink", ("url", "https://harbour-herald.example/2025/10/01/ferry-review"), ("title", "Ferry review"), ("article", "hh-2025-10-01-ferry")));
        body.Add(Block("rawHtml", ("html", "<div class=\"ad\"></div>")));

        var photographer = new JsonObject
        {
            ["name"] = "Lee Ka-ming", ["kind"] = "person", ["role"] = "photographer", ["printed"] = "Photo: Lee Ka-ming",
            ["id"] = "https://harbour-herald.example/staff/lee", ["profileUrl"] = "https://harbour-herald.example/profile/lee",
        };
        var image = new JsonObject
        {
            ["id"] = "img1", ["kind"] = "image", ["uri"] = "https://img.harbour-herald.example/ferry.jpg", ["mediaType"] = "image/jpeg",
            ["altText"] = "A Star Ferry crossing the harbour", ["caption"] = Inline("The Star Ferry at dusk.", Mark("emphasis", 4, 10)),
            ["credit"] = photographer, ["rights"] = new JsonObject { ["holder"] = "Harbour Herald Ltd", ["licenseUrl"] = "https://harbour-herald.example/licence" },
            ["width"] = 1600, ["height"] = 900,
            ["renditions"] = new JsonArray(new JsonObject
            {
                ["uri"] = "https://img.harbour-herald.example/ferry-small.jpg", ["width"] = 400, ["height"] = 225, ["mediaType"] = "image/jpeg", ["name"] = "thumbnail",
            }),
        };
        var video = new JsonObject { ["id"] = "vid1", ["kind"] = "video", ["uri"] = "https://video.harbour-herald.example/ferry.mp4", ["duration"] = "0:00:01:30" };
        var gallery = new JsonObject { ["id"] = "gal1", ["kind"] = "gallery", ["items"] = new JsonArray("img1", "vid1") };
        root["media"] = new JsonArray(image, video, gallery);
        root["leadMedia"] = "img1";
        root["taxonomy"] = new JsonObject
        {
            ["primarySection"] = new JsonObject { ["name"] = "Hong Kong", ["id"] = "hk", ["url"] = "https://harbour-herald.example/hong-kong" },
            ["sections"] = new JsonArray(new JsonObject { ["name"] = "Transport" }),
            ["subjects"] = new JsonArray(new JsonObject
            {
                ["name"] = "public transport", ["code"] = "20000763", ["scheme"] = "medtop", ["uri"] = "http://cv.iptc.org/newscodes/mediatopic/20000763",
            }),
            ["keywords"] = new JsonArray("ferry", "fares"),
            ["genres"] = new JsonArray(new JsonObject { ["name"] = "Current", ["code"] = "Current", ["scheme"] = "genre" }),
            ["urgency"] = 4,
        };
        root["credits"]![0]!["id"] = "https://harbour-herald.example/staff/1";
        root["credits"]![0]!["profileUrl"] = "https://harbour-herald.example/profile/1";
        root["parties"]![0]!["id"] = "https://www.wikidata.org/entity/Q1";
        root["parties"]![0]!["profileUrl"] = "https://example.org/people/1";

        var timeline = root["timeline"]!.AsObject();
        // Printed, coarse and relative, so that a format writing only the schedule (WordPress, for a scheduled post)
        // meets each of them on a moment it writes.
        timeline["scheduled"] = Moment("2025-10-14T08:00:00+08:00", printed: "in two hours", precision: "hour", relativeTo: "2025-10-13T22:00:00Z");
        timeline["withdrawal"] = new JsonObject { ["moment"] = Moment("2025-10-15T09:00:00+08:00", printed: null, precision: null), ["reason"] = "Legal advice." };
        timeline["revisions"] = new JsonArray(new JsonObject { ["moment"] = Moment("2025-10-14T18:00:00+08:00", printed: null, precision: null), ["note"] = "Added the fare table." });

        var first = root["quotes"]![0]!;
        var anonymous = first.DeepClone().AsObject();
        anonymous["attribution"] = new JsonObject { ["kind"] = "anonymous", ["mention"] = "a ferry official", ["cue"] = "said" };
        root["quotes"]!.AsArray().Add(anonymous);
    }

    private static JsonObject Block(string type, params (string Name, JsonNode? Value)[] members)
    {
        var block = new JsonObject { ["type"] = type };
        foreach (var (name, value) in members)
        {
            block[name] = value;
        }
        return block;
    }

    private static JsonObject Inline(string text, params JsonObject[] marks)
    {
        var inline = new JsonObject { ["text"] = text };
        if (marks.Length > 0)
        {
            inline["marks"] = new JsonArray(marks);
        }
        return inline;
    }

    private static JsonObject Mark(string type, int start, int length, params (string Name, JsonNode? Value)[] members)
    {
        var mark = Block(type, members);
        mark["start"] = start;
        mark["length"] = length;
        return mark;
    }

    /// <summary>The article <see cref="FullJson"/> holds.</summary>
    internal static Article Full() => NewsModelJson.Deserialize(FullJson());

    /// <summary>The members present in a document, as <c>object.member</c> (<c>moment.relativeTo</c>).</summary>
    internal static HashSet<string> PathsIn(string json)
    {
        var found = new HashSet<string>();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, ModelShape.Article, "", found);
        return found;
    }

    private static void Walk(JsonElement element, ShapeObject type, string prefix, HashSet<string> found)
    {
        foreach (var member in type.Members)
        {
            if (!element.TryGetProperty(member.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            string path = prefix + member.Name + (member.Kind == MemberKind.Array ? "[]" : "");
            found.Add(ModelShape.KeyOf(type, member));
            var shape = member.Kind == MemberKind.Array ? member.Items! : member;
            var values = member.Kind == MemberKind.Array ? value.EnumerateArray().ToList() : [value];
            if (shape.Kind == MemberKind.Object)
            {
                foreach (var item in values)
                {
                    Walk(item, shape.Type!, path + ".", found);
                }
            }
        }
    }

    private static JsonObject Moment(string at, string? printed, string? precision, string? relativeTo = null)
    {
        var moment = new JsonObject { ["at"] = at, ["zone"] = "Asia/Hong_Kong" };
        if (printed is not null)
        {
            moment["printed"] = printed;
        }
        if (precision is not null)
        {
            moment["precision"] = precision;
        }
        if (relativeTo is not null)
        {
            moment["relativeTo"] = relativeTo;
        }
        return moment;
    }
}
