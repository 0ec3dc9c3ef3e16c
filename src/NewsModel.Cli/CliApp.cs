using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace NewsModel.Cli;

/// <summary>
/// The command line: <c>import</c>, <c>convert</c>, <c>validate</c> and <c>schema</c>. Runs in process over any
/// <see cref="CliConsole"/>, so tests drive it exactly as a shell would.
/// </summary>
public static class CliApp
{
    private static readonly string[] OutputFormats = { "newsmodel", "ninjs", "ninjs2", "jsonld", "wordpress", "ans", "rss", "atom", "jsonfeed" };
    private static readonly string[] InputFormats = { "newsmodel", "ninjs", "wordpress", "ans", "rss", "atom", "jsonfeed", "feed" };

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        using var help = new StreamWriter(console.Output, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true };
        var root = Build(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"newsmodel: {error.Message}");
            }
            string command = parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ";
            console.Error.WriteLine($"Run 'newsmodel {command}--help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = help, Error = console.Error });
    }

    private static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "newsmodel: import news article text, convert between NewsModel JSON, IPTC ninjs and schema.org JSON-LD, " +
            "and validate articles, one file or a whole archive (directories, globs, .ndjson, '-' for stdin).");
        root.Subcommands.Add(ImportCommand(console));
        root.Subcommands.Add(ConvertCommand(console));
        root.Subcommands.Add(ValidateCommand(console));
        root.Subcommands.Add(SchemaCommand(console));
        return root;
    }

    private static Argument<string[]> FilesArgument(string what) => new("files")
    {
        Description = what + " Each may be a file, a directory (searched recursively), a glob ('archive/**/*.json'), " +
                      "an .ndjson file (one article per line) or '-' for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string> ZoneOption(string description, string? defaultValue, string name = "--publication-zone", string? alias = "-z")
    {
        var option = alias is null ? new Option<string>(name) { Description = description } : new Option<string>(name, alias) { Description = description };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }
        option.Validators.Add(result =>
        {
            string? id = result.GetValueOrDefault<string>();
            if (id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
            {
                result.AddError($"'{id}' is not a time zone id in the TZDB (for example Asia/Hong_Kong, Europe/London, America/New_York).");
            }
        });
        return option;
    }

    private static Option<string> FormatOption(string name, string[] formats, string? defaultValue, string description)
    {
        var option = new Option<string>(name) { Description = description + " One of: " + string.Join(", ", formats) + "." };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }
        else
        {
            option.Required = true;
        }
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> OutputOption()
    {
        var option = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output: written beside it under a temporary name and " +
                          "renamed into place when the run finishes, so a run that dies leaves the previous file. An input " +
                          "is never overwritten.",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && path.Trim().Length == 0)
            {
                result.AddError("--output needs a file path; an empty path names no file.");
            }
        });
        return option;
    }

    private static Option<bool> NdjsonOption() =>
        new("--ndjson") { Description = "Write one compact document per line even for a single input (batches always do)." };

    private static Command ImportCommand(CliConsole console)
    {
        var files = FilesArgument("Article text files (a page copied as text, .txt) or news pages (.html, .htm).");
        var from = new Option<string?>("--from") { Description = "The input: text (a page copied as text) or html (a news page). When omitted, each document is told by its first character (< is HTML) and the choice is said on standard error." };
        from.AcceptOnlyFromAmong("text", "html");
        var zone = ZoneOption("The publication's home time zone, in which printed stamps without a zone are read.", "UTC");
        var publication = new Option<string>("--publication", "-p") { Description = "The publication's name.", DefaultValueFactory = _ => "Unknown publication" };
        var shortName = new Option<string?>("--short-name") { Description = "The publication's short name (used in article ids)." };
        var language = new Option<string>("--language") { Description = "The articles' language (BCP 47).", DefaultValueFactory = _ => "en" };
        var dayFirst = new Option<bool>("--day-first") { Description = "Read numeric dates as day/month (30/12/2019), as British and Hong Kong papers print them." };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The time the pages were fetched, as RFC 3339 (2020-05-14T12:00:00Z) or 'now': relative stamps " +
                          "('2 hours ago', 'Yesterday at 5:31pm') are read against it. Without it they are refused.",
        };
        asOf.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string?>();
            if (text is not null && text != "now" && !NewsModel.Text.StampPattern.Rfc3339.Parse(text, DateTimeZone.Utc).Success)
            {
                result.AddError($"'{text}' is not an RFC 3339 timestamp such as 2020-05-14T12:00:00Z, nor 'now'.");
            }
        });
        var alsoAccept = new Option<string[]>("--also-accept-zone")
        {
            Description = "A zone whose abbreviations a stamp may print besides the publication zone's (repeatable): " +
                          "with Europe/London, 'BST' on a UTC publication is read as British Summer Time; without it, refused.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        alsoAccept.Validators.Add(result =>
        {
            foreach (var id in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
                {
                    result.AddError($"'{id}' is not a time zone id in the TZDB (for example Europe/London).");
                }
            }
        });
        var to = FormatOption("--to", OutputFormats, "newsmodel", "The output format.");
        var output = OutputOption();
        var ndjson = NdjsonOption();
        var command = new Command("import", "Import article text or a news page's HTML into a structured article; the import report goes to standard error.")
        {
            files, from, zone, publication, shortName, language, dayFirst, asOf, alsoAccept, to, output, ndjson,
        };
        command.SetAction(result => Commands.Import(
            console,
            result.GetValue(files)!,
            new ImportSettings(
                result.GetValue(publication)!,
                result.GetValue(shortName),
                DateTimeZoneProviders.Tzdb[result.GetValue(zone)!],
                result.GetValue(language)!,
                result.GetValue(dayFirst),
                ClockFor(result.GetValue(asOf)),
                [.. (result.GetValue(alsoAccept) ?? []).Select(id => DateTimeZoneProviders.Tzdb[id])],
                result.GetValue(from)),
            new OutputSettings(result.GetValue(to)!, result.GetValue(output), result.GetValue(ndjson))));
        return command;
    }

    private static IClock? ClockFor(string? asOf) => asOf switch
    {
        null => null,
        "now" => SystemClock.Instance,
        _ => new FixedClock(NewsModel.Text.StampPattern.Rfc3339.Parse(asOf, DateTimeZone.Utc).Value.Instant),
    };

    private static Command ConvertCommand(CliConsole console)
    {
        var files = FilesArgument("Documents to convert.");
        var from = new Option<string?>("--from")
        {
            Description = "The input format. One of: " + string.Join(", ", InputFormats) + ". When omitted, each document's format is told from its content (and said on standard error).",
        };
        from.AcceptOnlyFromAmong(InputFormats);
        var to = FormatOption("--to", OutputFormats, null, "The output format.");
        var zone = ZoneOption("ninjs input: the zone for times without an offset, and the publication's home zone; wordpress, ans and feeds: the publication's home zone (ans: the zone its UTC instants are shown in) (a feed's dates may print only its abbreviations).", null);
        var siteZone = ZoneOption("wordpress input and output: the site's time zone (its Timezone setting), in which WordPress prints date and modified.", null, "--site-zone", null);
        var publication = new Option<string>("--publication", "-p") { Description = "ninjs, wordpress and ans input: the publication's name.", DefaultValueFactory = _ => Commands.UnknownPublication };
        var language = new Option<string?>("--language", "-l") { Description = "wordpress input: the posts' language tag (a post does not carry one), for example en-GB; ans and feeds: the language of stories and items that say none." };
        var output = OutputOption();
        var ndjson = NdjsonOption();
        var feedTitle = new Option<string?>("--feed-title") { Description = "rss, atom and jsonfeed output: the feed's title (default: the first article's publication)." };
        var feedLink = new Option<string?>("--feed-link") { Description = "rss, atom and jsonfeed output: the site's URL (default: the scheme and host of the first article's canonical URL)." };
        var command = new Command("convert", "Convert articles between formats; what the target cannot hold is reported on standard error. A WordPress collection (an array of posts) or a feed (RSS, RDF, Atom or JSON Feed: rss, atom, jsonfeed and feed all read any of them) gives one article per post or item; --to rss, atom or jsonfeed writes all the articles read as one feed.")
        {
            files, from, to, zone, siteZone, publication, language, output, ndjson, feedTitle, feedLink,
        };
        command.SetAction(result =>
        {
            string? zoneId = result.GetValue(zone);
            string? siteId = result.GetValue(siteZone);
            return Commands.Convert(
                console,
                result.GetValue(files)!,
                result.GetValue(from),
                zoneId is null ? null : DateTimeZoneProviders.Tzdb[zoneId],
                siteId is null ? null : DateTimeZoneProviders.Tzdb[siteId],
                result.GetValue(publication)!,
                result.GetValue(language),
                new OutputSettings(result.GetValue(to)!, result.GetValue(output), result.GetValue(ndjson), result.GetValue(feedTitle), result.GetValue(feedLink)));
        });
        return command;
    }

    private static Command ValidateCommand(CliConsole console)
    {
        var files = FilesArgument("NewsModel JSON documents to validate.");
        var profile = new Option<string>("--profile") { Description = "publish (strict, before an article goes live) or archive (lenient, for old imports).", DefaultValueFactory = _ => "publish" };
        profile.AcceptOnlyFromAmong("publish", "archive");
        var report = new Option<string>("--report") { Description = "text (one line per finding) or json (one report object per article, NDJSON).", DefaultValueFactory = _ => "text" };
        report.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Validate articles. Exit code 0: no errors; 1: findings of error severity; 2: an input could not be read.")
        {
            files, profile, report,
        };
        command.SetAction(result => Commands.Validate(console, result.GetValue(files)!, result.GetValue(profile)!, result.GetValue(report)!));
        return command;
    }

    private static Command SchemaCommand(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the NewsModel JSON format.");
        command.SetAction(_ => Commands.Schema(console));
        return command;
    }
}

/// <summary>How text is imported.</summary>
internal sealed record ImportSettings(string Publication, string? ShortName, DateTimeZone Zone, string Language, bool DayFirst, IClock? Clock, DateTimeZone[] AcceptedZones, string? From = null);

/// <summary>A clock that always shows one instant: the crawl time given with --as-of.</summary>
internal sealed class FixedClock(Instant instant) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant() => instant;
}

/// <summary>Where and how output is written; a feed's title and link for feed output.</summary>
internal sealed record OutputSettings(string Format, string? Path, bool Ndjson, string? FeedTitle = null, string? FeedLink = null)
{
    /// <summary>Gets whether the output is one feed of all the articles (rss, atom, jsonfeed), not a document per article.</summary>
    internal bool IsFeed => Format is "rss" or "atom" or "jsonfeed";
}
