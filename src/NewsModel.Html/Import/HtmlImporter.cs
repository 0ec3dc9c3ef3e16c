using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsModel.Import;
using NodaTime;

namespace NewsModel.Html;

/// <summary>
/// Imports a news page's HTML as an article: the body from the page's main content (paragraphs with links and
/// emphasis, headings, lists, quotes, figures with captions, tables, embeds), and the headline, dates, authors and
/// language from every layer the page has — schema.org JSON-LD, Open Graph and <c>article:*</c> meta, Dublin Core
/// and other common meta names, microdata, <c>&lt;time datetime&gt;</c>, the URL's date path, and the visible stamps
/// and bylines read by the text importer's rules — cross-checked, with the choice and any disagreement in the report.
/// Quotes in the body are found by the text importer's quote reader. Parsed by AngleSharp (no hand-written HTML
/// parsing); charset from the byte order mark, <c>&lt;meta charset&gt;</c> or <c>http-equiv</c>.
/// </summary>
/// <remarks>
/// <para>The date rule: a structured date (JSON-LD, meta, microdata) is the publication moment; its offset stays the
/// moment's zone unless the publication's zone has that offset at that instant (then the zone). A printed stamp read
/// from the page replaces it when both name the same instant (the printed text is kept) or the printed one is more
/// precise (a structured day against a printed time); otherwise the structured one stands and the report says where
/// they disagree. Without a structured date: <c>&lt;time datetime&gt;</c>, then the printed stamp, then the URL's
/// day.</para>
/// <para>A page with more than 1,024 elements open at once (counted from the parser's tokens; a news page keeps a few
/// dozen) fails at once, naming the line and column: the standard tree builder's work grows with the square of such
/// nesting. A page longer than <see cref="MaxInputLength"/> fails without being parsed.</para>
/// <para>Never throws for bad input: a page that gives no article gives a failure result naming what was missing.
/// Immutable and thread-safe: one importer serves any number of threads (each import uses its own parser).</para>
/// </remarks>
public sealed class HtmlImporter
{
    private readonly string _language;
    private readonly int _maxInputLength;

    /// <summary>The text importers for each page language, made when first needed (when no text importer was given).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextImporter>? _byLanguage;

    internal HtmlImporter(Publication publication, string language, TextImporter text, int maxInputLength, bool perLanguage)
    {
        Publication = publication;
        _language = language;
        TextImporter = text;
        _maxInputLength = maxInputLength;
        _byLanguage = perLanguage ? new(StringComparer.OrdinalIgnoreCase) : null;
    }

    /// <summary>The text importer for a page: the one given, or one for the page's declared language (its month names,
    /// its numeric day order, its quote words).</summary>
    private TextImporter TextImporterFor(string? language)
    {
        if (_byLanguage is null || string.IsNullOrEmpty(language))
        {
            return TextImporter;
        }
        var tag = language.Replace('_', '-').Trim();
        if (tag.Length is < 2 or > 35)
        {
            return TextImporter;
        }
        return _byLanguage.GetOrAdd(tag, static (t, publication) =>
        {
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(t);
            }
            catch (CultureNotFoundException)
            {
                culture = CultureInfo.InvariantCulture;
            }
            return new TextImporterBuilder().WithPublication(publication).WithLanguage(t).WithCulture(culture).Build();
        }, Publication);
    }

    /// <summary>Gets the publication imported articles belong to (its zone is the zone of dates without an offset).</summary>
    public Publication Publication { get; }

    /// <summary>Gets the language of pages that declare none.</summary>
    public string Language => _language;

    /// <summary>Gets the text importer whose stamp and byline rules read the page's visible text, and whose quote reader
    /// reads the body.</summary>
    public TextImporter TextImporter { get; }

    /// <summary>Gets the largest input, in bytes or characters, this importer reads; a longer one fails.</summary>
    public int MaxInputLength => _maxInputLength;

    /// <summary>Imports a page from its bytes, decoded as the page declares (byte order mark, <c>&lt;meta
    /// charset&gt;</c>, <c>http-equiv</c>; UTF-8 otherwise).</summary>
    /// <param name="html">The page as fetched.</param>
    /// <param name="url">The page's URL, or null (its date path and the canonical URL are layers too).</param>
    /// <returns>The result.</returns>
    public HtmlImportResult Import(ReadOnlySpan<byte> html, string? url = null)
    {
        if (html.Length > _maxInputLength)
        {
            return TooLong(html.Length);
        }
        using var stream = new MemoryStream(html.ToArray(), writable: false);
        return ImportStream(stream, url);
    }

    /// <summary>Imports a page from a stream, decoded as the page declares.</summary>
    /// <param name="html">The page.</param>
    /// <param name="url">The page's URL, or null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public HtmlImportResult Import(Stream html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.CanSeek && html.Length - html.Position > _maxInputLength)
        {
            return TooLong(html.Length - html.Position);
        }
        return ImportStream(html, url);
    }

    /// <summary>Imports a page from its text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's URL, or null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public HtmlImportResult Import(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > _maxInputLength)
        {
            return TooLong(html.Length);
        }
        return Import(static (parser, page) => parser.ParseDocument(page), html, url);
    }

    private HtmlImportResult ImportStream(Stream html, string? url) =>
        Import(static (parser, page) => parser.ParseDocument(page), html, url);

    /// <summary>Parses the page (a string or a stream: AngleSharp has an overload for each) under an open-element
    /// guard, and imports it; a page that passes the guard's limit fails.</summary>
    private HtmlImportResult Import<TPage>(Func<HtmlParser, TPage, IHtmlDocument> parse, TPage html, string? url)
    {
        try
        {
            using var document = parse(new HtmlParser(new OpenElementGuard().Options), html);
            return Import(document, url);
        }
        catch (OpenElementGuard.TooDeepException e)
        {
            return TooDeep(e);
        }
    }

    private static HtmlImportResult TooDeep(OpenElementGuard.TooDeepException e) =>
        new(null, string.Create(CultureInfo.InvariantCulture,
                $"The page has more than {OpenElementGuard.Limit:N0} elements open at once at line {e.Position.Line}, column {e.Position.Column}; expected the elements a page opens to be closed (a news page keeps a few dozen open). The HTML parser's work grows with the square of such nesting, so the page is not read."),
            new HtmlImportReport([], [], [], null, null, [], null, []));

    private HtmlImportResult TooLong(long length) =>
        new(null, string.Create(CultureInfo.InvariantCulture, $"The page is {length:N0} long; this importer reads at most {_maxInputLength:N0} (HtmlImporterBuilder.WithMaxInputLength)."),
            new HtmlImportReport([], [], [], null, null, [], null, []));

    // ---- The import -----------------------------------------------------------------------------------------------

    private sealed class Findings
    {
        internal readonly List<FieldSource> Sources = [];
        internal readonly List<string> Disagreements = [];
        internal readonly List<string> Notes = [];
    }

    private HtmlImportResult Import(IDocument document, string? url)
    {
        var zone = Publication.Zone;
        var found = new Findings();
        var metadata = PageMetadata.Read(document, url);
        var text = TextImporterFor(metadata.Languages.Count > 0 ? metadata.Languages[0].Value : null);
        var visible = text.Import(VisibleText.Of(document));
        var headings = document.QuerySelectorAll("h1").Select(HeadingText).Where(t => t.Length > 0).ToList();
        var times = TimeElements(document);
        var titleElement = document.Title is { } title ? Collapse(title) : null;

        MainContent.Clean(document);
        var roots = MainContent.Find(document);
        var content = HtmlBlocks.Read(roots);
        found.Sources.Add(new FieldSource("Blocks", string.Join(", ", roots.Select(Describe)), "content"));
        foreach (var note in content.Notes)
        {
            found.Notes.Add("The body: " + note + ".");
        }

        var headline = Headline(metadata, headings, titleElement, visible, found);
        var blocks = Trim(content.Blocks, headline, found);
        var published = PublishedMoment(metadata, times, visible, titleElement, zone, found);
        var modified = Modified(metadata, published, zone, found);
        var credits = Authors(metadata, visible, found);
        var language = PageLanguage(metadata, found);
        var standfirst = Standfirst(metadata, blocks, found);
        var body = blocks.Select(b => b.PlainText).ToList();

        var report = new HtmlImportReport(found.Sources, found.Disagreements, found.Notes, headline, published, credits, standfirst, body);
        if (headline is null)
        {
            return new HtmlImportResult(null, "Expected a headline (a JSON-LD headline, og:title, an <h1> or the <title>); found none.", report);
        }
        if (published is null)
        {
            return new HtmlImportResult(null,
                "Expected a publication date (JSON-LD datePublished, article:published_time or another date meta, microdata, <time datetime>, a printed stamp, or a date in the URL); found none.",
                report);
        }
        if (blocks.Count == 0)
        {
            return new HtmlImportResult(null, "Expected the article's text in the page's main content; found no paragraph.", report);
        }
        var canonical = metadata.Urls.Select(u => u.Value).FirstOrDefault(u => Uri.TryCreate(u, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https");
        var id = canonical ?? string.Concat("html:", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(headline + "\n" + published.Instant.ToString()))).AsSpan(0, 24));
        found.Sources.Add(new FieldSource("Id", id, canonical is null ? "headline and date (no canonical URL)" : "canonical URL"));
        try
        {
            var timeline = new Timeline(published, modified);
            var taxonomy = Taxonomy(metadata);
            var article = new Article(id, headline, language, Publication, timeline, blocks, credits,
                standfirst: standfirst, canonicalUrl: canonical, media: content.Media, taxonomy: taxonomy);
            var quotes = text.ReadQuotes(article.Body);
            foreach (var uncertainty in quotes.Uncertainties)
            {
                found.Notes.Add("Quotes: " + uncertainty.Replace("Line ", "Paragraph ", StringComparison.Ordinal));
            }
            article = article.WithPartiesAndQuotes(quotes.Parties, quotes.Quotes);
            return new HtmlImportResult(article, null, new HtmlImportReport(found.Sources, found.Disagreements, found.Notes, headline, published, credits, standfirst, body));
        }
        catch (ArgumentException e)
        {
            return new HtmlImportResult(null, "The page's content cannot make an article: " + e.Message, report);
        }
    }

    // ---- Headline -------------------------------------------------------------------------------------------------

    /// <summary>The visible headline (an <c>h1</c>) when a stated title agrees with it; else the article's stated
    /// headline; else the <c>title</c> less the site's name.</summary>
    private static string? Headline(PageMetadata metadata, List<string> headings, string? title, ImportResult visible, Findings found)
    {
        var stated = metadata.Titles.Select(t => new Stated(Collapse(t.Value), t.Layer)).Where(t => t.Value.Length > 0).ToList();
        if (title is { Length: > 0 })
        {
            stated.Add(new Stated(title, "title"));
        }
        foreach (var heading in headings)
        {
            foreach (var s in stated)
            {
                if (Agrees(heading, s.Value))
                {
                    found.Sources.Add(new FieldSource("Headline", heading, "h1 (agreeing with " + s.Layer + ")"));
                    return heading;
                }
            }
        }
        foreach (var heading in headings)
        {
            foreach (var s in stated)
            {
                if (Close(heading, s.Value))
                {
                    found.Sources.Add(new FieldSource("Headline", heading, "h1 (close to " + s.Layer + ")"));
                    found.Disagreements.Add("Headline: " + s.Layer + " \"" + Shorten(s.Value) + "\" is worded differently from the page's <h1>; the <h1> was chosen (what readers see).");
                    return heading;
                }
            }
        }
        foreach (var s in stated)
        {
            if (!s.Layer.Contains("name", StringComparison.Ordinal) && s.Layer != "title")
            {
                var chosen = s.Layer == "meta og:title" || s.Layer == "meta twitter:title" ? WithoutSiteName(s.Value, metadata) : s.Value;
                found.Sources.Add(new FieldSource("Headline", chosen, s.Layer));
                if (headings.Count > 0)
                {
                    found.Disagreements.Add("Headline: the page's <h1> \"" + Shorten(headings[0]) + "\" is not its stated title; " + s.Layer + " was chosen.");
                }
                return chosen;
            }
        }
        if (headings.Count > 0)
        {
            found.Sources.Add(new FieldSource("Headline", headings[0], "h1"));
            return headings[0];
        }
        if (title is { Length: > 0 })
        {
            var chosen = WithoutSiteName(title, metadata);
            found.Sources.Add(new FieldSource("Headline", chosen, "title"));
            return chosen;
        }
        if (visible.Report.Headline is { } text)
        {
            found.Sources.Add(new FieldSource("Headline", text, "visible"));
            return text;
        }
        return null;
    }

    /// <summary>Classes of a heading's kicker (the line above a headline), left out of the headline.</summary>
    private static readonly System.Text.RegularExpressions.Regex Kicker = new(
        "dachzeile|overline|kicker|roofline|topline|eyebrow|colon|rubric|label|category|flag|supertitle|pretitle|super-title|pre-title",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A heading's text without its kicker.</summary>
    private static string HeadingText(IElement heading)
    {
        var kept = new StringBuilder();
        foreach (var node in heading.ChildNodes)
        {
            if (node is IElement child && Kicker.IsMatch(child.ClassName ?? string.Empty) && !(child.ClassName ?? string.Empty).Contains("headline", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            kept.Append(' ').Append(node.TextContent);
        }
        return Collapse(kept.ToString());
    }

    /// <summary>Whether two titles share most of their words (the visible headline and a stated title edited apart).</summary>
    private static bool Close(string heading, string stated)
    {
        var a = Normalise(heading).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = new HashSet<string>(Normalise(stated).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        if (a.Length < 3 || b.Count == 0)
        {
            return false;
        }
        int shared = a.Count(b.Contains);
        return shared >= 0.5 * a.Length && shared >= 0.4 * b.Count;
    }

    /// <summary>Whether an <c>h1</c> and a stated title are the same headline (one may carry the site's name).</summary>
    private static bool Agrees(string heading, string stated)
    {
        var a = Normalise(heading);
        var b = Normalise(stated);
        return a.Length >= 10 && (a == b || (b.StartsWith(a, StringComparison.Ordinal) && IsSiteSuffix(b[a.Length..])) || (b.EndsWith(a, StringComparison.Ordinal) && IsSiteSuffix(b[..^a.Length])));
    }

    private static bool IsSiteSuffix(string rest)
    {
        rest = rest.Trim();
        return rest.Length > 0 && rest[0] is '|' or '-' or '–' or '—' or ':' or '·' or '/' or '»' || (rest.Length > 0 && rest[^1] is '|' or '-' or '–' or '—' or ':' or '·' or '»');
    }

    /// <summary>A title without the site's name after a separator: a spaced separator with a short rest, or an unspaced
    /// one (as CJK titles write it) whose rest is the site's stated name or a few characters without a space.</summary>
    private static string WithoutSiteName(string title, PageMetadata metadata)
    {
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · ", " » " })
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 10 && title.Length - at - separator.Length < 40)
            {
                return title[..at].Trim();
            }
        }
        int last = title.LastIndexOfAny(['-', '_', '|', '–', '—']);
        if (last > 5)
        {
            var rest = title[(last + 1)..].Trim();
            if (rest.Length > 0 && (metadata.SiteNames.Exists(n => Normalise(n) == Normalise(rest)) || (rest.Length <= 12 && !rest.Contains(' ', StringComparison.Ordinal) && !char.IsAsciiLetterOrDigit(rest[0]))))
            {
                return title[..last].Trim();
            }
        }
        return title;
    }

    // ---- Dates ----------------------------------------------------------------------------------------------------

    private static List<Stated> TimeElements(IDocument document)
    {
        var list = new List<Stated>();
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            var value = time.GetAttribute("datetime")!.Trim();
            if (value.Length == 0)
            {
                continue;
            }
            var hint = (time.GetAttribute("itemprop") + " " + time.ClassName + " " + time.ParentElement?.ClassName + " " + (time.HasAttribute("pubdate") ? "pubdate" : string.Empty)).ToLowerInvariant();
            bool published = hint.Contains("publish", StringComparison.Ordinal) || hint.Contains("pubdate", StringComparison.Ordinal) || hint.Contains("created", StringComparison.Ordinal);
            bool updated = hint.Contains("modif", StringComparison.Ordinal) || hint.Contains("updat", StringComparison.Ordinal);
            if (updated && !published)
            {
                continue;
            }
            if (published)
            {
                list.Insert(0, new Stated(value, "time (published)"));
            }
            else
            {
                list.Add(new Stated(value, "time"));
            }
        }
        return list;
    }

    private static Moment? PublishedMoment(PageMetadata metadata, List<Stated> times, ImportResult visible, string? title, DateTimeZone zone, Findings found)
    {
        var printed = visible.Report.Published;
        (Moment Moment, string Layer)? structured = First(metadata.Published, zone);
        structured ??= First(times, zone);
        if (structured is { } s)
        {
            if (printed is not null)
            {
                bool same = printed.Instant == s.Moment.Instant;
                bool morePrecise = printed.Precision < s.Moment.Precision && s.Moment.Precision >= MomentPrecision.Day;
                if (same || morePrecise)
                {
                    found.Sources.Add(new FieldSource("Timeline.Published", printed.Printed ?? printed.ToString(), "visible (" + (same ? "the same instant as " : "more precise than ") + s.Layer + ")"));
                    // The printed text holds in the zone it was read in: that zone, not the structured date's offset.
                    return same ? new Moment(s.Moment.Instant, printed.Zone, printed.Printed, s.Moment.Precision) : printed;
                }
                if (printed.Instant.InZone(s.Moment.Zone).Date != s.Moment.Instant.InZone(s.Moment.Zone).Date || printed.Precision <= MomentPrecision.Minute)
                {
                    found.Disagreements.Add("Timeline.Published: the printed stamp \"" + Shorten(printed.Printed ?? printed.ToString()) + "\" (" + printed.Instant
                        + ") is not " + s.Layer + "'s " + s.Moment.Instant + "; " + s.Layer + " was chosen (a structured date is the publisher's own statement).");
                }
            }
            found.Sources.Add(new FieldSource("Timeline.Published", s.Moment.ToString(), s.Layer));
            return s.Moment;
        }
        if (printed is not null)
        {
            found.Sources.Add(new FieldSource("Timeline.Published", printed.Printed ?? printed.ToString(), "visible"));
            return printed;
        }
        if (title is not null)
        {
            foreach (var part in title.Split(['|', '–', '—', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length <= 40 && PageDates.Parse(part, zone) is { } titled)
                {
                    found.Sources.Add(new FieldSource("Timeline.Published", part, "title"));
                    return titled;
                }
            }
        }
        foreach (var u in metadata.Urls)
        {
            if (PageDates.FromUrl(u.Value, zone) is { } day)
            {
                found.Sources.Add(new FieldSource("Timeline.Published", day.ToString(), "url (" + u.Layer + ")"));
                return day;
            }
        }
        return null;
    }

    private static (Moment, string)? First(List<Stated> stated, DateTimeZone zone)
    {
        foreach (var s in stated)
        {
            if (PageDates.Parse(s.Value, zone) is { } moment)
            {
                return (moment, s.Layer);
            }
        }
        return null;
    }

    private static Moment? Modified(PageMetadata metadata, Moment? published, DateTimeZone zone, Findings found)
    {
        if (published is null || First(metadata.Modified, zone) is not var (moment, layer))
        {
            return null;
        }
        if (moment.Instant < published.Instant)
        {
            found.Disagreements.Add("Timeline.Updated: " + layer + " (" + moment.Instant + ") is before the publication (" + published.Instant + "); left out.");
            return null;
        }
        if (moment.Instant == published.Instant)
        {
            return null;
        }
        found.Sources.Add(new FieldSource("Timeline.Updated", moment.ToString(), layer));
        return moment;
    }

    // ---- Authors, language, standfirst, taxonomy --------------------------------------------------------------------

    private static List<Credit> Authors(PageMetadata metadata, ImportResult visible, Findings found)
    {
        var credits = new List<Credit>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // The first layer that names a person names them all: JSON-LD, then meta and microdata, then the page's bylines.
        foreach (var rank in new Func<string, bool>[]
        {
            static l => l.StartsWith("json-ld", StringComparison.Ordinal),
            static l => l.StartsWith("meta", StringComparison.Ordinal) || l == "microdata",
            static l => l is "rel author" or "byline",
        })
        {
            foreach (var stated in metadata.Authors)
            {
                if (!rank(stated.Layer))
                {
                    continue;
                }
                if (stated.Layer.EndsWith("organization", StringComparison.Ordinal) || LooksLikeSite(stated.Value, metadata))
                {
                    found.Notes.Add("Credits: \"" + Shorten(stated.Value) + "\" (" + stated.Layer + ") names the site or an organisation, not a person; left out.");
                    continue;
                }
                foreach (var name in SplitNames(stated.Value))
                {
                    if (seen.Add(name))
                    {
                        credits.Add(new Credit(name, PartyKind.Person, CreditRole.Author));
                        found.Sources.Add(new FieldSource("Credits", name, stated.Layer));
                    }
                }
            }
            if (credits.Count > 0)
            {
                return credits;
            }
        }
        foreach (var credit in visible.Report.Credits)
        {
            if (seen.Add(credit.Name))
            {
                credits.Add(credit);
                found.Sources.Add(new FieldSource("Credits", credit.Printed ?? credit.Name, "visible"));
            }
        }
        return credits;
    }

    /// <summary>Whether a stated author is the site itself (its name, its domain, a URL) rather than a person.</summary>
    private static bool LooksLikeSite(string value, PageMetadata metadata)
    {
        var text = Collapse(value);
        if (text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains(".com", StringComparison.OrdinalIgnoreCase) || text.Contains(".de", StringComparison.OrdinalIgnoreCase)
            || text.Contains("//", StringComparison.Ordinal) || text.StartsWith('/') || text.Contains(".it", StringComparison.OrdinalIgnoreCase) || text.Contains(".fr", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var normal = Normalise(text);
        foreach (var site in metadata.SiteNames)
        {
            var name = Normalise(site);
            if (name.Length > 0 && (normal == name || normal.StartsWith(name + " ", StringComparison.Ordinal) || name.StartsWith(normal, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> SplitNames(string value)
    {
        var text = Collapse(value);
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }
        foreach (var part in text.Split([",", ";", " and ", " & ", " und ", " y ", " et ", " e "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length is > 1 and < 80 && !part.Contains('@', StringComparison.Ordinal) && char.IsLetter(part[0]))
            {
                yield return part;
            }
        }
    }

    private string PageLanguage(PageMetadata metadata, Findings found)
    {
        foreach (var stated in metadata.Languages)
        {
            var tag = stated.Value.Replace('_', '-').Trim();
            int space = tag.IndexOfAny([' ', ',', ';']);
            if (space > 0)
            {
                tag = tag[..space];
            }
            if (tag.Length is >= 2 and <= 35 && char.IsAsciiLetter(tag[0]))
            {
                found.Sources.Add(new FieldSource("Language", tag, stated.Layer));
                return tag;
            }
        }
        found.Sources.Add(new FieldSource("Language", _language, "options"));
        return _language;
    }

    private static string? Standfirst(PageMetadata metadata, List<Block> blocks, Findings found)
    {
        foreach (var stated in metadata.Descriptions)
        {
            var text = Collapse(stated.Value);
            if (text.Length < 20)
            {
                continue;
            }
            // A description that is the body's own opening is no standfirst.
            var first = blocks.FirstOrDefault(b => b.PlainText.Length > 0)?.PlainText ?? string.Empty;
            var prefix = Normalise(text.TrimEnd('.', '…', ' '));
            if (Normalise(first).StartsWith(prefix.Length > 60 ? prefix[..60] : prefix, StringComparison.Ordinal))
            {
                return null;
            }
            found.Sources.Add(new FieldSource("Standfirst", text, stated.Layer));
            return text;
        }
        return null;
    }

    private static Taxonomy? Taxonomy(PageMetadata metadata)
    {
        var section = metadata.Sections.Select(s => Collapse(s.Value)).FirstOrDefault(s => s.Length > 0);
        var keywords = metadata.Keywords.SelectMany(k => k.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(k => k.Length is > 0 and < 100).Distinct(StringComparer.OrdinalIgnoreCase).Take(50).ToList();
        return section is null && keywords.Count == 0 ? null : new Taxonomy(section is null ? null : new Section(section), null, null, keywords);
    }

    /// <summary>The body without the headline repeated as its first heading or paragraph, and without the short labels
    /// of page furniture left inside the content (a paragraph or heading of a few words ending in a colon: "Credit:",
    /// "Advertisement:", "Read also:"), nor lone "Advertisement" lines.</summary>
    private static List<Block> Trim(IEnumerable<Block> blocks, string? headline, Findings found)
    {
        var list = blocks.ToList();
        // Links to other pages inside the content ("related", "read also" boxes): a short block that is all links, a
        // list of links, and the short title just before them.
        int linked = 0;
        for (int i = list.Count - 1; i >= 0; i--)
        {
            if (IsLinks(list[i]))
            {
                list.RemoveAt(i);
                linked++;
                if (i > 0 && list[i - 1] is HeadingBlock or ParagraphBlock && list[i - 1].PlainText.Trim() is { Length: > 0 and < 60 } title && title[^1] is not ('.' or '!' or '?'))
                {
                    list.RemoveAt(i - 1);
                    i--;
                }
            }
        }
        if (linked > 0)
        {
            found.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"The body: left out {linked} block(s) of links to other pages (related articles)."));
        }
        int labels = list.RemoveAll(b => b is ParagraphBlock or HeadingBlock && IsLabel(b.PlainText));
        if (labels > 0)
        {
            found.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"The body: left out {labels} label(s) of page furniture (a few words ending in a colon)."));
        }
        if (headline is not null)
        {
            int at = list.FindIndex(b => b is HeadingBlock or ParagraphBlock && Normalise(b.PlainText) == Normalise(headline));
            if (at >= 0 && at < 5)
            {
                list.RemoveAt(at);
                found.Notes.Add("The body: left out the headline repeated at its top.");
            }
        }
        return list;
    }

    /// <summary>Whether a block is links to other pages: a short paragraph or heading four fifths of whose text is
    /// links, or a list every item of which is.</summary>
    private static bool IsLinks(Block block) => block switch
    {
        ParagraphBlock p => p.Text.Text.Length < 150 && LinkShare(p.Text) >= 0.8,
        HeadingBlock h => LinkShare(h.Text) >= 0.8,
        ListBlock l => l.Items.Length > 0 && l.Items.All(item => LinkShare(item) >= 0.8),
        _ => false,
    };

    private static double LinkShare(InlineText text)
    {
        // A label before the links ("Read also: <a>…</a>", "Le puede interesar: …") is part of the links' box.
        int start = 0;
        int colon = text.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < 40 && text.Text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5)
        {
            start = colon + 1;
        }
        int length = text.Text.Length - start - (text.Text.Length - text.Text.TrimEnd().Length);
        while (start < text.Text.Length && char.IsWhiteSpace(text.Text[start]))
        {
            start++;
            length--;
        }
        if (length <= 0)
        {
            return 0;
        }
        int linked = 0;
        foreach (var mark in text.Marks)
        {
            if (mark.Kind == MarkKind.Link)
            {
                linked += mark.Range.Length;
            }
        }
        return Math.Min(1, linked / (double)length);
    }

    private static bool IsLabel(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }
        int words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return (trimmed[^1] == ':' && words <= 6) || trimmed.Equals("Advertisement", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Anzeige", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("Publicidad", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Publicité", StringComparison.OrdinalIgnoreCase);
    }

    // ---- Text helpers -----------------------------------------------------------------------------------------------

    /// <summary>An element as a selector names it: <c>div#main.article-body</c>.</summary>
    private static string Describe(IElement element)
    {
        var text = new StringBuilder(element.LocalName);
        if (element.Id is { Length: > 0 } id)
        {
            text.Append('#').Append(id);
        }
        foreach (var name in element.ClassList)
        {
            text.Append('.').Append(name);
        }
        return text.ToString();
    }

    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in Collapse(text))
        {
            builder.Append(c switch { '’' or '‘' => '\'', '“' or '”' or '«' or '»' => '"', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
