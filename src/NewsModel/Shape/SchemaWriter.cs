using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsModel.Shape;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of the native format from <see cref="ModelShape"/>, so the schema cannot
/// disagree with the reader about a member, a requirement or a spelling. The text is the same on every platform
/// (<c>\n</c> line ends, two-space indentation). Stateless and thread-safe.
/// </summary>
internal static class SchemaWriter
{
    private const string Defs = "#/$defs/";

    private const string TimestampPattern =
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?([Zz]|[+-]([01][0-9]|18):[0-5][0-9](:[0-5][0-9])?)$";

    private const string UtcTimestampPattern =
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?[Zz]$";

    /// <summary>Writes the schema.</summary>
    internal static string Write()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "https://newsmodel.dev/schemas/newsmodel-2.schema.json");
            w.WriteString("title", "NewsModel article, format " + ModelShape.FormatName);
            w.WriteString("description", "One news article as written by NewsModel.Json with the default (camelCase) member names. Optional members may be omitted or null; optional texts are never empty. Readers also accept format newsmodel/1 documents (see docs/json-format.md). Generated from the library's one description of the format. See docs/json-format.md.");
            WriteObjectBody(w, ModelShape.Article);
            w.WriteStartObject("$defs");
            WriteDefinitions(w);
            foreach (var shapeEnum in ModelShape.Enums)
            {
                w.WriteStartObject(shapeEnum.Name);
                w.WriteStartArray("enum");
                foreach (var spelling in shapeEnum.Spellings)
                {
                    w.WriteStringValue(spelling);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            foreach (var type in ModelShape.Objects)
            {
                if (type == ModelShape.Article)
                {
                    continue;
                }
                w.WriteStartObject(type.Name);
                WriteObjectBody(w, type);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDefinitions(Utf8JsonWriter w)
    {
        w.WriteStartObject("text");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();

        w.WriteStartObject("optionalText");
        w.WriteStartArray("type");
        w.WriteStringValue("string");
        w.WriteStringValue("null");
        w.WriteEndArray();
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();

        w.WriteStartObject("zone");
        w.WriteString("description", "A time zone id of the reader's zone provider (TZDB by default), such as Asia/Hong_Kong.");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();

        w.WriteStartObject("timestamp");
        w.WriteString("description", "RFC 3339 date-time with the zone's offset at that instant (UTC 'Z' when that offset has seconds); up to 9 fractional digits; years 0001-9999. Readers also accept an offset with seconds (+00:44:30).");
        w.WriteString("type", "string");
        w.WriteString("pattern", TimestampPattern);
        w.WriteEndObject();

        w.WriteStartObject("utcTimestamp");
        w.WriteString("description", "RFC 3339 date-time in UTC, ending in Z; up to 9 fractional digits; years 0001-9999.");
        w.WriteString("type", "string");
        w.WriteString("pattern", UtcTimestampPattern);
        w.WriteEndObject();

        w.WriteStartObject("duration");
        w.WriteString("description", "A duration as [-]D:hh:mm:ss[.fffffffff]: days, then hours, minutes, seconds and up to 9 fractional digits (NodaTime's round-trip duration pattern).");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^-?[0-9]+:[0-2][0-9]:[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$");
        w.WriteEndObject();

        w.WriteStartObject("count");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", 0);
        w.WriteNumber("maximum", int.MaxValue);
        w.WriteEndObject();
    }

    private static void WriteObjectBody(Utf8JsonWriter w, ShapeObject type)
    {
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        foreach (var member in type.Members)
        {
            if (member.Required && !member.Legacy)
            {
                w.WriteStringValue(member.Name);
            }
        }
        w.WriteEndArray();
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var member in type.Members)
        {
            if (member.Legacy)
            {
                continue;
            }
            w.WritePropertyName(member.Name);
            WriteValue(w, member);
        }
        w.WriteEndObject();
        if (type.Variants.Length > 0)
        {
            WriteVariants(w, type);
        }
    }

    /// <summary>For a discriminated object: per <c>type</c> value, the members it requires and the only ones it allows.</summary>
    private static void WriteVariants(Utf8JsonWriter w, ShapeObject type)
    {
        w.WriteStartArray("allOf");
        string discriminator = Props.CamelCase(type.Discriminator);
        for (int v = 0; v < type.Variants.Length; v++)
        {
            var variant = type.Variants[v];
            w.WriteStartObject();
            w.WriteStartObject("if");
            w.WriteStartObject("properties");
            w.WriteStartObject(discriminator);
            if (v == type.DefaultVariant)
            {
                // Absent or null also chooses the default.
                w.WriteStartArray("enum");
                w.WriteStringValue(variant.Value);
                w.WriteNullValue();
                w.WriteEndArray();
            }
            else
            {
                w.WriteString("const", variant.Value);
            }
            w.WriteEndObject();
            w.WriteEndObject();
            if (v != type.DefaultVariant)
            {
                w.WriteStartArray("required");
                w.WriteStringValue(discriminator);
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteStartObject("then");
            w.WriteStartArray("required");
            foreach (var prop in variant.Required)
            {
                w.WriteStringValue(Props.CamelCase(prop));
            }
            w.WriteEndArray();
            if (variant.Required.Length > 0)
            {
                // A member the type requires is not null, even where the object allows null for other types.
                w.WriteStartObject("properties");
                foreach (var prop in variant.Required)
                {
                    w.WriteStartObject(Props.CamelCase(prop));
                    w.WriteStartObject("not");
                    w.WriteString("type", "null");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteStartObject("propertyNames");
            w.WriteStartArray("enum");
            for (int i = 0; i < type.Members.Length; i++)
            {
                if ((variant.AllowedMask & (1UL << i)) != 0)
                {
                    w.WriteStringValue(type.Members[i].Name);
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter w, ShapeMember member)
    {
        w.WriteStartObject();
        if (member.Description is { } description)
        {
            w.WriteString("description", description);
        }
        switch (member.Kind)
        {
            case MemberKind.Format:
                w.WriteString("const", ModelShape.FormatName);
                break;
            case MemberKind.Text:
                w.WriteString("$ref", Defs + (member.Required ? "text" : "optionalText"));
                break;
            case MemberKind.String:
                w.WriteString("type", "string");
                break;
            case MemberKind.Bool:
                if (member.Required)
                {
                    w.WriteString("type", "boolean");
                }
                else
                {
                    w.WriteStartArray("type");
                    w.WriteStringValue("boolean");
                    w.WriteStringValue("null");
                    w.WriteEndArray();
                }
                break;
            case MemberKind.Array:
                if (member.Required)
                {
                    w.WriteString("type", "array");
                }
                else
                {
                    w.WriteStartArray("type");
                    w.WriteStringValue("array");
                    w.WriteStringValue("null");
                    w.WriteEndArray();
                }
                w.WritePropertyName("items");
                WriteValue(w, member.Items!);
                break;
            default:
                string target = Defs + member.Kind switch
                {
                    MemberKind.Zone => "zone",
                    MemberKind.Timestamp => "timestamp",
                    MemberKind.UtcTimestamp => "utcTimestamp",
                    MemberKind.Count => "count",
                    MemberKind.Duration => "duration",
                    MemberKind.Enum => member.Enum!.Name,
                    _ => member.Type!.Name,
                };
                if (member.Required)
                {
                    w.WriteString("$ref", target);
                }
                else
                {
                    w.WriteStartArray("anyOf");
                    w.WriteStartObject();
                    w.WriteString("type", "null");
                    w.WriteEndObject();
                    w.WriteStartObject();
                    w.WriteString("$ref", target);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                break;
        }
        w.WriteEndObject();
    }
}
