using System;
using System.Text;
using System.Text.Json;

namespace NewsModel.Shape;

/// <summary>
/// The spellings of one enumeration of the model in the native format, in the order of the enum's values (the first
/// spelling is the value <see cref="FirstValue"/>). The one place these spellings live: the reader, the writer, the
/// JSON Schema, the document checker and the other formats' names derive from it. Immutable and thread-safe.
/// </summary>
internal sealed class ShapeEnum
{
    internal ShapeEnum(string name, string[] spellings, int firstValue = 0, string? omitted = null)
    {
        Name = name;
        Spellings = spellings;
        FirstValue = firstValue;
        Omitted = omitted;
        Encoded = new JsonEncodedText[spellings.Length];
        Utf8 = new byte[spellings.Length][];
        for (int i = 0; i < spellings.Length; i++)
        {
            Encoded[i] = JsonEncodedText.Encode(spellings[i]);
            Utf8[i] = Encoding.UTF8.GetBytes(spellings[i]);
        }
        Expected = Join(spellings, quoted: true) + (omitted is null ? "" : " (" + omitted + ")");
        Listed = string.Join(", ", spellings);
    }

    /// <summary>The enumeration's name in the JSON Schema (<c>$defs</c>).</summary>
    internal string Name { get; }

    /// <summary>The spellings, camelCase, in value order.</summary>
    internal string[] Spellings { get; }

    /// <summary>The enum value of the first spelling (1 when value 0 is written by leaving the member out).</summary>
    internal int FirstValue { get; }

    /// <summary>What leaving the member out means, when value 0 has no spelling; otherwise null.</summary>
    internal string? Omitted { get; }

    /// <summary>The spellings, encoded for the writer.</summary>
    internal JsonEncodedText[] Encoded { get; }

    /// <summary>The spellings in UTF-8, for the reader.</summary>
    internal byte[][] Utf8 { get; }

    /// <summary>The spellings as an expectation in messages: <c>"a", "b" or "c"</c>.</summary>
    internal string Expected { get; }

    /// <summary>The spellings as a plain list: <c>a, b, c</c>.</summary>
    internal string Listed { get; }

    /// <summary>The spelling of an enum value.</summary>
    internal string Of(int value) => Spellings[value - FirstValue];

    /// <summary>The spelling of an enum value, encoded.</summary>
    internal JsonEncodedText EncodedOf(int value) => Encoded[value - FirstValue];

    /// <summary>The enum value the JSON string <paramref name="value"/> spells, or -1 (compared as UTF-8, nothing
    /// allocated).</summary>
    internal int Find(JsonElement value)
    {
        for (int i = 0; i < Utf8.Length; i++)
        {
            if (value.ValueEquals(Utf8[i]))
            {
                return i + FirstValue;
            }
        }
        return -1;
    }

    /// <summary>The spellings in another format's style: words joined by <paramref name="separator"/> in lower case
    /// (<c>additionalReporting</c> → <c>additional-reporting</c>).</summary>
    internal string[] Kebab(char separator = '-')
    {
        var result = new string[Spellings.Length];
        for (int i = 0; i < result.Length; i++)
        {
            var builder = new StringBuilder();
            foreach (char c in Spellings[i])
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    builder.Append(separator).Append(char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(c);
                }
            }
            result[i] = builder.ToString();
        }
        return result;
    }

    /// <summary>Joins texts as "a, b or c", each quoted when <paramref name="quoted"/>.</summary>
    internal static string Join(string[] texts, bool quoted)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < texts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(i == texts.Length - 1 ? " or " : ", ");
            }
            builder.Append(quoted ? "\"" + texts[i] + "\"" : texts[i]);
        }
        return builder.ToString();
    }
}
