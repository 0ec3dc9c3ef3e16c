using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel;

/// <summary>
/// Text with marks: the plain text as printed, and emphasis, links and other marks over ranges of it.
/// </summary>
/// <remarks>
/// <para>Ranges are in UTF-16 code units of <see cref="Text"/>. The constructor rejects a mark that runs past the text,
/// that starts or ends inside a surrogate pair, or that crosses another mark (two marks either do not overlap or one
/// lies within the other, as HTML elements nest). Marks are kept in document order: by start, the longer first, and in
/// the given order where both are equal (the first given is the outer one).</para>
/// <para>Quotes address the plain text, so a mark never changes what a quote's range covers.</para>
/// <para>Equality: the texts equal (ordinal) and the marks equal one by one in their kept order. Immutable and
/// thread-safe. A string converts implicitly to an unmarked inline text.</para>
/// </remarks>
public sealed class InlineText : IEquatable<InlineText>
{
    /// <summary>Creates inline text.</summary>
    /// <param name="text">The plain text; may be empty (an empty block is reported by the validators).</param>
    /// <param name="marks">The marks, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">A mark is null, runs past the text, splits a surrogate pair or crosses another mark.</exception>
    public InlineText(string text, IEnumerable<Mark>? marks = null)
        : this(Trusted.Checked, Preconditions.CheckNotNull(text), Preconditions.CheckElementsNotNull(marks))
    {
    }

    /// <summary>The constructor for NewsModel's readers, which hand over their marks without a copy: <paramref name="marks"/>
    /// is not default and holds no null. The marks are still ordered (copied only when out of order) and checked.</summary>
    /// <exception cref="ArgumentException">A mark runs past the text, splits a surrogate pair or crosses another mark.</exception>
    internal InlineText(Trusted trusted, string text, ImmutableArray<Mark> marks)
    {
        _ = trusted;
        Text = text;
        Marks = InOrder(marks) ? marks : Order(marks);
        CheckMarks(Text, Marks);
    }

    /// <summary>An empty text without marks.</summary>
    public static InlineText Empty { get; } = new(string.Empty);

    /// <summary>Gets the plain text.</summary>
    public string Text { get; }

    /// <summary>Gets the marks in document order.</summary>
    public ImmutableArray<Mark> Marks { get; }

    /// <summary>Gets whether the text is empty or white space only.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>Creates unmarked inline text.</summary>
    /// <param name="text">The plain text.</param>
    /// <returns>The inline text.</returns>
    public static InlineText Plain(string text) => new(text);

    /// <summary>Converts a string to unmarked inline text.</summary>
    /// <param name="text">The plain text.</param>
    public static implicit operator InlineText(string text) => new(text);

    /// <summary>Returns the text a mark covers.</summary>
    /// <param name="mark">One of this text's marks (or any mark whose range fits).</param>
    /// <returns>The covered text.</returns>
    public string Covered(Mark mark)
    {
        Preconditions.CheckNotNull(mark);
        Preconditions.CheckArgument(mark.Range.End <= Text.Length, nameof(mark), "The mark runs past the text.");
        return Text.Substring(mark.Range.Start, mark.Range.Length);
    }

    /// <summary>Returns a copy with other marks.</summary>
    /// <param name="marks">The marks, or null for none.</param>
    /// <returns>The new inline text.</returns>
    public InlineText WithMarks(IEnumerable<Mark>? marks) => new(Text, marks);

    private static ImmutableArray<Mark> Order(ImmutableArray<Mark> marks)
    {
        // A stable sort by (start, longer first): insertion sort keeps ties in the given order and is linear on the
        // already ordered marks a reader or builder gives.
        var builder = marks.ToBuilder();
        for (int i = 1; i < builder.Count; i++)
        {
            var mark = builder[i];
            int j = i - 1;
            while (j >= 0 && Before(mark, builder[j]))
            {
                builder[j + 1] = builder[j];
                j--;
            }
            builder[j + 1] = mark;
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Whether the marks are already in document order (which <see cref="Order"/> would keep as they are).</summary>
    private static bool InOrder(ImmutableArray<Mark> marks)
    {
        for (int i = 1; i < marks.Length; i++)
        {
            if (Before(marks[i], marks[i - 1]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Before(Mark a, Mark b) =>
        a.Range.Start < b.Range.Start || (a.Range.Start == b.Range.Start && a.Range.End > b.Range.End);

    private static void CheckMarks(string text, ImmutableArray<Mark> marks)
    {
        if (marks.IsEmpty)
        {
            return;
        }
        // Open marks' ends, innermost last: each mark must end within the one it starts in.
        Span<int> open = marks.Length <= 32 ? stackalloc int[marks.Length] : new int[marks.Length];
        int depth = 0;
        for (int i = 0; i < marks.Length; i++)
        {
            var range = marks[i].Range;
            if (range.End > text.Length)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Mark {i} ({marks[i]}) runs past the text, which has {text.Length} character(s)."), nameof(marks));
            }
            if (SplitsPair(text, range.Start) || SplitsPair(text, range.End))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Mark {i} ({marks[i]}) starts or ends inside a surrogate pair."), nameof(marks));
            }
            while (depth > 0 && open[depth - 1] <= range.Start)
            {
                depth--;
            }
            if (depth > 0 && range.End > open[depth - 1])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Mark {i} ({marks[i]}) crosses an earlier mark that ends at {open[depth - 1]}; marks nest or stay apart."), nameof(marks));
            }
            open[depth++] = range.End;
        }
    }

    /// <summary>Whether <paramref name="index"/> falls between the two halves of a surrogate pair.</summary>
    internal static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);

    /// <inheritdoc />
    public bool Equals(InlineText? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Text, other.Text, StringComparison.Ordinal) && Equality.SequenceEqual(Marks, other.Marks)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InlineText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.TextHash(Text), Equality.SequenceHash(Marks));

    /// <summary>Returns the plain text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
