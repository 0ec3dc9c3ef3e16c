using System.Collections.Generic;
using System.Linq;
using NewsModel.Validation;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Validation;

/// <summary>A minimal article that passes <see cref="ValidationProfile.Publish"/> with no findings, and helpers to
/// change one thing at a time.</summary>
internal static class ValidationFixtures
{
    internal static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    internal static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Monday 31 March 2014, 5:31am in Hong Kong.</summary>
    internal static readonly Instant PublishedAt = Instant.FromUtc(2014, 3, 30, 21, 31);

    internal static readonly Publication Paper = new("Harbour Herald", HongKong, "HH");

    internal static readonly Party Leung = new("Margaret Leung", PartyKind.Person, "managing director");

    internal const string Paragraph0 = "Ferry fares will rise by 8 per cent, the operator said on Monday.";

    internal const string Paragraph1 = "\u201cWe held fares as long as we could,\u201d Margaret Leung said.";

    internal static Moment Stamp(Instant instant, string? printed = null, DateTimeZone? zone = null) =>
        new(instant, zone ?? HongKong, printed);

    internal static Moment Published => Stamp(PublishedAt, "Monday, 31 March, 2014, 5:31am");

    internal static Quote DirectQuote(Party? speaker = null, string text = "We held fares as long as we could,") =>
        new(text, QuoteKind.Direct, 1, new TextRange(1, text.Length), new Attribution(speaker ?? Leung, cue: "said"));

    internal static Article Article(
        string headline = "Ferry fares to rise",
        string language = "en",
        Timeline? timeline = null,
        IEnumerable<string>? body = null,
        IEnumerable<Credit>? credits = null,
        IEnumerable<Party>? parties = null,
        IEnumerable<Quote>? quotes = null,
        string? canonicalUrl = null,
        string id = "hh-2014-03-31-ferry",
        Publication? publication = null) =>
        new(
            id,
            headline,
            language,
            publication ?? Paper,
            timeline ?? new Timeline(Published),
            body ?? new[] { Paragraph0, Paragraph1 },
            credits ?? new[] { new Credit("Jane Chan", PartyKind.Person, CreditRole.Author) },
            parties ?? new[] { Leung },
            quotes ?? new[] { DirectQuote() },
            canonicalUrl: canonicalUrl);

    /// <summary>The fixture's article with its two paragraphs as blocks followed by <paramref name="more"/> (so its
    /// quote still addresses block 1, and the added blocks stand at body[2] onwards).</summary>
    internal static Article WithBlocks(params Block[] more) =>
        Article().WithBlocks(new Block[] { Block.Paragraph(Paragraph0), Block.Paragraph(Paragraph1) }.Concat(more));

    /// <summary>An image with what publishing needs: a URI, alt text and a credit.</summary>
    internal static MediaAsset Image(string id = "harbour-1", string? altText = "Ferries at the Central pier", bool credited = true, Rights? rights = null, string? uri = "https://img.example.com/harbour-1.jpg") =>
        new(id, MediaKind.Image, uri, "image/jpeg", altText, credit: credited ? new Credit("Jane Chan", PartyKind.Person, CreditRole.Photographer) : null, rights: rights);

    /// <summary>A clock one hour after the fixture's publication.</summary>
    internal static FakeClock Clock() => new(PublishedAt + Duration.FromHours(1));

    internal static ValidationReport Validate(Article article, ValidationProfile? profile = null, IClock? clock = null) =>
        new ArticleValidator(profile ?? ValidationProfile.Publish, clock ?? Clock()).Validate(article);

    internal static IEnumerable<Finding> With(this ValidationReport report, string code) => report.Where(f => f.Code == code);
}
