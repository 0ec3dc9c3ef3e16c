
namespace NewsModel.Shape;

/// <summary>
/// One object of the native format: its members in the writer's order, which of them are required, and how messages
/// name it. Immutable and thread-safe.
/// </summary>
internal sealed class ShapeObject
{
    internal ShapeObject(string name, string expected, ShapeMember[] members, (string Value, Prop[] Required, Prop[] Optional)[]? variants = null,
        Prop discriminator = Prop.Type, int defaultVariant = -1)
    {
        Discriminator = discriminator;
        DefaultVariant = defaultVariant;
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
        Variants = new ShapeVariant[variants?.Length ?? 0];
        for (int v = 0; v < Variants.Length; v++)
        {
            Variants[v] = new ShapeVariant(this, variants![v].Value, variants[v].Required, variants[v].Optional);
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

    /// <summary>For an object whose <c>type</c> member says which members apply (a block), one entry per type in the
    /// enum's order; empty otherwise.</summary>
    internal ShapeVariant[] Variants { get; }

    /// <summary>The member whose value chooses the variant (<c>type</c> for a block, <c>kind</c> for an attribution).</summary>
    internal Prop Discriminator { get; }

    /// <summary>The variant that applies when the discriminator is absent or null, or -1 when it is required.</summary>
    internal int DefaultVariant { get; }

    /// <summary>The member bit of <paramref name="prop"/> (by its place in <see cref="Members"/>), or 0 when the object
    /// has no such member.</summary>
    internal ulong Bit(Prop prop)
    {
        int index = System.Array.IndexOf(Props, prop);
        return index < 0 ? 0 : 1UL << index;
    }

    /// <summary>The index of <paramref name="prop"/> in <see cref="Members"/>, or -1.</summary>
    internal int IndexOf(Prop prop) => System.Array.IndexOf(Props, prop);
}
