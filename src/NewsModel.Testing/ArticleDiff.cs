using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsModel.Testing;

/// <summary>One difference between two articles: the path of the member and its two values as text.</summary>
/// <param name="Path">The member's path, for example <c>quotes[2].attribution.speaker.role</c>.</param>
/// <param name="Expected">The first (expected) article's value, or <c>(absent)</c>.</param>
/// <param name="Actual">The second (actual) article's value, or <c>(absent)</c>.</param>
public sealed record ArticleDifference(string Path, string Expected, string Actual)
{
    /// <summary>Returns <c>path: expected → actual</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Expected} \u2192 {Actual}";
}

/// <summary>
/// A readable structural diff of two articles, for assertion messages: which member, which quote, old and new
/// value. Depends on no assertion library. Stateless and thread-safe.
/// </summary>
public static class ArticleDiff
{
    private const string Absent = "(absent)";

    /// <summary>Lists every difference between <paramref name="expected"/> and <paramref name="actual"/>, in member order.</summary>
    /// <param name="expected">The expected article.</param>
    /// <param name="actual">The actual article.</param>
    /// <returns>The differences; empty exactly when the articles are equal.</returns>
    public static IReadOnlyList<ArticleDifference> Compare(Article expected, Article actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var d = new List<ArticleDifference>();
        Text(d, "id", expected.Id, actual.Id);
        Text(d, "status", expected.Status.ToString(), actual.Status.ToString());
        Text(d, "headline", expected.Headline, actual.Headline);
        Text(d, "standfirst", expected.Standfirst, actual.Standfirst);
        Text(d, "dateline", expected.Dateline, actual.Dateline);
        Text(d, "language", expected.Language, actual.Language);
        Text(d, "canonicalUrl", expected.CanonicalUrl, actual.CanonicalUrl);
        Object(d, "rights", expected.Rights, actual.Rights, RightsDiff);
        Text(d, "publication.name", expected.Publication.Name, actual.Publication.Name);
        Text(d, "publication.shortName", expected.Publication.ShortName, actual.Publication.ShortName);
        Text(d, "publication.zone", expected.Publication.Zone.Id, actual.Publication.Zone.Id);
        TimelineDiff(d, expected.Timeline, actual.Timeline);
        List(d, "body", expected.Blocks, actual.Blocks, (path, a, b) => BlockDiff(d, path, a, b));
        List(d, "credits", expected.Credits, actual.Credits, (path, a, b) => CreditDiff(d, path, a, b));
        List(d, "parties", expected.Parties, actual.Parties, (path, a, b) => PartyDiff(d, path, a, b));
        List(d, "quotes", expected.Quotes, actual.Quotes, (path, a, b) =>
        {
            Text(d, path + ".text", a.Text, b.Text);
            Text(d, path + ".kind", a.Kind.ToString(), b.Kind.ToString());
            Number(d, path + ".paragraph", a.Paragraph, b.Paragraph);
            Text(d, path + ".range", a.Range.ToString(), b.Range.ToString());
            Text(d, path + ".attribution.kind", a.Attribution.Kind.ToString(), b.Attribution.Kind.ToString());
            Object(d, path + ".attribution.speaker", a.Attribution.Speaker, b.Attribution.Speaker, (p, x, y) => PartyDiff(d, p, x, y));
            Text(d, path + ".attribution.mention", a.Attribution.Mention, b.Attribution.Mention);
            Text(d, path + ".attribution.cue", a.Attribution.Cue, b.Attribution.Cue);
            Text(d, path + ".attribution.via", a.Attribution.Via, b.Attribution.Via);
        });
        List(d, "places", expected.Places, actual.Places, (path, a, b) => Text(d, path, a, b));
        List(d, "media", expected.Media, actual.Media, (path, a, b) => MediaDiff(d, path, a, b));
        Text(d, "leadMedia", expected.LeadMedia, actual.LeadMedia);
        TaxonomyDiff(d, expected.Taxonomy, actual.Taxonomy);
        return d;
    }

    /// <summary>Formats the differences one per line, or <c>(no differences)</c>, for an assertion message.</summary>
    /// <param name="expected">The expected article.</param>
    /// <param name="actual">The actual article.</param>
    /// <returns>The text.</returns>
    public static string Describe(Article expected, Article actual)
    {
        var differences = Compare(expected, actual);
        if (differences.Count == 0)
        {
            return "(no differences)";
        }
        var builder = new StringBuilder();
        builder.Append(differences.Count).Append(" difference(s):");
        foreach (var difference in differences)
        {
            builder.AppendLine().Append("  ").Append(difference);
        }
        return builder.ToString();
    }

    private static void TimelineDiff(List<ArticleDifference> d, Timeline a, Timeline b)
    {
        MomentDiff(d, "timeline.published", a.Published, b.Published);
        MomentDiff(d, "timeline.updated", a.Updated, b.Updated);
        MomentDiff(d, "timeline.created", a.Created, b.Created);
        MomentDiff(d, "timeline.embargoedUntil", a.EmbargoedUntil, b.EmbargoedUntil);
        MomentDiff(d, "timeline.scheduled", a.Scheduled, b.Scheduled);
        Object(d, "timeline.withdrawal", a.Withdrawal, b.Withdrawal, (path, x, y) =>
        {
            MomentDiff(d, path + ".moment", x.Moment, y.Moment);
            Text(d, path + ".reason", x.Reason, y.Reason);
        });
        List(d, "timeline.corrections", a.Corrections, b.Corrections, (path, x, y) =>
        {
            MomentDiff(d, path + ".moment", x.Moment, y.Moment);
            Text(d, path + ".text", x.Text, y.Text);
        });
        List(d, "timeline.revisions", a.Revisions, b.Revisions, (path, x, y) =>
        {
            MomentDiff(d, path + ".moment", x.Moment, y.Moment);
            Text(d, path + ".note", x.Note, y.Note);
        });
    }

    /// <summary>A block's members by their native names; blocks of different kinds are one difference, each shown with
    /// its kind.</summary>
    private static void BlockDiff(List<ArticleDifference> d, string path, Block a, Block b)
    {
        if (a.Kind != b.Kind)
        {
            d.Add(new ArticleDifference(path, a.ToString() ?? Absent, b.ToString() ?? Absent));
            return;
        }
        switch (a, b)
        {
            case (ParagraphBlock x, ParagraphBlock y):
                InlineDiff(d, path, x.Text, y.Text);
                break;
            case (HeadingBlock x, HeadingBlock y):
                Number(d, path + ".level", x.Level, y.Level);
                InlineDiff(d, path, x.Text, y.Text);
                break;
            case (ListBlock x, ListBlock y):
                Flag(d, path + ".ordered", x.Ordered, y.Ordered);
                List(d, path + ".items", x.Items, y.Items, (p, m, n) => InlineDiff(d, p, m, n));
                break;
            case (QuoteBlock x, QuoteBlock y):
                InlineDiff(d, path, x.Text, y.Text);
                Text(d, path + ".citation", x.Citation, y.Citation);
                break;
            case (MediaBlock x, MediaBlock y):
                Text(d, path + ".media", x.MediaId, y.MediaId);
                break;
            case (EmbedBlock x, EmbedBlock y):
                Fields(d, path, x, y, EmbedFields);
                break;
            case (TableBlock x, TableBlock y):
                Flag(d, path + ".headerRow", x.HeaderRow, y.HeaderRow);
                List(d, path + ".rows", x.Rows, y.Rows, (p, m, n) => List(d, p + ".cells", m, n, (q, r, s) => InlineDiff(d, q, r, s)));
                break;
            case (PreformattedBlock x, PreformattedBlock y):
                Text(d, path + ".text", x.Text, y.Text);
                break;
            case (RelatedLinkBlock x, RelatedLinkBlock y):
                Fields(d, path, x, y, RelatedLinkFields);
                break;
            case (RawHtmlBlock x, RawHtmlBlock y):
                Text(d, path + ".html", x.Html, y.Html);
                break;
        }
    }

    /// <summary>Inline text's text and each of its marks.</summary>
    private static void InlineDiff(List<ArticleDifference> d, string path, InlineText a, InlineText b)
    {
        Text(d, path + ".text", a.Text, b.Text);
        List(d, path + ".marks", a.Marks, b.Marks, (p, x, y) => Fields(d, p, x, y, MarkFields));
    }

    private static void MediaDiff(List<ArticleDifference> d, string path, MediaAsset a, MediaAsset b)
    {
        Text(d, path + ".id", a.Id, b.Id);
        Text(d, path + ".kind", a.Kind.ToString(), b.Kind.ToString());
        Text(d, path + ".uri", a.Uri, b.Uri);
        Text(d, path + ".mediaType", a.MediaType, b.MediaType);
        Text(d, path + ".altText", a.AltText, b.AltText);
        Object(d, path + ".caption", a.Caption, b.Caption, (p, x, y) => InlineDiff(d, p, x, y));
        Object(d, path + ".credit", a.Credit, b.Credit, (p, x, y) => CreditDiff(d, p, x, y));
        Object(d, path + ".rights", a.Rights, b.Rights, RightsDiff);
        Number(d, path + ".width", a.Width, b.Width);
        Number(d, path + ".height", a.Height, b.Height);
        Text(d, path + ".duration", a.Duration?.ToString(), b.Duration?.ToString());
        List(d, path + ".renditions", a.Renditions, b.Renditions, (p, x, y) =>
        {
            Text(d, p + ".uri", x.Uri, y.Uri);
            Number(d, p + ".width", x.Width, y.Width);
            Number(d, p + ".height", x.Height, y.Height);
            Text(d, p + ".mediaType", x.MediaType, y.MediaType);
            Text(d, p + ".name", x.Name, y.Name);
        });
        List(d, path + ".items", a.Items, b.Items, (p, x, y) => Text(d, p, x, y));
    }

    private static void TaxonomyDiff(List<ArticleDifference> d, Taxonomy a, Taxonomy b)
    {
        Object(d, "taxonomy.primarySection", a.PrimarySection, b.PrimarySection, SectionDiff);
        List(d, "taxonomy.sections", a.Sections, b.Sections, SectionDiff);
        List(d, "taxonomy.subjects", a.Subjects, b.Subjects, ConceptDiff);
        List(d, "taxonomy.keywords", a.Keywords, b.Keywords, (path, x, y) => Text(d, path, x, y));
        List(d, "taxonomy.genres", a.Genres, b.Genres, ConceptDiff);
        Number(d, "taxonomy.urgency", a.Urgency, b.Urgency);

        void SectionDiff(string path, Section x, Section y) => Fields(d, path, x, y, SectionFields);

        void ConceptDiff(string path, Concept x, Concept y) => Fields(d, path, x, y, ConceptFields);
    }

    private static readonly (string Name, Func<Mark, string?> Get)[] MarkFields =
        [("type", m => m.Kind.ToString()), ("range", m => m.Range.ToString()), ("href", m => m.Href), ("title", m => m.Title), ("note", m => m.Note)];

    private static readonly (string Name, Func<EmbedBlock, string?> Get)[] EmbedFields = [("url", e => e.Url), ("provider", e => e.Provider), ("html", e => e.FallbackHtml)];

    private static readonly (string Name, Func<RelatedLinkBlock, string?> Get)[] RelatedLinkFields = [("url", r => r.Url), ("title", r => r.Title), ("article", r => r.ArticleId)];

    private static readonly (string Name, Func<Section, string?> Get)[] SectionFields = [("name", s => s.Name), ("id", s => s.Id), ("url", s => s.Url)];

    private static readonly (string Name, Func<Concept, string?> Get)[] ConceptFields =
        [("name", c => c.Name), ("code", c => c.Code), ("scheme", c => c.Scheme), ("uri", c => c.Uri)];

    private static readonly (string Name, Func<Rights, string?> Get)[] RightsFields =
        [("holder", r => r.Holder), ("notice", r => r.Notice), ("licenseUrl", r => r.LicenseUrl), ("usageTerms", r => r.UsageTerms)];

    private static readonly (string Name, Func<Credit, string?> Get)[] CreditFields =
        [("name", c => c.Name), ("kind", c => c.Kind.ToString()), ("role", c => c.Role.ToString()), ("printed", c => c.Printed), ("id", c => c.Id), ("profileUrl", c => c.ProfileUrl)];

    private static readonly (string Name, Func<Party, string?> Get)[] PartyFields =
        [("name", p => p.Name), ("kind", p => p.Kind.ToString()), ("role", p => p.Role), ("affiliation", p => p.Affiliation), ("id", p => p.Id), ("profileUrl", p => p.ProfileUrl)];

    private static readonly (string Name, Func<Moment, string?> Get)[] MomentFields =
    [
        ("instant", m => m.Instant.ToString()), ("zone", m => m.Zone.Id), ("printed", m => m.Printed),
        ("precision", m => m.Precision.ToString()), ("relativeTo", m => m.RelativeTo?.ToString()),
    ];

    private static void RightsDiff(List<ArticleDifference> d, string path, Rights a, Rights b) => Fields(d, path, a, b, RightsFields);

    private static void CreditDiff(List<ArticleDifference> d, string path, Credit a, Credit b) => Fields(d, path, a, b, CreditFields);

    private static void PartyDiff(List<ArticleDifference> d, string path, Party a, Party b) => Fields(d, path, a, b, PartyFields);

    /// <summary>Text members by name, in the given order.</summary>
    private static void Fields<T>(List<ArticleDifference> d, string path, T a, T b, (string Name, Func<T, string?> Get)[] fields)
    {
        foreach (var (name, get) in fields)
        {
            Text(d, path + "." + name, get(a), get(b));
        }
    }

    private static void MomentDiff(List<ArticleDifference> d, string path, Moment? a, Moment? b) =>
        Object(d, path, a, b, (p, x, y) => Fields(d, p, x, y, MomentFields));

    /// <summary>An optional member: one difference when only one side has it, else its members'.</summary>
    private static void Object<T>(List<ArticleDifference> d, string path, T? a, T? b, Action<string, T, T> members)
        where T : class
    {
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                d.Add(new ArticleDifference(path, a?.ToString() ?? Absent, b?.ToString() ?? Absent));
            }
            return;
        }
        members(path, a, b);
    }

    private static void Object<T>(List<ArticleDifference> d, string path, T? a, T? b, Action<List<ArticleDifference>, string, T, T> members)
        where T : class =>
        Object(d, path, a, b, (p, x, y) => members(d, p, x, y));

    private static void Number(List<ArticleDifference> d, string path, int? a, int? b)
    {
        if (a != b)
        {
            d.Add(new ArticleDifference(path, a?.ToString(CultureInfo.InvariantCulture) ?? Absent, b?.ToString(CultureInfo.InvariantCulture) ?? Absent));
        }
    }

    private static void Flag(List<ArticleDifference> d, string path, bool a, bool b)
    {
        if (a != b)
        {
            d.Add(new ArticleDifference(path, a ? "true" : "false", b ? "true" : "false"));
        }
    }

    private static void List<T>(List<ArticleDifference> d, string path, ImmutableArray<T> a, ImmutableArray<T> b, Action<string, T, T> element)
    {
        int common = Math.Min(a.Length, b.Length);
        for (int i = 0; i < common; i++)
        {
            element(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), a[i], b[i]);
        }
        for (int i = common; i < a.Length; i++)
        {
            d.Add(new ArticleDifference(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), a[i]?.ToString() ?? Absent, Absent));
        }
        for (int i = common; i < b.Length; i++)
        {
            d.Add(new ArticleDifference(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), Absent, b[i]?.ToString() ?? Absent));
        }
    }

    private static void Text(List<ArticleDifference> d, string path, string? a, string? b)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            d.Add(new ArticleDifference(path, Quote(a), Quote(b)));
        }
    }

    private static string Quote(string? text) => text is null ? Absent : "\"" + text + "\"";
}
