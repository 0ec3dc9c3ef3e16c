using CsCheck;
using FluentAssertions;
using NewsModel.Import;
using Xunit;

namespace NewsModel.Tests.Import;

public class CharsTest
{
    /// <summary>Text mixing ASCII words and punctuation with non-ASCII letters, digits, curly apostrophes and
    /// spaces, long enough to cross several 16-character blocks.</summary>
    private static readonly Gen<string> MixedText =
        Gen.OneOf("a", "Z", "0", "9", "'", "’", " ", ".", ",", "-", "é", "Ж", "中", "か", "한", "٣", "\u00A0", "\t", "\"", "—", "@", "`", "{", "[", "/", ":")
            .Array[0, 120]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void CountWords_AnyText_EqualsCountOfWordCharacterRunsAndCjkCharacters()
    {
        MixedText.Sample(text => Chars.CountWords(text).Should().Be(ReferenceCount(text), "for \"{0}\"", text), iter: 3000);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Hong Kong's ferries", 3)]
    [InlineData("PUBLISHED : Monday, 31 March, 2014, 5:31am", 7)]
    [InlineData("abcdefghijklmnop qrstuvwxyz", 2)]
    [InlineData("abcdefghijklmno pqrstuvwxyzabcde", 2)]
    [InlineData("                word", 1)]
    [InlineData("café au lait — déjà vu", 5)]
    [InlineData("天星小轮加价 燃油成本上升", 12)]
    [InlineData("東京で会見 Kishida said", 7)]
    [InlineData("한국 뉴스", 2)]
    public void CountWords_Examples_CountsWords(string text, int expected) =>
        Chars.CountWords(text).Should().Be(expected);

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('\'', true)]
    [InlineData('’', true)]
    [InlineData('é', true)]
    [InlineData('中', true)]
    [InlineData('-', false)]
    [InlineData('`', false)]
    [InlineData('@', false)]
    [InlineData('[', false)]
    [InlineData('{', false)]
    [InlineData('/', false)]
    [InlineData(':', false)]
    [InlineData(' ', false)]
    public void IsWordChar_Character_IsLetterDigitOrApostrophe(char c, bool expected) =>
        Chars.IsWordChar(c).Should().Be(expected);

    private static int ReferenceCount(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (c is '中' or 'か')
            {
                count++; // Chinese and Japanese: every character a word
                inWord = false;
                continue;
            }
            bool word = char.IsLetterOrDigit(c) || c is '\'' or '’';
            if (word && !inWord)
            {
                count++;
            }
            inWord = word;
        }
        return count;
    }
}
