using System;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Tests.Json;

/// <summary>A moment's <c>precision</c> and <c>relativeTo</c>: written only when they say something, read back by
/// both readings (the fast tokenizer and <see cref="Utf8JsonReader"/>), rejected with the usual message when
/// wrong.</summary>
public partial class NewsModelJsonTest
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

    /// <summary>The sample article with <paramref name="published"/> as its published moment (and no updated one).</summary>
    private static Article WithPublished(Moment published) =>
        SampleArticles.HarbourFerryFares.WithTimeline(new Timeline(published));

    /// <summary>A moment of every kind the format must keep.</summary>
    public static TheoryData<string> PreciseMoments() => new()
    {
        "day", "day-in-gap", "hour", "minute", "second", "exact", "relative-hour", "relative-day", "relative-exact",
    };

    private static Moment PreciseMoment(string name)
    {
        var hongKong = SampleArticles.HarbourFerryFares.Publication.Zone;
        var local = new LocalDateTime(2025, 10, 14, 9, 15, 42);
        var crawled = Instant.FromUtc(2025, 10, 14, 6, 0);
        return name switch
        {
            "day" => Moment.FromDate(new LocalDate(2020, 5, 14), London, "14 May 2020"),
            "day-in-gap" => Moment.FromDate(new LocalDate(2018, 11, 4), SaoPaulo),
            "hour" => Moment.FromZoned(local.InZoneStrictly(hongKong), "9am", MomentPrecision.Minute).WithPrecision(MomentPrecision.Hour),
            "minute" => Moment.FromZoned(new LocalDateTime(2025, 10, 14, 9, 15).InZoneStrictly(hongKong), "9:15am", MomentPrecision.Minute),
            "second" => Moment.FromZoned(local.InZoneStrictly(hongKong), "09:15:42", MomentPrecision.Second),
            "exact" => Moment.FromZoned(local.PlusNanoseconds(250_000_000).InZoneStrictly(hongKong), "09:15:42.25"),
            "relative-hour" => new Moment(crawled - Duration.FromHours(2), hongKong, "2 hours ago", MomentPrecision.Hour, crawled),
            "relative-day" => new Moment(crawled - Duration.FromDays(1), hongKong, "Yesterday", MomentPrecision.Day, crawled),
            _ => new Moment(crawled - Duration.FromMinutes(5), hongKong, "just now", MomentPrecision.Exact, crawled),
        };
    }

    [Theory]
    [MemberData(nameof(PreciseMoments))]
    public void RoundTrip_MomentOfEveryPrecision_EqualThroughBothReadings(string name)
    {
        var article = WithPublished(PreciseMoment(name));
        byte[] utf8 = JsonTestSupport.ToUtf8(article);
        NewsModelJson.TryReadFast(utf8, NewsModelJsonOptions.Default, out var fast).Should().BeTrue();
        fast.Should().Be(article);
        NewsModelJson.ReadWithUtf8JsonReader(utf8, NewsModelJsonOptions.Default).Should().Be(article);
        NewsModelJson.Deserialize(JsonTestSupport.Chunked(utf8)).Should().Be(article);
        NewsModelJson.Deserialize(NewsModelJson.Serialize(article, SnakeCase), SnakeCase).Should().Be(article);
        JsonTestSupport.Validate(utf8).IsValid.Should().BeTrue(Encoding.UTF8.GetString(utf8));
    }

    [Fact]
    public void Serialize_DayMoment_WritesTheStartOfTheDayAndTheWordDay()
    {
        string json = NewsModelJson.Serialize(WithPublished(PreciseMoment("day")));
        json.Should().Contain("\"published\":{\"at\":\"2020-05-14T00:00:00+01:00\",\"zone\":\"Europe/London\",\"printed\":\"14 May 2020\",\"precision\":\"day\"}");
    }

    [Fact]
    public void Serialize_DayStartingInADaylightSavingGap_WritesTheFirstValidTime()
    {
        string json = NewsModelJson.Serialize(WithPublished(PreciseMoment("day-in-gap")));
        json.Should().Contain("\"published\":{\"at\":\"2018-11-04T01:00:00-02:00\",\"zone\":\"America/Sao_Paulo\",\"precision\":\"day\"}");
        NewsModelJson.Deserialize(json).Timeline.Published!.Date.Should().Be(new LocalDate(2018, 11, 4));
    }

    [Fact]
    public void Serialize_RelativeMoment_WritesTheReferenceInUtc()
    {
        string json = NewsModelJson.Serialize(WithPublished(PreciseMoment("relative-hour")));
        json.Should().Contain("\"published\":{\"at\":\"2025-10-14T12:00:00+08:00\",\"zone\":\"Asia/Hong_Kong\",\"printed\":\"2 hours ago\",\"precision\":\"hour\",\"relativeTo\":\"2025-10-14T06:00:00Z\"}");
    }

    [Fact]
    public void Serialize_ExactAbsoluteMoment_WritesNeitherPrecisionNorReference()
    {
        var moment = new Moment(Instant.FromUtc(2025, 10, 14, 1, 15), London);
        string json = NewsModelJson.Serialize(WithPublished(moment));
        json.Should().Contain("\"published\":{\"at\":\"2025-10-14T02:15:00+01:00\",\"zone\":\"Europe/London\"}");
    }

    [Fact]
    public void Deserialize_DocumentWithoutPrecision_ReadsExactMoments()
    {
        string json = SampleJson.Replace(",\"precision\":\"minute\"", "", StringComparison.Ordinal);
        var article = NewsModelJson.Deserialize(json);
        article.Timeline.Published!.Precision.Should().Be(MomentPrecision.Exact);
        article.Timeline.Published!.IsRelative.Should().BeFalse();
        JsonTestSupport.Validate(Encoding.UTF8.GetBytes(json)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Deserialize_NullPrecisionAndReference_MeanExactAndAbsolute()
    {
        string json = SampleJson.Replace(",\"precision\":\"minute\"", ",\"precision\":null,\"relativeTo\":null", StringComparison.Ordinal);
        var moment = NewsModelJson.Deserialize(json).Timeline.Published;
        moment.Should().Be(SampleArticles.HarbourFerryFares.Timeline.Published!.WithPrecision(MomentPrecision.Exact));
        JsonTestSupport.Validate(Encoding.UTF8.GetBytes(json)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Deserialize_MembersInAnotherOrder_ReadTheSameMoment()
    {
        var article = WithPublished(PreciseMoment("relative-hour"));
        string json = NewsModelJson.Serialize(article).Replace(
            "{\"at\":\"2025-10-14T12:00:00+08:00\",\"zone\":\"Asia/Hong_Kong\",\"printed\":\"2 hours ago\",\"precision\":\"hour\",\"relativeTo\":\"2025-10-14T06:00:00Z\"}",
            "{\"relativeTo\":\"2025-10-14T06:00:00Z\",\"precision\":\"hour\",\"printed\":\"2 hours ago\",\"zone\":\"Asia/Hong_Kong\",\"at\":\"2025-10-14T12:00:00+08:00\"}",
            StringComparison.Ordinal);
        AssertPathsAgree(Encoding.UTF8.GetBytes(json)).Should().BeTrue();
        NewsModelJson.Deserialize(json).Should().Be(article);
    }

    [Theory]
    [InlineData("\"exact\"")]
    [InlineData("\"Minute\"")]
    [InlineData("\"minutes\"")]
    [InlineData("\"\"")]
    [InlineData("\"d\\u0061y \"")]
    public void Deserialize_UnknownPrecisionWord_RejectedListingTheWords(string word)
    {
        string json = SampleJson.Replace("\"precision\":\"minute\"", "\"precision\":" + word, StringComparison.Ordinal);
        var ex = Rejects(json);
        ex.Path.Should().Be("$.timeline.published.precision");
        ex.Message.Should().StartWith(Messages.UnknownEnumValue + " at $.timeline.published.precision (byte "
            + Encoding.UTF8.GetByteCount(json[..(json.IndexOf("\"precision\":", StringComparison.Ordinal) + "\"precision\":".Length)]) + ")");
        ex.Message.Should().EndWith("expected \"second\", \"minute\", \"hour\" or \"day\" (leave \"precision\" out, or null, for an exact moment).");
        AssertPathsAgree(Encoding.UTF8.GetBytes(json)).Should().BeFalse();
        Assert.Throws<JsonException>(() => NewsModelJson.Deserialize(JsonTestSupport.Chunked(Encoding.UTF8.GetBytes(json))))
            .Message.Should().Be(ex.Message);
        JsonTestSupport.Validate(Encoding.UTF8.GetBytes(json)).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Deserialize_UnknownPrecisionWordInTheSample_GivesTheMessageTheFormatDocumentQuotes()
    {
        var ex = Rejects(SampleJson.Replace("\"precision\":\"minute\"", "\"precision\":\"minutes\"", StringComparison.Ordinal));
        ex.Message.Should().Be("Unknown value at $.timeline.published.precision (byte 396): expected \"second\", \"minute\", \"hour\" or \"day\" (leave \"precision\" out, or null, for an exact moment).");
    }

    [Fact]
    public void Deserialize_PrecisionNotAString_Rejected()
    {
        var ex = Rejects(SampleJson.Replace("\"precision\":\"minute\"", "\"precision\":2", StringComparison.Ordinal));
        ex.Path.Should().Be("$.timeline.published.precision");
        ex.Message.Should().StartWith("Found a number at $.timeline.published.precision");
    }

    [Fact]
    public void Deserialize_DayMomentNotAtTheStartOfItsDay_RejectedNamingTheStart()
    {
        string json = NewsModelJson.Serialize(WithPublished(PreciseMoment("day")))
            .Replace("2020-05-14T00:00:00+01:00", "2020-05-14T09:15:00+01:00", StringComparison.Ordinal);
        var ex = Rejects(json);
        ex.Path.Should().Be("$.timeline.published.at");
        ex.BytePositionInLine.Should().Be(Encoding.UTF8.GetByteCount(json[..json.IndexOf("\"2020-05-14T09:15", StringComparison.Ordinal)]));
        ex.Message.Should().StartWith(Messages.DayNotAtStart + " at $.timeline.published.at (byte ");
        ex.Message.Should().EndWith("expected " + Messages.ExpectedDayStartPrefix + "\"2020-05-14T00:00:00+01:00\" (the start of 2020-05-14 in Europe/London).");
        AssertPathsAgree(Encoding.UTF8.GetBytes(json)).Should().BeFalse();
    }

    [Fact]
    public void Deserialize_DayMomentAtMidnightOfADayThatStartsLater_Rejected()
    {
        // 2018-11-04 begins at 01:00 in São Paulo (clocks went forward at midnight): 00:00 never happened, and 23:00
        // the day before is not the start of the 4th.
        string json = NewsModelJson.Serialize(WithPublished(PreciseMoment("day-in-gap")))
            .Replace("2018-11-04T01:00:00-02:00", "2018-11-03T23:00:00-03:00", StringComparison.Ordinal);
        var ex = Rejects(json);
        ex.Message.Should().StartWith(Messages.DayNotAtStart);
        ex.Message.Should().Contain("\"2018-11-03T00:00:00-03:00\" (the start of 2018-11-03 in America/Sao_Paulo)");
    }

    [Fact]
    public void Deserialize_RelativeDayMomentAtAnyTime_Accepted()
    {
        var article = WithPublished(PreciseMoment("relative-day"));
        string json = NewsModelJson.Serialize(article);
        json.Should().Contain("\"precision\":\"day\",\"relativeTo\":\"2025-10-14T06:00:00Z\"");
        NewsModelJson.Deserialize(json).Should().Be(article);
    }

    [Theory]
    [InlineData("2025-10-14T14:00:00+08:00", Messages.NotUtc)]
    [InlineData("2025-10-14T06:00:00+00:00", Messages.NotUtc)]
    [InlineData("2025-10-14T06:00:00", Messages.BadTimestamp)]
    [InlineData("2025-10-14", Messages.BadTimestamp)]
    [InlineData("yesterday", Messages.BadTimestamp)]
    public void Deserialize_ReferenceNotAUtcTimestamp_Rejected(string reference, string problem)
    {
        string json = NewsModelJson.Serialize(WithPublished(PreciseMoment("relative-hour")))
            .Replace("2025-10-14T06:00:00Z", reference, StringComparison.Ordinal);
        var ex = Rejects(json);
        ex.Path.Should().Be("$.timeline.published.relativeTo");
        ex.Message.Should().StartWith(problem + " at $.timeline.published.relativeTo");
        AssertPathsAgree(Encoding.UTF8.GetBytes(json)).Should().BeFalse();
        JsonTestSupport.Validate(Encoding.UTF8.GetBytes(json)).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Deserialize_UnknownMemberOfAMoment_ListsTheNewMembers()
    {
        var ex = Rejects(SampleJson.Replace("\"precision\":\"minute\"", "\"precision\":\"minute\",\"accuracy\":1", StringComparison.Ordinal));
        ex.Message.Should().Contain("one of the members \"at\", \"zone\", \"printed\", \"precision\", \"relativeTo\"");
    }

    [Fact]
    public void Moment_ReferenceOutsideRfc3339Years_RefusedBeforeAnyWriterSeesIt()
    {
        // The model refuses what no writer could write, so Serialize never meets such a reference.
        var act = () => new Moment(Instant.FromUtc(2025, 10, 14, 1, 15), London, "ages ago", MomentPrecision.Day, Instant.MinValue);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("relativeTo");
    }

    [Fact]
    public void Converter_DayMoment_RoundTripsAsAMomentObject()
    {
        var options = new JsonSerializerOptions().ConfigureForNewsModel();
        var moment = PreciseMoment("day");
        string json = JsonSerializer.Serialize(moment, options);
        json.Should().Be("{\"at\":\"2020-05-14T00:00:00+01:00\",\"zone\":\"Europe/London\",\"printed\":\"14 May 2020\",\"precision\":\"day\"}");
        JsonSerializer.Deserialize<Moment>(json, options).Should().Be(moment);
    }
}
