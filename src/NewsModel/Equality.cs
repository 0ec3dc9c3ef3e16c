using System;
using System.Collections.Immutable;
using NodaTime;

namespace NewsModel;

/// <summary>Helpers for value equality over the model's collections and zones.</summary>
internal static class Equality
{
    internal static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : IEquatable<T>?
    {
        if (left.Length != right.Length)
        {
            return false;
        }
        for (int i = 0; i < left.Length; i++)
        {
            T a = left[i];
            T b = right[i];
            if (a is null ? b is not null : !a.Equals(b))
            {
                return false;
            }
        }
        return true;
    }

    internal static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>Zones are equal when their ids are equal (ordinal), whichever provider made them.</summary>
    internal static bool ZoneEqual(DateTimeZone left, DateTimeZone right) =>
        ReferenceEquals(left, right) || string.Equals(left.Id, right.Id, StringComparison.Ordinal);

    internal static int ZoneHash(DateTimeZone zone) => StringComparer.Ordinal.GetHashCode(zone.Id);

    internal static int TextHash(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);
}
