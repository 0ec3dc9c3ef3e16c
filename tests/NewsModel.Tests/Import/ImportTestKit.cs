using System.Collections.Generic;
using System.Linq;
using NewsModel.Import;
using NodaTime;

namespace NewsModel.Tests.Import;

/// <summary>Importers and small articles for the importer's tests.</summary>
internal static class ImportTestKit
{
    internal static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    internal static TextImporter Scmp { get; } =
        new TextImporterBuilder().WithPublication("South China Morning Post", HongKong, "SCMP").Build();

    /// <summary>A page with a headline, a stamp and the given paragraphs, blank lines between.</summary>
    internal static string Page(params string[] paragraphs) => PageHeaded("Harbour tunnel tolls to change next month", paragraphs);

    /// <summary>A page with the given headline, a stamp and the given paragraphs, blank lines between.</summary>
    internal static string PageHeaded(string headline, params string[] paragraphs) =>
        headline + "\n\nPUBLISHED : Monday, 31 March, 2014, 5:31am\n\n" + string.Join("\n\n", paragraphs) + "\n";

    /// <summary>An importer for a web publication in UTC, reading in <paramref name="language"/>.</summary>
    internal static TextImporter In(string language) =>
        new TextImporterBuilder().WithPublication("Web", DateTimeZone.Utc, "web").WithLanguage(language).Build();

    internal static Article ImportBody(params string[] paragraphs)
    {
        var result = Scmp.Import(Page(paragraphs));
        result.Success.Should().BeTrue(result.Message);
        return result.Article!;
    }

    internal static string Format(string format, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    internal static IEnumerable<string> Roles(ImportResult result, LineRole role) =>
        result.Report.Lines.Where(l => l.Role == role).Select(l => l.Text);
}
