using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;
using Xunit;

namespace NewsModel.Tests.Json;

/// <summary>The fast strict tokenizer alone: RFC 8259 acceptance (JSONTestSuite), and the same tokens and strings as
/// <see cref="Utf8JsonReader"/>.</summary>
public class JsonTokenizerTest
{
    private static byte[] ReadSuite(string name) => File.ReadAllBytes(SharedData.PathOf("standards/json-test-suite/test_parsing/" + name));

    /// <summary>Every token of the document (strings decoded) as text, through the tokenizer.</summary>
    private static List<string> Tokenize(ReadOnlySpan<byte> utf8, int maxDepth = 64)
    {
        var tokens = new List<string>();
        var tokenizer = new JsonTokenizer(utf8, maxDepth);
        while (tokenizer.Read())
        {
            tokens.Add(Describe(tokenizer.TokenType, tokenizer.TokenStartIndex, tokenizer.ValueSpan, tokenizer.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? tokenizer.GetString() : null));
        }
        return tokens;
    }

    /// <summary>The same through <see cref="Utf8JsonReader"/> (the reference).</summary>
    private static List<string> TokenizeWithUtf8JsonReader(ReadOnlySpan<byte> utf8, int maxDepth = 64)
    {
        var tokens = new List<string>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            tokens.Add(Describe(reader.TokenType, reader.TokenStartIndex, reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray ? default : reader.ValueSpan, reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() : null));
        }
        return tokens;
    }

    private static string Describe(JsonTokenType type, long start, ReadOnlySpan<byte> value, string? text) =>
        type is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray
            ? $"{type}@{start}"
            : $"{type}@{start}:{Convert.ToHexString(value)}:{text}";

    [SharedDataTheory]
    [MemberData(nameof(JsonTestSuiteTest.Files), "n_", MemberType = typeof(JsonTestSuiteTest))]
    public void Read_JsonTestSuiteNotJson_Rejected(string name)
    {
        byte[] bytes = ReadSuite(name);
        FluentActions.Invoking(() => Tokenize(bytes)).Should().Throw<JsonException>();
    }

    [SharedDataTheory]
    [MemberData(nameof(JsonTestSuiteTest.Files), "y_", MemberType = typeof(JsonTestSuiteTest))]
    public void Read_JsonTestSuiteJson_AcceptedWithUtf8JsonReadersTokens(string name)
    {
        byte[] bytes = ReadSuite(name);
        Tokenize(bytes).Should().Equal(TokenizeWithUtf8JsonReader(bytes));
    }

    [SharedDataTheory]
    [MemberData(nameof(JsonTestSuiteTest.Files), "i_", MemberType = typeof(JsonTestSuiteTest))]
    public void Read_JsonTestSuiteImplementationDefined_TokensOfUtf8JsonReaderOrJsonException(string name)
    {
        byte[] bytes = ReadSuite(name);
        List<string> tokens;
        try
        {
            tokens = Tokenize(bytes);
        }
        catch (JsonException)
        {
            return; // the documented failure: the full reader decides
        }
        tokens.Should().Equal(TokenizeWithUtf8JsonReader(bytes));
    }

    [Theory]
    [InlineData("[[[[[1]]]]]", 5, true)]
    [InlineData("[[[[[[1]]]]]]", 5, false)]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", 5, true)]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}", 4, false)]
    public void Read_Nesting_LimitedLikeUtf8JsonReader(string json, int maxDepth, bool accepted)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var read = () => Tokenize(bytes, maxDepth);
        var reference = () => TokenizeWithUtf8JsonReader(bytes, maxDepth);
        if (accepted)
        {
            read().Should().Equal(reference());
        }
        else
        {
            read.Should().Throw<JsonException>();
            reference.Should().Throw<JsonException>();
        }
    }

    [Theory]
    [InlineData("\"\\u0041\\\"\\\\\\/\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\ud83d\\ude00 \\u00e9 \\u20ac \\u0000\"")]
    [InlineData("{\"\\u006eame\":\"caf\u00e9 \\\"x\\\"\"}")]
    [InlineData(" \t\r\n[ -0.5e+10 , 0 , 1E-2 , true , false , null , { } , [ ] ] \n")]
    public void Read_EscapesNumbersAndWhitespace_SameTokensAsUtf8JsonReader(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        Tokenize(bytes).Should().Equal(TokenizeWithUtf8JsonReader(bytes));
    }

    [Theory]
    [InlineData("\"\\ud83d\"")]
    [InlineData("\"\\ude00\\ud83d\"")]
    [InlineData("\"\\ud83d\\u0041\"")]
    public void GetString_LoneSurrogateEscape_JsonException(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        FluentActions.Invoking(() => Tokenize(bytes)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Read_InvalidUtf8InString_JsonException()
    {
        byte[] bytes = [(byte)'"', 0xC3, (byte)'"'];
        FluentActions.Invoking(() => Tokenize(bytes)).Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("{\"a\":1}\"")]
    [InlineData("{\"a\":1} x")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\" 1}")]
    [InlineData("[01]")]
    [InlineData("[1.]")]
    [InlineData("[-]")]
    [InlineData("[1e]")]
    [InlineData("[tru]")]
    [InlineData("[\"\t\"]")]
    [InlineData("[\"\\x\"]")]
    [InlineData("[\"\\u12G4\"]")]
    [InlineData("{\"a\":1]")]
    [InlineData("[1}")]
    [InlineData("/* c */ 1")]
    [InlineData("")]
    [InlineData(" ")]
    public void Read_MalformedJson_JsonException(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        FluentActions.Invoking(() => Tokenize(bytes)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => TokenizeWithUtf8JsonReader(bytes)).Should().Throw<JsonException>();
    }
}
