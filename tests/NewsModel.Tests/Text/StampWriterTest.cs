using System;
using System.Globalization;
using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public class StampWriterTest
{
    [Fact]
    public void Number_AnyValueAndWidth_MatchesZeroPaddedFormatting()
    {
        Gen.Select(Gen.Frequency((3, Gen.Int[0, 10_000]), (1, Gen.Int[0, 999_999_999]), (1, Gen.Int[-10_000, -1])), Gen.Int[1, 9]).Sample((value, width) =>
        {
            Span<char> buffer = stackalloc char[16];
            var writer = new StampWriter(buffer);
            writer.Number(value, width);
            var expected = value.ToString(new string('0', width), CultureInfo.InvariantCulture);
            return !writer.Overflowed && buffer[..writer.Position].ToString() == expected;
        }, iter: 20_000);
    }

    [Fact]
    public void Number_BufferTooSmall_Overflows()
    {
        Span<char> buffer = stackalloc char[3];
        var writer = new StampWriter(buffer);
        writer.Number(2014, 4);
        writer.Overflowed.Should().BeTrue();
    }
}
