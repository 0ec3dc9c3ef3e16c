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
        root["copyright"] = "© 2025 Harbour Herald";
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
