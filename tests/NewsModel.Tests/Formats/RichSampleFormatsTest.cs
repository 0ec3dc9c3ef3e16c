using System.Linq;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.Ninjs;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats;

/// <summary>The project's rich sample file (<c>samples/ferry-fares-explained.json</c>) in the standard formats.</summary>
public class RichSampleFormatsTest
{
    private static Article Sample() => NewsModelJson.Deserialize(System.IO.File.ReadAllText(SharedData.RepositoryPath("samples/ferry-fares-explained.json")));

    [Fact]
    public void Ninjs31_RichSampleFile_ValidWithAssociationsAndSubjectsAndBackToTheIdenticalArticle()
    {
        var article = Sample();
        var written = NinjsSerializer.SerializeToString(article);
        NinjsSchemas.Errors(NinjsSchemas.V31, written.Value).Should().BeNull(written.Value);
        using (var document = JsonDocument.Parse(written.Value))
        {
            document.RootElement.GetProperty("associations").GetArrayLength().Should().BeGreaterThan(0);
            document.RootElement.GetProperty("subjects").GetArrayLength().Should().Be(article.Taxonomy.Subjects.Length);
        }
        var read = NinjsSerializer.Deserialize(written.Value);
        read.Value.Should().Be(article, ArticleDiff.Describe(article, read.Value));
        NewsModelJson.Serialize(read.Value).Should().Be(NewsModelJson.Serialize(article));
    }

    [Fact]
    public void JsonLd_RichSampleFile_WritesImageSectionAndKeywords()
    {
        var article = Sample();
        var written = NewsArticleJsonLd.SerializeToString(article);
        using var document = JsonDocument.Parse(written.Value);
        var root = document.RootElement;
        root.GetProperty("image").ValueKind.Should().NotBe(JsonValueKind.Undefined);
        root.GetProperty("articleSection").ValueKind.Should().NotBe(JsonValueKind.Undefined);
        root.GetProperty("keywords").ValueKind.Should().NotBe(JsonValueKind.Undefined);
        written.Losses.IsEmpty.Should().BeFalse("JSON-LD cannot hold the blocks' structure or the quotes' ranges, and says so");
    }
}
