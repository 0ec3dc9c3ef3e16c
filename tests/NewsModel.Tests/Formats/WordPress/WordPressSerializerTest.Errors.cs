using System;
using System.Linq;
using System.Text;
using NewsModel.Formats.WordPress;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats.WordPress;

/// <summary>Bad input gives a <see cref="WordPressException"/> naming the path, the position and what was expected,
/// and never any other exception.</summary>
public class WordPressSerializerErrorsTest
{
    private static WordPressException Fails(string json) =>
        FluentActions.Invoking(() => WordPressSerializer.Deserialize(json, WordPressSerializerTest.HongKongSite))
            .Should().Throw<WordPressException>().Which;

    [Fact]
    public void Deserialize_MalformedJson_LineByteAndExpectation()
    {
        var error = Fails("{\"id\":41,\n\"title\":{\"rendered\":\"x\"");
        error.Message.Should().StartWith("WordPress post $.title (line 2, byte 24): expected well-formed JSON (");
        (error.Path, error.LineNumber, error.BytePositionInLine).Should().Be(("$.title", 1, 23));
    }

    [Fact]
    public void Deserialize_IdOfTheWrongType_PathAndExpectation() =>
        Fails(WordPressSerializerTest.Post().Replace("\"id\":41", "\"id\":\"41\"", StringComparison.Ordinal)).Message
            .Should().Be("WordPress post $.id (line 1, byte 7): expected the post's id, a whole number; found the string \"41\".");

    [Fact]
    public void Deserialize_DateWithAnOffset_NamesTheDateAndTheFormWordPressWrites() =>
        Fails(WordPressSerializerTest.Post(date: "2014-03-31T05:31:00+08:00")).Message
            .Should().Contain("$.date (line 1, byte 17): expected a date as YYYY-MM-DDTHH:MM:SS, or null; found the string \"2014-03-31T05:31:00+08:00\".");

    [Fact]
    public void Deserialize_PublishedWithoutAnyDate_NamesDateGmt() =>
        Fails(WordPressSerializerTest.Post(dateGmt: "null").Replace("\"date\":\"2014-03-31T05:31:00\",", "", StringComparison.Ordinal)).Path
            .Should().Be("$.date_gmt");

    [Fact]
    public void Deserialize_Array_RefusedWithThePath() =>
        Fails("[]").Message.Should().Be("WordPress post $ (line 1, byte 1): expected an object; found an array.");

    [Fact]
    public void DeserializeAll_MalformedCollection_RefusedAsAWhole() =>
        FluentActions.Invoking(() => WordPressSerializer.DeserializeAll(Encoding.UTF8.GetBytes("[" + WordPressSerializerTest.Post() + ",{\"id\":"), WordPressSerializerTest.HongKongSite))
            .Should().Throw<WordPressException>().Which.Path.Should().Be("$[1]");

    [Fact]
    public void Deserialize_MutatedPosts_OnlyEverThrowWordPressException()
    {
        var bytes = Encoding.UTF8.GetBytes(WordPressSerializerTest.Post());
        Mutations.OnlyThrow<WordPressException>(
            bytes,
            mutated =>
            {
                WordPressSerializer.DeserializeAll(mutated, WordPressSerializerTest.HongKongSite);
                WordPressSerializer.Deserialize(mutated, new WordPressReadOptions());
            },
            iterations: 3000);
    }
}

/// <summary>The WordPress reader's cost grows with its input: long bodies of blocks, many posts.</summary>
[Collection(Scaling.Collection)]
public class WordPressSerializerScalingTest
{
    [Fact]
    public void Deserialize_BodyOfManyBlocks_Linear() =>
        Scaling.IsLinear(
            n => WordPressSerializerTest.Post(raw: string.Concat(Enumerable.Repeat("<!-- wp:paragraph {\"x\":1} --><p>Fares <em>rise</em>.</p><!-- /wp:paragraph -->\n", n))),
            json => WordPressSerializer.Deserialize(json, WordPressSerializerTest.HongKongSite with { BodyHtml = null }),
            n: 200);

    [Fact]
    public void DeserializeAll_ManyPosts_Linear() =>
        Scaling.IsLinear(
            n => Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(WordPressSerializerTest.Post(), n)) + "]"),
            json => WordPressSerializer.DeserializeAll(json, WordPressSerializerTest.HongKongSite with { BodyHtml = null }),
            n: 20);
}

public class WordPressSerializerModelRefusalTest
{
    [Fact]
    public void Deserialize_LoneSurrogateInTheAuthorsName_WordPressExceptionAtTheName() =>
        FluentActions.Invoking(() => WordPressSerializer.Deserialize(WordPressSerializerTest.Post().Replace("Mary Chan", "Mary \\ud800", StringComparison.Ordinal), WordPressSerializerTest.HongKongSite))
            .Should().Throw<WordPressException>().Which.Message.Should().StartWith("WordPress post $._embedded.author[0].name (line 1, byte 914): expected the author's name, a string (valid UTF-8); found invalid UTF-8.");
}

public class WordPressReadOptionsTest
{
    [Fact]
    public void FromSettings_SiteWithAZone_ZonePublicationAndLanguage()
    {
        var options = WordPressReadOptions.FromSettings("{\"title\":\"Harbour Herald\",\"url\":\"https://herald.example\",\"timezone\":\"Asia/Hong_Kong\",\"language\":\"en_HK\",\"posts_per_page\":10}"u8);

        options.SiteZone.Should().Be(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"]);
        options.Publication.Should().Be(new Publication("Harbour Herald", options.SiteZone!));
        options.Language.Should().Be("en-HK");
    }

    [SharedDataFact]
    public void FromSettings_WordPressFixtureWithAManualOffset_NoZoneSoEachPostImpliesItsOffset()
    {
        var options = WordPressReadOptions.FromSettings(System.IO.File.ReadAllBytes(SharedData.PathOf("corpus/wordpress/rest/settings.json")));

        (options.SiteZone, options.Publication, options.Language).Should().Be((null, null, "en-US"));
    }

    [Fact]
    public void FromSettings_UnknownZone_WordPressExceptionAtTheTimezone() =>
        FluentActions.Invoking(() => WordPressReadOptions.FromSettings("{\"timezone\":\"Mars/Olympus\"}"u8))
            .Should().Throw<WordPressException>().Which.Path.Should().Be("$.timezone");
}
