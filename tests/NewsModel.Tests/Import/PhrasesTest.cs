using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NewsModel.Import;
using Xunit;

namespace NewsModel.Tests.Import;

public class PhrasesTest
{
    private static readonly string[] Extra = ["(advertisement)", "© harbour", "Ärger melden", "read the harbour herald"];
    private static readonly Phrases Matcher = Phrases.Create(Extra);

    [Theory]
    [InlineData("Send to a friend", "send to a friend")]
    [InlineData("Please READ MORE below", "read more")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("(Advertisement)", "(advertisement)")]
    [InlineData("Photo © Harbour Herald 2024", "© harbour")]
    [InlineData("Ärger melden und teilen", "Ärger melden")]
    [InlineData("Share Tweet Email", "share")]
    [InlineData("Subscribe Search My Account Login", "navigation words")]
    public void Match_LineWithFurniture_ReturnsThePhrase(string line, string expected) =>
        Matcher.Match(line, Chars.CountWords(line)).Should().Be(expected);

    [Theory]
    [InlineData("The minister will unsubscribe to nothing, she said at the briefing on Monday.")]
    [InlineData("Fares rise by 12 per cent from April, the operator said.")]
    [InlineData("The readmore campaign began on Monday.")]
    [InlineData("Readers of the harbour heralds disagreed about the fares.")]
    [InlineData("Home News Sport Opinion Business More Video")]
    public void Match_RunningText_ReturnsNull(string line) =>
        Matcher.Match(line, Chars.CountWords(line)).Should().BeNull();

    [Fact]
    public void Match_LongerThanLongLineWords_ReturnsNull()
    {
        string line = "Read more " + string.Join(' ', Enumerable.Repeat("word", Phrases.LongLineWords));
        Matcher.Match(line, Chars.CountWords(line)).Should().BeNull();
    }

    /// <summary>Lines assembled from phrases, their fragments and other words: whatever the matcher returns is a
    /// phrase standing in the line as whole words, and it finds one whenever such a phrase is there.</summary>
    [Fact]
    public void Match_AssembledLines_AgreesWithNaiveSearch()
    {
        var all = Phrases.Strong.Concat(Extra).ToArray();
        var piece = Gen.OneOf(
            Gen.Int[0, all.Length - 1].Select(i => all[i]),
            Gen.Int[0, all.Length - 1].Select(i => all[i].Split(' ')[0]),
            Gen.Int[0, all.Length - 1].Select(i => all[i].ToUpperInvariant()),
            Gen.OneOf("the", "to", "for", "more", "un", "s", "ing", "ferry", "fares", "said", "—", ",", ".", "(", ")", "é"));
        var gen = Gen.Select(piece.Array[1, 14], Gen.OneOf(" ", "", "  ", " - "), (parts, glue) => string.Join(glue, parts));
        gen.Sample(line =>
        {
            int words = Chars.CountWords(line);
            string? found = Matcher.Match(line, words);
            string? naive = words > Phrases.LongLineWords ? null : all.FirstOrDefault(p => StandsIn(line, p));
            if (naive is not null)
            {
                found.Should().NotBeNull("\"{0}\" holds \"{1}\"", line, naive);
            }
            if (found is not null && all.Contains(found))
            {
                StandsIn(line, found).Should().BeTrue("\"{0}\" was matched by \"{1}\"", line, found);
            }
        }, iter: 3000);
    }

    private static bool StandsIn(string line, string phrase)
    {
        for (int at = line.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = line.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            bool startOk = !Chars.IsWordChar(phrase[0]) || at == 0 || !Chars.IsWordChar(line[at - 1]);
            int end = at + phrase.Length;
            bool endOk = !Chars.IsWordChar(phrase[^1]) || end == line.Length || !Chars.IsWordChar(line[end]);
            if (startOk && endOk)
            {
                return true;
            }
        }
        return false;
    }
}
