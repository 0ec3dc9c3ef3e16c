using System;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsModel.Testing;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests;

public class ArticleTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly Publication Scmp = new("South China Morning Post", HongKong, "SCMP");
    private static readonly Timeline Stamps = new(new Moment(Instant.FromUtc(2014, 3, 30, 21, 31), HongKong));
    private static readonly string[] Body = { "Song Il-ho replied: \"I completely feel the same way.\"" };
    private static readonly Attribution Song = new(new Party("Song Il-ho"), cue: "replied");

    private static Article Minimal(string[]? body = null, Quote[]? quotes = null) =>
        new("a-1", "Japan, N Korea break the ice", "en", Scmp, Stamps, body ?? Body,
            parties: quotes?.Select(q => q.Attribution.Speaker).OfType<Party>().Distinct(), quotes: quotes);

    [Theory]
    [InlineData(null, "h", "en", "id")]
    [InlineData("", "h", "en", "id")]
    [InlineData("a", null, "en", "headline")]
    [InlineData("a", "", "en", "headline")]
    [InlineData("a", "h", null, "language")]
    [InlineData("a", "h", "", "language")]
    public void Constructor_MissingRequiredText_ThrowsNamingIt(string? id, string? headline, string? language, string parameter) =>
        FluentActions.Invoking(() => new Article(id!, headline!, language!, Scmp, Stamps, Body))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void Constructor_NullReferences_ThrowNamingThem()
    {
        FluentActions.Invoking(() => new Article("a", "h", "en", null!, Stamps, Body)).Should().Throw<ArgumentNullException>().WithParameterName("publication");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, null!, Body)).Should().Throw<ArgumentNullException>().WithParameterName("timeline");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, (System.Collections.Generic.IEnumerable<string>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("body");
    }

    [Fact]
    public void Constructor_NullElements_ThrowNamingCollection()
    {
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, new string[] { null! })).Should().Throw<ArgumentException>().WithParameterName("body");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body, credits: new Credit[] { null! })).Should().Throw<ArgumentException>().WithParameterName("credits");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body, parties: new Party[] { null! })).Should().Throw<ArgumentException>().WithParameterName("parties");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body, quotes: new Quote[] { null! })).Should().Throw<ArgumentException>().WithParameterName("quotes");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body, places: new[] { "Beijing", "" })).Should().Throw<ArgumentException>().WithParameterName("places");
    }

    // Lone surrogates are built in the tests: xunit would replace them in [InlineData] strings.
    [Theory]
    [InlineData("", 0xD800, "")]
    [InlineData("Harbour ", 0xDC00, " ferries")]
    [InlineData("fares ", 0xD83D, "")]
    [InlineData("🚢", 0xDE00, "x")]
    public void Constructor_LoneSurrogateInText_ThrowsNamingItAndTheIndex(string before, int surrogate, string after)
    {
        string headline = before + (char)surrogate + after;
        FluentActions.Invoking(() => new Article("a", headline, "en", Scmp, Stamps, Body))
            .Should().Throw<ArgumentException>().WithParameterName("headline")
            .WithMessage($"The text has a lone surrogate U+{surrogate:X4} at index {before.Length}*");
    }

    [Fact]
    public void Constructor_LoneSurrogateInBodyOrOptionalText_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, ["fine", "ends " + (char)0xD83D]))
            .Should().Throw<ArgumentException>().WithParameterName("body").WithMessage("Element 1 has a lone surrogate U+D83D at index 5*");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body, standfirst: (char)0xDE00 + " x"))
            .Should().Throw<ArgumentException>().WithParameterName("standfirst");
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body, places: ["Bei" + (char)0xD800 + "jing"]))
            .Should().Throw<ArgumentException>().WithParameterName("places");
    }

    [Fact]
    public void Constructor_SurrogatePairs_AreAccepted() =>
        Minimal(body: ["Ferries 🚢 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text"]).Body[0].Should().Be("Ferries 🚢 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text");

    [Theory]
    [InlineData("standfirst")]
    [InlineData("dateline")]
    [InlineData("canonicalUrl")]
    [InlineData("leadMedia")]
    public void Constructor_EmptyOptionalText_ThrowsNamingIt(string parameter) =>
        FluentActions.Invoking(() => new Article("a", "h", "en", Scmp, Stamps, Body,
                standfirst: parameter == "standfirst" ? "" : null,
                dateline: parameter == "dateline" ? "" : null,
                canonicalUrl: parameter == "canonicalUrl" ? "" : null,
                leadMedia: parameter == "leadMedia" ? "" : null))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void Constructor_QuoteInMissingParagraph_ThrowsNamingQuotes() =>
        FluentActions.Invoking(() => Minimal(quotes: new[] { new Quote("x", QuoteKind.Direct, 1, new TextRange(0, 1), Song) }))
            .Should().Throw<ArgumentException>().WithParameterName("quotes")
            .WithMessage("Quote 0 stands in block 1, but the body has 1 block(s).*");

    [Fact]
    public void Constructor_QuoteRangeOutsideParagraph_ThrowsNamingQuotes() =>
        FluentActions.Invoking(() => Minimal(quotes: new[] { new Quote("I completely feel the same way.", QuoteKind.Direct, 0, new TextRange(21, 40), Song) }))
            .Should().Throw<ArgumentException>().WithParameterName("quotes")
            .WithMessage("Quote 0 range [21..61) lies outside block 0, whose text has 53 character(s).*");

    [Fact]
    public void Constructor_QuoteRangeEndingAtParagraphEnd_IsAccepted()
    {
        var article = Minimal(quotes: new[] { new Quote("I completely feel the same way.", QuoteKind.Direct, 0, new TextRange(21, 31), Song) });
        article.Quotes[0].Range.Slice(article.Body[0]).ToString().Should().Be("I completely feel the same way.");
    }

    [Fact]
    public void Constructor_EmptyBodyAndWhitespaceHeadline_AreLeftToValidators()
    {
        var article = new Article("a", " ", "en", Scmp, Stamps, Array.Empty<string>());
        article.Body.Should().BeEmpty();
        article.Quotes.IsDefault.Should().BeFalse();
        article.Credits.Should().BeEmpty();
        article.Parties.Should().BeEmpty();
        article.Places.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_MutableInput_IsCopied()
    {
        var body = new[] { "First." };
        var article = Minimal(body);
        body[0] = "Changed.";
        article.Body[0].Should().Be("First.");
    }

    [Fact]
    public void WithMembers_EachCopy_ChangesOnlyThatMember()
    {
        var original = SampleArticles.HarbourFerryFares;
        original.WithId("other").Id.Should().Be("other");
        original.WithHeadline("Other").Headline.Should().Be("Other");
        original.WithLanguage("en-GB").Language.Should().Be("en-GB");
        original.WithPublication(Scmp).Publication.Should().Be(Scmp);
        original.WithTimeline(Stamps).Timeline.Should().Be(Stamps);
        original.WithCredits(null).Credits.Should().BeEmpty();
        original.WithQuotes(null).Quotes.Should().BeEmpty();
        var alone = original.WithPartiesAndQuotes(null, null);
        alone.Parties.Should().BeEmpty();
        alone.Quotes.Should().BeEmpty();
        original.WithStatus(ArticleStatus.Withdrawn).Status.Should().Be(ArticleStatus.Withdrawn);
        original.WithTaxonomy(new Taxonomy(keywords: ["ferries"])).Taxonomy.Keywords.Should().Equal("ferries");
        original.WithPlaces(new[] { "Tsim Sha Tsui" }).Places.Should().Equal("Tsim Sha Tsui");
        var decorated = original.WithStandfirst("Fares up 8 per cent").WithDateline("HONG KONG").WithCanonicalUrl("https://example.com/a").WithRights(Rights.FromNotice("(c) HH"));
        decorated.Standfirst.Should().Be("Fares up 8 per cent");
        decorated.Dateline.Should().Be("HONG KONG");
        decorated.CanonicalUrl.Should().Be("https://example.com/a");
        decorated.Rights!.Notice.Should().Be("(c) HH");
        decorated.WithStandfirst(null).WithDateline(null).WithCanonicalUrl(null).WithRights(null).Should().Be(original);
        original.WithHeadline("Other").WithHeadline(original.Headline).Should().Be(original);
    }

    [Fact]
    public void WithBody_QuotesNoLongerFit_Revalidates()
    {
        var original = SampleArticles.HarbourFerryFares;
        FluentActions.Invoking(() => original.WithBody(original.Body.Take(2))).Should().Throw<ArgumentException>().WithParameterName("quotes");
        var trimmed = original.WithBodyAndQuotes(original.Body.Take(2), null);
        trimmed.Body.Should().HaveCount(2);
        trimmed.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Equals_ValueSemantics_IncludesEveryCollection()
    {
        var a = SampleArticles.HarbourFerryFares;
        var b = a.WithBody(a.Body.Select(p => new string(p.AsSpan())).ToImmutableArray());
        EqualityAssert.Contract(
            a,
            b,
            a.WithBody(a.Body.SetItem(6, a.Body[6] + " ")),
            a.WithQuotes(a.Quotes.RemoveAt(0)),
            a.WithQuotes(a.Quotes.Reverse()),
            a.WithCredits(null),
            a.WithParties(a.Parties.Add(new Party("Chan Tai-man"))),
            a.WithStatus(ArticleStatus.Draft),
            a.WithTaxonomy(new Taxonomy(keywords: ["ferries"])),
            a.WithBlocks(a.Blocks.Add(DividerBlock.Instance)),
            a.WithPlaces(null),
            a.WithTimeline(a.Timeline.WithUpdated(null)),
            a.WithPublication(new Publication(a.Publication.Name, DateTimeZoneProviders.Tzdb["Asia/Macau"], a.Publication.ShortName)),
            a.WithStandfirst("x"),
            a.WithDateline("x"),
            a.WithCanonicalUrl("x"),
            a.WithRights(Rights.FromNotice("x")),
            a.WithLanguage("en-GB"),
            a.WithId("x"));
    }

    [Fact]
    public void ToString_Sample_SummarisesHeadlinePublicationAndCounts() =>
        SampleArticles.HarbourFerryFares.ToString().Should().Be(
            "\"Star Ferry fares to rise for first time in six years as fuel costs bite\" — Harbour Herald, " +
            "2025-10-14T09:15:00+08:00[Asia/Hong_Kong] ~minute \"Tuesday, 14 October, 2025, 9:15am\" (7 block(s), 6 quote(s), 1 credit(s), 0 media)");

    [Fact]
    public void Generators_ArbitraryArticles_AreEqualToTheirRebuiltCopies() =>
        Check.Sample(ArticleGen.Article, a =>
        {
            var copy = new Article(a.Id, a.Headline, a.Language, a.Publication, a.Timeline, a.Body.ToArray(), a.Credits.ToList(),
                a.Parties, a.Quotes, a.Standfirst, a.Dateline, a.CanonicalUrl, a.Places, a.Rights);
            return a.Equals(copy) && a.GetHashCode() == copy.GetHashCode() && !a.Equals(copy.WithId(a.Id + "x"));
        }, iter: 1000);
}
