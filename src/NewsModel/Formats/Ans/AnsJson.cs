using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NewsModel.Json;
using NodaTime;

namespace NewsModel.Formats.Ans;

/// <summary>A member of an ANS document that is not the shape ANS gives it, found while checking a value parsed whole;
/// the reader turns it into an <see cref="AnsException"/> at the value's position. Never escapes the reader.</summary>
internal sealed class AnsShapeException(string path, string expected, string found) : Exception(path + ": expected " + expected + "; found " + found)
{
    internal string ShapePath { get; } = path;

    internal string Expected { get; } = expected;

    internal string Found { get; } = found;
}

/// <summary>
/// Checks on the shape of ANS values parsed whole (a content element, the taxonomy, the credits): each method names the
/// JSON path of what it checks and throws <see cref="AnsShapeException"/> when the value is not what ANS 0.10.12 says.
/// Stateless and thread-safe.
/// </summary>
internal static class AnsJson
{
    internal static AnsShapeException Error(string path, string expected, JsonElement found) => new(path, expected, Describe(found));

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string \"" + Excerpt.Of(value.GetString()!, 0, 60) + "\"",
        JsonValueKind.Number => "the number " + Excerpt.Of(value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    internal static void Object(JsonElement value, string path, string what)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, what + ", an object", value);
        }
    }

    /// <summary>Checks an object has no member outside <paramref name="allowed"/> (ANS's <c>additionalProperties:
    /// false</c>).</summary>
    internal static void Closed(JsonElement value, string path, string what, FrozenSet<string> allowed)
    {
        Object(value, path, what);
        foreach (var member in value.EnumerateObject())
        {
            if (!allowed.Contains(member.Name))
            {
                throw new AnsShapeException(JsonPath.Child(path, member.Name), "a member " + what + " has (" + string.Join(", ", Sorted(allowed)) + ")",
                    "the member \"" + Excerpt.Of(member.Name) + "\"");
            }
        }
    }

    private static List<string> Sorted(FrozenSet<string> names)
    {
        var list = new List<string>(names);
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    internal static FrozenSet<string> Names(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    internal static bool TryMember(JsonElement value, string name, out JsonElement member) =>
        value.TryGetProperty(name, out member) && member.ValueKind != JsonValueKind.Undefined;

    /// <summary>An optional string member; null when absent.</summary>
    internal static string? String(JsonElement value, string name, string path, string what)
    {
        if (!value.TryGetProperty(name, out var member))
        {
            return null;
        }
        return member.ValueKind == JsonValueKind.String ? member.GetString() : throw Error(JsonPath.Child(path, name), what + ", a string", member);
    }

    /// <summary>A string member that must be there.</summary>
    internal static string RequiredString(JsonElement value, string name, string path, string what) =>
        String(value, name, path, what) ?? throw new AnsShapeException(JsonPath.Child(path, name), what + ", a string", "no such member");

    /// <summary>Checks the member <c>type</c> is <paramref name="type"/> (required).</summary>
    internal static void Type(JsonElement value, string path, string type, bool required = true)
    {
        if (value.TryGetProperty("type", out var member))
        {
            if (member.ValueKind != JsonValueKind.String || member.GetString() != type)
            {
                throw Error(JsonPath.Child(path, "type"), "\"" + type + "\"", member);
            }
        }
        else if (required)
        {
            throw new AnsShapeException(JsonPath.Child(path, "type"), "\"" + type + "\"", "no such member");
        }
    }

    internal static bool? Boolean(JsonElement value, string name, string path, string what)
    {
        if (!value.TryGetProperty(name, out var member))
        {
            return null;
        }
        return member.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(JsonPath.Child(path, name), what + ", true or false", member),
        };
    }

    internal static int? Integer(JsonElement value, string name, string path, string what, int min, int max = int.MaxValue)
    {
        if (!value.TryGetProperty(name, out var member))
        {
            return null;
        }
        return member.ValueKind == JsonValueKind.Number && member.TryGetInt32(out int number) && number >= min && number <= max
            ? number
            : throw Error(JsonPath.Child(path, name), what + string.Create(CultureInfo.InvariantCulture, $", a whole number from {min}") + (max == int.MaxValue ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" to {max}")), member);
    }

    /// <summary>An optional array member; an empty enumeration when absent.</summary>
    internal static JsonElement.ArrayEnumerator Array(JsonElement value, string name, string path, string what)
    {
        if (!value.TryGetProperty(name, out var member))
        {
            return default;
        }
        return member.ValueKind == JsonValueKind.Array ? member.EnumerateArray() : throw Error(JsonPath.Child(path, name), what + ", an array", member);
    }

    /// <summary>An optional <c>date-time</c> member (RFC 3339 with an offset, as ANS's dates are); null when absent.</summary>
    internal static Instant? Date(JsonElement value, string name, string path) =>
        value.TryGetProperty(name, out var member) ? DateValue(member, JsonPath.Child(path, name)) : null;

    /// <summary>A <c>date-time</c> value (RFC 3339 with an offset) at <paramref name="path"/>.</summary>
    internal static Instant DateValue(JsonElement value, string path)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, "a date, a string", value);
        return Rfc3339.TryParse(text, null, out var instant, out _) == Rfc3339.Status.Ok
            ? instant
            : throw new AnsShapeException(path, "an RFC 3339 date-time with an offset, such as 2015-06-24T09:49:00.10Z", "the string \"" + Excerpt.Of(text) + "\"");
    }

    /// <summary>A dictionary of strings (headlines, subheadlines, description): each member a string.</summary>
    internal static void Dictionary(JsonElement value, string path, string what)
    {
        Object(value, path, what);
        foreach (var member in value.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String)
            {
                throw Error(JsonPath.Child(path, member.Name), "a string (" + what + " holds strings only)", member.Value);
            }
        }
    }

    /// <summary>An array of strings.</summary>
    internal static List<string> Strings(JsonElement value, string name, string path, string what)
    {
        var list = new List<string>();
        int i = 0;
        foreach (var item in Array(value, name, path, what))
        {
            list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Error(JsonPath.Element(JsonPath.Child(path, name), i), "a string", item));
            i++;
        }
        return list;
    }
}
