using System;
using System.Collections.Generic;

namespace NewsModel.Validation;

/// <summary>
/// Pairwise checks in one pass, for rules that compare every item with the ones before it ("the same name credited
/// twice with different roles"). Up to <see cref="SmallCount"/> items a rule compares pairs directly (allocating
/// nothing); beyond that it groups the items by key, so that ten times the items cost about ten times the time.
/// </summary>
internal static class Groups
{
    /// <summary>The most items a rule compares pair by pair.</summary>
    internal const int SmallCount = 32;

    /// <summary>
    /// For each item <c>i</c>, the earliest <c>j &lt; i</c> whose key equals <c>i</c>'s and whose value differs from
    /// <c>i</c>'s, or -1 — what a loop over every earlier item gives, provided <paramref name="differ"/> is "not
    /// equal" under an equivalence. Each group keeps its first item and the first item that differs from it: an
    /// item that differs from the first conflicts with the first (the earliest of the group), one that does not
    /// conflicts with the first that differs.
    /// </summary>
    internal static int[] EarliestDiffering(int count, Func<int, string> keyOf, StringComparer comparer, Func<int, int, bool> differ)
    {
        var result = new int[count];
        var groups = new Dictionary<string, (int First, int FirstDifferent)>(comparer);
        for (int i = 0; i < count; i++)
        {
            string key = keyOf(i);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = (i, -1);
                result[i] = -1;
            }
            else if (differ(i, group.First))
            {
                result[i] = group.First;
                if (group.FirstDifferent < 0)
                {
                    groups[key] = (group.First, i);
                }
            }
            else
            {
                result[i] = group.FirstDifferent;
            }
        }
        return result;
    }
}
