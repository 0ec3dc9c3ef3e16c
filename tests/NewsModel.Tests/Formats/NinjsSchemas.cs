using System;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats;

/// <summary>The official ninjs schemas, loaded from ../shared/standards/ninjs/ at run time with the GeoJSON
/// schema they reference by URL registered first; format assertion (date-time, uri) on.</summary>
internal static class NinjsSchemas
{
    private static readonly Lazy<(JsonSchema V31, JsonSchema V21)> Schemas = new(Load);

    internal static JsonSchema V31 => Schemas.Value.V31;

    internal static JsonSchema V21 => Schemas.Value.V21;

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private static (JsonSchema, JsonSchema) Load()
    {
        var registry = new SchemaRegistry();
        var build = new BuildOptions { SchemaRegistry = registry };
        var geo = JsonSchema.FromText(SharedData.ReadText("standards/ninjs/validation/test_suite/GeoJSON-schema.json"), build, new Uri("https://geojson.org/schema/GeoJSON.json"));
        registry.Register(new Uri("https://geojson.org/schema/GeoJSON.json"), geo);
        var v31 = JsonSchema.FromText(SharedData.ReadText("standards/ninjs/specification/ninjs-schema_3.1.json"), build);
        var v21 = JsonSchema.FromText(SharedData.ReadText("standards/ninjs/specification/ninjs-schema_2.1.json"), build);
        return (v31, v21);
    }

    /// <summary>Returns null when valid, else the errors as text.</summary>
    internal static string? Errors(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, Options);
        if (result.IsValid)
        {
            return null;
        }
        return string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}")));
    }
}
