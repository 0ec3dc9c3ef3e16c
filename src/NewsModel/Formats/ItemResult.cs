using System;

namespace NewsModel.Formats;

/// <summary>
/// The result of reading one item of a collection (a REST collection, a feed): the article and its loss report, or
/// the reason the item could not be read. One item's failure never stops the others. Immutable and thread-safe;
/// equality is reference equality.
/// </summary>
/// <typeparam name="T">The output type.</typeparam>
public sealed class ItemResult<T>
    where T : class
{
    /// <summary>Creates the result of an item that was read.</summary>
    /// <param name="index">The item's zero-based index in the collection.</param>
    /// <param name="result">What was read, with its loss report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public ItemResult(int index, ConversionResult<T> result)
    {
        Index = index;
        Result = Preconditions.CheckNotNull(result);
    }

    /// <summary>Creates the result of an item that could not be read.</summary>
    /// <param name="index">The item's zero-based index in the collection.</param>
    /// <param name="error">Why: the format's documented exception (<c>WordPressException</c>, <c>FeedException</c>),
    /// naming path and position.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public ItemResult(int index, Exception error)
    {
        Index = index;
        Error = Preconditions.CheckNotNull(error);
    }

    /// <summary>Gets the item's zero-based index in the collection.</summary>
    public int Index { get; }

    /// <summary>Gets what was read, or null when the item failed.</summary>
    public ConversionResult<T>? Result { get; }

    /// <summary>Gets why the item could not be read, or null when it was read.</summary>
    public Exception? Error { get; }

    /// <summary>Gets whether the item was read.</summary>
    public bool Succeeded => Result is not null;
}
