// A consumer's-eye check of the packed NewsModel packages: the main paths a user takes, from the .nupkg files.
// Run by .ci/run as a normal build and (NewsModel.AotConsumer, the same file) as a NativeAOT publish.
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsModel;
using NewsModel.Formats.Ninjs;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Import;
using NewsModel.Json;
using NewsModel.Testing;
using NewsModel.Text;
using NewsModel.Validation;
using NodaTime;

int passed = 0, failed = 0;
void Check(bool condition, string what)
{
    if (condition) { passed++; }
    else { failed++; Console.Error.WriteLine("FAILED: " + what); }
}

var hongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

// 1. Build an article by hand.
var published = StampPattern.Scmp.Parse("Monday, 31 March, 2014, 5:31am", hongKong).GetValueOrThrow();
Check(published.Utc.LocalDateTime == new LocalDateTime(2014, 3, 30, 21, 31), "SCMP stamp is 21:31 UTC the day before");
var song = new Party("Song Il-ho", PartyKind.Person, "North Korea's ambassador for talks to normalise relations with Japan");
string paragraph = "Song Il-ho replied: \"I completely feel the same way.\"";
string said = "I completely feel the same way.";
var byHand = new Article("consumer-1", "Japan, N Korea break the ice at Beijing talks", "en",
    new Publication("South China Morning Post", hongKong, "SCMP"), new Timeline(published), new[] { paragraph },
    parties: new[] { song },
    quotes: new[] { new Quote(said, QuoteKind.Direct, 0, new TextRange(paragraph.IndexOf(said, StringComparison.Ordinal), said.Length), new Attribution(song, cue: "replied")) });
Check(byHand.Quotes[0].Range.Slice(byHand.Body[0]).ToString() == said, "quote range points at its text");

// 2. Import text.
string page = string.Join("\n", "Ferry fares to rise", "", "PUBLISHED : Tuesday, 14 October, 2025, 9:15am", "",
    "Fares will rise next month, the operator said.", "",
    "\"We held fares for as long as we could,\" Margaret Leung, managing director of the company, said.", "",
    "Additional reporting by Reuters", "", "Send to a friend");
var importer = new TextImporterBuilder().WithPublication("Harbour Herald", hongKong, "HH").Build();
var imported = importer.Import(page);
Check(imported.Success, "import succeeds: " + imported.Message);
var article = imported.Article ?? SampleArticles.HarbourFerryFares;
Check(article.Timeline.Published!.Utc.LocalDateTime == new LocalDateTime(2025, 10, 14, 1, 15), "imported stamp read in Hong Kong time");
Check(article.Quotes.Length == 1 && article.Quotes[0].Attribution.Speaker!.Name == "Margaret Leung", "imported quote attributed");
Check(!article.Body.Any(p => p.Contains("Send to a friend", StringComparison.Ordinal)), "boilerplate kept out of the body");

// 3. Validate.
var report = new ArticleValidator(ValidationProfile.Publish).Validate(SampleArticles.HarbourFerryFares);
Check(!report.HasErrors, "the sample article passes Publish: " + report);
Check(new ArticleValidator(ValidationProfile.Publish).Validate(byHand.WithHeadline(" ")).HasErrors, "a blank headline is an error");

// 4. Native JSON both ways, through the entry point and through System.Text.Json.
var sample = SampleArticles.HarbourFerryFares;
string native = NewsModelJson.Serialize(sample);
Check(NewsModelJson.Deserialize(native).Equals(sample), "native JSON round trip");
Check(NewsModelJson.Deserialize(Encoding.UTF8.GetBytes(native).AsSpan()).Equals(sample), "native JSON from UTF-8 bytes");
var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsModelJsonTypeInfoResolver.Instance) }.ConfigureForNewsModel();
var typeInfo = (JsonTypeInfo<Article>)options.GetTypeInfo(typeof(Article));
Check(JsonSerializer.Deserialize(JsonSerializer.Serialize(sample, typeInfo), typeInfo)!.Equals(sample), "System.Text.Json with the NewsModel resolver");
try
{
    NewsModelJson.Deserialize("{\"format\":\"newsmodel/1\",\"id\":3}");
    Check(false, "a wrong token type is rejected");
}
catch (JsonException e)
{
    Check(e.Message.Contains("$.id", StringComparison.Ordinal), "the JsonException names the path: " + e.Message);
}

// 5. ninjs and JSON-LD.
var ninjs = NinjsSerializer.SerializeToString(sample);
var back = NinjsSerializer.Deserialize(ninjs.Value, new NinjsReadOptions { Zone = hongKong });
Check(back.Value.Equals(sample), "NewsModel -> ninjs -> NewsModel is exact");
var jsonLd = NewsArticleJsonLd.SerializeToString(sample);
Check(jsonLd.Value.Contains("\"datePublished\":\"2025-10-14T09:15:00+08:00\"", StringComparison.Ordinal), "JSON-LD keeps the publication's offset");
Check(!jsonLd.Losses.IsEmpty, "JSON-LD reports what it drops");

// 6. Fixtures for other projects' tests.
var generated = new RandomArticles(1).Take(3).ToList();
Check(generated.SequenceEqual(new RandomArticles(1).Take(3)), "seeded generator is reproducible");
Check(ArticleDiff.Compare(sample, sample.WithHeadline("x")).Single().Path == "headline", "structural diff names the field");

// 7. Bodies written in HTML (NewsModel.Html, on AngleSharp).
var html = NewsModel.Html.HtmlBlocks.Read("<p>Fares <em>rise</em>.</p><figure><img src=\"https://example.com/f.jpg\" alt=\"A ferry\"></figure>");
Check(html.Blocks.Length == 2 && html.Blocks[0].PlainText == "Fares rise." && html.Media.Length == 1, "an HTML body read into blocks and media");

Console.WriteLine($"consumer checks: {passed} ok, {failed} failed");
return failed == 0 ? 0 : 1;
