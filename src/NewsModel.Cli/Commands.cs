using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using NewsModel.Formats;
using NewsModel.Formats.Ans;
using NewsModel.Formats.Feeds;
using NewsModel.Formats.Ninjs;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Formats.WordPress;
using NewsModel.Import;
using NewsModel.Json;
using NewsModel.Validation;
using NodaTime;

namespace NewsModel.Cli;

/// <summary>The work behind each command. Every method returns an exit code and never throws for bad input.</summary>
internal static class Commands
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    internal static int Import(CliConsole console, string[] files, ImportSettings settings, OutputSettings output)
    {
        var importer = new TextImporterBuilder()
            .WithPublication(settings.Publication, settings.Zone, settings.ShortName)
            .WithLanguage(settings.Language)
            .WithCulture(CultureInfo.GetCultureInfo(settings.DayFirst ? "en-GB" : "en-US"))
            .WithClock(settings.Clock)
            .AlsoAcceptZones(settings.AcceptedZones)
            .Build();
        var pages = new NewsModel.Html.HtmlImporterBuilder()
            .WithPublication(importer.Publication)
            .WithLanguage(settings.Language)
            .WithTextImporter(importer)
            .Build();
        return RunBatch(console, files, InputKind.Text, output, "imported", (outputSettings, losses) => ImportProcessor(settings.From, importer, pages, WriterFor(outputSettings, null, losses)));
    }

    private static ItemProcessor ImportProcessor(string? from, TextImporter importer, NewsModel.Html.HtmlImporter pages, ArticleWriter writer) =>
        (item, destination, messages) =>
        {
            bool html = from == "html" || (from is null && FormatDetector.IsMarkup(item.Content.Span)); // article text never starts with <
            if (from is null)
            {
                messages.Add(html ? "detected html" : "detected text");
            }
            if (html)
            {
                return ImportPage(pages, item, destination, messages, writer);
            }
            var result = importer.ImportUtf8(item.Content.Span);
            foreach (var line in result.Report.Uncertainties)
            {
                messages.Add("note: " + line);
            }
            if (result.Article is null)
            {
                messages.Add($"error: {result.Message}");
                return ItemStatus.Failed;
            }
            foreach (var line in result.Report.Lines)
            {
                if (line.Role is LineRole.Boilerplate or LineRole.Caption)
                {
                    messages.Add(string.Create(CultureInfo.InvariantCulture, $"dropped line {line.Number} as {line.Role.ToString().ToLowerInvariant()}{(line.Reason is null ? "" : " (" + line.Reason + ")")}: {Shorten(line.Text)}"));
                }
            }
            messages.Add(Summary(result));
            return writer(result.Article, destination, messages);
        };

    /// <summary>The publication's name when none is given.</summary>
    internal const string UnknownPublication = "Unknown publication";

    internal static int Convert(CliConsole console, string[] files, string? from, DateTimeZone? zone, DateTimeZone? siteZone, string publication, string? language, OutputSettings output)
    {
        var ninjsOptions = new NinjsReadOptions
        {
            Zone = zone,
            DefaultPublication = new Publication(publication, zone ?? DateTimeZone.Utc),
            // ninjs written by others: an HTML body gives blocks with marks, figures and tables (NewsModel.Html).
            BodyHtml = NewsModel.Html.HtmlBlocks.Reader,
        };
        var wordPressOptions = new WordPressReadOptions
        {
            SiteZone = siteZone,
            // The publication when its name or zone is given; otherwise the reader names it after the site and says so.
            Publication = publication != UnknownPublication || zone is not null ? new Publication(publication, zone ?? siteZone ?? DateTimeZone.Utc) : null,
            Language = language,
            BodyHtml = NewsModel.Html.HtmlBlocks.Reader,
        };
        var feedOptions = new FeedReadOptions
        {
            Publication = publication != UnknownPublication || zone is not null ? new Publication(publication, zone ?? DateTimeZone.Utc) : null,
            DefaultLanguage = language ?? "und",
            BodyHtml = NewsModel.Html.HtmlBlocks.Reader,
        };
        var ansOptions = new AnsReadOptions
        {
            Publication = feedOptions.Publication,
            Language = language,
            BodyHtml = NewsModel.Html.HtmlBlocks.Reader,
        };
        var readers = new ReadOptions(ninjsOptions, wordPressOptions, feedOptions, ansOptions);
        return RunBatch(console, files, InputKind.Json, output, "converted", (settings, losses) => ConvertProcessor(from, readers, WriterFor(settings, siteZone, losses), losses));
    }

    /// <summary>The options of each format's reader, for one conversion.</summary>
    private sealed record ReadOptions(NinjsReadOptions Ninjs, WordPressReadOptions WordPress, FeedReadOptions Feed, AnsReadOptions Ans);

    private static ItemProcessor ConvertProcessor(string? given, ReadOptions options, ArticleWriter writer, LossLog losses) =>
        (item, destination, messages) =>
        {
            Article article;
            var from = given ?? FormatDetector.Detect(item.Content.Span);
            if (given is null)
            {
                if (from is null)
                {
                    messages.Add("error: could not tell the format (no feed, and no member of NewsModel JSON, ninjs, WordPress, ANS or JSON Feed that says it); give --from");
                    return ItemStatus.Failed;
                }
                messages.Add("detected " + from);
            }
            try
            {
                if (from == "wordpress")
                {
                    return ConvertWordPress(item, destination, messages, options.WordPress, writer, losses);
                }
                if (from is "rss" or "atom" or "jsonfeed" or "feed")
                {
                    var feed = FeedSerializer.Deserialize(item.Content.Span, options.Feed);
                    losses.Add(messages, feed.Losses, "reading the feed");
                    messages.Add($"read {feed.Format} {feed.Version} \"{feed.Title}\": {feed.Items.Length} item(s)");
                    return WriteItems(feed.Items, "feed item", destination, messages, writer, losses, "reading the feed");
                }
                if (from == "ninjs")
                {
                    var read = NinjsSerializer.Deserialize(item.Content.Span, options.Ninjs);
                    article = read.Value;
                    losses.Add(messages, read.Losses, "reading ninjs");
                }
                else if (from == "ans")
                {
                    var read = AnsSerializer.Deserialize(item.Content.Span, options.Ans);
                    article = read.Value;
                    losses.Add(messages, read.Losses, "reading ans");
                }
                else
                {
                    article = NewsModelJson.Deserialize(item.Content.Span);
                }
            }
            catch (Exception e) when (e is JsonException or FeedException)
            {
                messages.Add($"error: not a valid {from} document: {e.Message}");
                return ItemStatus.Failed;
            }
            return writer(article, destination, messages);
        };

    /// <summary>A WordPress post, or a collection of them: one article per post, one per line; a post that cannot be read
    /// is reported and the others are still converted.</summary>
    private static ItemStatus ConvertWordPress(InputItem item, IBufferWriter<byte> destination, List<string> messages, WordPressReadOptions options, ArticleWriter writer, LossLog losses)
    {
        var results = WordPressSerializer.DeserializeAll(item.Content.Span, options);
        if (results.IsEmpty)
        {
            messages.Add("error: not a valid wordpress document: an empty collection holds no post");
            return ItemStatus.Failed;
        }
        return WriteItems(results, "wordpress post", destination, messages, writer, losses, "reading wordpress");
    }

    /// <summary>Writes each article read from a collection, one per line; an item that could not be read is reported
    /// with its index, and the others are still written.</summary>
    private static ItemStatus WriteItems(System.Collections.Immutable.ImmutableArray<ItemResult<Article>> results, string what, IBufferWriter<byte> destination, List<string> messages, ArticleWriter writer, LossLog losses, string stage)
    {
        var status = ItemStatus.Ok;
        bool first = true;
        foreach (var result in results)
        {
            if (result.Result is not { } read)
            {
                messages.Add($"error: not a valid {what} (item {result.Index}): {result.Error!.Message}");
                status = ItemStatus.Failed;
                continue;
            }
            if (!first)
            {
                Write(destination, "\n");
            }
            first = false;
            losses.Add(messages, read.Losses, stage);
            var written = writer(read.Value, destination, messages);
            status = written == ItemStatus.Ok ? status : written;
        }
        return status;
    }

    internal static int Validate(CliConsole console, string[] files, string profileName, string reportFormat)
    {
        var validator = new ArticleValidator(profileName == "archive" ? ValidationProfile.Archive : ValidationProfile.Publish, SystemClock.Instance);
        bool json = reportFormat == "json";
        var output = new OutputSettings("report", null, true);
        return RunBatch(console, files, InputKind.Json, output, "validated", (_, _) => (item, destination, messages) =>
        {
            Article article;
            try
            {
                article = NewsModelJson.Deserialize(item.Content.Span);
            }
            catch (JsonException)
            {
                // The document does not deserialize: list every problem at once, with JSON paths.
                var problems = validator.ValidateJson(item.Content.Span);
                messages.Add($"error: cannot be read as a NewsModel document ({problems.ErrorCount} problem(s)):");
                foreach (var finding in problems)
                {
                    messages.Add($"  {finding.Severity.ToString().ToLowerInvariant()} {finding.Code} at {finding.Path}: {finding.Message}");
                }
                return ItemStatus.Failed;
            }
            var report = validator.Validate(article);
            if (json)
            {
                WriteJsonReport(item, article, report, destination);
            }
            else
            {
                foreach (var finding in report)
                {
                    Write(destination, $"{item.Location}: {finding.Severity.ToString().ToLowerInvariant()} {finding.Code} at {finding.Path}: {finding.Message}\n");
                }
            }
            return report.HasErrors ? ItemStatus.Findings : ItemStatus.Ok;
        }, separator: json);
    }

    internal static int Schema(CliConsole console)
    {
        var bytes = Encoding.UTF8.GetBytes(NewsModelJson.Schema);
        console.Output.Write(bytes);
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n')
        {
            console.Output.Write(NewLine);
        }
        console.Output.Flush();
        return ExitCodes.Success;
    }

    private delegate ItemStatus ArticleWriter(Article article, IBufferWriter<byte> destination, List<string> messages);

    private static ArticleWriter WriterFor(OutputSettings output, DateTimeZone? siteZone, LossLog losses)
    {
        bool indented = !output.Ndjson;
        switch (output.Format)
        {
            case "wordpress":
                var wordPress = new WordPressWriteOptions { SiteZone = siteZone, Indented = indented };
                return (article, destination, messages) =>
                {
                    losses.Add(messages, WordPressSerializer.Serialize(article, destination, wordPress), "writing wordpress");
                    return ItemStatus.Ok;
                };
            case "ans":
                var ans = new AnsWriteOptions { Indented = indented };
                return (article, destination, messages) =>
                {
                    losses.Add(messages, AnsSerializer.Serialize(article, destination, ans), "writing ans");
                    return ItemStatus.Ok;
                };
            case "ninjs":
            case "ninjs2":
                string stage = "writing " + output.Format;
                var ninjs = new NinjsWriteOptions { Version = output.Format == "ninjs2" ? NinjsVersion.Ninjs21 : NinjsWriteOptions.Default.Version, Indented = indented };
                return (article, destination, messages) =>
                {
                    losses.Add(messages, NinjsSerializer.Serialize(article, destination, ninjs), stage);
                    return ItemStatus.Ok;
                };
            case "jsonld":
                var jsonLd = new JsonLdWriteOptions { Indented = indented };
                return (article, destination, messages) =>
                {
                    losses.Add(messages, NewsArticleJsonLd.Serialize(article, destination, jsonLd), "writing JSON-LD");
                    return ItemStatus.Ok;
                };
            default:
                var native = indented ? new NewsModelJsonOptions { WriteIndented = true } : NewsModelJsonOptions.Default;
                return (article, destination, _) =>
                {
                    NewsModelJson.Serialize(article, destination, native);
                    return ItemStatus.Ok;
                };
        }
    }

    private static int RunBatch(CliConsole console, string[] files, InputKind kind, OutputSettings output, string verb, Func<OutputSettings, LossLog, ItemProcessor> processorFor, bool separator = true)
    {
        var inputs = new Inputs(kind, console.Input);
        var sources = inputs.Expand(files);
        foreach (var problem in inputs.Problems)
        {
            console.Error.WriteLine($"newsmodel: {problem}");
        }
        long unreadable = inputs.Problems.Count;
        OutputFile? file = null;
        if (output.Path is not null)
        {
            file = OutputFile.Open(output.Path, sources, out string? problem);
            if (file is null)
            {
                console.Error.WriteLine($"newsmodel: {problem}");
                return ExitCodes.InputError;
            }
        }
        Stream destination = file?.Stream ?? console.Output;
        string destinationName = output.Path ?? "standard output";
        // A feed holds every article: they are gathered (as NewsModel JSON, one per line, in input order) and written as
        // one feed at the end.
        using var gathered = output.IsFeed ? new MemoryStream() : null;
        try
        {
            // A batch (several inputs) is written as NDJSON: one compact document per line.
            bool batch = sources.Count != 1 || inputs.IsLineWise(sources[0]);
            var losses = new LossLog(tally: batch);
            var settings = output.IsFeed ? output with { Format = "newsmodel", Ndjson = true } : batch ? output with { Ndjson = true } : output;
            var process = processorFor(settings, losses);
            var runner = new BatchRunner(gathered ?? destination, console.Error, console.ErrorIsTerminal, separator ? NewLine : ReadOnlyMemory<byte>.Empty);
            var summary = runner.Run(inputs.Read(sources, (source, message) =>
            {
                unreadable++;
                console.Error.WriteLine($"{source}: error: {message}");
            }), process);
            if (gathered is not null && !WriteFeed(gathered, output, destination, console.Error))
            {
                return ExitCodes.InputError;
            }
            file?.Commit();
            losses.WriteTally(console.Error);
            if (summary.Items != 1 || summary.Failed > 0 || unreadable > 0)
            {
                double seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-6);
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"newsmodel: {summary.Items - summary.Failed:N0} of {summary.Items + unreadable - inputs.Problems.Count:N0} article(s) {verb} in {seconds:0.00} s ({summary.Items / seconds:N0}/s); {summary.Failed + unreadable:N0} could not be read{(summary.WithFindings > 0 ? $"; {summary.WithFindings:N0} with errors" : "")}."));
            }
            if (summary.Items == 0 && unreadable == 0)
            {
                console.Error.WriteLine("newsmodel: no input articles were found.");
                return ExitCodes.InputError;
            }
            return summary.Failed + unreadable > 0 ? ExitCodes.InputError
                : summary.WithFindings > 0 ? ExitCodes.Findings
                : ExitCodes.Success;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            // A full disk, a closed pipe (| head), a device that refuses writes: stop at once, say where.
            console.Error.WriteLine($"newsmodel: cannot write {(output.Path is null ? "standard output" : $"'{destinationName}'")}: {Innermost(e).Message} The run stopped{(file is null ? "" : "; the previous file, if any, is unchanged")}.");
            return ExitCodes.InputError;
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>Writes the gathered articles (NewsModel JSON, one per line) as one feed, and its losses on standard error.
    /// False when the feed cannot be written (no articles, or no link for it).</summary>
    private static bool WriteFeed(MemoryStream gathered, OutputSettings output, Stream destination, TextWriter error)
    {
        var articles = new List<Article>();
        foreach (var line in Encoding.UTF8.GetString(gathered.GetBuffer(), 0, (int)gathered.Length).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            articles.Add(NewsModelJson.Deserialize(line));
        }
        if (articles.Count == 0)
        {
            error.WriteLine($"newsmodel: no article was read, so no {output.Format} feed was written.");
            return false;
        }
        var first = articles[0];
        string? link = output.FeedLink
            ?? (Uri.TryCreate(first.CanonicalUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.GetLeftPart(UriPartial.Authority) + "/" : null);
        if (link is null)
        {
            error.WriteLine("newsmodel: a feed needs its site's URL, and the first article has no absolute canonical URL to take it from; give --feed-link.");
            return false;
        }
        var options = new FeedWriteOptions(output.FeedTitle ?? first.Publication.Name, link)
        {
            Format = output.Format switch { "atom" => FeedFormat.Atom, "jsonfeed" => FeedFormat.JsonFeed, _ => FeedFormat.Rss },
            Indented = !output.Ndjson,
        };
        LossReport losses;
        try
        {
            losses = FeedSerializer.Serialize(articles, options, destination);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"newsmodel: cannot write the {output.Format} feed: {e.Message}");
            return false;
        }
        destination.Write(NewLine);
        destination.Flush();
        foreach (var entry in losses.Entries)
        {
            error.WriteLine($"newsmodel: loss (writing {output.Format}): {entry}");
        }
        return true;
    }

    /// <summary>Whether <paramref name="e"/> is an I/O failure of the output (possibly wrapped by the batch's tasks).</summary>
    private static bool IsWriteFailure(Exception e) => Innermost(e) is IOException or UnauthorizedAccessException;

    private static Exception Innermost(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }
        return e;
    }

    /// <summary>An HTML page: the article, and on standard error where each field came from, where the page's layers
    /// disagreed, and what was left out.</summary>
    private static ItemStatus ImportPage(NewsModel.Html.HtmlImporter pages, InputItem item, IBufferWriter<byte> destination, List<string> messages, ArticleWriter writer)
    {
        var result = pages.Import(item.Content.Span);
        foreach (var source in result.Report.Sources)
        {
            messages.Add($"from {source.Layer}: {source.Field} = {Shorten(source.Value)}");
        }
        foreach (var disagreement in result.Report.Disagreements)
        {
            messages.Add("disagreement: " + disagreement);
        }
        foreach (var note in result.Report.Notes)
        {
            messages.Add("note: " + note);
        }
        if (result.Article is not { } article)
        {
            messages.Add($"error: {result.Message}");
            return ItemStatus.Failed;
        }
        messages.Add(string.Create(CultureInfo.InvariantCulture,
            $"imported \"{article.Headline}\": published {article.Timeline.Published}, {article.Blocks.Length} block(s), {article.Quotes.Length} quote(s), {article.Credits.Length} credit(s)."));
        return writer(article, destination, messages);
    }

    private static string Summary(ImportResult result)
    {
        var article = result.Article!;
        var counts = new Dictionary<LineRole, int>();
        foreach (var line in result.Report.Lines)
        {
            counts[line.Role] = counts.GetValueOrDefault(line.Role) + 1;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"imported \"{article.Headline}\": published {article.Timeline.Published}, {article.Body.Length} paragraph(s), {article.Quotes.Length} quote(s), {article.Credits.Length} credit(s); {counts.GetValueOrDefault(LineRole.Boilerplate)} boilerplate line(s) dropped.");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    private static void WriteJsonReport(InputItem item, Article article, ValidationReport report, IBufferWriter<byte> destination)
    {
        using var writer = new Utf8JsonWriter(destination);
        writer.WriteStartObject();
        writer.WriteString("source", item.Source);
        if (item.Line > 0)
        {
            writer.WriteNumber("line", item.Line);
        }
        writer.WriteString("id", article.Id);
        writer.WriteBoolean("valid", report.IsValid);
        writer.WriteStartArray("findings");
        foreach (var finding in report)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            writer.WriteString("path", finding.Path);
            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(IBufferWriter<byte> destination, string text)
    {
        int count = Encoding.UTF8.GetByteCount(text);
        Encoding.UTF8.GetBytes(text, destination.GetSpan(count));
        destination.Advance(count);
    }
}
