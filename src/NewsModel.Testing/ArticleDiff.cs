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
        Text(d, "headline", expected.Headline, actual.Headline);
        Text(d, "standfirst", expected.Standfirst, actual.Standfirst);
        Text(d, "dateline", expected.Dateline, actual.Dateline);
        Text(d, "language", expected.Language, actual.Language);
        Text(d, "canonicalUrl", expected.CanonicalUrl, actual.CanonicalUrl);
        Text(d, "rights.notice", expected.Rights?.Notice, actual.Rights?.Notice);
        Text(d, "publication.name", expected.Publication.Name, actual.Publication.Name);
        Text(d, "publication.shortName", expected.Publication.ShortName, actual.Publication.ShortName);
        Text(d, "publication.zone", expected.Publication.Zone.Id, actual.Publication.Zone.Id);
        MomentDiff(d, "timeline.published", expected.Timeline.Published, actual.Timeline.Published);
        MomentDiff(d, "timeline.updated", expected.Timeline.Updated, actual.Timeline.Updated);
        MomentDiff(d, "timeline.created", expected.Timeline.Created, actual.Timeline.Created);
        MomentDiff(d, "timeline.embargoedUntil", expected.Timeline.EmbargoedUntil, actual.Timeline.EmbargoedUntil);
        List(d, "timeline.corrections", expected.Timeline.Corrections, actual.Timeline.Corrections, (path, a, b) =>
        {
            MomentDiff(d, path + ".moment", a.Moment, b.Moment);
            Text(d, path + ".text", a.Text, b.Text);
        });
        List(d, "body", expected.Body, actual.Body, (path, a, b) => Text(d, path, a, b));
        List(d, "credits", expected.Credits, actual.Credits, (path, a, b) =>
        {
            Text(d, path + ".name", a.Name, b.Name);
            Text(d, path + ".kind", a.Kind.ToString(), b.Kind.ToString());
            Text(d, path + ".role", a.Role.ToString(), b.Role.ToString());
            Text(d, path + ".printed", a.Printed, b.Printed);
        });
        List(d, "parties", expected.Parties, actual.Parties, (path, a, b) => PartyDiff(d, path, a, b));
        List(d, "quotes", expected.Quotes, actual.Quotes, (path, a, b) =>
        {
            Text(d, path + ".text", a.Text, b.Text);
            Text(d, path + ".kind", a.Kind.ToString(), b.Kind.ToString());
            Text(d, path + ".paragraph", a.Paragraph.ToString(CultureInfo.InvariantCulture), b.Paragraph.ToString(CultureInfo.InvariantCulture));
            Text(d, path + ".range", a.Range.ToString(), b.Range.ToString());
            Text(d, path + ".attribution.kind", a.Attribution.Kind.ToString(), b.Attribution.Kind.ToString());
            if (a.Attribution.Speaker is not null && b.Attribution.Speaker is not null)
            {
                PartyDiff(d, path + ".attribution.speaker", a.Attribution.Speaker, b.Attribution.Speaker);
            }
            Text(d, path + ".attribution.mention", a.Attribution.Mention, b.Attribution.Mention);
            Text(d, path + ".attribution.cue", a.Attribution.Cue, b.Attribution.Cue);
            Text(d, path + ".attribution.via", a.Attribution.Via, b.Attribution.Via);
        });
        List(d, "places", expected.Places, actual.Places, (path, a, b) => Text(d, path, a, b));
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

    private static void PartyDiff(List<ArticleDifference> d, string path, Party a, Party b)
    {
        Text(d, path + ".name", a.Name, b.Name);
        Text(d, path + ".kind", a.Kind.ToString(), b.Kind.ToString());
        Text(d, path + ".role", a.Role, b.Role);
        Text(d, path + ".affiliation", a.Affiliation, b.Affiliation);
    }

    private static void MomentDiff(List<ArticleDifference> d, string path, Moment? a, Moment? b)
    {
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                d.Add(new ArticleDifference(path, a?.ToString() ?? Absent, b?.ToString() ?? Absent));
            }
            return;
        }
        Text(d, path + ".instant", a.Instant.ToString(), b.Instant.ToString());
        Text(d, path + ".zone", a.Zone.Id, b.Zone.Id);
        Text(d, path + ".printed", a.Printed, b.Printed);
        Text(d, path + ".precision", a.Precision.ToString(), b.Precision.ToString());
        Text(d, path + ".relativeTo", a.RelativeTo?.ToString(), b.RelativeTo?.ToString());
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
