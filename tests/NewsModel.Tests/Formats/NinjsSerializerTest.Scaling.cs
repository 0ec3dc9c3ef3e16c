using System;
using System.Linq;
using NewsModel.Formats.Ninjs;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats;

/// <summary>Issue 14: the ninjs reader's cost grows with its input, not with its square.</summary>
[Collection(Scaling.Collection)]
public class NinjsSerializerScalingTest
{
    private static readonly Publication Wire = new("Test Wire", NodaTime.DateTimeZoneProviders.Tzdb["Europe/Oslo"]);

    private static string ForeignWithBody(string html) =>
        "{\"uri\":\"http://example.com/1\",\"type\":\"text\",\"versioncreated\":\"2021-05-26T14:00:00+02:00\",\"language\":\"sv\"," +
        "\"headlines\":[{\"role\":\"main\",\"value\":\"Rubrik\"}],\"by\":\"Anna Berg\"," +
        "\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/html\",\"value\":\"" + html + "\"}]}";

    private static readonly NinjsReadOptions ScalingOptions = new() { DefaultPublication = Wire };

    [Fact]
    public void Deserialize_BodyOfAmpersandsWithoutSemicolon_Linear() =>
        Scaling.IsLinear(
            n => ForeignWithBody("<p>" + string.Concat(Enumerable.Repeat("&#", n)) + "</p>"),
            json => NinjsSerializer.Deserialize(json, ScalingOptions),
            n: 2_000);

    [Fact]
    public void Deserialize_BodyOfAmpersandsWithoutSemicolon_KeptAsText()
    {
        var article = NinjsSerializer.Deserialize(ForeignWithBody("<p>a &# b &amp c &#65; &lt;</p>"), ScalingOptions).Value;
        article.Body.Should().Equal("a &# b &amp c A <");
    }

    [Fact]
    public void Deserialize_ManyParagraphsAndTags_Linear() =>
        Scaling.IsLinear(
            n => ForeignWithBody(string.Concat(Enumerable.Range(0, n).Select(i => $"<p>Paragraph {i} &amp; <b>more</b> <a href='x'>text</a>.</p>"))),
            json => NinjsSerializer.Deserialize(json, ScalingOptions),
            n: 200);

    [Fact]
    public void Deserialize_ManyUnclosedTags_Linear() =>
        Scaling.IsLinear(
            n => ForeignWithBody("<p>" + string.Concat(Enumerable.Repeat("<b ", n))),
            json => NinjsSerializer.Deserialize(json, ScalingOptions),
            n: 2_000);

    [Fact]
    public void Deserialize_ManyQuotesRoundTrip_Linear() =>
        Scaling.IsLinear(
            n => NinjsSerializer.SerializeToUtf8Bytes(LargeArticles.WithQuotes(n)).Value,
            bytes => NinjsSerializer.Deserialize(bytes.AsSpan()),
            n: 50);

    [Fact]
    public void DeserializeAll_ManyDocuments_Linear() =>
        Scaling.IsLinear(
            n => "[" + string.Join(",", Enumerable.Repeat(NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value, n)) + "]",
            json => NinjsSerializer.DeserializeAll(System.Text.Encoding.UTF8.GetBytes(json)),
            n: 20);
}
