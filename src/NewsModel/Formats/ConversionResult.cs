using System;

namespace NewsModel.Formats;

/// <summary>The output of a conversion together with the report of what it could not carry.</summary>
/// <typeparam name="T">The output type.</typeparam>
/// <remarks>Equality: reference equality (outputs such as byte arrays have none of their own). Immutable
/// (when <typeparamref name="T"/> is) and thread-safe.</remarks>
public sealed class ConversionResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The output.</param>
    /// <param name="losses">What the conversion could not carry.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConversionResult(T value, LossReport losses)
    {
        Value = Preconditions.CheckNotNull(value);
        Losses = Preconditions.CheckNotNull(losses);
    }

    /// <summary>Gets the output.</summary>
    public T Value { get; }

    /// <summary>Gets what the conversion could not carry.</summary>
    public LossReport Losses { get; }
}
