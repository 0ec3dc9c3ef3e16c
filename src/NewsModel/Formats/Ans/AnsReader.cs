using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using NewsModel.Json;
using NodaTime;

namespace NewsModel.Formats.Ans;

/// <summary>
/// Reads an ANS 0.10.12 story as an article: one pass over the story's members (each parsed whole and checked for the
/// shape ANS gives it), then the article, with everything it does not carry in the loss report. Stateless and
/// thread-safe.
/// </summary>
internal static class AnsReader
{
    private const string Context = "ANS story ";

    private static readonly JsonCursor.Failure Failure = static (message, path, line, bytes, inner) => new AnsException(message, path, line, bytes, inner);

    /// <summary>The members of a story (story.json; ANS allows no others).</summary>
    private static readonly FrozenSet<string> StoryMembers = AnsJson.Names(
        "type", "_id", "version", "subtype", "channels", "alignment", "language", "copyright", "canonical_url", "canonical_url_external",
        "canonical_website", "website", "website_url", "short_url", "created_date", "last_updated_date", "publish_date", "first_publish_date",
        "display_date", "location", "geo", "address", "editor_note", "status", "headlines", "subheadlines", "description", "credits",
        "vanity_credits", "taxonomy", "promo_items", "related_content", "owner", "planning", "workflow", "pitches", "revision", "syndication",
        "source", "distributor", "tracking", "comments", "label", "slug", "content_restrictions", "rendering_guides", "additional_properties",
        "content_aliases", "corrections", "content_elements", "publishing", "variations", "voice_transcripts", "websites", "contributors");

    private static readonly FrozenSet<string> TaxonomyMembers = AnsJson.Names(
        "keywords", "named_entities", "topics", "auxiliaries", "tags", "categories", "content_topics", "entities", "custom_categories",
        "custom_entities", "primary_site", "primary_section", "sites", "sections", "seo_keywords", "stock_symbols", "associated_tasks", "additional_properties");

    private static readonly FrozenSet<string> SectionMembers = AnsJson.Names(
        "type", "_id", "_website", "version", "additional_properties", "name", "description", "path", "parent_id", "parent", "primary");

    private static readonly FrozenSet<string> TagMembers = AnsJson.Names("_id", "type", "subtype", "text", "description", "additional_properties", "slug");

    private static readonly FrozenSet<string> KeywordMembers = AnsJson.Names("keyword", "score", "tag", "frequency");

    internal static readonly FrozenSet<string> AuthorMembers = AnsJson.Names(
        "_id", "type", "version", "name", "image", "url", "social_links", "slug", "first_name", "middle_name", "last_name", "suffix", "byline",
        "location", "division", "email", "role", "expertise", "affiliation", "languages", "bio", "long_bio", "books", "education", "awards",
        "contributor", "org", "socialLinks", "additional_properties");

    private static readonly FrozenSet<string> ReferenceMembers = AnsJson.Names("type", "additional_properties", "_id", "subtype", "channels", "alignment", "referent");

    internal static readonly FrozenSet<string> CorrectionMembers = AnsJson.Names(
        "type", "_id", "subtype", "channels", "alignment", "additional_properties", "correction_type", "text");

    private static readonly FrozenSet<string> EmbargoMembers = AnsJson.Names("active", "end_time", "description");

    private static readonly FrozenSet<string> WorkflowMembers = AnsJson.Names("additional_properties", "status_code", "note");

    private static readonly FrozenSet<string> CustomDistributor = AnsJson.Names("name", "category", "subcategory", "additional_properties", "mode");

    private static readonly FrozenSet<string> ReferenceDistributor = AnsJson.Names("reference_id", "mode");

    private static readonly FrozenSet<string> DistributorCategories = AnsJson.Names("staff", "wires", "freelance", "stock", "handout", "other");

    private static readonly FrozenSet<string> PublishingMembers = AnsJson.Names("has_published_edition", "editions", "scheduled_operations", "additional_properties");

    /// <summary>What the story says, before it becomes an article.</summary>
    private sealed class Draft
    {
        internal string? Id;
        internal string? Headline;
        internal string? Subheadline;
        internal string? Description;
        internal string? Language;
        internal string? CanonicalUrl;
        internal string? Website;
        internal string? Copyright;
        internal string? Status;
        internal bool? HasPublishedEdition;
        internal Instant? Created;
        internal Instant? LastUpdated;
        internal Instant? Publish;
        internal Instant? FirstPublish;
        internal Instant? Display;
        internal Instant? EmbargoEnd;
        internal readonly List<(string Text, string Path)> Corrections = [];
        internal readonly List<Credit> Credits = [];
        internal Section? PrimarySection;
        internal readonly List<Section> Sections = [];
        internal readonly List<Concept> Subjects = [];
        internal readonly List<string> Keywords = [];
        internal string? Lead;
        internal AnsElements? Body;
    }

    internal static ConversionResult<Article> Read(ReadOnlySpan<byte> utf8, AnsReadOptions options)
    {
        var cursor = new JsonCursor(utf8, Context, JsonPath.Root, Failure);
        cursor.ReadStartObject();
        var losses = new LossCollector();
        var draft = new Draft { Body = new AnsElements(options.BodyHtml) };
        bool typed = false, versioned = false;
        while (cursor.NextProperty(out var name))
        {
            if (!StoryMembers.Contains(name))
            {
                throw cursor.Fail("a member an ANS " + AnsSerializer.Version + " story has (it allows no others)", "the member \"" + Excerpt.Of(name) + "\"");
            }
            typed |= name == "type";
            versioned |= name == "version";
            if (name == "content_elements")
            {
                ContentElements(ref cursor, draft.Body);
            }
            else
            {
                int start = cursor.TokenStart;
                var value = cursor.ParseElement();
                try
                {
                    Member(name, value, cursor.Path, draft, ref losses);
                }
                catch (AnsShapeException e)
                {
                    throw cursor.FailAt(start, e.ShapePath, e.Expected, e.Found);
                }
            }
            cursor.Pop();
        }
        cursor.ExpectEnd();
        if (!typed || !versioned)
        {
            var member = typed ? "version" : "type";
            throw new AnsException(Context + "$." + member + ": expected " + (typed ? "\"" + AnsSerializer.Version + "\"" : "\"story\"") + " (a story must say it); found no such member.",
                "$." + member, 0, 0);
        }
        return Build(draft, utf8, options, ref losses);
    }

    private static void ContentElements(ref JsonCursor cursor, AnsElements body)
    {
        cursor.ExpectStartArray();
        int index = 0;
        while (cursor.NextItem(ref index))
        {
            int start = cursor.TokenStart;
            var element = cursor.ParseElement();
            try
            {
                body.Element(element, cursor.Path);
            }
            catch (AnsShapeException e)
            {
                throw cursor.FailAt(start, e.ShapePath, e.Expected, e.Found);
            }
            catch (ArgumentException e)
            {
                throw cursor.FailAt(start, null, "an element an article can hold", Excerpt.Quoting(e.Message));
            }
            cursor.Pop();
        }
    }

    // ---- The story's members ---------------------------------------------------------------------------------------

    private static void Member(string name, JsonElement value, string path, Draft draft, ref LossCollector losses)
    {
        switch (name)
        {
            case "type":
                if (value.ValueKind != JsonValueKind.String || value.GetString() != "story")
                {
                    throw AnsJson.Error(path, "\"story\" (this reader reads stories)", value);
                }
                break;
            case "version":
                if (value.ValueKind != JsonValueKind.String || value.GetString() != AnsSerializer.Version)
                {
                    throw AnsJson.Error(path, "\"" + AnsSerializer.Version + "\", the version this reader reads", value);
                }
                break;
            case "_id":
                draft.Id = NonEmpty(StringValue(value, path, "the story's id"));
                break;
            case "headlines":
                draft.Headline = Basic(value, path, "the headlines", ref losses);
                break;
            case "subheadlines":
                draft.Subheadline = Basic(value, path, "the subheadlines", ref losses);
                break;
            case "description":
                draft.Description = Basic(value, path, "the description", ref losses);
                break;
            case "language":
                draft.Language = NonEmpty(StringValue(value, path, "the language"));
                break;
            case "canonical_url":
                draft.CanonicalUrl = NonEmpty(StringValue(value, path, "the canonical URL"));
                break;
            case "canonical_website":
                draft.Website = NonEmpty(StringValue(value, path, "the canonical website"));
                break;
            case "copyright":
                draft.Copyright = NonEmpty(StringValue(value, path, "the copyright"));
                break;
            case "status":
                draft.Status = StringValue(value, path, "the status");
                break;
            case "created_date":
                draft.Created = AnsJson.DateValue(value, path);
                break;
            case "last_updated_date":
                draft.LastUpdated = AnsJson.DateValue(value, path);
                break;
            case "publish_date":
                draft.Publish = AnsJson.DateValue(value, path);
                break;
            case "first_publish_date":
                draft.FirstPublish = AnsJson.DateValue(value, path);
                break;
            case "display_date":
                draft.Display = AnsJson.DateValue(value, path);
                break;
            case "credits":
                Credits(value, path, draft.Credits, ref losses);
                break;
            case "taxonomy":
                Taxonomy(value, path, draft, ref losses);
                break;
            case "promo_items":
                PromoItems(value, path, draft, ref losses);
                break;
            case "content_restrictions":
                Restrictions(value, path, draft, ref losses);
                break;
            case "corrections":
                Corrections(value, path, draft.Corrections);
                break;
            case "distributor":
                Distributor(value, path);
                losses.Add(path, "the distributor", "an article records its credits, not who distributed it", LossKind.Dropped);
                break;
            case "workflow":
                AnsJson.Closed(value, path, "the workflow", WorkflowMembers);
                _ = AnsJson.Integer(value, "status_code", path, "the workflow's status code", 1);
                _ = AnsJson.String(value, "note", path, "the workflow's note");
                losses.Add(path, "the workflow (status code and note)", "an article's lifecycle has no newsroom workflow states", LossKind.Dropped);
                break;
            case "publishing":
                AnsJson.Closed(value, path, "the publishing state", PublishingMembers);
                draft.HasPublishedEdition = AnsJson.Boolean(value, "has_published_edition", path, "whether the story has a published edition")
                    ?? throw new AnsShapeException(JsonPath.Child(path, "has_published_edition"), "true or false", "no such member");
                if (value.TryGetProperty("editions", out _) || value.TryGetProperty("scheduled_operations", out _))
                {
                    losses.Add(path, "the editions and scheduled operations", "an article has one lifecycle, not editions", LossKind.Dropped);
                }
                break;
            default:
                // A member the article has no place for: checked as JSON only (the story schema's own rules for it are
                // not this reader's), and reported.
                if (value.ValueKind is not JsonValueKind.Null)
                {
                    losses.Add(path, Excerpt.Of(name), "an article has no place for it", LossKind.Dropped);
                }
                break;
        }
    }

    private static string StringValue(JsonElement value, string path, string what) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw AnsJson.Error(path, what + ", a string", value);

    private static string? NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The <c>basic</c> text of a dictionary (headlines, subheadlines, description); the other variants are
    /// reported.</summary>
    private static string? Basic(JsonElement value, string path, string what, ref LossCollector losses)
    {
        AnsJson.Dictionary(value, path, what);
        string? basic = null;
        foreach (var member in value.EnumerateObject())
        {
            var text = member.Value.GetString()!;
            if (member.Name == "basic")
            {
                basic = NonEmpty(text);
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                losses.Add(JsonPath.Child(path, member.Name), "the " + Excerpt.Of(member.Name) + " variant", "an article has one " + what[4..].TrimEnd('s'), LossKind.Dropped);
            }
        }
        return basic;
    }

    private static void Credits(JsonElement value, string path, List<Credit> credits, ref LossCollector losses)
    {
        AnsJson.Object(value, path, "the credits");
        foreach (var group in value.EnumerateObject())
        {
            var groupPath = JsonPath.Child(path, group.Name);
            int known = Array.IndexOf(AnsWriter.CreditGroups, group.Name);
            var role = known >= 0 ? (CreditRole)known : CreditRole.Contributor;
            if (known < 0 && group.Value.ValueKind == JsonValueKind.Array && group.Value.GetArrayLength() > 0)
            {
                losses.Add(groupPath, "the credit role " + Excerpt.Of(group.Name), "read as contributors (an article's roles are fixed)", LossKind.Approximated);
            }
            int i = 0;
            foreach (var item in AnsJson.Array(value, group.Name, path, "a list of credits"))
            {
                var itemPath = JsonPath.Element(groupPath, i++);
                if (Credit(item, itemPath, role, ref losses) is { } credit)
                {
                    credits.Add(credit);
                }
            }
        }
    }

    /// <summary>An author (or a reference to one, reported: its name is in another document).</summary>
    internal static Credit? Credit(JsonElement item, string path, CreditRole role, ref LossCollector losses)
    {
        AnsJson.Object(item, path, "a credit");
        if (AnsJson.String(item, "type", path, "the credit's type") == "reference")
        {
            AnsJson.Closed(item, path, "a reference", ReferenceMembers);
            if (!AnsJson.TryMember(item, "referent", out var referent) || referent.ValueKind != JsonValueKind.Object)
            {
                throw new AnsShapeException(JsonPath.Child(path, "referent"), "the referent, an object", "none");
            }
            losses.Add(path, "a reference to an author" + (AnsJson.String(referent, "id", JsonPath.Child(path, "referent"), "the referent's id") is { } referentId ? " (" + Excerpt.Of(referentId) + ")" : string.Empty),
                "a credit needs the name, which is in another document", LossKind.Dropped);
            return null;
        }
        AnsJson.Closed(item, path, "an author", AuthorMembers);
        AnsJson.Type(item, path, "author");
        var name = AnsJson.RequiredString(item, "name", path, "the author's name");
        var byline = AnsJson.String(item, "byline", path, "the byline");
        var id = AnsJson.String(item, "_id", path, "the author's id");
        var url = AnsJson.String(item, "url", path, "the author's page");
        if (string.IsNullOrWhiteSpace(name))
        {
            losses.Add(path, "an author without a name", "a credit needs a name", LossKind.Dropped);
            return null;
        }
        foreach (var extra in new[] { "bio", "long_bio", "image", "social_links", "email", "org", "role", "affiliation" })
        {
            if (item.TryGetProperty(extra, out _))
            {
                losses.Add(JsonPath.Child(path, extra), "the author's " + extra.Replace('_', ' '), "a credit holds a name, an id and a profile URL", LossKind.Dropped);
            }
        }
        return new Credit(name.Trim(), role == CreditRole.SourceAgency ? PartyKind.Organisation : PartyKind.Person, role, NonEmpty(byline ?? string.Empty), NonEmpty(id ?? string.Empty), NonEmpty(url ?? string.Empty));
    }

    private static void Taxonomy(JsonElement value, string path, Draft draft, ref LossCollector losses)
    {
        AnsJson.Closed(value, path, "the taxonomy", TaxonomyMembers);
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = JsonPath.Child(path, member.Name);
            switch (member.Name)
            {
                case "primary_section":
                    draft.PrimarySection = Section(member.Value, memberPath, ref losses);
                    break;
                case "sections":
                    int s = 0;
                    foreach (var item in AnsJson.Array(value, member.Name, path, "the sections"))
                    {
                        if (Section(item, JsonPath.Element(memberPath, s++), ref losses) is { } section)
                        {
                            draft.Sections.Add(section);
                        }
                    }
                    break;
                case "tags":
                    int t = 0;
                    foreach (var item in AnsJson.Array(value, member.Name, path, "the tags"))
                    {
                        var tagPath = JsonPath.Element(memberPath, t++);
                        AnsJson.Closed(item, tagPath, "a tag", TagMembers);
                        AnsJson.Type(item, tagPath, "tag", required: false);
                        var text = AnsJson.RequiredString(item, "text", tagPath, "the tag's text");
                        var id = AnsJson.String(item, "_id", tagPath, "the tag's id");
                        if (NonEmpty(text) is { } name)
                        {
                            draft.Subjects.Add(new Concept(name, NonEmpty(id ?? string.Empty), AnsSerializer.TagScheme));
                        }
                    }
                    break;
                case "keywords":
                    int k = 0;
                    foreach (var item in AnsJson.Array(value, member.Name, path, "the keywords"))
                    {
                        var keywordPath = JsonPath.Element(memberPath, k++);
                        AnsJson.Closed(item, keywordPath, "a keyword", KeywordMembers);
                        var keyword = AnsJson.RequiredString(item, "keyword", keywordPath, "the keyword");
                        if (!AnsJson.TryMember(item, "score", out var score) || score.ValueKind != JsonValueKind.Number)
                        {
                            throw score.ValueKind == JsonValueKind.Undefined
                                ? new AnsShapeException(JsonPath.Child(keywordPath, "score"), "the keyword's score, a number", "no such member")
                                : AnsJson.Error(JsonPath.Child(keywordPath, "score"), "the keyword's score, a number", score);
                        }
                        _ = AnsJson.Integer(item, "frequency", keywordPath, "the keyword's frequency", int.MinValue);
                        _ = AnsJson.String(item, "tag", keywordPath, "the keyword's tag");
                        if (NonEmpty(keyword) is { } word)
                        {
                            draft.Keywords.Add(word);
                        }
                    }
                    break;
                case "seo_keywords":
                    foreach (var word in AnsJson.Strings(value, member.Name, path, "the SEO keywords"))
                    {
                        if (NonEmpty(word) is { } keyword)
                        {
                            draft.Keywords.Add(keyword);
                        }
                    }
                    break;
                case "associated_tasks":
                    var tasks = AnsJson.Strings(value, member.Name, path, "the associated tasks");
                    for (int i = 0; i < tasks.Count; i++)
                    {
                        if (!IsTaskId(tasks[i]))
                        {
                            throw new AnsShapeException(JsonPath.Element(memberPath, i), "a WebSked task id (24 hexadecimal digits)", "the string \"" + Excerpt.Of(tasks[i]) + "\"");
                        }
                    }
                    if (tasks.Count > 200)
                    {
                        throw new AnsShapeException(memberPath, "at most 200 task ids", tasks.Count.ToString(CultureInfo.InvariantCulture));
                    }
                    losses.Add(memberPath, "the associated WebSked tasks", "an article has no planning tasks", LossKind.Dropped);
                    break;
                default:
                    if (member.Value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Array || member.Value.GetArrayLength() > 0)
                    {
                        losses.Add(memberPath, "the " + member.Name.Replace('_', ' '), "an article's taxonomy holds sections, subjects (tags) and keywords", LossKind.Dropped);
                    }
                    break;
            }
        }
    }

    private static bool IsTaskId(string text)
    {
        if (text.Length != 24)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A section, or a reference to one (reported).</summary>
    private static Section? Section(JsonElement value, string path, ref LossCollector losses)
    {
        AnsJson.Object(value, path, "a section");
        if (AnsJson.String(value, "type", path, "the section's type") == "reference")
        {
            AnsJson.Closed(value, path, "a reference", ReferenceMembers);
            losses.Add(path, "a reference to a section", "a section needs its name, which is in another document", LossKind.Dropped);
            return null;
        }
        AnsJson.Closed(value, path, "a section", SectionMembers);
        AnsJson.Type(value, path, "section");
        if (!value.TryGetProperty("version", out _))
        {
            throw new AnsShapeException(JsonPath.Child(path, "version"), "the section's version", "no such member");
        }
        var name = AnsJson.RequiredString(value, "name", path, "the section's name");
        var id = AnsJson.String(value, "_id", path, "the section's id");
        var sectionPath = AnsJson.String(value, "path", path, "the section's path");
        return NonEmpty(name) is { } text ? new Section(text, NonEmpty(id ?? string.Empty), NonEmpty(sectionPath ?? string.Empty)) : null;
    }

    private static void PromoItems(JsonElement value, string path, Draft draft, ref LossCollector losses)
    {
        AnsJson.Object(value, path, "the promo items");
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = JsonPath.Child(path, member.Name);
            AnsJson.Object(member.Value, memberPath, "a promo item");
            var type = AnsJson.String(member.Value, "type", memberPath, "the promo item's type");
            if (member.Name == "basic" && type is "image" or "video")
            {
                draft.Lead = draft.Body!.Lead(member.Value, memberPath, ref losses);
            }
            else
            {
                losses.Add(memberPath, "the " + Excerpt.Of(member.Name) + " promo item" + (type is null ? string.Empty : " (" + Excerpt.Of(type) + ")"),
                    "an article has one lead medium, from promo_items.basic when it is an image or a video", LossKind.Dropped);
            }
        }
    }

    private static void Restrictions(JsonElement value, string path, Draft draft, ref LossCollector losses)
    {
        AnsJson.Object(value, path, "the content restrictions");
        if (AnsJson.TryMember(value, "embargo", out var embargo))
        {
            var embargoPath = JsonPath.Child(path, "embargo");
            AnsJson.Closed(embargo, embargoPath, "the embargo", EmbargoMembers);
            var active = AnsJson.Boolean(embargo, "active", embargoPath, "whether the embargo is active")
                ?? throw new AnsShapeException(JsonPath.Child(embargoPath, "active"), "true or false", "no such member");
            var end = AnsJson.Date(embargo, "end_time", embargoPath);
            if (AnsJson.String(embargo, "description", embargoPath, "the embargo's description") is { Length: > 0 })
            {
                losses.Add(JsonPath.Child(embargoPath, "description"), "the embargo's description", "an article's embargo is a moment", LossKind.Dropped);
            }
            if (active && end is { } until)
            {
                draft.EmbargoEnd = until;
            }
            else if (active)
            {
                losses.Add(embargoPath, "an active embargo without an end", "an article's embargo is a moment", LossKind.Dropped);
            }
        }
        foreach (var other in new[] { "content_code", "geo" })
        {
            if (value.TryGetProperty(other, out _))
            {
                losses.Add(JsonPath.Child(path, other), "the " + other.Replace('_', ' ') + " restriction", "an article has no access restrictions", LossKind.Dropped);
            }
        }
        _ = AnsJson.String(value, "content_code", path, "the content code");
    }

    private static void Corrections(JsonElement value, string path, List<(string Text, string Path)> corrections)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw AnsJson.Error(path, "the corrections, an array", value);
        }
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = JsonPath.Element(path, i++);
            corrections.Add((Correction(item, itemPath), itemPath));
        }
    }

    /// <summary>A correction element's text, checked.</summary>
    internal static string Correction(JsonElement item, string path)
    {
        AnsJson.Closed(item, path, "a correction", CorrectionMembers);
        AnsJson.Type(item, path, "correction");
        _ = AnsJson.String(item, "correction_type", path, "the correction's type");
        return AnsJson.RequiredString(item, "text", path, "the correction's text");
    }

    /// <summary>ANS's distributor is one of two shapes: a custom one (name, category…) or a reference
    /// (<c>mode: reference</c> with its <c>reference_id</c>).</summary>
    private static void Distributor(JsonElement value, string path)
    {
        AnsJson.Object(value, path, "the distributor");
        var mode = AnsJson.String(value, "mode", path, "the distributor's mode");
        if (mode == "reference" || value.TryGetProperty("reference_id", out _))
        {
            AnsJson.Closed(value, path, "a referenced distributor", ReferenceDistributor);
            if (mode != "reference")
            {
                throw new AnsShapeException(JsonPath.Child(path, "mode"), "\"reference\" beside a reference_id", mode is null ? "no such member" : "the string \"" + Excerpt.Of(mode) + "\"");
            }
            _ = AnsJson.RequiredString(value, "reference_id", path, "the distributor's reference id");
            return;
        }
        AnsJson.Closed(value, path, "a distributor", CustomDistributor);
        if (mode is not null and not "custom")
        {
            throw new AnsShapeException(JsonPath.Child(path, "mode"), "\"custom\" or \"reference\"", "the string \"" + Excerpt.Of(mode) + "\"");
        }
        _ = AnsJson.String(value, "name", path, "the distributor's name");
        _ = AnsJson.String(value, "subcategory", path, "the distributor's subcategory");
        if (AnsJson.String(value, "category", path, "the distributor's category") is { } category && !DistributorCategories.Contains(category))
        {
            throw new AnsShapeException(JsonPath.Child(path, "category"), "one of staff, wires, freelance, stock, handout, other", "the string \"" + Excerpt.Of(category) + "\"");
        }
    }

    // ---- The article ---------------------------------------------------------------------------------------------

    private static ConversionResult<Article> Build(Draft draft, ReadOnlySpan<byte> utf8, AnsReadOptions options, ref LossCollector losses)
    {
        try
        {
            return BuildArticle(draft, utf8, options, ref losses);
        }
        catch (ArgumentException e)
        {
            // The model's own checks (a timeline out of order, a text it cannot hold): the story as a whole is refused.
            throw new AnsException(Context + "$: expected a story an article can hold; found " + Excerpt.Quoting(e.Message) + ".", "$", 0, 0, e);
        }
    }

    private static ConversionResult<Article> BuildArticle(Draft draft, ReadOnlySpan<byte> utf8, AnsReadOptions options, ref LossCollector losses)
    {
        const string root = "$";
        DateTimeZone zone;
        Publication publication;
        if (options.Publication is { } given)
        {
            publication = given;
            zone = given.Zone;
        }
        else
        {
            zone = DateTimeZone.Utc;
            publication = new Publication(draft.Website ?? "Arc XP", zone);
            losses.Add(root, "no publication in a story; \"" + publication.Name + "\" in UTC used",
                "an article needs a publication and its zone, which ANS does not carry (AnsReadOptions.Publication)", LossKind.Substituted);
        }
        var language = draft.Language ?? options.Language;
        if (language is null)
        {
            language = "und";
            losses.Add(root, "no language; und (undetermined) used", "an article needs a language (AnsReadOptions.Language)", LossKind.Substituted);
        }
        var id = draft.Id ?? draft.CanonicalUrl;
        if (id is null)
        {
            id = "ans:" + Convert.ToHexStringLower(SHA256.HashData(utf8).AsSpan(0, 12));
            losses.Add(root + "._id", "no _id or canonical_url; " + id + " (from the document's SHA-256) used", "an article needs an id", LossKind.Substituted);
        }
        var headline = draft.Headline;
        if (headline is null)
        {
            headline = NoHeadline;
            losses.Add(root + ".headlines.basic", "no headline; \"" + NoHeadline + "\" used", "an article needs a headline", LossKind.Substituted);
        }
        string? standfirst = draft.Description ?? draft.Subheadline;
        if (draft.Description is not null && draft.Subheadline is not null)
        {
            losses.Add(root + ".subheadlines.basic", "the subheadline", "an article has one standfirst, taken from description.basic", LossKind.Dropped);
        }

        var (status, timeline) = Lifecycle(draft, zone, root, ref losses);
        var body = draft.Body!;
        body.Finish(root + ".content_elements", ref losses);
        var corrections = new List<Correction>(timeline.Corrections);
        var correctionMoment = timeline.Updated ?? timeline.Published ?? timeline.Created;
        foreach (var (text, path) in draft.Corrections.Concat(body.Corrections))
        {
            if (correctionMoment is null || NonEmpty(text) is not { } correction)
            {
                losses.Add(path, "a correction", correctionMoment is null ? "a correction needs a moment, and the story has no date" : "the correction is empty", LossKind.Dropped);
                continue;
            }
            corrections.Add(new Correction(correctionMoment, correction));
            losses.Add(path, "the correction's moment", "ANS does not date corrections; the story's last update (or publication) stands for it", LossKind.Substituted);
        }
        if (corrections.Count > 0)
        {
            timeline = timeline.WithCorrections(corrections);
        }
        var taxonomy = draft.PrimarySection is null && draft.Sections.Count == 0 && draft.Subjects.Count == 0 && draft.Keywords.Count == 0
            ? null
            : new Taxonomy(draft.PrimarySection, draft.Sections, draft.Subjects, Distinct(draft.Keywords));
        var article = new Article(
            id,
            headline,
            language,
            publication,
            timeline,
            body.Blocks,
            draft.Credits,
            standfirst: standfirst,
            canonicalUrl: draft.CanonicalUrl,
            rights: draft.Copyright is null ? null : new Rights(notice: draft.Copyright),
            media: body.Media,
            leadMedia: draft.Lead,
            taxonomy: taxonomy,
            status: status);
        return new ConversionResult<Article>(article, losses.ToReport());
    }

    /// <summary>What the reader calls a story without a headline.</summary>
    internal const string NoHeadline = "(no headline)";

    private static List<string> Distinct(List<string> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return words.FindAll(seen.Add);
    }

    /// <summary>The lifecycle: published when the story says so (<c>status: published</c>, a published edition, or a
    /// first publication date) and has a date to show it; the first publication is the published moment, the last
    /// update the updated one.</summary>
    private static (ArticleStatus Status, Timeline Timeline) Lifecycle(Draft draft, DateTimeZone zone, string root, ref LossCollector losses)
    {
        Moment? At(Instant? instant) => instant is { } i ? new Moment(i, zone, null, MomentPrecision.Exact) : null;

        var published = draft.FirstPublish ?? draft.Publish ?? draft.Display;
        bool says = draft.HasPublishedEdition ?? (draft.Status is { } s ? s == "published" : draft.FirstPublish is not null || draft.Publish is not null);
        var created = At(draft.Created);
        var embargo = At(draft.EmbargoEnd);
        if (draft.Status is { } status && status != "published" && status.Length > 0)
        {
            losses.Add(root + ".status", "the status \"" + Excerpt.Of(status) + "\"", "an article's lifecycle is published, draft, scheduled or withdrawn", LossKind.Approximated);
        }
        if (!says || published is null)
        {
            if (says)
            {
                losses.Add(root, "a published story without a date", "a published article needs its moment; read as a draft", LossKind.Substituted);
            }
            var updatedDraft = At(draft.LastUpdated);
            ReportOther(draft.Publish, "publish_date", root, ref losses);
            ReportOther(draft.FirstPublish, "first_publish_date", root, ref losses);
            ReportOther(draft.Display, "display_date", root, ref losses);
            return (ArticleStatus.Draft, new Timeline(null, updatedDraft, created, embargo));
        }
        var updated = draft.LastUpdated is { } last && last > published.Value ? At(last) : null;
        if (draft.LastUpdated is { } early && early < published.Value)
        {
            losses.Add(root + ".last_updated_date", "an update before the first publication", "an article's update cannot precede its publication", LossKind.Dropped);
        }
        if (draft.Publish is { } republished && republished != published.Value && republished != draft.LastUpdated)
        {
            losses.Add(root + ".publish_date", "the last publication " + republished.ToString(), "an article keeps its first publication and its last update", LossKind.Dropped);
        }
        if (draft.Display is { } display && display != published.Value)
        {
            losses.Add(root + ".display_date", "the display date " + display.ToString() + ", which differs from the first publication",
                "an article shows its publication moment", LossKind.Dropped);
        }
        return (ArticleStatus.Published, new Timeline(At(published), updated, created, embargo));
    }

    private static void ReportOther(Instant? instant, string member, string root, ref LossCollector losses)
    {
        if (instant is { } value)
        {
            losses.Add(root + "." + member, value.ToString(), "a draft has no publication moment", LossKind.Dropped);
        }
    }
}
