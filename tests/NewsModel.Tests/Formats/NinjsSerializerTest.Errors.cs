using System;
using System.Text;
using NewsModel.Formats.Ninjs;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats;

public partial class NinjsSerializerTest
{
    private static readonly Publication Wire = new("Test Wire", DateTimeZoneProviders.Tzdb["Europe/Oslo"]);

    private static NinjsException Failure(string json, NinjsReadOptions? options = null)
    {
        var act = () => NinjsSerializer.Deserialize(json, options ?? new NinjsReadOptions { DefaultPublication = Wire });
        return act.Should().Throw<NinjsException>().Which;
    }

    [Fact]
    public void Deserialize_MalformedJson_FailsWithPosition()
    {
        var error = Failure("{\n  \"uri\": \"urn:x\",\n  \"headlines\": [ }");
        error.Message.Should().Contain("well-formed JSON").And.Contain("line 3");
        error.LineNumber.Should().Be(2);
    }

    [Theory]
    [InlineData("rightsInfo", "{\"linkedRights\":\"https://x/\u00ff\"}")]
    [InlineData("rightsInfo", "{\"\u00ff\":1}")]
    public void Deserialize_InvalidUtf8InAMemberReadWhole_FailsNamingIt(string member, string value)
    {
        // Found by fuzzing: a member the reader parses whole held a byte that is not UTF-8 (\u00ff stands for it).
        string json = "{\"uri\":\"urn:x\",\"versionCreated\":\"2020-01-01T00:00:00Z\",\"" + member + "\":" + value + "}";
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        int at = System.Array.IndexOf(utf8, (byte)0xC3);
        utf8 = [.. utf8[..at], 0xFF, .. utf8[(at + 2)..]];
        var act = () => NinjsSerializer.Deserialize(utf8, new NinjsReadOptions { DefaultPublication = Wire });
        var error = act.Should().Throw<NinjsException>().Which;
        error.Path.Should().Be("$." + member);
        error.Message.Should().Contain("valid UTF-8");
    }

    [Fact]
    public void Deserialize_WrongType_NamesPathAndExpectation()
    {
        var error = Failure("{\"uri\":\"urn:x\",\"versionCreated\":\"2020-01-01T00:00:00Z\",\"headlines\":{\"value\":\"x\"}}");
        error.Path.Should().Be("$.headlines");
        error.Message.Should().Be("ninjs $.headlines (line 1, byte 68): expected an array; found an object.");
    }

    [Fact]
    public void Deserialize_LocalTimestampWithoutZone_FailsClearly()
    {
        var options = new NinjsReadOptions { DefaultPublication = null };
        var error = Failure("{\"uri\":\"urn:x\",\"versionCreated\":\"2020-06-01T12:00:00\"}", options);
        error.Path.Should().Be("$.versionCreated");
        error.Message.Should().Contain("NinjsReadOptions.Zone").And.Contain("2020-06-01T12:00:00");
    }

    [Fact]
    public void Deserialize_LocalTimestampWithZone_ReadsInThatZone()
    {
        var article = NinjsSerializer.Deserialize("{\"uri\":\"urn:x\",\"headlines\":[{\"value\":\"H\"}],\"versionCreated\":\"2020-06-01T12:00:00\"}", new NinjsReadOptions { DefaultPublication = Wire }).Value;
        article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2020, 6, 1, 10, 0));
        article.Timeline.Published!.Zone.Id.Should().Be("Europe/Oslo");
    }

    [Fact]
    public void Deserialize_NoUri_FailsNamingIt()
    {
        Failure("{\"versionCreated\":\"2020-06-01T12:00:00Z\"}").Message.Should().Contain("uri");
    }

    [Fact]
    public void Deserialize_NoPublisherAndNoDefault_FailsNamingTheOption()
    {
        Failure("{\"uri\":\"urn:x\",\"versionCreated\":\"2020-06-01T12:00:00Z\"}", new NinjsReadOptions { Zone = DateTimeZone.Utc })
            .Message.Should().Contain("DefaultPublication");
    }

    [Fact]
    public void Deserialize_ExtensionWithUnknownZone_FailsInsideTheExtension()
    {
        var json = NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value.Replace("Asia/Hong_Kong", "Mars/Olympus_Mons", StringComparison.Ordinal);
        var error = Failure(json);
        error.Message.Should().StartWith("NewsModel extension at $.descriptions[0].value: $.zone").And.Contain("TZDB zone id");
    }

    [Fact]
    public void Deserialize_ExtensionPartyWithoutItsPeopleEntry_FailsNamingTheParty()
    {
        var json = NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value;
        json.Should().NotContain("\\\"name\\\":\\\"Margaret Leung Wai-ling", "the extension takes listed parties' names from people");
        int start = json.IndexOf("\"people\":[", StringComparison.Ordinal);
        int end = json.IndexOf(']', start) + 2;
        var error = Failure(json.Remove(start, end - start));
        error.Message.Should().Be("NewsModel extension at $.descriptions ($.parties[0]): expected a ninjs entry to take the party's name from; found none left.");
    }

    [Fact]
    public void Deserialize_ExtensionCreditWhoseEntryHasAnotherRole_FailsNamingBoth()
    {
        var json = NinjsSerializer.SerializeToString(SampleArticles.HarbourFerryFares).Value
            .Replace("\"rel\":\"additional-reporting\"", "\"rel\":\"editor\"", StringComparison.Ordinal);
        Failure(json).Message.Should().Be("NewsModel extension at $.descriptions ($.credits[0]): expected an organisations entry with rel additional-reporting; found rel editor.");
    }

    [Fact]
    public void Deserialize_ForeignDocument_MapsFieldsAndReportsTheRest()
    {
        const string Json = """
            {"uri":"http://example.com/1","type":"text","firstcreated":"2021-05-26T13:40:18+02:00","versioncreated":"2021-05-26T14:00:00+02:00",
             "language":"sv","headlines":[{"role":"main","value":"Rubrik"}],"by":"Anna Berg","located":"Stockholm",
             "bodies":[{"role":"main","contenttype":"text/html","value":"<p>Första &amp; bästa.</p><p>Andra<br/>tredje</p>"}],
             "infosources":[{"name":"TT","role":"source"}],"subjects":[{"name":"Politik"}],"urgency":3}
            """;
        var result = NinjsSerializer.Deserialize(Json, new NinjsReadOptions { DefaultPublication = Wire });
        var article = result.Value;
        article.Headline.Should().Be("Rubrik");
        article.Body.Should().Equal("Första & bästa.", "Andra", "tredje");
        article.Credits.Should().Equal(new Credit("Anna Berg", PartyKind.Person, CreditRole.Author, "Anna Berg"), new Credit("TT", PartyKind.Organisation, CreditRole.SourceAgency));
        article.Dateline.Should().Be("Stockholm");
        article.Timeline.Updated!.Instant.Should().Be(Instant.FromUtc(2021, 5, 26, 12, 0));
        article.Taxonomy.Subjects.Should().Equal(new Concept("Politik"));
        article.Taxonomy.Urgency.Should().Be(3);
        result.Losses.For("$.subjects").Should().BeEmpty("Model 2 keeps subjects");
        result.Losses.For("$.urgency").Should().BeEmpty("Model 2 keeps the urgency");
        result.Losses.For("$.bodies").Should().ContainSingle().Which.Kind.Should().Be(NewsModel.Formats.LossKind.Approximated);
    }

    [Fact]
    public void Deserialize_MutatedDocuments_OnlyEverThrowNinjsException()
    {
        var bytes = NinjsSerializer.SerializeToUtf8Bytes(SampleArticles.HarbourFerryFares).Value;
        Mutations.OnlyThrow<NinjsException>(
            bytes,
            mutated => NinjsSerializer.Deserialize(mutated, new NinjsReadOptions { DefaultPublication = Wire, DefaultPublished = Instant.FromUtc(2020, 1, 1, 0, 0) }),
            iterations: 20000);
    }
}

public partial class NinjsSerializerTest
{
    [Fact]
    public void Serialize_LoneSurrogate_CannotReachTheWriterBecauseTheModelRejectsIt()
    {
        var article = SampleArticles.HarbourFerryFares;
        FluentActions.Invoking(() => article.WithHeadline("bad " + (char)0xD800 + " text"))
            .Should().Throw<ArgumentException>().WithParameterName("headline");
        FluentActions.Invoking(() => new Party("bad " + (char)0xDFFF + " name"))
            .Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
