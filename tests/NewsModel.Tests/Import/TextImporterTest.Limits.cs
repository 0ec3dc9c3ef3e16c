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

    [Fact]
    public void Import_LoneSurrogate_FailsNamingLineAndCharacter()
    {
        var text = ImportTestKit.Page("The council said the work would be " + (char)0xD800 + " finished by the end of the month.");
        var result = ImportTestKit.Scmp.Import(text);
        result.Success.Should().BeFalse();
        result.Line.Should().Be(5);
        result.Message.Should().Be(ImportTestKit.Format(TextImporter.LoneSurrogateMessage, 5, 0xD800, text.IndexOf((char)0xD800, StringComparison.Ordinal)));
    }

    [Fact]
    public void ImportUtf8_ValidBytes_SameResultAsTheDecodedText()
    {
        var text = ImportTestKit.Page("\"We are ready,\" said Jane Smith, a spokeswoman for the Highways Department.", "The council said the work would be finished by the end of the month at the latest.");
        var expected = ImportTestKit.Scmp.Import(text).Article!;
        ImportTestKit.Scmp.ImportUtf8(Encoding.UTF8.GetBytes(text)).Article.Should().Be(expected);
        ImportTestKit.Scmp.ImportUtf8([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]).Article.Should().Be(expected, "a byte order mark is skipped");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[] { 0xC3 }, 0)]
    [InlineData(new byte[] { 0xE2, 0x80 }, 0)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
    [InlineData(new byte[] { 0x61, 0xC0, 0xAF }, 1)]
    public void ImportUtf8_InvalidBytes_FailsNamingLineAndByte(byte[] bad, int offsetInBad)
    {
        var head = Encoding.UTF8.GetBytes(ImportTestKit.Page("The council said the work would be finished by the end of the month.") + "Line six ");
        var result = ImportTestKit.Scmp.ImportUtf8([.. head, .. bad, .. "."u8]);
        result.Success.Should().BeFalse();
        int position = head.Length + offsetInBad;
        result.Message.Should().Be(ImportTestKit.Format(TextImporter.InvalidUtf8Message, 6, position, bad[offsetInBad]));
        result.Line.Should().Be(6);
    }

    [Fact]
    public void ImportUtf8_OverTheLimit_FailsWithTheLimitInTheMessage()
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", NodaTime.DateTimeZone.Utc).WithMaxInputLength(100).Build();
        importer.ImportUtf8(Encoding.UTF8.GetBytes(new string('é', 101))).Message.Should().Be(ImportTestKit.Format(TextImporter.TooLongMessage, 101, 100));
        importer.ImportUtf8(Encoding.UTF8.GetBytes(new string('é', 100))).Message.Should().NotBe(ImportTestKit.Format(TextImporter.TooLongMessage, 100, 100));
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
        // Just under the longest text the JSON format reads back (a longer line is refused, see below).
        var line = string.Concat(Enumerable.Repeat("The tunnel will close for repairs, officials said on Monday. ", (NewsModel.Json.NewsModelJsonOptions.DefaultMaxStringLength - 100) / 61));
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
                    result.Article.Parties.Should().Contain(q.Attribution.Speaker!);
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

public partial class TextImporterTest
{
    [Fact]
    public void Import_ParagraphLongerThanTheJsonReaderReads_FailsNamingTheLineAndBothLimits()
    {
        string paragraph = "The council said " + new string('a', NewsModel.Json.NewsModelJsonOptions.DefaultMaxStringLength) + " finished.";
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("The council met on Monday.", paragraph));

        result.Success.Should().BeFalse();
        result.Line.Should().Be(7);
        result.Message.Should().Be(ImportTestKit.Format(TextImporter.LineTooLongMessage, 7, paragraph.Length, NewsModel.Json.NewsModelJsonOptions.DefaultMaxStringLength));
    }

    [Fact]
    public void Import_ParagraphAtTheJsonReadersLimit_ImportsAndReadsBack()
    {
        string paragraph = "The council said the work would be finished by the end of the month, officials said.";
        paragraph += new string(' ', NewsModel.Json.NewsModelJsonOptions.DefaultMaxStringLength - paragraph.Length - 1) + ".";
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("The council met on Monday to discuss the budget, officials said.", paragraph));

        result.Success.Should().BeTrue(result.Message);
        var json = NewsModel.Json.NewsModelJson.Serialize(result.Article!);
        NewsModel.Json.NewsModelJson.Deserialize(json).Should().Be(result.Article);
    }
}

public partial class TextImporterTest
{
    /// <summary>The importer fuzz target's minimised crash inputs (docs/fuzzing.md): each imports to a result.</summary>
    [Theory]
    [InlineData("0am (ST")]
    [InlineData("0am (BS")]
    [InlineData("0am 0Jun2020 (ST")]
    [InlineData("0am,0Jun2020 (ST")]
    [InlineData("2H20 (TT$")]
    [InlineData("\u20180am (ST")]
    [InlineData("\u2018")]
    [InlineData("Headline\n\nPublished: 10:00am, 20 Jun, 2020 (ST\n\nBody text here.")]
    public void Import_FuzzerInputs_NeverThrow(string text)
    {
        var result = ImportTestKit.Scmp.Import(text);
        (result.Success || !string.IsNullOrEmpty(result.Message)).Should().BeTrue();
    }
}
