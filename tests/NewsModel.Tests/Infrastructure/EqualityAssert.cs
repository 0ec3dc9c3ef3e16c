using System;
using System.Collections.Generic;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// One shared check of the equality and hash contract: reflexive, symmetric, consistent with
/// <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/>, null-safe, and that each
/// "different" value differs.
/// </summary>
public static class EqualityAssert
{
    /// <summary>Asserts that <paramref name="value"/> and <paramref name="equal"/> (a distinct but equal instance)
    /// are equal with equal hashes, and that every value in <paramref name="different"/> is not equal to it.</summary>
    public static void Contract<T>(T value, T equal, params T[] different)
        where T : notnull, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equal);
        object boxed = value;
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equal).Should().BeFalse("the equal value must be a distinct instance to test value equality");
        }
        value.Equals(value).Should().BeTrue("equality is reflexive");
        value.Equals(equal).Should().BeTrue("equal values are equal");
        equal.Equals(value).Should().BeTrue("equality is symmetric");
        value.Equals((object)equal).Should().BeTrue("object.Equals agrees with IEquatable");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hashes");
        bool equalsNull = boxed.Equals(null);
        bool equalsOtherType = value.Equals(new object());
        equalsNull.Should().BeFalse("nothing equals null");
        equalsOtherType.Should().BeFalse("a value never equals another type");
        for (int i = 0; i < different.Length; i++)
        {
            value.Equals(different[i]).Should().BeFalse($"different value {i} ({different[i]}) must not equal {value}");
            different[i].Equals(value).Should().BeFalse($"different value {i} must not equal {value} (symmetry)");
            value.Equals((object)different[i]!).Should().BeFalse($"object.Equals agrees for different value {i}");
        }
    }
}
