using System;
using System.Linq;
using System.Text;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Formats.Ninjs;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Json;

/// <summary>Issue 14: every reading path and writer of the native format costs about 8x for 8x the input.</summary>
[Collection(Scaling.Collection)]
public class NewsModelJsonScalingTest
{
    private static readonly NewsModelJsonOptions Lenient = new() { ReadMode = NewsModelJsonReadMode.Lenient };

    private static byte[] Quotes(int n) => Encoding.UTF8.GetBytes(NewsModelJson.Serialize(LargeArticles.WithQuotes(n)));

    private static byte[] Paragraphs(int n) => Encoding.UTF8.GetBytes(NewsModelJson.Serialize(LargeArticles.WithParagraphs(n)));

    [Fact]
    public void Deserialize_ManyQuotes_Linear() =>
        Scaling.IsLinear(Quotes, bytes => NewsModelJson.Deserialize(bytes), n: 100);

    [Fact]
    public void Deserialize_ManyParagraphs_Linear() =>
        Scaling.IsLinear(Paragraphs, bytes => NewsModelJson.Deserialize(bytes), n: 200);

    [Fact]
    public void Deserialize_SequenceOfManyQuotes_Linear() =>
        Scaling.IsLinear(n => JsonTestSupport.Chunked(Quotes(n), 4096), sequence => NewsModelJson.Deserialize(sequence), n: 100);

    [Fact]
    public void Deserialize_LenientManyUnknownMembers_Linear() =>
        Scaling.IsLinear(
            n =>
            {
                var json = NewsModelJson.Serialize(LargeArticles.WithParagraphs(1));
                return Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"m{i}\":{{\"a\":[\"é{i}\"]}}")) + "," + json[1..]);
            },
            bytes => NewsModelJson.Deserialize(bytes, Lenient),
            n: 500);

    private static readonly NewsModelJsonOptions LongStrings = new() { MaxStringLength = 1 << 27 };

    /// <summary>Sizes below the large-object heap (8n = 40,000 characters, an 80 KB string): at 100,000 and 800,000
    /// characters the larger string's allocation on the large-object heap brought gen2 collections whose cost is the
    /// heap's, not the reader's, and the ratio swung from 8x to 38x between runs of the same code.</summary>
    [Fact]
    public void Deserialize_LongString_Linear() =>
        Scaling.IsLinear(
            n => Encoding.UTF8.GetBytes(NewsModelJson.Serialize(LargeArticles.WithParagraphs(0).WithHeadline(new string('h', n) + " \\ \" é"), LongStrings)),
            bytes => NewsModelJson.Deserialize(bytes, LongStrings),
            n: 5_000);

    [Fact]
    public void DeserializeWithExtras_UnknownMembers_Linear() =>
        Scaling.IsLinear(
            n => Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"m{i}\":[{i}]")) + "," + NewsModelJson.Serialize(LargeArticles.WithParagraphs(1))[1..]),
            bytes => NewsModelJson.DeserializeWithExtras(bytes),
            n: 500);

    [Fact]
    public void Serialize_ManyQuotes_Linear() =>
        Scaling.IsLinear(LargeArticles.WithQuotes, article => NewsModelJson.Serialize(article), n: 100);

    [Fact]
    public void NinjsAndJsonLdSerialize_ManyQuotes_Linear()
    {
        Scaling.IsLinear(LargeArticles.WithQuotes, article => NinjsSerializer.SerializeToUtf8Bytes(article), n: 100);
        Scaling.IsLinear(LargeArticles.WithQuotes, article => NewsArticleJsonLd.SerializeToUtf8Bytes(article), n: 100);
    }
}
