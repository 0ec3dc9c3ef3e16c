using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Import;

/// <summary>The quote gold set (benchmarks/NewsModel.ImportAccuracy/QuoteGold) is well formed: every file names a page
/// of the shared corpus, every quotation has a text and a kind of attribution that agrees with its speaker, and the
/// texts of the pages given as text occur in them word for word.</summary>
public class QuoteGoldTest
{
    private static readonly string Folder = SharedData.RepositoryPath("benchmarks/NewsModel.ImportAccuracy/QuoteGold");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void Folder_HoldsAtLeastFifteenPages()
    {
        Directory.EnumerateFiles(Folder, "*.json").Should().HaveCountGreaterThanOrEqualTo(15);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_NamesACorpusPageAndItsQuotesAgreeWithIt(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name)));
        var root = document.RootElement;
        string page = root.GetProperty("page").GetString()!;
        string text = SharedData.ReadText("corpus/" + page);
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            string quoted = quote.GetProperty("text").GetString()!;
            quoted.Should().NotBeNullOrWhiteSpace();
            string kind = quote.GetProperty("attribution").GetString()!;
            kind.Should().BeOneOf("resolved", "unresolved", "anonymous");
            (quote.GetProperty("speaker").ValueKind == JsonValueKind.String).Should().Be(kind == "resolved", $"the speaker of \"{quoted}\" in {name}");
            if (page.EndsWith(".txt", StringComparison.Ordinal))
            {
                text.Should().Contain(quoted, $"{name} quotes the page word for word");
            }
        }
    }
}
