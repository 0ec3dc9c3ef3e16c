using System;
using CsCheck;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// The property the format readers keep: a document with one byte changed, or cut short anywhere, is read or refused
/// with the reader's documented exception, and never anything else.
/// </summary>
public static class Mutations
{
    /// <summary>Runs <paramref name="read"/> on <paramref name="iterations"/> mutations of <paramref name="document"/>
    /// (one byte replaced, or the document cut at a position); any exception but <typeparamref name="TException"/>
    /// fails the property.</summary>
    /// <typeparam name="TException">The reader's documented exception.</typeparam>
    /// <param name="document">The well-formed document.</param>
    /// <param name="read">The reading under test.</param>
    /// <param name="iterations">How many mutations.</param>
    public static void OnlyThrow<TException>(byte[] document, Action<byte[]> read, int iterations)
        where TException : Exception =>
        Gen.Select(Gen.Int[0, document.Length - 1], Gen.Byte, Gen.Bool).Sample((position, value, cut) =>
        {
            var mutated = cut ? document.AsSpan(0, position).ToArray() : (byte[])document.Clone();
            if (!cut)
            {
                mutated[position] = value;
            }
            try
            {
                read(mutated);
            }
            catch (TException)
            {
            }
            catch (Exception e)
            {
                // Name the mutation and what escaped, so that a rare failure can be replayed from the message alone.
                throw new InvalidOperationException(
                    (cut ? $"The document cut at byte {position}" : $"The document with byte {position} set to 0x{value:X2}") + " let "
                    + e.GetType().FullName + " escape instead of " + typeof(TException).Name + ": " + e.Message + "\n" + e.StackTrace, e);
            }
        }, iter: iterations);
}
