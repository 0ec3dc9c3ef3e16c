using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsModel;

/// <summary>
/// Argument checks for public boundaries, in the manner of NodaTime's <c>Preconditions</c>.
/// Every failure is an <see cref="ArgumentException"/> (or subclass) naming the parameter.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Rejects null and the empty string.</summary>
    internal static string CheckNotEmpty(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (argument.Length == 0)
        {
            throw new ArgumentException("Value must not be empty.", paramName);
        }
        CheckWellFormed(argument, paramName);
        return argument;
    }

    /// <summary>Null means absent; a present optional text must not be empty (use null instead).</summary>
    internal static string? CheckOptionalNotEmpty(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is not null && argument.Length == 0)
        {
            throw new ArgumentException("An optional text is either null (absent) or non-empty; the empty string is not allowed.", paramName);
        }
        if (argument is not null)
        {
            CheckWellFormed(argument, paramName);
        }
        return argument;
    }

    /// <summary>
    /// Rejects text that is not well-formed UTF-16: a lone surrogate cannot be written in UTF-8, so no JSON or XML
    /// format could carry it without replacing it.
    /// </summary>
    internal static void CheckWellFormed(string text, string? paramName, int? element = null)
    {
        if (LoneSurrogate(text) is int index and >= 0)
        {
            string where = element is int e ? $"Element {e} has" : "The text has";
            throw new ArgumentException(
                $"{where} a lone surrogate U+{(int)text[index]:X4} at index {index}: text must be well-formed UTF-16 (surrogates only in pairs).",
                paramName);
        }
    }

    /// <summary>The index of the first surrogate in <paramref name="text"/> that is not half of a pair, or -1. Text
    /// without surrogates is passed over in one vectorised search.</summary>
    internal static int LoneSurrogate(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }
        return -1;
    }

    internal static void CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}].");
        }
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>As <see cref="CheckArgument(bool, string, string)"/>, but an interpolated message is only formatted
    /// when the check fails (valid arguments cost no formatting and no allocation).</summary>
    internal static void CheckArgument(
        bool expression,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessageHandler message)
    {
        if (!expression)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Formats an interpolated failure message only when the checked expression is false.</summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessageHandler
    {
        private DefaultInterpolatedStringHandler _inner;
        private readonly bool _active;

        public FailureMessageHandler(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
        {
            _active = shouldAppend = !expression;
            _inner = _active ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => _inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

        public string ToStringAndClear() => _active ? _inner.ToStringAndClear() : string.Empty;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(TEnum).Name}.");
        }
        return value;
    }

    /// <summary>Copies a sequence into an immutable array, rejecting null elements and ill-formed texts (null
    /// sequence means empty).</summary>
    internal static ImmutableArray<T> CheckElementsNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        if (items is null)
        {
            return ImmutableArray<T>.Empty;
        }
        var array = items.ToImmutableArray();
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
            if (array[i] is string text)
            {
                CheckWellFormed(text, paramName, i);
            }
        }
        return array;
    }
}
