using System;
using System.Text;
using CsCheck;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Json;

public partial class NewsModelJsonTest
{
    [Fact]
    public void RoundTrip_GeneratedArticles_EqualFromSpanAndOneByteSegments()
    {
        ArticleGen.Article.Sample(article =>
        {
            byte[] utf8 = JsonTestSupport.ToUtf8(article);
            var fromSpan = NewsModelJson.Deserialize(utf8);
            var fromSequence = NewsModelJson.Deserialize(JsonTestSupport.Chunked(utf8));
            return fromSpan.Equals(article) && fromSequence.Equals(fromSpan)
                && JsonTestSupport.ToUtf8(fromSequence).AsSpan().SequenceEqual(utf8);
        }, iter: 10_000);
    }

    [Fact]
    public void RoundTrip_GeneratedRichArticles_EqualFromSpanAndSegmentsAndSchemaValid()
    {
        // Every block and mark kind, media, taxonomy, rights, statuses, identities, unresolved and anonymous speakers.
        ArticleGen.RichArticle.Sample(article =>
        {
            byte[] utf8 = JsonTestSupport.ToUtf8(article);
            var fromSpan = NewsModelJson.Deserialize(utf8);
            var fromSequence = NewsModelJson.Deserialize(JsonTestSupport.Chunked(utf8, 5));
            return fromSpan.Equals(article) && fromSequence.Equals(fromSpan)
                && JsonTestSupport.ToUtf8(fromSequence).AsSpan().SequenceEqual(utf8)
                && JsonTestSupport.Validate(utf8).IsValid;
        }, iter: 400);
    }

    [Fact]
    public void Serialize_GeneratedArticles_ValidateAgainstShippedSchema()
    {
        ArticleGen.Article.Sample(article =>
        {
            byte[] utf8 = JsonTestSupport.ToUtf8(article);
            var result = JsonTestSupport.Validate(utf8);
            return result.IsValid;
        }, iter: 2_000);
    }

    [Fact]
    public void RoundTrip_GeneratedArticlesIndentedAndSnakeCase_Equal()
    {
        var options = new NewsModelJsonOptions { WriteIndented = true, PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
        ArticleGen.Article.Sample(article =>
        {
            string json = NewsModelJson.Serialize(article, options);
            return NewsModelJson.Deserialize(json, options).Equals(article);
        }, iter: 1_000);
    }

    [Fact]
    public void RoundTrip_GeneratedArticlesWithExtras_KeepsThem()
    {
        ArticleGen.Article.Sample(article =>
        {
            string json = NewsModelJson.Serialize(article);
            string withExtra = "{\"zz\":[true,null,\"\\u00e9\"]," + json[1..];
            var (read, extras) = NewsModelJson.DeserializeWithExtras(withExtra);
            string resaved = NewsModelJson.Serialize(read, extras);
            return read.Equals(article) && extras["$.zz"] == "[true,null,\"\\u00e9\"]"
                && NewsModelJson.DeserializeWithExtras(resaved).Extras.Equals(extras);
        }, iter: 500);
    }
}
