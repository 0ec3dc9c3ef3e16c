using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.Json;
using NewsModel.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Formats.WordPress;

/// <summary>
/// Reads WordPress REST (<c>wp/v2</c>) posts, pages, revisions and autosaves as articles: one pass over the JSON into a
/// draft of what the article needs, then the article, with every member it does not carry in the loss report.
/// Stateless and thread-safe.
/// </summary>
internal static class WordPressReader
{
    private const string Context = "WordPress post ";

    private static readonly JsonCursor.Failure Failure = static (message, path, line, bytes, inner) => new WordPressException(message, path, line, bytes, inner);

    /// <summary>WordPress's dates: <c>2017-02-14T00:00:00</c>, no offset.</summary>
    private static readonly LocalDateTimePattern DatePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    private const string DateExpected = "a date as YYYY-MM-DDTHH:MM:SS, or null";

    /// <summary>Members of a post that describe the REST response, not the article: left out without a report.</summary>
    private static readonly ImmutableHashSet<string> Navigation = ImmutableHashSet.Create(StringComparer.Ordinal, "_links", "class_list", "type");

    /// <summary>What the JSON says, before it becomes an article.</summary>
    private sealed class Draft
    {
        internal int? Id;
        internal int? Parent;
        internal string? Guid;
        internal string? Link;
        internal string? Slug;
        internal string? Status;
        internal (LocalDateTime Value, string Path)? Date;
        internal (LocalDateTime? Value, string Path)? DateGmt;
        internal (LocalDateTime Value, string Path)? Modified;
        internal (LocalDateTime? Value, string Path)? ModifiedGmt;
        internal string? TitleRendered;
        internal string? TitleRaw;
        internal string? ContentRendered;
        internal string? ContentRaw;
        internal bool ContentProtected;
        internal string? ExcerptRendered;
        internal string? ExcerptRaw;
        internal int? Author;
        internal int? FeaturedMedia;
        internal List<int>? Categories;
        internal List<int>? Tags;
        internal List<(int Id, string Name, string? Link)>? EmbeddedAuthors;
        internal List<EmbeddedMedia>? EmbeddedMedia;
        internal List<(int Id, string Name, string Taxonomy, string? Link)>? EmbeddedTerms;
    }

    private sealed class EmbeddedMedia
    {
        internal int Id;
        internal string? SourceUrl;
        internal string? AltText;
        internal string? Caption;
        internal string? MediaType;
        internal string? MimeType;
        internal int? Width;
        internal int? Height;
    }

    internal static ConversionResult<Article> Read(ReadOnlySpan<byte> utf8, WordPressReadOptions options)
    {
        var cursor = new JsonCursor(utf8, Context, JsonPath.Root, Failure);
        return ReadOne(ref cursor, JsonPath.Root, options);
    }

    /// <summary>One post: the object at the cursor, then nothing more.</summary>
    private static ConversionResult<Article> ReadOne(ref JsonCursor cursor, string root, WordPressReadOptions options)
    {
        cursor.ReadStartObject();
        var losses = new LossCollector();
        var draft = ReadPost(ref cursor, ref losses);
        cursor.ExpectEnd();
        return Build(draft, root, options, ref losses);
    }

    internal static ImmutableArray<ItemResult<Article>> ReadAll(ReadOnlySpan<byte> utf8, WordPressReadOptions options)
    {
        // First the items' extents (malformed JSON fails the whole document: no item's end can be known), then each item
        // on its own, so one item's failure does not stop the others.
        var extents = new List<(int Start, int Length)>();
        var outer = new JsonCursor(utf8, Context, "$", Failure);
        outer.Read();
        if (outer.TokenType == JsonTokenType.StartObject)
        {
            return [new ItemResult<Article>(0, Read(utf8, options))];
        }
        outer.ExpectStartArray();
        int index = 0;
        while (outer.NextItem(ref index))
        {
            int start = outer.TokenStart;
            outer.Skip();
            extents.Add((start, outer.Consumed - start));
            outer.Pop();
        }
        outer.ExpectEnd();
        var results = ImmutableArray.CreateBuilder<ItemResult<Article>>(extents.Count);
        for (int i = 0; i < extents.Count; i++)
        {
            var root = JsonPath.Element(JsonPath.Root, i);
            try
            {
                var cursor = new JsonCursor(utf8, extents[i].Start, extents[i].Length, Context, root, Failure);
                results.Add(new ItemResult<Article>(i, ReadOne(ref cursor, root, options)));
            }
            catch (WordPressException e)
            {
                results.Add(new ItemResult<Article>(i, e));
            }
        }
        return results.MoveToImmutable();
    }

    internal static WordPressReadOptions Settings(ReadOnlySpan<byte> utf8, HtmlBodyReader? bodyHtml)
    {
        var cursor = new JsonCursor(utf8, "WordPress settings ", "$", Failure);
        cursor.ReadStartObject();
        string? title = null, language = null;
        DateTimeZone? zone = null;
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "title":
                    title = OptionalString(ref cursor, "the site's title, a string");
                    break;
                case "timezone":
                    var timezone = OptionalString(ref cursor, "the site's time zone, a TZDB id such as Asia/Hong_Kong, or empty");
                    zone = string.IsNullOrEmpty(timezone) ? null
                        : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timezone) ?? throw cursor.Fail("a time zone id of the TZDB (such as Asia/Hong_Kong)");
                    break;
                case "language":
                    language = OptionalString(ref cursor, "the site's language, a locale such as en_US");
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        cursor.ExpectEnd();
        return new WordPressReadOptions
        {
            SiteZone = zone,
            Publication = zone is not null && !string.IsNullOrWhiteSpace(title) ? new Publication(title.Trim(), zone) : null,
            Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim().Replace('_', '-'),
            BodyHtml = bodyHtml,
        };
    }

    // ---- Reading the JSON --------------------------------------------------------------------------------------

    private static Draft ReadPost(ref JsonCursor cursor, ref LossCollector losses)
    {
        var draft = new Draft();
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "id":
                    draft.Id = cursor.GetInt32("the post's id, a whole number", 0);
                    break;
                case "parent":
                    draft.Parent = cursor.GetInt32("the parent's id, a whole number", 0);
                    losses.Add(cursor.Path, "the parent post (" + draft.Parent.Value.ToString(CultureInfo.InvariantCulture) + ")", "an article has no parent", LossKind.Dropped);
                    break;
                case "guid":
                    draft.Guid = Rendered(ref cursor, out _);
                    break;
                case "link":
                    draft.Link = OptionalString(ref cursor, "the post's link, a string");
                    break;
                case "slug":
                    draft.Slug = OptionalString(ref cursor, "the slug, a string");
                    if (!string.IsNullOrEmpty(draft.Slug))
                    {
                        losses.Add(cursor.Path, "the slug \"" + Excerpt.Of(draft.Slug) + "\"", "an article has no slug (its canonical URL holds the path)", LossKind.Dropped);
                    }
                    break;
                case "status":
                    draft.Status = cursor.GetString("the status, a string such as publish or draft");
                    break;
                case "date":
                    draft.Date = Date(ref cursor) is { } date ? (date, cursor.Path) : null;
                    break;
                case "date_gmt":
                    draft.DateGmt = (Date(ref cursor), cursor.Path);
                    break;
                case "modified":
                    draft.Modified = Date(ref cursor) is { } modified ? (modified, cursor.Path) : null;
                    break;
                case "modified_gmt":
                    draft.ModifiedGmt = (Date(ref cursor), cursor.Path);
                    break;
                case "title":
                    draft.TitleRendered = Rendered(ref cursor, out draft.TitleRaw);
                    break;
                case "content":
                    draft.ContentRendered = Rendered(ref cursor, out draft.ContentRaw, out draft.ContentProtected);
                    break;
                case "excerpt":
                    draft.ExcerptRendered = Rendered(ref cursor, out draft.ExcerptRaw);
                    break;
                case "author":
                    draft.Author = cursor.GetInt32("the author's user id, a whole number", 0);
                    break;
                case "featured_media":
                    draft.FeaturedMedia = cursor.GetInt32("the featured media's id, a whole number", 0);
                    break;
                case "categories":
                    draft.Categories = Ids(ref cursor, "category");
                    break;
                case "tags":
                    draft.Tags = Ids(ref cursor, "tag");
                    break;
                case "_embedded":
                    Embedded(ref cursor, draft, ref losses);
                    break;
                default:
                    if (Navigation.Contains(name))
                    {
                        cursor.Skip();
                    }
                    else
                    {
                        var value = cursor.ParseElement();
                        if (!IsEmpty(value))
                        {
                            losses.Add(cursor.Path, Excerpt.Of(value.GetRawText()), "an article has no place for it", LossKind.Dropped);
                        }
                    }
                    break;
            }
            cursor.Pop();
        }
        return draft;
    }

    /// <summary>Nothing said: null, false, an empty string, object or array (<c>"meta": []</c>, <c>"sticky": false</c>).</summary>
    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.String => value.GetString()!.Length == 0,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().MoveNext(),
        _ => false,
    };

    private static LocalDateTime? Date(ref JsonCursor cursor)
    {
        if (cursor.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var text = cursor.GetString(DateExpected);
        // WordPress's "no date" for drafts in older versions.
        if (text.StartsWith("0000-00-00", StringComparison.Ordinal))
        {
            return null;
        }
        var parsed = DatePattern.Parse(text);
        return parsed.Success ? parsed.Value : throw cursor.Fail(DateExpected);
    }

    private static string? OptionalString(ref JsonCursor cursor, string expected) =>
        cursor.TokenType == JsonTokenType.Null ? null : cursor.GetString(expected);

    private static string? Rendered(ref JsonCursor cursor, out string? raw) => Rendered(ref cursor, out raw, out _);

    /// <summary>A <c>{"rendered": …, "raw": …, "protected": …}</c> object (or, from some plugins, a plain string).</summary>
    private static string? Rendered(ref JsonCursor cursor, out string? raw, out bool isProtected)
    {
        raw = null;
        isProtected = false;
        if (cursor.TokenType == JsonTokenType.String)
        {
            return cursor.GetString("a string or an object with rendered");
        }
        if (cursor.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        cursor.ExpectStartObject();
        string? rendered = null;
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "rendered":
                    rendered = OptionalString(ref cursor, "the rendered HTML, a string");
                    break;
                case "raw":
                    raw = OptionalString(ref cursor, "the raw text, a string");
                    break;
                case "protected":
                    isProtected = cursor.TokenType == JsonTokenType.True
                        || (cursor.TokenType != JsonTokenType.False ? throw cursor.Fail("true or false") : false);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
        return rendered;
    }

    private static List<int> Ids(ref JsonCursor cursor, string what)
    {
        cursor.ExpectStartArray();
        var ids = new List<int>();
        int index = 0;
        while (cursor.NextItem(ref index))
        {
            ids.Add(cursor.GetInt32("a " + what + " id, a whole number", 0));
            cursor.Pop();
        }
        return ids;
    }

    /// <summary>The <c>_embedded</c> object of a request with <c>_embed</c>: authors, featured media and terms.</summary>
    private static void Embedded(ref JsonCursor cursor, Draft draft, ref LossCollector losses)
    {
        cursor.ExpectStartObject();
        while (cursor.NextProperty(out var name))
        {
            switch (name)
            {
                case "author":
                    draft.EmbeddedAuthors = [];
                    ForEachObject(ref cursor, draft, static (ref JsonCursor c, Draft d) =>
                    {
                        int? id = null;
                        string? authorName = null, link = null;
                        while (c.NextProperty(out var member))
                        {
                            switch (member)
                            {
                                case "id": id = c.TryGetInt32(out int v) ? v : null; if (id is null) { c.Skip(); } break;
                                case "name": authorName = OptionalString(ref c, "the author's name, a string"); break;
                                case "link": link = OptionalString(ref c, "the author's link, a string"); break;
                                default: c.Skip(); break;
                            }
                            c.Pop();
                        }
                        if (id is int known && !string.IsNullOrEmpty(authorName))
                        {
                            d.EmbeddedAuthors!.Add((known, authorName, string.IsNullOrEmpty(link) ? null : link));
                        }
                    });
                    break;
                case "wp:featuredmedia":
                    draft.EmbeddedMedia = [];
                    ForEachObject(ref cursor, draft, static (ref JsonCursor c, Draft d) =>
                    {
                        var media = new EmbeddedMedia { Id = -1 };
                        while (c.NextProperty(out var member))
                        {
                            switch (member)
                            {
                                case "id": media.Id = c.TryGetInt32(out int v) ? v : -1; break;
                                case "source_url": media.SourceUrl = OptionalString(ref c, "the media's URL, a string"); break;
                                case "alt_text": media.AltText = OptionalString(ref c, "the alt text, a string"); break;
                                case "caption": media.Caption = Rendered(ref c, out _); break;
                                case "media_type": media.MediaType = OptionalString(ref c, "the media type, a string"); break;
                                case "mime_type": media.MimeType = OptionalString(ref c, "the MIME type, a string"); break;
                                case "media_details":
                                    if (c.TokenType == JsonTokenType.StartObject)
                                    {
                                        while (c.NextProperty(out var detail))
                                        {
                                            if (detail is "width" or "height" && c.TryGetInt32(out int size) && size > 0)
                                            {
                                                _ = detail == "width" ? media.Width = size : media.Height = size;
                                            }
                                            else
                                            {
                                                c.Skip();
                                            }
                                            c.Pop();
                                        }
                                    }
                                    else
                                    {
                                        c.Skip();
                                    }
                                    break;
                                default: c.Skip(); break;
                            }
                            c.Pop();
                        }
                        if (media.Id >= 0)
                        {
                            d.EmbeddedMedia!.Add(media);
                        }
                    });
                    break;
                case "wp:term":
                    draft.EmbeddedTerms = [];
                    cursor.ExpectStartArray();
                    int group = 0;
                    while (cursor.NextItem(ref group))
                    {
                        ForEachObject(ref cursor, draft, static (ref JsonCursor c, Draft d) =>
                        {
                            int? id = null;
                            string? termName = null, taxonomy = null, link = null;
                            while (c.NextProperty(out var member))
                            {
                                switch (member)
                                {
                                    case "id": id = c.TryGetInt32(out int v) ? v : null; if (id is null) { c.Skip(); } break;
                                    case "name": termName = OptionalString(ref c, "the term's name, a string"); break;
                                    case "taxonomy": taxonomy = OptionalString(ref c, "the term's taxonomy, a string"); break;
                                    case "link": link = OptionalString(ref c, "the term's link, a string"); break;
                                    default: c.Skip(); break;
                                }
                                c.Pop();
                            }
                            if (id is int known && !string.IsNullOrEmpty(termName) && taxonomy is not null)
                            {
                                d.EmbeddedTerms!.Add((known, WebUtility.HtmlDecode(termName), taxonomy, string.IsNullOrEmpty(link) ? null : link));
                            }
                        });
                        cursor.Pop();
                    }
                    break;
                default:
                    losses.Add(cursor.Path, "embedded " + name, "an article has no place for it", LossKind.Dropped);
                    cursor.Skip();
                    break;
            }
            cursor.Pop();
        }
    }

    private delegate void ObjectReader(ref JsonCursor cursor, Draft draft);

    /// <summary>Reads each object of an array with <paramref name="read"/> (positioned inside it); a REST error object
    /// in place of an item (<c>{"code": "rest_forbidden", ...}</c>) is read like any other and yields nothing.</summary>
    private static void ForEachObject(ref JsonCursor cursor, Draft draft, ObjectReader read)
    {
        cursor.ExpectStartArray();
        int index = 0;
        while (cursor.NextItem(ref index))
        {
            cursor.ExpectStartObject();
            read(ref cursor, draft);
            cursor.Pop();
        }
    }

    // ---- Building the article ------------------------------------------------------------------------------------

    /// <summary>Builds the article; a value the model refuses (a lone surrogate from a <c>\ud800</c> escape in a name, a
    /// caption or a title) fails like any other bad input.</summary>
    private static ConversionResult<Article> Build(Draft draft, string root, WordPressReadOptions options, ref LossCollector losses)
    {
        try
        {
            return BuildArticle(draft, root, options, ref losses);
        }
        catch (ArgumentException e)
        {
            throw new WordPressException(Context + root + ": expected a post whose texts and values an article can hold; " + e.Message, root, 0, 0, e);
        }
    }

    private static ConversionResult<Article> BuildArticle(Draft draft, string root, WordPressReadOptions options, ref LossCollector losses)
    {
        var zone = Zone(draft, root, options, ref losses);
        var publication = options.Publication ?? Publisher(draft, root, zone, ref losses);
        var language = options.Language;
        if (language is null)
        {
            language = "und";
            losses.Add(root, "no language in a post; und (undetermined) used", "an article needs a language (WordPressReadOptions.Language)", LossKind.Substituted);
        }
        var html = options.BodyHtml;

        var headline = Headline(draft, root, html, ref losses);
        var id = !string.IsNullOrEmpty(draft.Guid) ? draft.Guid
            : !string.IsNullOrEmpty(draft.Link) ? draft.Link
            : draft.Id is int number ? "wordpress:" + number.ToString(CultureInfo.InvariantCulture)
            : throw new WordPressException(Context + root + ": expected an id, guid or link to identify the post; found none.", root, 0, 0);

        var date = Moment(draft.Date, draft.DateGmt, zone, ref losses);
        var modified = Moment(draft.Modified, draft.ModifiedGmt, zone, ref losses);
        var (status, timeline) = Lifecycle(draft, root, date, modified, ref losses);

        var media = new List<MediaAsset>();
        string? lead = null;
        if (draft.FeaturedMedia is int featured && featured > 0)
        {
            lead = FeaturedMedia(draft, featured, root, html, media, ref losses);
        }
        var blocks = Body(draft, root, html, media, ref losses);
        var standfirst = Standfirst(draft, root, html, ref losses);
        var credits = Credits(draft, root, ref losses);
        var taxonomy = Terms(draft, root, ref losses);

        var article = new Article(
            id,
            headline,
            language,
            publication,
            timeline,
            blocks,
            credits,
            standfirst: standfirst,
            canonicalUrl: string.IsNullOrEmpty(draft.Link) ? null : draft.Link,
            media: media,
            leadMedia: lead,
            taxonomy: taxonomy,
            status: status);
        return new ConversionResult<Article>(article, losses.ToReport());
    }

    /// <summary>The site's zone: the options', or the fixed offset the post's two dates imply.</summary>
    private static DateTimeZone Zone(Draft draft, string root, WordPressReadOptions options, ref LossCollector losses)
    {
        if ((options.SiteZone ?? options.Publication?.Zone) is { } zone)
        {
            return zone;
        }
        var pair = draft.Date is { } local && draft.DateGmt is { Value: { } gmt } ? (local.Value, gmt)
            : draft.Modified is { } localModified && draft.ModifiedGmt is { Value: { } gmtModified } ? (localModified.Value, gmtModified)
            : ((LocalDateTime, LocalDateTime)?)null;
        if (pair is var (l, g) && Period.Between(g, l, PeriodUnits.Seconds).Seconds is long seconds && Math.Abs(seconds) <= 18 * 3600)
        {
            var offsetZone = DateTimeZone.ForOffset(Offset.FromSeconds((int)seconds));
            losses.Add(root, "the site's time zone is not in a post; the fixed offset date − date_gmt implies, " + offsetZone.Id + ", stands for it",
                "moments are stamped in the site's zone (WordPressReadOptions.SiteZone)", LossKind.Substituted);
            return offsetZone;
        }
        throw new WordPressException(
            Context + root + ": expected a site zone (WordPressReadOptions.SiteZone or Publication), or date and date_gmt to imply an offset; found neither.",
            root, 0, 0);
    }

    private static Publication Publisher(Draft draft, string root, DateTimeZone zone, ref LossCollector losses)
    {
        string name = Uri.TryCreate(draft.Link ?? draft.Guid, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : "WordPress";
        losses.Add(root, "no publication in a post; \"" + name + "\" (the host of its link) used", "an article needs a publication (WordPressReadOptions.Publication)", LossKind.Substituted);
        return new Publication(name, zone);
    }

    /// <summary>What WordPress itself shows for a post without a title.</summary>
    internal const string NoTitle = "(no title)";

    private static string Headline(Draft draft, string root, HtmlBodyReader? html, ref LossCollector losses)
    {
        var title = !string.IsNullOrWhiteSpace(draft.TitleRaw) ? draft.TitleRaw : draft.TitleRendered is { } rendered ? HtmlText.Of(rendered, html) : null;
        title = title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            // Drafts, revisions and autosaves are often untitled; WordPress lists them as "(no title)".
            losses.Add(root + ".title", (draft.TitleRendered is null ? "no title" : "an empty title") + "; \"" + NoTitle + "\" used", "an article needs a headline", LossKind.Substituted);
            return NoTitle;
        }
        return title;
    }

    /// <summary>A moment from a local date and its GMT twin, in the site's zone: the GMT date fixes the instant, and the
    /// local date must be the site's clock at it; a disagreement is reported (the GMT date is kept).</summary>
    private static Moment? Moment((LocalDateTime Value, string Path)? local, (LocalDateTime? Value, string Path)? gmt, DateTimeZone zone, ref LossCollector losses)
    {
        if (gmt is { Value: { } utc } g)
        {
            var instant = utc.InUtc().ToInstant();
            if (local is { } l)
            {
                var onSiteClock = instant.InZone(zone).LocalDateTime;
                if (onSiteClock != l.Value)
                {
                    losses.Add(l.Path, Format(l.Value) + " disagrees with " + g.Path[(g.Path.LastIndexOf('.') + 1)..] + " " + Format(utc) + ", which is "
                        + Format(onSiteClock) + " in " + zone.Id + "; the GMT date was kept",
                        "the local date and the GMT date must name one instant in the site's zone", LossKind.Substituted);
                }
            }
            return Checked(instant, zone, g.Path);
        }
        if (local is { } floating)
        {
            // No GMT twin (a draft whose date floats until publication): the site's clock, read leniently.
            var instant = floating.Value.InZoneLeniently(zone).ToInstant();
            losses.Add(floating.Path, Format(floating.Value) + " without a GMT date, read on the site's clock in " + zone.Id,
                "WordPress leaves a draft's date floating", LossKind.Approximated);
            return Checked(instant, zone, floating.Path);
        }
        return null;
    }

    private static Moment Checked(Instant instant, DateTimeZone zone, string path)
    {
        try
        {
            return new Moment(instant, zone, null, MomentPrecision.Second);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new WordPressException(Context + path + ": expected a date between the years 1 and 9999 on the site's clock; found " + instant.ToString() + ".", path, 0, 0);
        }
    }

    private static string Format(LocalDateTime value) => DatePattern.Format(value);

    /// <summary>The status as the model's lifecycle, with the timeline it implies.</summary>
    private static (ArticleStatus Status, Timeline Timeline) Lifecycle(Draft draft, string root, Moment? date, Moment? modified, ref LossCollector losses)
    {
        string path = root + ".status";
        // A modification before publication (clock skew in imported posts) cannot stand in the model's timeline.
        if (modified is not null && date is not null && modified.Instant < date.Instant)
        {
            losses.Add(root + ".modified_gmt", "a modification before the post's date", "an article's update cannot precede its publication", LossKind.Dropped);
            modified = null;
        }
        switch (draft.Status)
        {
            case "publish":
                return (ArticleStatus.Published, new Timeline(date ?? throw Missing(root, "date_gmt", "a published post's date"), modified));
            case "private":
                losses.Add(path, "private (visible to editors only)", "an article has no visibility; read as published", LossKind.Approximated);
                return (ArticleStatus.Published, new Timeline(date ?? throw Missing(root, "date_gmt", "a published post's date"), modified));
            case "future":
                return (ArticleStatus.Scheduled, new Timeline(null, modified, scheduled: date ?? throw Missing(root, "date_gmt", "a scheduled post's date")));
            case "trash":
                if (date is null)
                {
                    return (ArticleStatus.Draft, new Timeline(null, modified));
                }
                var trashed = modified ?? date;
                losses.Add(path, "trash: the withdrawal's moment is the post's last modification", "WordPress does not say when a post was trashed", LossKind.Substituted);
                return (ArticleStatus.Withdrawn, new Timeline(date, modified, withdrawal: new Withdrawal(trashed, "moved to the trash in WordPress")));
            case "draft" or "auto-draft" or "pending" or "inherit" or null:
                if (draft.Status is "pending")
                {
                    losses.Add(path, "pending (awaiting review)", "an article has no review state; read as a draft", LossKind.Approximated);
                }
                else if (draft.Status is null or "inherit")
                {
                    losses.Add(path, draft.Status is null ? "no status (a revision or autosave)" : "inherit (a revision or attachment)", "read as a draft", LossKind.Substituted);
                }
                return (ArticleStatus.Draft, new Timeline(null, modified, created: date));
            default:
                losses.Add(path, "the status \"" + Excerpt.Of(draft.Status) + "\"", "not a status WordPress defines; read as a draft", LossKind.Substituted);
                return (ArticleStatus.Draft, new Timeline(null, modified, created: date));
        }
    }

    private static WordPressException Missing(string root, string member, string what) =>
        new(Context + root + "." + member + ": expected " + what + "; found none.", root + "." + member, 0, 0);

    private static string? FeaturedMedia(Draft draft, int featured, string root, HtmlBodyReader? html, List<MediaAsset> media, ref LossCollector losses)
    {
        var found = draft.EmbeddedMedia?.Find(m => m.Id == featured);
        if (found is null || string.IsNullOrEmpty(found.SourceUrl))
        {
            losses.Add(root + ".featured_media", "media " + featured.ToString(CultureInfo.InvariantCulture) + " (not embedded: request with _embed)", "a media asset needs at least its URL", LossKind.Dropped);
            return null;
        }
        var kind = found.MediaType == "file" && found.MimeType?.StartsWith("video/", StringComparison.Ordinal) == true ? MediaKind.Video
            : found.MediaType == "file" && found.MimeType?.StartsWith("audio/", StringComparison.Ordinal) == true ? MediaKind.Audio
            : MediaKind.Image;
        var caption = found.Caption is { } c && HtmlText.Of(c, html).Trim() is { Length: > 0 } text ? InlineText.Plain(text) : null;
        var id = MediaId(featured);
        media.Add(new MediaAsset(id, kind, found.SourceUrl, string.IsNullOrEmpty(found.MimeType) ? null : found.MimeType,
            string.IsNullOrEmpty(found.AltText) ? null : found.AltText, caption, width: found.Width, height: found.Height));
        return id;
    }

    /// <summary>The id of WordPress media (an attachment) in the article.</summary>
    internal static string MediaId(int attachment) => "wp-media-" + attachment.ToString(CultureInfo.InvariantCulture);

    private static List<Block> Body(Draft draft, string root, HtmlBodyReader? html, List<MediaAsset> media, ref LossCollector losses)
    {
        if (draft.ContentProtected)
        {
            losses.Add(root + ".content", "a password-protected body", "the REST API gives no protected content without the password", LossKind.Dropped);
        }
        var raw = draft.ContentRaw;
        if (raw is not null && BlockMarkup.HasBlocks(raw))
        {
            return WordPressBlocks.Read(BlockMarkup.Parse(raw), root + ".content.raw", html, media, ref losses);
        }
        var content = raw ?? draft.ContentRendered;
        if (string.IsNullOrWhiteSpace(content))
        {
            return [];
        }
        return WordPressBlocks.ReadHtml(content, raw is null ? root + ".content.rendered" : root + ".content.raw", html, media, ref losses);
    }

    private static string? Standfirst(Draft draft, string root, HtmlBodyReader? html, ref LossCollector losses)
    {
        if (!string.IsNullOrWhiteSpace(draft.ExcerptRaw))
        {
            return draft.ExcerptRaw.Trim();
        }
        if (string.IsNullOrWhiteSpace(draft.ExcerptRendered))
        {
            return null;
        }
        if (html is null && draft.ExcerptRendered.Contains('<', StringComparison.Ordinal))
        {
            losses.Add(root + ".excerpt.rendered", "the excerpt (HTML)", "no HTML reader was given (WordPressReadOptions.BodyHtml)", LossKind.Dropped);
            return null;
        }
        var text = HtmlText.Of(draft.ExcerptRendered, html).Trim();
        return text.Length == 0 ? null : text;
    }

    private static List<Credit> Credits(Draft draft, string root, ref LossCollector losses)
    {
        var credits = new List<Credit>();
        if (draft.Author is not int author || author == 0)
        {
            return credits;
        }
        int at = draft.EmbeddedAuthors?.FindIndex(a => a.Id == author) ?? -1;
        if (at < 0)
        {
            losses.Add(root + ".author", "user " + author.ToString(CultureInfo.InvariantCulture) + " (not embedded: request with _embed)", "a credit needs a name", LossKind.Dropped);
            return credits;
        }
        var known = draft.EmbeddedAuthors![at];
        credits.Add(new Credit(known.Name, PartyKind.Person, CreditRole.Author, id: "wp-user-" + author.ToString(CultureInfo.InvariantCulture), profileUrl: known.Link));
        return credits;
    }

    private static Taxonomy? Terms(Draft draft, string root, ref LossCollector losses)
    {
        var sections = new List<Section>();
        var subjects = new List<Concept>();
        foreach (var (list, taxonomy, member) in new[] { (draft.Categories, "category", "categories"), (draft.Tags, "post_tag", "tags") })
        {
            if (list is null)
            {
                continue;
            }
            var missing = new List<int>();
            foreach (var termId in list)
            {
                int at = draft.EmbeddedTerms?.FindIndex(t => t.Id == termId && t.Taxonomy == taxonomy) ?? -1;
                if (at < 0)
                {
                    missing.Add(termId);
                    continue;
                }
                var found = draft.EmbeddedTerms![at];
                var code = termId.ToString(CultureInfo.InvariantCulture);
                if (taxonomy == "category")
                {
                    sections.Add(new Section(found.Name, code, found.Link));
                }
                else
                {
                    subjects.Add(new Concept(found.Name, code, WordPressSerializer.TagScheme, found.Link));
                }
            }
            if (missing.Count > 0)
            {
                losses.Add(root + "." + member, "term ids " + string.Join(", ", missing) + " (not embedded: request with _embed)", "a section or subject needs a name", LossKind.Dropped);
            }
        }
        return sections.Count == 0 && subjects.Count == 0 ? null : new Taxonomy(sections.Count > 0 ? sections[0] : null, sections.Count > 1 ? sections.GetRange(1, sections.Count - 1) : null, subjects);
    }
}
