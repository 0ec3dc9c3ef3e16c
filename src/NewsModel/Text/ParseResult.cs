using System;
using System.Globalization;
using NodaTime.Text;

namespace NewsModel.Text;

/// <summary>
/// The result of a parse operation, in the manner of NodaTime's <c>ParseResult&lt;T&gt;</c>: either a value, or a
/// failure carrying a message and the position (an index into the input text) where parsing stopped.
/// </summary>
/// <remarks>
/// <para>
/// Parsers never throw for bad text; they return a failed result. Use <see cref="GetValueOrThrow"/> (or
/// <see cref="Value"/>) to get an <see cref="UnparsableValueException"/> instead, or <see cref="TryGetValue"/> to
/// branch without one. The failure message is composed only when it is asked for, so failed attempts stay cheap.
/// </para>
/// <para>
/// This is a small immutable value type (it allocates nothing itself) and is thread-safe. The default value is a
/// failure whose message says the result was never initialized. Equality is not overridden beyond the default
/// structural equality of value types; compare <see cref="Success"/>, values and messages instead.
/// </para>
/// </remarks>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly ParseFailure? _failure;
    private readonly string? _input;
    private readonly bool _success;

    private ParseResult(T value)
    {
        _value = value;
        _failure = null;
        _input = null;
        _success = true;
    }

    private ParseResult(ParseFailure failure, string? input)
    {
        _value = default!;
        _failure = failure;
        _input = input;
        _success = false;
    }

    /// <summary>Gets a value indicating whether the parse succeeded.</summary>
    public bool Success => _success;

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="UnparsableValueException">The parse failed.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Gets the failure message, or null when the parse succeeded. The message names what was expected
    /// and the position.</summary>
    public string? Message => _success ? null : Failure.Message;

    /// <summary>Gets the index into the input text where the failure was detected, or -1 when the parse
    /// succeeded.</summary>
    public int Position => _success ? -1 : Failure.Position;

    /// <summary>Gets the exception describing the failure (created on each call): an
    /// <see cref="UnparsableValueException"/> carrying the message, the position and, when the input was a string,
    /// the input.</summary>
    /// <exception cref="InvalidOperationException">The parse succeeded, so there is no exception.</exception>
    public Exception Exception => _success
        ? throw new InvalidOperationException("The parse succeeded: there is no exception.")
        : new UnparsableValueException(Failure.Message, _input ?? string.Empty, Failure.Position);

    private ParseFailure Failure => _failure ?? ParseFailure.Uninitialized;

    /// <summary>Returns the value when the parse succeeded, or throws the failure's exception.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="UnparsableValueException">The parse failed.</exception>
    public T GetValueOrThrow() => _success ? _value : throw Exception;

    /// <summary>Gets the value when the parse succeeded; otherwise gives <paramref name="failureValue"/>.</summary>
    /// <param name="failureValue">The value to give on failure.</param>
    /// <param name="result">The parsed value, or <paramref name="failureValue"/>.</param>
    /// <returns>Whether the parse succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = _success ? _value : failureValue;
        return _success;
    }

    /// <summary>Converts a successful value with <paramref name="projection"/>; a failure stays the same failure.</summary>
    /// <typeparam name="TTarget">The new value type.</typeparam>
    /// <param name="projection">The conversion (called only on success).</param>
    /// <returns>The converted result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is null.</exception>
    public ParseResult<TTarget> Convert<TTarget>(Func<T, TTarget> projection)
    {
        Preconditions.CheckNotNull(projection);
        return _success ? ParseResult<TTarget>.ForValue(projection(_value)) : ParseResult<TTarget>.ForFailure(Failure, _input);
    }

    /// <summary>Gives the same failure for another value type.</summary>
    /// <typeparam name="TTarget">The new value type.</typeparam>
    /// <returns>The failure.</returns>
    /// <exception cref="InvalidOperationException">The parse succeeded.</exception>
    public ParseResult<TTarget> ConvertError<TTarget>() => _success
        ? throw new InvalidOperationException("ConvertError is only for failed results.")
        : ParseResult<TTarget>.ForFailure(Failure, _input);

    /// <summary>Returns "Success: value" or "Failure: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _success
        ? string.Create(CultureInfo.InvariantCulture, $"Success: {_value}")
        : "Failure: " + Failure.Message;

    internal static ParseResult<T> ForValue(T value) => new(value);

    internal static ParseResult<T> ForFailure(ParseFailure failure, string? input = null) => new(failure, input);

    internal ParseResult<T> WithInput(string input) => _success ? this : new(Failure, input);

    internal ParseFailure? FailureOrNull => _success ? null : Failure;
}

/// <summary>A failure: a message template from <see cref="TextErrorMessages"/>, the position and up to three
/// arguments. The message is formatted only when asked for. Immutable and thread-safe.</summary>
internal sealed class ParseFailure
{
    internal static readonly ParseFailure Uninitialized = new(TextErrorMessages.Uninitialized, 0);

    internal ParseFailure(string template, int position, string? arg1 = null, string? arg2 = null, string? arg3 = null)
    {
        Template = template;
        Position = position;
        Arg1 = arg1;
        Arg2 = arg2;
        Arg3 = arg3;
    }

    internal string Template { get; }

    internal int Position { get; }

    internal string? Arg1 { get; }

    internal string? Arg2 { get; }

    internal string? Arg3 { get; }

    /// <summary>The same failure at a position <paramref name="offset"/> further on (a stamp read from inside a line).</summary>
    internal ParseFailure Shift(int offset) => offset == 0 ? this : new(Template, Position + offset, Arg1, Arg2, Arg3);

    internal string Message => string.Format(CultureInfo.InvariantCulture, Template, Position, Arg1, Arg2, Arg3);
}
