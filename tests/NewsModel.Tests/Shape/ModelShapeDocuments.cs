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
        root["status"] = "withdrawn";
        root["rights"] = Rights();
        root["credits"]![0]!["id"] = "reuters";
        root["credits"]![0]!["profileUrl"] = "https://harbour-herald.example/agencies/reuters";
        root["parties"]![0]!["id"] = "https://www.wikidata.org/wiki/Q0";
        root["parties"]![0]!["profileUrl"] = "https://harbour-herald.example/people/margaret-leung";
        var body = root["body"]!.AsArray();
        body[0]!["marks"] = new JsonArray(
            new JsonObject { ["type"] = "link", ["start"] = 0, ["length"] = 13, ["href"] = "https://harbour-herald.example/ferries", ["title"] = "Ferries" },
            new JsonObject { ["type"] = "noteReference", ["start"] = 14, ["length"] = 5, ["note"] = "Star Ferry and Harbour Crossing routes." });
        body.Add(new JsonObject { ["type"] = "heading", ["level"] = 2, ["text"] = "What changes" });
        body.Add(new JsonObject { ["type"] = "list", ["ordered"] = true, ["items"] = new JsonArray(Inline("Adults: HK$5.00"), Inline("Children: HK$3.50")) });
        body.Add(new JsonObject
        {
            ["type"] = "table",
            ["headerRow"] = true,
            ["rows"] = new JsonArray(new JsonObject { ["cells"] = new JsonArray(Inline("Fare"), Inline("Now")) }, new JsonObject { ["cells"] = new JsonArray(Inline("Adult"), Inline("HK$5.00")) }),
        });
        body.Add(new JsonObject { ["type"] = "pullQuote", ["text"] = "A ferry that cannot pay for its own fuel is not a ferry for long", ["citation"] = "Margaret Leung" });
        body.Add(new JsonObject { ["type"] = "media", ["media"] = "photo-1" });
        body.Add(new JsonObject { ["type"] = "embed", ["url"] = "https://video.example/watch?v=1", ["provider"] = "Video Example", ["html"] = "<iframe src=\"https://video.example/embed/1\"></iframe>" });
        body.Add(new JsonObject { ["type"] = "divider" });
        body.Add(new JsonObject { ["type"] = "relatedLink", ["url"] = "https://harbour-herald.example/2019/fares", ["title"] = "Fares last rose in 2019", ["article"] = "harbour-herald-2019-fares" });
        body.Add(new JsonObject { ["type"] = "rawHtml", ["html"] = "<aside>Poll</aside>" });
        root["media"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "photo-1",
                ["kind"] = "image",
                ["uri"] = "https://harbour-herald.example/photos/ferry.jpg",
                ["mediaType"] = "image/jpeg",
                ["altText"] = "A Star Ferry leaves Tsim Sha Tsui pier.",
                ["caption"] = Inline("The Star Ferry at Tsim Sha Tsui."),
                ["credit"] = new JsonObject { ["name"] = "Harbour Herald", ["kind"] = "organisation", ["role"] = "photographer" },
                ["rights"] = Rights(),
                ["width"] = 1600,
                ["height"] = 900,
                ["renditions"] = new JsonArray(new JsonObject { ["uri"] = "https://harbour-herald.example/photos/ferry-320.jpg", ["width"] = 320, ["height"] = 180, ["mediaType"] = "image/jpeg", ["name"] = "thumbnail" }),
            },
            new JsonObject { ["id"] = "video-1", ["kind"] = "video", ["uri"] = "https://harbour-herald.example/video/ferry.mp4", ["duration"] = "0:00:02:30" },
            new JsonObject { ["id"] = "gallery-1", ["kind"] = "gallery", ["items"] = new JsonArray("photo-1", "video-1") });
        root["leadMedia"] = "photo-1";
        root["taxonomy"] = new JsonObject
        {
            ["primarySection"] = new JsonObject { ["name"] = "Hong Kong", ["id"] = "/news/hong-kong", ["url"] = "https://harbour-herald.example/news/hong-kong" },
            ["sections"] = new JsonArray(new JsonObject { ["name"] = "Transport" }),
            ["subjects"] = new JsonArray(new JsonObject { ["name"] = "public transport", ["code"] = "20000684", ["scheme"] = "http://cv.iptc.org/newscodes/mediatopic/", ["uri"] = "http://cv.iptc.org/newscodes/mediatopic/20000684" }),
            ["keywords"] = new JsonArray("ferries", "fares"),
            ["genres"] = new JsonArray(new JsonObject { ["name"] = "Current", ["code"] = "current" }),
            ["urgency"] = 4,
        };
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
        timeline["scheduled"] = Moment("2025-10-14T09:15:00+08:00", printed: null, precision: null);
        timeline["withdrawal"] = new JsonObject { ["moment"] = Moment("2025-10-15T10:00:00+08:00", printed: null, precision: null), ["reason"] = "Legal advice." };
        timeline["revisions"] = new JsonArray(new JsonObject { ["moment"] = Moment("2025-10-14T18:42:00+08:00", printed: null, precision: null), ["note"] = "Added the alliance's reply." });
        foreach (var quote in root["quotes"]!.AsArray())
        {
            var attribution = quote!["attribution"]!.AsObject();
            attribution["mention"] ??= "the spokesman";
            attribution["cue"] ??= "said";
            attribution["via"] ??= "RTHK";
        }
        // The last quote's speaker as the text leaves it: a mention no party was found for.
        var last = root["quotes"]!.AsArray()[^1]!["attribution"]!.AsObject();
        last.Remove("speaker");
        last["kind"] = "unresolved";
        last["mention"] = "she";
        // Keep the writer's member order: the reader accepts any order, but the order test compares with the writer.
        return NewsModelJson.Serialize(NewsModelJson.Deserialize(root.ToJsonString()));
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

    private static JsonObject Inline(string text) => new() { ["text"] = text, ["marks"] = new JsonArray(new JsonObject { ["type"] = "strong", ["start"] = 0, ["length"] = 1 }) };

    private static JsonObject Rights() => new()
    {
        ["holder"] = "Harbour Herald Ltd",
        ["notice"] = "© 2025 Harbour Herald",
        ["licenseUrl"] = "https://harbour-herald.example/licence",
        ["usageTerms"] = "Editorial use only",
    };

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
