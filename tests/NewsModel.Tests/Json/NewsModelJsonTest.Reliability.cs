using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Testing;

namespace NewsModel.Tests.Json;

/// <summary>Issue 14: invalid UTF-8 in skipped members, bounded messages, linear extras, and what is written can be read.</summary>
public class NewsModelJsonReliabilityTest
{
    private static readonly NewsModelJsonOptions Lenient = new() { ReadMode = NewsModelJsonReadMode.Lenient };

    private static string SampleJson => NewsModelJson.Serialize(SampleArticles.HarbourFerryFares);

    /// <summary>The sample with <paramref name="member"/> (raw JSON, "name": value) added first in the root object.</summary>
    private static byte[] WithMember(byte[] member)
    {
        var json = Encoding.UTF8.GetBytes(SampleJson);
        return [(byte)'{', .. member, (byte)',', .. json.AsSpan(1)];
    }

    [Theory]
    [InlineData("\"x\":\"a\\xFFb\"")]
    [InlineData("\"x\":{\"y\":[\"ok\",\"a\\xC3b\"]}")]
    [InlineData("\"x\\xFF\":1")]
    [InlineData("\"x\":{\"a\\xED\\xA0\\x80\":true}")]
    [InlineData("\"x\":[\"\\ud800\"]")]
    [InlineData("\"x\":{\"\\udc00\":1}")]
    public void Deserialize_LenientInvalidTextInUnknownMember_RejectedLikeStrictAndExtras(string member)
    {
        var bytes = WithMember(Unescape(member));
        var lenient = () => NewsModelJson.Deserialize(bytes, Lenient);
        var sequence = () => NewsModelJson.Deserialize(JsonTestSupport.Chunked(bytes, 7), Lenient);
        var extras = () => NewsModelJson.DeserializeWithExtras(bytes);
        var strict = () => NewsModelJson.Deserialize(bytes);

        lenient.Should().Throw<JsonException>().WithMessage("*UTF-8*");
        sequence.Should().Throw<JsonException>().WithMessage("*UTF-8*");
        extras.Should().Throw<JsonException>();
        strict.Should().Throw<JsonException>();
    }

    [Fact]
    public void Deserialize_LenientValidUnknownMembers_StillSkipped()
    {
        var bytes = WithMember(Encoding.UTF8.GetBytes("\"x\":{\"ü\":[\"日本\",1,null,{\"\\u00e9\":\"\\ud83d\\ude00\"}]}"));
        NewsModelJson.Deserialize(bytes, Lenient).Should().Be(SampleArticles.HarbourFerryFares);
        NewsModelJson.Deserialize(JsonTestSupport.Chunked(bytes, 3), Lenient).Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_000_000)]
    public void Deserialize_LongBadLiteral_MessageBounded(int letters)
    {
        string json = "{\"format\":\"newsmodel/1\",\"id\":fu" + new string('x', letters);
        var act = () => NewsModelJson.Deserialize(json);
        var message = act.Should().Throw<JsonException>().Which.Message;
        message.Length.Should().BeLessThan(600, "the message names the problem, not the whole input: {0}", message[..Math.Min(message.Length, 300)]);
        message.Should().Contain("$.id").And.Contain("fuxxxx");
    }

    [Fact]
    public void Deserialize_LongUnknownMemberName_MessageBounded()
    {
        string name = new('n', 500_000);
        var bytes = WithMember(Encoding.UTF8.GetBytes($"\"{name}\":1"));
        var act = () => NewsModelJson.Deserialize(bytes);
        var exception = act.Should().Throw<JsonException>().Which;
        exception.Message.Length.Should().BeLessThan(1_000);
        exception.Message.Should().StartWith("Unknown member at $.nnnn");
        exception.Path!.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void DeserializeWithExtras_RepeatedUnknownMember_Rejected()
    {
        var bytes = WithMember(Encoding.UTF8.GetBytes("\"a\":1,\"b\":2,\"a\":3"));
        var act = () => NewsModelJson.DeserializeWithExtras(bytes);
        act.Should().Throw<JsonException>().WithMessage("Duplicate member at $.a *");
    }

    [Fact]
    public void DeserializeWithExtras_ManyUnknownMembers_EachFoundByPath()
    {
        var members = string.Join(",", Enumerable.Range(0, 50).Select(i => $"\"m{i}\":{i}"));
        var read = NewsModelJson.DeserializeWithExtras(WithMember(Encoding.UTF8.GetBytes(members)));
        read.Extras.Count.Should().Be(50);
        for (int i = 0; i < 50; i++)
        {
            read.Extras[$"$.m{i}"].Should().Be(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        read.Extras.ContainsKey("$.m50").Should().BeFalse();
        read.Extras.Equals(NewsModelJson.DeserializeWithExtras(NewsModelJson.Serialize(read.Article, read.Extras)).Extras).Should().BeTrue();
    }

    [Fact]
    public void Serialize_TextOverReaderLimit_RefusedNamingPath()
    {
        var options = new NewsModelJsonOptions { MaxStringLength = 1_000 };
        var article = SampleArticles.HarbourFerryFares;
        var tooLong = article.WithBody([.. article.Body, new string('a', 1_001)]);

        var act = () => NewsModelJson.Serialize(tooLong, options);

        act.Should().Throw<JsonException>().WithMessage($"*$.body[{article.Body.Length}].text has 1001 characters*1000*");
        var atLimit = article.WithBody([.. article.Body, new string('a', 1_000)]);
        NewsModelJson.Deserialize(NewsModelJson.Serialize(atLimit, options), options).Should().Be(atLimit);
    }

    [Fact]
    public void Serialize_QuoteSpeakerOverReaderLimit_RefusedNamingPath()
    {
        var options = new NewsModelJsonOptions { MaxStringLength = 50 };
        var article = new ArticleBuilder()
            .AddParagraph("\"Fine,\" she said.")
            .AddQuote("Fine,", new Party(new string('S', 51), PartyKind.Person))
            .Build();

        var act = () => NewsModelJson.Serialize(article, options);

        act.Should().Throw<JsonException>().WithMessage("*$.parties[0].name has 51 characters*");
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new System.Collections.Generic.List<byte>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 2, 2), 16));
                i += 3;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }
        return [.. bytes];
    }
}
