using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NewsModel.Shape;

namespace NewsModel.Json;

/// <summary>
/// The member names of the format under one naming policy: encoded for the writer, UTF-8 for the reader,
/// text for paths. The format marker <c>format</c> never follows the policy. Immutable and thread-safe.
/// </summary>
internal sealed class JsonNames
{
    internal const int Count = Props.Count;

    private static readonly ConditionalWeakTable<JsonNamingPolicy, JsonNames> Cache = new();

    /// <summary>The documented default: camelCase.</summary>
    internal static readonly JsonNames Default = new(JsonNamingPolicy.CamelCase);

    private JsonNames(JsonNamingPolicy policy)
    {
        Text = new string[Count];
        Utf8 = new byte[Count][];
        Encoded = new JsonEncodedText[Count];
        for (int i = 0; i < Count; i++)
        {
            string declared = Props.Declared[i];
            string name = i == (int)Prop.Format ? "format" : policy.ConvertName(declared);
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException($"The naming policy turned '{declared}' into an empty name.", nameof(policy));
            }
            Text[i] = name;
            Utf8[i] = Encoding.UTF8.GetBytes(name);
            Encoded[i] = JsonEncodedText.Encode(name, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        }
        for (int i = 0; i < Count; i++)
        {
            for (int j = i + 1; j < Count; j++)
            {
                if (string.Equals(Text[i], Text[j], StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The naming policy gives '{Props.Declared[i]}' and '{Props.Declared[j]}' the same name '{Text[i]}'.", nameof(policy));
                }
            }
        }
    }

    internal string[] Text { get; }

    internal byte[][] Utf8 { get; }

    internal JsonEncodedText[] Encoded { get; }

    /// <summary>The names for <paramref name="policy"/>; null means the default (camelCase).</summary>
    internal static JsonNames For(JsonNamingPolicy? policy) =>
        policy is null || ReferenceEquals(policy, JsonNamingPolicy.CamelCase)
            ? Default
            : Cache.GetValue(policy, static p => new JsonNames(p));

    internal JsonEncodedText this[Prop prop] => Encoded[(int)prop];

    /// <summary>Finds which of <paramref name="members"/> the unescaped UTF-8 <paramref name="name"/> is, trying
    /// <paramref name="members"/>[<paramref name="start"/>] first and going on in order (documents list members in
    /// the writer's order, so the next one is usually the first tried).</summary>
    /// <returns>The member's index in <paramref name="members"/>, or -1.</returns>
    internal int Find(ReadOnlySpan<byte> name, ReadOnlySpan<Prop> members, int start)
    {
        byte[][] utf8 = Utf8;
        int count = members.Length;
        if ((uint)start >= (uint)count)
        {
            start = 0;
        }
        for (int i = start, tried = 0; tried < count; tried++)
        {
            int member = (int)members[i];
            var candidate = utf8[member];
            if (candidate.Length == name.Length && name.SequenceEqual(candidate))
            {
                return i;
            }
            if (++i == count)
            {
                i = 0;
            }
        }
        return -1;
    }
}
