using System;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Testing;

namespace NewsModel.Tests.Json;

public partial class NewsModelJsonTest
{
    private static string SampleJson => NewsModelJson.Serialize(SampleArticles.HarbourFerryFares);

    /// <summary>Reads <paramref name="json"/> and returns the exception, asserting the message shape
    /// "{problem} at {path} (byte {n}): expected {expectation}." and that the byte position points into the document.</summary>
    private static JsonException Rejects(string json, NewsModelJsonOptions? options = null)
    {
        var ex = Assert.Throws<JsonException>(() => NewsModelJson.Deserialize(json, options));
        ex.GetType().Should().Be(typeof(JsonException));
        ex.Path.Should().StartWith("$");
        ex.Message.Should().Contain(" at " + ex.Path + " (byte ");
        ex.Message.Should().Contain("): expected ");
        ex.BytePositionInLine.Should().NotBeNull();
        ex.BytePositionInLine!.Value.Should().BeInRange(0, Encoding.UTF8.GetByteCount(json));
        return ex;
    }

    [Fact]
    public void Deserialize_UnknownMember_NamesPathPositionAndKnownMembers()
    {
        string json = SampleJson.Replace("\"printed\":\"Tuesday, 14 October, 2025, 9:15am\"", "\"printed\":\"Tuesday, 14 October, 2025, 9:15am\",\"source\":1");
        var ex = Rejects(json);
        ex.Path.Should().Be("$.timeline.published.source");
        ex.Message.Should().StartWith(Messages.UnknownMember + " at $.timeline.published.source (byte " + Encoding.UTF8.GetByteCount(json[..json.IndexOf("\"source\"", StringComparison.Ordinal)]) + ")");
        ex.Message.Should().Contain("one of the members \"at\", \"zone\", \"printed\"");
    }

    [Fact]
    public void Deserialize_DuplicateMember_Rejected()
    {
        string json = SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"language\":\"de\"");
        var ex = Rejects(json);
        ex.Path.Should().Be("$.language");
        ex.Message.Should().StartWith(Messages.DuplicateMember);
    }

    [Fact]
    public void Deserialize_MissingRequiredMember_NamesTheMember()
    {
        string json = SampleJson.Replace("\"zone\":\"Asia/Hong_Kong\",\"printed\":\"Tuesday, 14 October, 2025, 6:42pm\"", "\"printed\":\"Tuesday, 14 October, 2025, 6:42pm\"");
        var ex = Rejects(json);
        ex.Path.Should().Be("$.timeline.updated");
        ex.Message.Should().StartWith(Messages.MissingMember + " \"zone\" at $.timeline.updated");
    }

    [Fact]
    public void Deserialize_MissingFormat_Rejected()
    {
        var ex = Rejects(SampleJson.Replace("\"format\":\"newsmodel/2\",", ""));
        ex.Message.Should().StartWith(Messages.MissingMember + " \"format\" at $ ");
    }

    [Fact]
    public void Deserialize_OtherFormatVersion_Rejected()
    {
        var ex = Rejects(SampleJson.Replace("newsmodel/2", "newsmodel/3"));
        ex.Path.Should().Be("$.format");
        ex.Message.Should().StartWith(Messages.UnknownFormat);
    }

    [Theory]
    [InlineData("\"headline\":\"Star", "\"headline\":1,\"x\":\"Star", "$.headline", "Found a number")]
    [InlineData("\"paragraph\":2", "\"paragraph\":\"2\"", "$.quotes[0].paragraph", "Found a string")]
    [InlineData("\"body\":[", "\"body\":{\"a\":[", "$.body", "Found an object")]
    [InlineData("\"kind\":\"organisation\",\"role\":\"additionalReporting\"", "\"kind\":\"organisation\",\"role\":true", "$.credits[0].role", "Found a boolean")]
    public void Deserialize_WrongTokenType_NamesWhatWasFoundAndExpected(string find, string replace, string path, string found)
    {
        var ex = Rejects(SampleJson.Replace(find, replace));
        ex.Path.Should().Be(path);
        ex.Message.Should().StartWith(found + " at " + path);
    }

    [Fact]
    public void Deserialize_UnknownZone_Rejected()
    {
        var ex = Rejects(SampleJson.Replace("\"zone\":\"Asia/Hong_Kong\"}", "\"zone\":\"Asia/Atlantis\"}"));
        ex.Path.Should().Be("$.publication.zone");
        ex.Message.Should().StartWith(Messages.UnknownZone + " \"Asia/Atlantis\"");
    }

    [Fact]
    public void Deserialize_OffsetDisagreesWithZone_Rejected()
    {
        var ex = Rejects(SampleJson.Replace("2025-10-14T09:15:00+08:00", "2025-10-14T09:15:00+09:00"));
        ex.Path.Should().Be("$.timeline.published.at");
        ex.Message.Should().StartWith(Messages.OffsetDisagrees + " (Asia/Hong_Kong is at +08 then)");
        ex.Message.Should().EndWith("expected " + Messages.ExpectedZoneOffset + ".");
    }

    [Theory]
    [InlineData("2025-10-14 09:15:00+08:00")]
    [InlineData("2025-10-14T09:15:00")]
    [InlineData("2025-13-14T09:15:00+08:00")]
    [InlineData("2025-02-29T09:15:00+08:00")]
    [InlineData("2025-10-14T24:00:00+08:00")]
    [InlineData("2025-10-14T09:15:60+08:00")]
    [InlineData("2025-10-14T09:15:00.+08:00")]
    [InlineData("2025-10-14T09:15:00.1234567891+08:00")]
    [InlineData("2025-10-14T09:15:00+19:00")]
    [InlineData("2025-10-14T09:15:00-00:00")]
    [InlineData("0000-10-14T09:15:00+08:00")]
    [InlineData("2025-10-14T09:15:00+0800")]
    public void Deserialize_InvalidTimestamp_Rejected(string at)
    {
        var ex = Rejects(SampleJson.Replace("2025-10-14T09:15:00+08:00", at));
        ex.Path.Should().Be("$.timeline.published.at");
        ex.Message.Should().StartWith(Messages.BadTimestamp);
    }

    [Fact]
    public void Deserialize_TooDeep_RejectedWithTheLimit()
    {
        var options = new NewsModelJsonOptions { ReadMode = NewsModelJsonReadMode.Lenient, MaxDepth = 10 };
        string deep = new string('[', 10) + new string(']', 10);
        var ex = Rejects(SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"x\":" + deep), options);
        ex.Message.Should().StartWith(Messages.TooDeep);
        NewsModelJson.Deserialize(SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"x\":" + new string('[', 9) + new string(']', 9)), options)
            .Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Fact]
    public void Deserialize_DefaultDepthLimit_Is64()
    {
        var lenient = new NewsModelJsonOptions { ReadMode = NewsModelJsonReadMode.Lenient };
        Rejects(SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"x\":" + new string('[', 64) + new string(']', 64)), lenient)
            .Message.Should().StartWith(Messages.TooDeep);
        NewsModelJson.Deserialize(SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"x\":" + new string('[', 63) + new string(']', 63)), lenient)
            .Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Fact]
    public void Deserialize_StringOverLimit_Rejected()
    {
        var options = new NewsModelJsonOptions { MaxStringLength = 100 };
        var ex = Rejects(SampleJson, options);
        ex.Path.Should().Be("$.body[0].text");
        ex.Message.Should().StartWith(Messages.StringTooLong);
        ex.Message.Should().Contain("at most 100 UTF-16 code units");
        var escaped = Rejects(SampleJson.Replace("\"language\":\"en\"", "\"language\":\"" + string.Concat(System.Linq.Enumerable.Repeat("\\u0041", 101)) + "\""), options);
        escaped.Path.Should().Be("$.language");
    }

    [Fact]
    public void Deserialize_EmptyOptionalText_Rejected()
    {
        var ex = Rejects(SampleJson.Replace("\"shortName\":\"HH\"", "\"shortName\":\"\""));
        ex.Path.Should().Be("$.publication.shortName");
        ex.Message.Should().StartWith(Messages.EmptyString);
    }

    [Fact]
    public void Deserialize_NullOptionalMembers_MeanAbsent()
    {
        string json = SampleJson.Replace("\"shortName\":\"HH\"", "\"shortName\":null")
            .Replace("\"language\":\"en\"", "\"language\":\"en\",\"status\":null,\"standfirst\":null,\"dateline\":null,\"rights\":null,\"taxonomy\":null,\"leadMedia\":null,\"media\":null");
        var article = NewsModelJson.Deserialize(json);
        article.Publication.ShortName.Should().BeNull();
        article.Should().Be(SampleArticles.HarbourFerryFares.WithPublication(new Publication("Harbour Herald", SampleArticles.HarbourFerryFares.Publication.Zone)));
    }

    [Fact]
    public void Deserialize_QuoteRangeOutsideParagraph_ModelRejectionWrapped()
    {
        string json = SampleJson.Replace("\"range\":{\"start\":1,", "\"range\":{\"start\":100000,");
        var ex = Rejects(json);
        ex.Path.Should().Be("$");
        ex.Message.Should().StartWith(Messages.RejectedByModel);
        ex.Message.Should().Contain("lies outside block 2");
        ex.InnerException.Should().BeOfType<ArgumentException>();
    }

    [Fact]
    public void Deserialize_UpdatedBeforePublished_ModelRejectionWrapped()
    {
        var ex = Rejects(SampleJson.Replace("2025-10-14T18:42:00+08:00", "2025-10-13T18:42:00+08:00"));
        ex.Path.Should().Be("$.timeline");
        ex.Message.Should().StartWith(Messages.RejectedByModel);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"format\":\"newsmodel/1\"", "$")]
    [InlineData("{\"format\":\"newsmodel/1\",}", "$")]
    [InlineData("{\"format\":\"newsmodel/1\"} {}", "$")]
    [InlineData("{\"format\":\"newsmodel/1\" /* c */}", "$")]
    public void Deserialize_MalformedOrWrongDocument_Rejected(string json, string path)
    {
        Rejects(json).Path.Should().Be(path);
    }

    [Fact]
    public void Deserialize_InvalidUtf8InString_RejectedAsJsonException()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(SampleJson.Replace("\"language\":\"en\"", "\"language\":\"e@\""));
        int at = Array.IndexOf(utf8, (byte)'@');
        utf8[at] = 0xFF;
        var ex = Assert.Throws<JsonException>(() => NewsModelJson.Deserialize(utf8));
        ex.Path.Should().Be("$.language");
    }

    [Fact]
    public void Deserialize_LoneSurrogateString_RejectedAsJsonException()
    {
        Assert.Throws<JsonException>(() => NewsModelJson.Deserialize("{\"format\":\"\ud800\"}"));
    }

    [Fact]
    public void Deserialize_Lenient_SkipsUnknownMembers()
    {
        string json = SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"future\":{\"a\":[1,2]}");
        Rejects(json).Path.Should().Be("$.future");
        NewsModelJson.Deserialize(json, new NewsModelJsonOptions { ReadMode = NewsModelJsonReadMode.Lenient })
            .Should().Be(SampleArticles.HarbourFerryFares);
    }

    [Fact]
    public void DeserializeWithExtras_KeepsUnknownMembersAndWritesThemBack()
    {
        string json = SampleJson
            .Replace("\"language\":\"en\"", "\"language\":\"en\",\"future\":{\"a\":[1,2]}")
            .Replace("\"cue\":\"warned\"", "\"cue\":\"warned\",\"tone\":\"angry\"");
        var (article, extras) = NewsModelJson.DeserializeWithExtras(json);
        article.Should().Be(SampleArticles.HarbourFerryFares);
        extras.Should().HaveCount(2);
        extras["$.future"].Should().Be("{\"a\":[1,2]}");
        extras["$.quotes[1].attribution.tone"].Should().Be("\"angry\"");

        string resaved = NewsModelJson.Serialize(article, extras);
        resaved.Should().Contain("\"future\":{\"a\":[1,2]}}").And.Contain("\"cue\":\"warned\",\"tone\":\"angry\"}");
        NewsModelJson.DeserializeWithExtras(resaved).Should().Be(new ArticleWithExtras(article, extras));
    }

    [Fact]
    public void DeserializeWithExtras_DuplicateUnknownMember_Rejected()
    {
        string json = SampleJson.Replace("\"language\":\"en\"", "\"language\":\"en\",\"x\":1,\"x\":2");
        var ex = Assert.Throws<JsonException>(() => NewsModelJson.DeserializeWithExtras(json));
        ex.Path.Should().Be("$.x");
        ex.Message.Should().StartWith(Messages.DuplicateMember);
    }

    [Fact]
    public void Serialize_ExtrasOfRemovedObject_Dropped()
    {
        string json = SampleJson.Replace("\"cue\":\"warned\"", "\"cue\":\"warned\",\"tone\":\"angry\"");
        var (article, extras) = NewsModelJson.DeserializeWithExtras(json);
        string resaved = NewsModelJson.Serialize(article.WithQuotes(null), extras);
        resaved.Should().NotContain("tone");
    }
}
