using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats.Ans;

/// <summary>
/// The official ANS 0.10.12 schemas, loaded from ../shared/standards/ans/ at run time. They are JSON Schema draft-04,
/// which JsonSchema.Net does not read; each is read as draft-07 after the one change that matters between the two for
/// these files: a schema's <c>id</c> is <c>$id</c> (only where a schema stands, never a property named id). Every schema
/// is registered under its URL, so the <c>$ref</c>s between them resolve without the network.
/// </summary>
internal static class AnsSchemas
{
    internal const string Folder = "standards/ans/src/main/resources/schema/ans/0.10.12";

    internal const string Fixtures = "standards/ans/tests/fixtures/schema/0.10.12";

    private static readonly Lazy<JsonSchema> StorySchema = new(Load);

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    internal static JsonSchema Story => StorySchema.Value;

    private static JsonSchema Load()
    {
        var registry = new SchemaRegistry();
        var build = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft07 };
        var root = SharedData.PathOf(Folder);
        JsonSchema? story = null;
        // The *_operation.json schemas describe Arc XP's API operations, not documents (and some repeat a member name,
        // which System.Text.Json's nodes refuse); no story schema refers to them.
        var files = Directory.GetFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("_operation.json", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var texts = files.Select(f => Draft07(File.ReadAllText(f))).ToList();
        foreach (var (file, text) in files.Zip(texts))
        {
            JsonSchema schema;
            try
            {
                schema = JsonSchema.FromText(text, build, new Uri(JsonNode.Parse(text)!["$id"]!.GetValue<string>()));
            }
            catch (JsonSchemaException e)
            {
                throw new InvalidOperationException(file + ": " + e.Message, e);
            }
            if (Path.GetRelativePath(root, file) == "story.json")
            {
                story = schema;
            }
        }
        return story ?? throw new InvalidOperationException("story.json not found in " + root);
    }

    /// <summary>A draft-04 schema as draft-07: <c>id</c> → <c>$id</c> wherever a schema stands.</summary>
    internal static string Draft07(string draft04)
    {
        var node = JsonNode.Parse(draft04)!;
        Schema(node);
        node.AsObject().Remove("$schema"); // read in the draft-07 dialect the build options name
        return node.ToJsonString();
    }

    private static void Schema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return;
        }
        if (schema["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
        {
            schema.Remove("id");
            schema["$id"] = id.GetValue<string>();
        }
        foreach (var map in new[] { "properties", "patternProperties", "definitions", "dependencies" })
        {
            if (schema[map] is JsonObject members)
            {
                foreach (var member in members)
                {
                    Schema(member.Value);
                }
            }
        }
        foreach (var single in new[] { "items", "additionalProperties", "additionalItems", "not" })
        {
            if (schema[single] is JsonArray list)
            {
                foreach (var item in list)
                {
                    Schema(item);
                }
            }
            else
            {
                Schema(schema[single]);
            }
        }
        foreach (var many in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema[many] is JsonArray list)
            {
                foreach (var item in list)
                {
                    Schema(item);
                }
            }
        }
    }

    /// <summary>Null when the story is valid, else the errors as text.</summary>
    internal static string? Errors(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Story.Evaluate(doc.RootElement, Options);
        if (result.IsValid)
        {
            return null;
        }
        return string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}")).Take(20));
    }

    /// <summary>The story fixtures (file names), good or bad by their name.</summary>
    internal static string[] StoryFixtures(string kind) =>
        Directory.GetFiles(SharedData.PathOf(Fixtures), "story-fixture-*.json")
            .Select(Path.GetFileName)
            .Where(n => kind == "good" ? !n!.Contains("-bad-", StringComparison.Ordinal) : n!.Contains("-bad-", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray()!;

    internal static string Fixture(string name) => SharedData.ReadText(Fixtures + "/" + name);
}
