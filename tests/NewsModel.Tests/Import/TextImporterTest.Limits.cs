using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using NewsModel.Import;

namespace NewsModel.Tests.Import;

/// <summary>Hostile input: size limits, a megabyte of quotation marks, one huge line, random junk, threads.
/// (Linear time is shown by the benchmarks; these tests show that such input finishes with a result.)</summary>
public partial class TextImporterTest
{
    private const int Megabyte = 1 << 20;

    [Fact]
    public void Import_InputOverTheLimit_FailsWithTheLimitInTheMessage()
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", NodaTime.DateTimeZone.Utc).WithMaxInputLength(100).Build();
        var text = new string('a', 101);
        foreach (var result in new[] { importer.Import(text), importer.Import(text.AsSpan()) })
        {
            result.Success.Should().BeFalse();
            result.Message.Should().Be(ImportTestKit.Format(TextImporter.TooLongMessage, 101, 100));
        }
        importer.Import(new string('a', 100)).Message.Should().NotBe(ImportTestKit.Format(TextImporter.TooLongMessage, 100, 100));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("\" ")]
    [InlineData("\"a\" ")]
    [InlineData("“Yes,” he said. ")]
    public void Import_AMegabyteOfQuotationMarks_FinishesWithAResult(string unit)
    {
        var repeated = new StringBuilder(Megabyte + 64);
        while (repeated.Length < Megabyte)
        {
            repeated.Append(unit);
        }
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page(repeated.ToString() + ".", "The council said the work would be finished by the end of the month at the latest."));
        result.Should().NotBeNull();
        if (result.Success)
        {
            AssertRangesPointAtText(result.Article!);
        }
    }

    [Fact]
    public void Import_ASingleMegabyteLine_FinishesWithAResult()
    {
        var line = string.Concat(Enumerable.Repeat("The tunnel will close for repairs, officials said on Monday. ", Megabyte / 60));
        var result = ImportTestKit.Scmp.Import(line);
        result.Success.Should().BeFalse();
        result.Message.Should().Be(ImportTestKit.Format(TextImporter.NoHeadlineMessage, 1));
        ImportTestKit.Scmp.Import(ImportTestKit.Page(line)).Article!.Body.Should().ContainSingle().Which.Should().Be(line.Trim());
    }

    [Fact]
    public void Import_RandomJunk_NeverThrowsAndEveryArticleIsConsistent()
    {
        Gen.Char.Array[0, 4000].Select(c => new string(c)).Sample(text =>
        {
            var result = ImportTestKit.Scmp.Import(text);
            result.Success.Should().Be(result.Message is null);
            if (result.Success)
            {
                AssertRangesPointAtText(result.Article!);
            }
        }, iter: 300);
    }

    [Fact]
    public void Import_ArticleShapedJunk_NeverThrows()
    {
        var pieces = Gen.OneOf("\"", "“", "”", "«", "»", "„", "「", "」", ", ", ". ", ": ", " said ", " he ", " She ", "Mr ", "Jane Smith", " according to ",
            "\n", "\n\n", "By ", "PUBLISHED : Monday, 31 March, 2014, 5:31am", "12/30/2019", "— ", "(Reuters) ", "Additional reporting by ",
            "the ", "Kyodo news agency", ", head of the Foreign Ministry's bureau,", "word ", "\u0000", "\uD800", "é");
        pieces.Array[0, 300].Select(string.Concat).Sample(text =>
        {
            var result = ImportTestKit.Scmp.Import(text);
            if (result.Success)
            {
                AssertRangesPointAtText(result.Article!);
                foreach (var q in result.Article!.Quotes)
                {
                    result.Article.Parties.Should().Contain(q.Attribution.Speaker);
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void Import_ManyThreadsAtOnce_GiveTheSameArticle()
    {
        var text = ImportTestKit.Page("\"We are ready,\" said Jane Smith, a spokeswoman.", "The council said the work would be finished by the end of the month at the latest.");
        var expected = ImportTestKit.Scmp.Import(text).Article!;
        Parallel.For(0, 64, _ => ImportTestKit.Scmp.Import(text).Article.Should().Be(expected));
    }
}
