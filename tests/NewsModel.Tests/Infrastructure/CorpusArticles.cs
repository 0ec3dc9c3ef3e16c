using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// Builds the real SCMP article of <c>../shared/corpus/</c> by hand, at run time: the headline, stamps and
/// paragraphs come from the page text; the human knowledge (who said what, in what role, through which agency)
/// comes from the hand-checked reading beside it. Used by every serializer's and validator's tests.
/// </summary>
public static class CorpusArticles
{
    /// <summary>The corpus file of the SCMP article, relative to shared/.</summary>
    public const string ScmpText = "corpus/scmp-2014-03-31-japan-north-korea-talks.txt";

    /// <summary>Its hand-checked reading, relative to shared/.</summary>
    public const string ScmpExpected = "corpus/scmp-2014-03-31-japan-north-korea-talks.expected.json";

    private static readonly LocalDateTimePattern ScmpStamp =
        LocalDateTimePattern.Create("dddd, d MMMM, uuuu, h:mmtt", CultureInfo.InvariantCulture);

    /// <summary>Reads the hand-checked reading.</summary>
    public static JsonDocument ReadScmpExpected() => JsonDocument.Parse(SharedData.ReadText(ScmpExpected));

    /// <summary>Builds the SCMP article from the corpus.</summary>
    public static Article Scmp()
    {
        string[] lines = SharedData.ReadText(ScmpText).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        using var expected = ReadScmpExpected();
        var root = expected.RootElement;
        var pub = root.GetProperty("publication");
        var zone = DateTimeZoneProviders.Tzdb[pub.GetProperty("time_zone").GetString()!];
        var publication = new Publication(pub.GetProperty("name").GetString()!, zone, pub.GetProperty("short_name").GetString());

        string headline = lines.First(l => l.Length > 0).Trim();
        Moment published = Stamp(lines, "PUBLISHED : ", zone);
        Moment updated = Stamp(lines, "UPDATED : ", zone);

        // Body: the non-empty lines after the last stamp, up to the credit line.
        int start = Array.FindIndex(lines, l => l.StartsWith("UPDATED : ", StringComparison.Ordinal)) + 1;
        int creditLine = Array.FindIndex(lines, l => l.StartsWith("Additional reporting by ", StringComparison.Ordinal));
        var body = lines[start..creditLine].Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToArray();
        string creditPrinted = lines[creditLine].Trim();
        var credit = new Credit(creditPrinted["Additional reporting by ".Length..], PartyKind.Organisation, CreditRole.AdditionalReporting, creditPrinted);

        var people = root.GetProperty("people").EnumerateArray()
            .Select(p => new Party(p.GetProperty("name").GetString()!, PartyKind.Person, p.GetProperty("role").GetString()))
            .ToList();
        var quoteElements = root.GetProperty("quotes").EnumerateArray().ToList();
        // A speaker's organisation is given on the quote that introduces it: fill the parties first.
        foreach (var q in quoteElements)
        {
            string? organisation = q.GetProperty("organisation").GetString();
            int index = people.FindIndex(p => p.Name == q.GetProperty("speaker").GetString());
            if (organisation is not null && people[index].Affiliation is null)
            {
                people[index] = people[index].WithAffiliation(organisation);
            }
        }
        var quotes = new List<Quote>();
        foreach (var q in quoteElements)
        {
            int paragraph = q.GetProperty("paragraph").GetInt32();
            string text = q.GetProperty("text").GetString()!;
            string speakerName = q.GetProperty("speaker").GetString()!;
            string mention = q.GetProperty("speaker_mention").GetString()!;
            var attribution = new Attribution(
                people.First(p => p.Name == speakerName),
                mention == speakerName ? null : mention,
                q.GetProperty("cue").GetString(),
                q.GetProperty("via").GetString());
            int at = body[paragraph].IndexOf(text, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidDataException($"Quote not found in paragraph {paragraph}: {text}");
            }
            var kind = q.GetProperty("kind").GetString() switch
            {
                "direct" => QuoteKind.Direct,
                "partial" => QuoteKind.Partial,
                _ => QuoteKind.Indirect,
            };
            quotes.Add(new Quote(text, kind, paragraph, new TextRange(at, text.Length), attribution));
        }

        return new Article(
            "scmp-2014-03-31-japan-north-korea-talks",
            headline,
            root.GetProperty("language").GetString()!,
            publication,
            new Timeline(published, updated),
            body,
            new[] { credit },
            people,
            quotes,
            places: root.GetProperty("places_mentioned").EnumerateArray().Select(p => p.GetString()!));
    }

    private static Moment Stamp(string[] lines, string label, DateTimeZone zone)
    {
        string printed = lines.First(l => l.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim();
        var local = ScmpStamp.Parse(printed.Replace("am", "AM", StringComparison.Ordinal).Replace("pm", "PM", StringComparison.Ordinal)).GetValueOrThrow();
        return Moment.FromZoned(local.InZoneStrictly(zone), printed, MomentPrecision.Minute);
    }
}
