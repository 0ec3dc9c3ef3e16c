using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsModel.Formats;

/// <summary>Shared spellings of the model's enums in the standard formats, and the shared JSON writer
/// settings. Thread-safe.</summary>
internal static class FormatNames
{
    /// <summary>Writer options for data feeds (ninjs): only what JSON requires is escaped (quotes, backslash,
    /// control characters); letters and symbols stay UTF-8. Not for pasting into HTML.</summary>
    internal static JsonWriterOptions DataWriterOptions(bool indented) =>
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented, SkipValidation = true };

    /// <summary>Writes a property whose value is ASCII needing no escapes (an RFC 3339 date) without encoding it.</summary>
    internal static void WriteAsciiString(Utf8JsonWriter writer, System.ReadOnlySpan<byte> name, System.ReadOnlySpan<byte> ascii)
    {
        writer.WritePropertyName(name);
        WriteAsciiValue(writer, ascii);
    }

    /// <summary>Writes a property whose value is ASCII needing no escapes (an RFC 3339 date) without encoding it.</summary>
    internal static void WriteAsciiString(Utf8JsonWriter writer, JsonEncodedText name, System.ReadOnlySpan<byte> ascii)
    {
        writer.WritePropertyName(name);
        WriteAsciiValue(writer, ascii);
    }

    private static void WriteAsciiValue(Utf8JsonWriter writer, System.ReadOnlySpan<byte> ascii)
    {
        System.Span<byte> quoted = stackalloc byte[ascii.Length + 2];
        quoted[0] = (byte)'"';
        ascii.CopyTo(quoted[1..]);
        quoted[^1] = (byte)'"';
        writer.WriteRawValue(quoted, skipInputValidation: true);
    }

    // The native spellings in the style of other formats (additionalReporting → additional-reporting).
    private static readonly string[] Roles = Shape.ModelShape.CreditRoles.Kebab();
    private static readonly string[] Kinds = Shape.ModelShape.PartyKinds.Kebab();
    private static readonly string[] QuoteKinds = Shape.ModelShape.QuoteKinds.Kebab();

    internal static string Of(CreditRole role) => Roles[(int)role];

    internal static string Of(PartyKind kind) => Kinds[(int)kind];

    internal static string Of(QuoteKind kind) => QuoteKinds[(int)kind];

    internal static bool TryCreditRole(string? text, out CreditRole role) => TryFind(Roles, text, out role);

    internal static bool TryPartyKind(string? text, out PartyKind kind) => TryFind(Kinds, text, out kind);

    internal static bool TryQuoteKind(string? text, out QuoteKind kind) => TryFind(QuoteKinds, text, out kind);

    internal static readonly string CreditRoles = "one of " + string.Join(", ", Roles);
    internal static readonly string PartyKinds = Shape.ShapeEnum.Join(Kinds, quoted: false);
    internal static readonly string QuoteKindNames = Shape.ShapeEnum.Join(QuoteKinds, quoted: false);

    private static bool TryFind<TEnum>(string[] names, string? text, out TEnum value)
        where TEnum : struct, System.Enum
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, System.StringComparison.Ordinal))
            {
                value = (TEnum)(object)i;
                return true;
            }
        }
        value = default;
        return false;
    }
}
