using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NewsModel.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests.Formats;

/// <summary>Builds the SCMP article at run time from the corpus text and its hand-checked reading
/// (../shared/corpus/scmp-2014-03-31-japan-north-korea-talks.*); every paragraph and quote is located in the text.</summary>
internal static class ScmpArticle
{
    private const string Name = "corpus/scmp-2014-03-31-japan-north-korea-talks";

    internal static Article Build()
    {
        var text = SharedData.ReadText(Name + ".txt");
        using var doc = JsonDocument.Parse(SharedData.ReadText(Name + ".expected.json"));
        var root = doc.RootElement;
        var pub = root.GetProperty("publication");
        var zone = DateTimeZoneProviders.Tzdb[pub.GetProperty("time_zone").GetString()!];
        var publication = new Publication(pub.GetProperty("name").GetString()!, zone, pub.GetProperty("short_name").GetString());
        Moment Stamp(JsonElement e)
        {
            var local = LocalDateTimePattern.GeneralIso.Parse(e.GetProperty("local").GetString()!).Value;
            var printed = e.GetProperty("printed").GetString()!;
            text.Should().Contain(printed);
            return Moment.FromZoned(local.InZoneStrictly(DateTimeZoneProviders.Tzdb[e.GetProperty("zone").GetString()!]), printed);
        }
        var body = root.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        body.Should().OnlyContain(p => text.Contains(p));
        var people = root.GetProperty("people").EnumerateArray()
            .Select(p => new Party(p.GetProperty("name").GetString()!, PartyKind.Person, p.GetProperty("role").GetString()))
            .ToList();
        var quotes = new List<Quote>();
        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            int paragraph = q.GetProperty("paragraph").GetInt32();
            var quoteText = q.GetProperty("text").GetString()!;
            int start = body[paragraph].IndexOf(quoteText, System.StringComparison.Ordinal);
            start.Should().BeGreaterThanOrEqualTo(0);
            var speaker = people.Single(p => p.Name == q.GetProperty("speaker").GetString());
            var mention = q.GetProperty("speaker_mention").GetString();
            var via = q.GetProperty("via").ValueKind == JsonValueKind.String ? q.GetProperty("via").GetString() : null;
            quotes.Add(new Quote(
                quoteText,
                q.GetProperty("kind").GetString() == "direct" ? QuoteKind.Direct : QuoteKind.Partial,
                paragraph,
                new TextRange(start, quoteText.Length),
                new Attribution(speaker, mention == speaker.Name ? null : mention, q.GetProperty("cue").GetString(), via)));
        }
        var credits = root.GetProperty("credits").EnumerateArray()
            .Select(c => new Credit(c.GetProperty("name").GetString()!, PartyKind.Organisation, CreditRole.AdditionalReporting, c.GetProperty("printed").GetString()))
            .ToList();
        return new Article(
            "scmp-2014-03-31-japan-north-korea-talks",
            root.GetProperty("headline").GetString()!,
            root.GetProperty("language").GetString()!,
            publication,
            new Timeline(Stamp(root.GetProperty("published")), Stamp(root.GetProperty("updated"))),
            body,
            credits,
            people,
            quotes,
            places: root.GetProperty("places_mentioned").EnumerateArray().Select(p => p.GetString()!));
    }
}
