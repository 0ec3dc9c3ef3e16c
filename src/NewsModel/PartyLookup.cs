using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// Finds a party equal to another among an article's parties: by a linear search when few lookups meet few parties,
/// through a dictionary (built once) when both are many, so that matching every quote's speaker stays linear. The
/// first of equal parties wins. One per set of lookups; not thread-safe.
/// </summary>
internal struct PartyLookup
{
    private readonly ImmutableArray<Party> _parties;
    private readonly bool _many;
    private Dictionary<Party, int>? _index;

    /// <summary>A lookup among <paramref name="parties"/> for about <paramref name="lookups"/> searches.</summary>
    internal PartyLookup(ImmutableArray<Party> parties, int lookups)
    {
        _parties = parties;
        _many = parties.Length > 8 && lookups > 8;
        _index = null;
    }

    /// <summary>The index of the first party equal to <paramref name="party"/>, or -1.</summary>
    internal int Find(Party party)
    {
        if (!_many)
        {
            return Linear(_parties, party);
        }
        if (_index is null)
        {
            _index = new Dictionary<Party, int>(_parties.Length);
            for (int i = _parties.Length - 1; i >= 0; i--)
            {
                _index[_parties[i]] = i;
            }
        }
        return _index.GetValueOrDefault(party, -1);
    }

    /// <summary>The index of the first party equal to <paramref name="party"/> by a linear search, or -1.</summary>
    internal static int Linear(ImmutableArray<Party> parties, Party party)
    {
        for (int i = 0; i < parties.Length; i++)
        {
            if (ReferenceEquals(parties[i], party) || parties[i].Equals(party))
            {
                return i;
            }
        }
        return -1;
    }
}
