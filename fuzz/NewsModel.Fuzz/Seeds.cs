using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsModel.Formats.Ninjs;
using NewsModel.Json;
using NewsModel.Testing;
using NodaTime;

namespace NewsModel.Fuzz;

/// <summary>
/// Writes the seed corpora (fuzz/corpus/TARGET/): the tests' own data (the golden native document, samples/*.txt)
/// copied from the repository, the sample articles of NewsModel.Testing written in each format, and a few small
/// documents and pages in the shapes the tests use. Deterministic: running it again rewrites the same files.
/// Nothing is read from ../shared (shared data is read at run time, never copied into the repository).
/// </summary>
internal static class Seeds
{
    private const string Paragraph1 = "The city's ferry operator will raise fares by an average of 8 per cent from next month, the first increase since 2019.";
    private const string Paragraph2 = "\"We have held fares for as long as we responsibly could,\" Margaret Leung, the managing director, said.";

    /// <summary>A small article with one of each optional kind: the native seeds are variations of its document.</summary>
    private static readonly Article Small = new ArticleBuilder()
        .WithId("p-2014-03-31-tolls")
        .WithPublication("Paper", "Asia/Hong_Kong", "P")
        .WithHeadline("Harbour tunnel tolls to change")
        .WithStandfirst("Drivers will pay more at peak hours")
        .WithDateline("HONG KONG")
        .WithCanonicalUrl("https://example.com/tolls")
        .WithPublished(new LocalDateTime(2014, 3, 31, 5, 31), "Monday, 31 March, 2014, 5:31am")
        .WithUpdated(new LocalDateTime(2014, 3, 31, 18, 42), "Monday, 31 March, 2014, 6:42pm")
        .AddCorrection(new LocalDateTime(2014, 3, 31, 12, 0), "An earlier version gave the wrong date.")
        .AddParagraph("\"We are ready,\" said Jane Smith, a spokeswoman.")
        .AddQuote("We are ready,", new Party("Jane Smith", PartyKind.Person, "a spokeswoman"))
        .AddParagraph("The work ends next month, the council said.")
        .AddQuote("The work ends next month", new Party("City Council", PartyKind.Organisation), "said", QuoteKind.Indirect, "the council", "radio")
        .AddCredit("Jane Doe", CreditRole.Author, PartyKind.Person, "By JANE DOE")
        .AddPlace("Hong Kong")
        .WithCopyright("(c) 2014 Paper")
        .Build();

    /// <summary>The tests' foreign ninjs document (tests/NewsModel.Tests/Formats/NinjsSerializerTest.Errors.cs).</summary>
    private const string ForeignNinjs = """
        {"uri":"http://example.com/1","type":"text","firstcreated":"2021-05-26T13:40:18+02:00","versioncreated":"2021-05-26T14:00:00+02:00",
         "language":"sv","headlines":[{"role":"main","value":"Rubrik"}],"by":"Anna Berg","located":"Stockholm",
         "bodies":[{"role":"main","contenttype":"text/html","value":"<p>Första &amp; bästa.</p><p>Andra<br/>tredje</p>"}],
         "infosources":[{"name":"TT","role":"source"}],"subjects":[{"name":"Politik"}],"urgency":3}
        """;

    /// <summary>Writes every seed under <paramref name="corpus"/>/TARGET/.</summary>
    internal static void Write(string corpus)
    {
        string root = RepositoryRoot(corpus);
        var samples = new (string Name, Article Article)[]
        {
            ("harbour-ferry-fares", SampleArticles.HarbourFerryFares),
            ("spring-forward-storm", SampleArticles.SpringForwardStorm),
            ("council-debate", SampleArticles.CouncilDebate),
            ("corrected-budget", SampleArticles.CorrectedBudget),
            ("ferry-fares-explained", SampleArticles.FerryFaresExplained),
        };

        // native: the golden document, the samples, a small document and one with a member the format does not define.
        var native = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests/NewsModel.Tests/Json/Golden"), "*.json").Order(StringComparer.Ordinal))
        {
            native["golden-" + Path.GetFileName(file)] = File.ReadAllText(file);
        }
        foreach (var (name, article) in samples.Skip(1))
        {
            native[$"sample-{name}.json"] = NewsModelJson.Serialize(article);
        }
        string small = NewsModelJson.Serialize(Small);
        native["small.json"] = small;
        native["small-extra-member.json"] = small.Replace("\"language\":\"en\",", "\"language\":\"en\",\"x-cms\":{\"rev\":[1,2.5,true,null]},", StringComparison.Ordinal);
        native["small-escapes.json"] = small.Replace("Harbour tunnel tolls to change", "Harbour \\u0074unnel tolls \\u2014 \\ud83d\\ude00 change", StringComparison.Ordinal);
        WriteAll(corpus, "native", native);

        // validate: the native seeds, and documents with the structural problems ValidateJson reports by path.
        var validate = new Dictionary<string, string>(native, StringComparer.Ordinal);
        validate.Remove("golden-harbour-ferry-fares.json");
        validate["bad-duplicate-member.json"] = small.Replace("\"language\":\"en\",", "\"language\":\"en\",\"language\":\"fr\",", StringComparison.Ordinal);
        validate["bad-quote-range.json"] = small.Replace("\"paragraph\":0,\"range\":{\"start\":1,\"length\":13}", "\"paragraph\":0,\"range\":{\"start\":30,\"length\":99}", StringComparison.Ordinal);
        validate["bad-zone-and-stamp.json"] = small.Replace("\"at\":\"2014-03-31T05:31:00+08:00\",\"zone\":\"Asia/Hong_Kong\"", "\"at\":\"2014-02-30T25:31:00+08:00\",\"zone\":\"Mars/Olympus\"", StringComparison.Ordinal);
        validate["bad-types.json"] = small.Replace("\"body\":[", "\"body\":7,\"x\":[", StringComparison.Ordinal);
        validate["bad-truncated.json"] = small[..(small.Length / 2)];
        WriteAll(corpus, "validate", validate);

        // ninjs: the samples as ninjs 3.1 with the extension, 2.1, and without the extension; the tests' foreign
        // document; a collection of two items.
        var ninjs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, article) in samples)
        {
            ninjs[$"sample-{name}.json"] = NinjsSerializer.SerializeToString(article).Value;
        }
        ninjs["ninjs21-spring-forward-storm.json"] = NinjsSerializer.SerializeToString(SampleArticles.SpringForwardStorm, new NinjsWriteOptions { Version = NinjsVersion.Ninjs21 }).Value;
        ninjs["plain-corrected-budget.json"] = NinjsSerializer.SerializeToString(SampleArticles.CorrectedBudget, new NinjsWriteOptions { IncludeExtension = false }).Value;
        ninjs["foreign.json"] = ForeignNinjs;
        ninjs["collection.json"] = "[" + ForeignNinjs + ","
            + NinjsSerializer.SerializeToString(SampleArticles.SpringForwardStorm, new NinjsWriteOptions { IncludeExtension = false }).Value + "]";
        WriteAll(corpus, "ninjs", ninjs);

        // import: samples/*.txt, and pages in the shapes of the importer's tests, one per stamp style.
        var import = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            import["sample-" + Path.GetFileName(file)] = File.ReadAllText(file);
        }
        var stamps = new[]
        {
            "PUBLISHED : Monday, 31 March, 2014, 5:31am\nUPDATED : Monday, 31 March, 2014, 6:42pm",
            "Published May 14, 2020 1:34 pm",
            "Published: 10:00am, 20 Jun, 2020 BST",
            "Published: 12/30/2019 05:03 AM HKT",
            "Updated 10.30am, Tuesday 3 March 2020 | Published 1 March 2020",
            "Published 2 hours ago",
            "Published 2018-11-04",
        };
        for (int i = 0; i < stamps.Length; i++)
        {
            import[$"page-{i}.txt"] = $"Ferry fares to rise as fuel costs bite\n\nBy ALLY MUTNICK\n\n{stamps[i]}\n\n{Paragraph1}\n\n{Paragraph2}\n";
        }
        import["page-chrome.txt"] = $"• Home\n• World\nSkip to content\n\nFerry fares to rise as fuel costs bite\n\nPublished: 1 March 2020\n\nWASHINGTON —\n\n{Paragraph1}\n\n{Paragraph2}\n\nAdditional reporting by Reuters\n\nShare this article\n";
        WriteAll(corpus, "import", import);
    }

    private static void WriteAll(string corpus, string target, Dictionary<string, string> files)
    {
        string folder = Path.Combine(corpus, target);
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
        }
        Console.WriteLine($"{target}: {files.Count} seed(s) in {folder}");
    }

    private static string RepositoryRoot(string corpus)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(corpus)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsModel.sln not found above " + corpus);
    }
}
