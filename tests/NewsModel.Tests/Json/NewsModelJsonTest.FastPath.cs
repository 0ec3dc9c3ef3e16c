using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using CsCheck;
using FluentAssertions;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using Xunit;

namespace NewsModel.Tests.Json;

/// <summary>The fast strict reading (<see cref="JsonTokenizer"/>) against the full reading on
/// <see cref="Utf8JsonReader"/>: the same article whenever the fast one succeeds, never success where the full one
/// fails, and the public entry point always gives the full reading's outcome (article or exact error).</summary>
public partial class NewsModelJsonTest
{
    private static readonly NewsModelJsonOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>An article or the error message (with path and position), as text for comparison.</summary>
    private static string Outcome(Func<Article> read)
    {
        try
        {
            return "article " + NewsModelJson.Serialize(read());
        }
        catch (JsonException ex)
        {
            return $"error {ex.Message} | {ex.Path} | {ex.BytePositionInLine}";
        }
    }

    /// <summary>Asserts both readings agree on <paramref name="utf8"/> and returns whether the fast one succeeded.</summary>
    private static bool AssertPathsAgree(byte[] utf8, NewsModelJsonOptions? options = null)
    {
        options ??= NewsModelJsonOptions.Default;
        string full = Outcome(() => NewsModelJson.ReadWithUtf8JsonReader(utf8, options));
        string viaPublic = Outcome(() => NewsModelJson.Deserialize(utf8, options));
        viaPublic.Should().Be(full, "the public reading must give the full reading's outcome for {0}", Encoding.UTF8.GetString(utf8));
        bool fast = NewsModelJson.TryReadFast(utf8, options, out var article);
        if (fast)
        {
            full.Should().Be("article " + NewsModelJson.Serialize(article!), "the fast reading may only succeed with the full reading's article");
            article.Should().Be(NewsModelJson.ReadWithUtf8JsonReader(utf8, options));
        }
        return fast;
    }

    [Fact]
    public void TryReadFast_GeneratedArticles_SameArticleAsUtf8JsonReader()
    {
        ArticleGen.Article.Sample(article =>
        {
            byte[] utf8 = JsonTestSupport.ToUtf8(article);
            return NewsModelJson.TryReadFast(utf8, NewsModelJsonOptions.Default, out var fast)
                && fast.Equals(article)
                && fast.Equals(NewsModelJson.ReadWithUtf8JsonReader(utf8, NewsModelJsonOptions.Default));
        }, iter: 3_000);
    }

    [Fact]
    public void TryReadFast_GeneratedArticlesIndentedSnakeCase_SameArticleAsUtf8JsonReader()
    {
        var options = new NewsModelJsonOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        ArticleGen.Article.Sample(article =>
        {
            byte[] utf8 = JsonTestSupport.ToUtf8(article, options);
            return NewsModelJson.TryReadFast(utf8, options, out var fast)
                && fast.Equals(article)
                && fast.Equals(NewsModelJson.ReadWithUtf8JsonReader(utf8, options));
        }, iter: 500);
    }

    [Fact]
    public void Deserialize_SampleTruncatedAtEveryByte_SameErrorAsUtf8JsonReader()
    {
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        AssertPathsAgree(utf8).Should().BeTrue();
        for (int length = 0; length < utf8.Length; length++)
        {
            AssertPathsAgree(utf8[..length]).Should().BeFalse();
        }
    }

    [Fact]
    public void Deserialize_SampleWithOneByteReplaced_SameOutcomeAsUtf8JsonReader()
    {
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        byte[] replacements = [.. "{}[]:,\"\\0123456789-+.eEtfn \t\r\nAa/u"u8, 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF5, 0xFF];
        Gen.Int[0, utf8.Length - 1].Select(Gen.Int[0, replacements.Length - 1]).Sample((position, replacement) =>
        {
            byte[] mutated = (byte[])utf8.Clone();
            mutated[position] = replacements[replacement];
            AssertPathsAgree(mutated);
        }, iter: 3_000);
    }

    [Fact]
    public void Deserialize_SampleWithInsertedText_SameOutcomeAsUtf8JsonReader()
    {
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        string[] insertions = [" ", "\n\t ", "\r\n", ",", "\"", "\\", "\\\"", "\\n", "\\u0041", "\\ud83d\\ude00", "\\ud83d", "\\udE00", "é", "\u2019", "null", "0", "{}", "[]", "\"x\":1,"];
        Gen.Int[0, utf8.Length].Select(Gen.Int[0, insertions.Length - 1]).Sample((position, insertion) =>
        {
            byte[] mutated = [.. utf8.AsSpan(0, position), .. Encoding.UTF8.GetBytes(insertions[insertion]), .. utf8.AsSpan(position)];
            AssertPathsAgree(mutated);
        }, iter: 3_000);
    }

    [Fact]
    public void Deserialize_SampleWithLettersEscaped_SameArticleAsUtf8JsonReader()
    {
        // Every ASCII letter, digit or slash of the document in turn written as \u00XX: inside strings (names and
        // values, zone ids, timestamps, enum values, the format marker) the same text; outside them invalid JSON.
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        int fastSuccesses = 0;
        for (int i = 0; i < utf8.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit((char)utf8[i]) || utf8[i] == '/')
            {
                byte[] mutated = [.. utf8.AsSpan(0, i), .. Encoding.ASCII.GetBytes($"\\u{utf8[i]:X4}"), .. utf8.AsSpan(i + 1)];
                fastSuccesses += AssertPathsAgree(mutated) ? 1 : 0;
            }
        }
        fastSuccesses.Should().BeGreaterThan(0, "escaped member names and values are read by the fast path too");
    }

    [Fact]
    public void Deserialize_GeneratedArticlesMutated_SameOutcomeAsUtf8JsonReader()
    {
        Gen.Select(ArticleGen.Article, Gen.Int, Gen.Byte).Sample((article, where, value) =>
        {
            byte[] utf8 = JsonTestSupport.ToUtf8(article, SnakeCase);
            byte[] mutated = (byte[])utf8.Clone();
            mutated[(int)((uint)where % (uint)utf8.Length)] = value;
            AssertPathsAgree(mutated, SnakeCase);
            AssertPathsAgree(utf8[..(int)((uint)where % (uint)utf8.Length)], SnakeCase);
        }, iter: 1_000);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(64)]
    public void Deserialize_SampleAtDepthLimits_SameOutcomeAsUtf8JsonReader(int maxDepth)
    {
        var options = new NewsModelJsonOptions { MaxDepth = maxDepth };
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        AssertPathsAgree(utf8, options).Should().BeTrue();
        byte[] deeper = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8).Replace("\"start\":", "\"start\":[[[[[[[[", StringComparison.Ordinal));
        AssertPathsAgree(deeper, options).Should().BeFalse();
    }

    [Fact]
    public void Deserialize_LongParagraphNumber_SameArticleAsUtf8JsonReader()
    {
        // Ten digits: the fast path leaves such numbers to the full reading.
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        string text = Encoding.UTF8.GetString(utf8);
        int at = text.IndexOf("\"paragraph\":", StringComparison.Ordinal) + "\"paragraph\":".Length;
        byte[] padded = Encoding.UTF8.GetBytes(text[..at] + "0000000000" + text[at..]);
        AssertPathsAgree(padded);
        byte[] exponent = Encoding.UTF8.GetBytes(text[..at] + "1e0," + text[(text.IndexOf(',', at) + 1)..]);
        AssertPathsAgree(exponent);
    }

    [Fact]
    public void TryReadFast_SpeakersRepeatingParties_ShareThePartiesAndEqualTheFullReading()
    {
        var sample = SampleArticles.HarbourFerryFares;
        byte[] utf8 = JsonTestSupport.ToUtf8(sample);
        NewsModelJson.TryReadFast(utf8, NewsModelJsonOptions.Default, out var fast).Should().BeTrue();
        fast.Should().Be(NewsModelJson.ReadWithUtf8JsonReader(utf8, NewsModelJsonOptions.Default));
        var speaker = fast!.Quotes[0].Attribution.Speaker;
        fast.Parties.Should().ContainSingle(p => p.Equals(speaker))
            .Which.Should().BeSameAs(speaker, "a speaker written as the same bytes as a party is not read again");
    }

    [Fact]
    public void Deserialize_SpeakerDifferingFromAPartyInOneByte_ReadInFull()
    {
        // In a newsmodel/1 document, which writes speakers as party objects, the first speaker repeats the first party
        // but for one letter of its name: its own bytes are read, and the speaker the parties lack is added to them.
        var sample = SampleArticles.HarbourFerryFares;
        string json = System.IO.File.ReadAllText(JsonTestSupport.GoldenPath("harbour-ferry-fares.newsmodel-1.json"));
        string name = sample.Quotes[0].Attribution.Speaker!.Name;
        int party = json.IndexOf("\"parties\"", StringComparison.Ordinal);
        int quotes = json.IndexOf("\"quotes\"", StringComparison.Ordinal);
        quotes.Should().BeGreaterThan(party);
        int at = json.IndexOf("\"name\": \"" + name, quotes, StringComparison.Ordinal) + "\"name\": \"".Length;
        string changed = json[..at] + "X" + json[(at + 1)..];
        byte[] utf8 = Encoding.UTF8.GetBytes(changed);
        AssertPathsAgree(utf8).Should().BeTrue();
        var article = NewsModelJson.Deserialize(utf8);
        article.Quotes[0].Attribution.Speaker!.Name.Should().Be("X" + name[1..]);
        article.Parties.Should().Contain(sample.Parties);
        article.Parties.Should().HaveCount(sample.Parties.Length + 1).And.Contain(article.Quotes[0].Attribution.Speaker!);
    }

    [Fact]
    public void Deserialize_SingleSegmentSequence_SameOutcomeAsSpanAndAsSegments()
    {
        // A one-segment sequence takes the span's (fast) reading; a chunked one stays on Utf8JsonReader.
        byte[] utf8 = JsonTestSupport.ToUtf8(SampleArticles.HarbourFerryFares);
        foreach (byte[] document in new[] { utf8, utf8[..^1], utf8[..100] })
        {
            string fromSpan = Outcome(() => NewsModelJson.Deserialize(document));
            Outcome(() => NewsModelJson.Deserialize(new System.Buffers.ReadOnlySequence<byte>(document))).Should().Be(fromSpan);
            Outcome(() => NewsModelJson.Deserialize(JsonTestSupport.Chunked(document, 7))).Should().Be(fromSpan);
        }
    }
}
