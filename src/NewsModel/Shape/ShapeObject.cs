
namespace NewsModel.Shape;

/// <summary>
/// One object of the native format: its members in the writer's order, which of them are required, and how messages
/// name it. Immutable and thread-safe.
/// </summary>
internal sealed class ShapeObject
{
    internal ShapeObject(string name, string expected, ShapeMember[] members)
    {
        Name = name;
        Expected = expected;
        Members = members;
        if (members.Length > 64)
        {
            throw new System.ArgumentException("An object of the format has at most 64 members (the readers keep the members seen as bits).", nameof(members));
        }
        Props = new Prop[members.Length];
        for (int i = 0; i < members.Length; i++)
        {
            Props[i] = members[i].Prop;
            if (members[i].Required)
            {
                RequiredMask |= 1UL << i;
            }
        }
    }

    /// <summary>The object's name in the JSON Schema (<c>$defs</c>).</summary>
    internal string Name { get; }

    /// <summary>How messages name the object where one was expected ("a credit object").</summary>
    internal string Expected { get; }

    /// <summary>The members, in the order the writer writes them.</summary>
    internal ShapeMember[] Members { get; }

    /// <summary>The members' names, in the same order (what the readers look names up in).</summary>
    internal Prop[] Props { get; }

    /// <summary>The required members as bits, by their place in <see cref="Members"/> (at most 64 members).</summary>
    internal ulong RequiredMask { get; }
}
