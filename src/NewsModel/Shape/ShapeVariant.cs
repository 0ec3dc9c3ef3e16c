namespace NewsModel.Shape;

/// <summary>
/// One value of a discriminated object (a block's <c>type</c>): which of the object's members it requires and which it
/// allows besides. The members seen are bits by the member's place in the object (<see cref="ShapeObject.Bit"/>).
/// Immutable and thread-safe.
/// </summary>
internal sealed class ShapeVariant
{
    internal ShapeVariant(ShapeObject owner, string value, Prop[] required, Prop[] optional)
    {
        Value = value;
        Required = required;
        Optional = optional;
        AllowedMask = owner.Bit(owner.Discriminator) | owner.RequiredMask;
        foreach (var prop in required)
        {
            RequiredMask |= owner.Bit(prop);
        }
        AllowedMask |= RequiredMask;
        foreach (var prop in optional)
        {
            AllowedMask |= owner.Bit(prop);
        }
    }

    /// <summary>The discriminator's spelling ("heading").</summary>
    internal string Value { get; }

    /// <summary>The members this type requires besides <c>type</c>.</summary>
    internal Prop[] Required { get; }

    /// <summary>The members this type allows besides the required ones.</summary>
    internal Prop[] Optional { get; }

    /// <summary>The bits of the required members.</summary>
    internal ulong RequiredMask { get; }

    /// <summary>The bits of every member this type allows, <c>type</c> included.</summary>
    internal ulong AllowedMask { get; }
}
