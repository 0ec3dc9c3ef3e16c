namespace NewsModel.Shape;

/// <summary>What a member's value is, as the format writes it.</summary>
internal enum MemberKind
{
    /// <summary>The format marker, a constant string.</summary>
    Format,

    /// <summary>A non-empty string.</summary>
    Text,

    /// <summary>Any string, empty included (a body paragraph).</summary>
    String,

    /// <summary>A time zone id of the zone provider.</summary>
    Zone,

    /// <summary>An RFC 3339 date-time with the zone's offset.</summary>
    Timestamp,

    /// <summary>An RFC 3339 date-time in UTC.</summary>
    UtcTimestamp,

    /// <summary>A non-negative 32-bit integer.</summary>
    Count,

    /// <summary>One spelling of a <see cref="ShapeEnum"/>.</summary>
    Enum,

    /// <summary>An object described by a <see cref="ShapeObject"/>.</summary>
    Object,

    /// <summary>An array of values of <see cref="ShapeMember.Items"/>.</summary>
    Array,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A duration as NodaTime's round-trip duration pattern, <c>-D:hh:mm:ss.FFFFFFFFF</c> ("0:00:02:30").</summary>
    Duration,
}

/// <summary>
/// One member of an object of the native format: its name, what its value is, and whether it must be present.
/// An optional member may also be null (meaning the same as absent); a required array is never null, an optional one
/// may be. Immutable and thread-safe.
/// </summary>
internal sealed class ShapeMember
{
    internal ShapeMember(Prop prop, MemberKind kind, bool required, ShapeObject? type = null, ShapeEnum? @enum = null, ShapeMember? items = null, string? description = null, bool legacy = false)
    {
        Legacy = legacy;
        Prop = prop;
        Kind = kind;
        Required = required;
        Type = type;
        Enum = @enum;
        Items = items;
        Description = description;
    }

    /// <summary>The member's name.</summary>
    internal Prop Prop { get; }

    /// <summary>What its value is.</summary>
    internal MemberKind Kind { get; }

    /// <summary>Whether it must be present (and not null).</summary>
    internal bool Required { get; }

    /// <summary>For <see cref="MemberKind.Object"/>, the object's shape.</summary>
    internal ShapeObject? Type { get; }

    /// <summary>For <see cref="MemberKind.Enum"/>, its spellings.</summary>
    internal ShapeEnum? Enum { get; }

    /// <summary>For <see cref="MemberKind.Array"/>, what each item is (a member shape without a name of its own).</summary>
    internal ShapeMember? Items { get; }

    /// <summary>What the member means, for the schema, or null.</summary>
    internal string? Description { get; }

    /// <summary>The member's JSON name under the default (camelCase) naming.</summary>
    internal string Name => Props.CamelCase(Prop);

    /// <summary>Whether the member is read from <c>newsmodel/1</c> documents only: never written, not in the schema, and
    /// refused in a <c>newsmodel/2</c> document.</summary>
    internal bool Legacy { get; }
}
