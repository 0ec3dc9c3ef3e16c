using System;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>Writes a stamp into a caller's buffer without allocating; <see cref="Overflowed"/> says whether the
/// buffer was too small (writing then stops).</summary>
internal ref struct StampWriter
{
    private readonly Span<char> _buffer;

    internal StampWriter(Span<char> buffer)
    {
        _buffer = buffer;
        Position = 0;
        Overflowed = false;
    }

    internal int Position { get; private set; }

    /// <summary>Gets or sets whether the value is a date-only moment: styles that can print a date alone do so.</summary>
    internal bool DateOnly { get; set; }

    internal bool Overflowed { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Char(char c)
    {
        if (Position < _buffer.Length)
        {
            _buffer[Position++] = c;
        }
        else
        {
            Overflowed = true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Text(ReadOnlySpan<char> text)
    {
        if (text.TryCopyTo(_buffer[Position..]))
        {
            Position += text.Length;
        }
        else
        {
            Overflowed = true;
        }
    }

    /// <summary>Writes a number with at least <paramref name="minDigits"/> digits (a minus sign first when
    /// negative). One, two and four digits take fast paths.</summary>
    internal void Number(int value, int minDigits)
    {
        if ((uint)value < 10 && minDigits <= 1)
        {
            Char((char)('0' + value));
            return;
        }
        if ((uint)value < 100 && minDigits <= 2)
        {
            Two(value);
            return;
        }
        if ((uint)value < 10000 && minDigits <= 4 && (value >= 1000 || minDigits == 4))
        {
            Two(value / 100);
            Two(value % 100);
            return;
        }
        if (value < 0)
        {
            Char('-');
            value = -value;
        }
        int digits = 1;
        for (int v = value; v >= 10; v /= 10)
        {
            digits++;
        }
        digits = Math.Max(digits, minDigits);
        int position = Position;
        if (position + digits > _buffer.Length)
        {
            Overflowed = true;
            return;
        }
        for (int i = position + digits - 1; i >= position; i--)
        {
            _buffer[i] = (char)('0' + (value % 10));
            value /= 10;
        }
        Position = position + digits;
    }

    /// <summary>Writes exactly two digits of 0 to 99.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Two(int value)
    {
        int position = Position;
        if ((uint)(position + 1) < (uint)_buffer.Length)
        {
            int tens = value / 10;
            _buffer[position] = (char)('0' + tens);
            _buffer[position + 1] = (char)('0' + value - (tens * 10));
            Position = position + 2;
        }
        else
        {
            Overflowed = true;
        }
    }

    /// <summary>Writes <c>.fffffffff</c> with trailing zeros removed; nothing when zero.</summary>
    internal void Fraction(int nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return;
        }
        int digits = 9;
        while (nanoseconds % 10 == 0)
        {
            nanoseconds /= 10;
            digits--;
        }
        Char('.');
        Number(nanoseconds, digits);
    }

    /// <summary>Writes <c>+HH:mm</c> (or <c>+HHmm</c>), with <c>:ss</c> when the seconds are not zero and
    /// <paramref name="allowSeconds"/> is set.</summary>
    internal void Offset(int seconds, bool colon, bool allowSeconds)
    {
        Char(seconds < 0 ? '-' : '+');
        seconds = Math.Abs(seconds);
        Number(seconds / 3600, 2);
        if (colon)
        {
            Char(':');
        }
        Number(seconds / 60 % 60, 2);
        if (allowSeconds && seconds % 60 != 0)
        {
            Char(':');
            Number(seconds % 60, 2);
        }
    }

    /// <summary>Writes <c>h:mm</c> and <c>am</c>/<c>pm</c> (or <paramref name="am"/>/<paramref name="pm"/>).</summary>
    internal void TwelveHourTime(int hour, int minute, int hourDigits, string separator, string am, string pm)
    {
        int h = hour % 12;
        Number(h == 0 ? 12 : h, hourDigits);
        Char(':');
        Number(minute, 2);
        Text(separator);
        Text(hour < 12 ? am : pm);
    }
}
