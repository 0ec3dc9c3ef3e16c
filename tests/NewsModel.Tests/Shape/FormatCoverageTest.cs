using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NewsModel.Formats;
using NewsModel.Formats.Ninjs;
using NewsModel.Formats.SchemaOrg;
using NewsModel.Formats.WordPress;
using NewsModel.Shape;
using Xunit;

namespace NewsModel.Tests.Shape;

/// <summary>Every format says what it does with every member of the shape, and its writer does what it says.</summary>
public class FormatCoverageTest
{
    public static TheoryData<string> Formats() => new() { "ninjs", "jsonld", "wordpress", "ans", "rss", "atom", "jsonfeed" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Coverage_EveryMemberOfTheShape_IsCarriedOrDeclaredLost(string format)
    {
        var coverage = Coverage(format);
        coverage.Select(c => c.Member).Should().BeEquivalentTo(ModelShape.MemberKeys(), $"{format} must say of every member whether it carries it or loses it");
        coverage.Select(c => c.Member).Should().OnlyHaveUniqueItems();
        coverage.Should().OnlyContain(c => c.CarriedBy != null || c.LossField != null);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_FullDocument_WritesEveryCarryingMemberAndReportsEveryDeclaredLoss(string format)
    {
        var article = ModelShapeDocuments.Full();
        var (text, losses) = Write(format, article);
        var fields = losses.Entries.Select(e => e.Field).ToList();
        foreach (var carriage in Coverage(format))
        {
            if (carriage.CarriedBy is { } member)
            {
                text.Should().Contain(format is "rss" or "atom" ? "<" + member : "\"" + member + "\":", $"{format} declares that it carries {carriage.Member} in {member}");
            }
            if (carriage.LossField is { } field)
            {
                fields.Should().Contain(f => Matches(f, field, false),
                    $"{format} declares that it loses {carriage.Member} with a loss entry {field}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_FullDocument_ReportsNoLossTheCoverageDoesNotDeclare(string format)
    {
        var (_, losses) = Write(format, ModelShapeDocuments.Full());
        var declared = Coverage(format).Select(c => c.LossField).OfType<string>().ToList();
        foreach (var entry in losses.Entries)
        {
            declared.Should().Contain(d => Matches(entry.Field, d, true),
                $"{format} reports a loss of {entry.Field} ({entry.Detail}) that its coverage does not declare");
        }
    }

    /// <summary>Whether a loss entry's field is the declared one (<c>*.Zone</c>: any field ending so; an element of it,
    /// <c>Blocks[3]</c> for <c>Blocks</c>; with <paramref name="orBelow"/>, a field below the declared one too).</summary>
    private static bool Matches(string field, string declared, bool orBelow) =>
        declared.StartsWith("*.", StringComparison.Ordinal)
            ? field.EndsWith(declared.Substring(1), StringComparison.Ordinal)
            : field == declared
              || (field.StartsWith(declared + "[", StringComparison.Ordinal) && (orBelow || field.IndexOf('.', declared.Length) < 0))
              || (orBelow && field.StartsWith(declared + ".", StringComparison.Ordinal));

    private static IReadOnlyList<MemberCarriage> Coverage(string format) => format switch
    {
        "ninjs" => FormatCoverage.Ninjs,
        "wordpress" => FormatCoverage.WordPress,
        "ans" => FormatCoverage.Ans,
        "rss" => FormatCoverage.Rss,
        "atom" => FormatCoverage.Atom,
        "jsonfeed" => FormatCoverage.JsonFeed,
        _ => FormatCoverage.JsonLd,
    };

    private static (string Text, LossReport Losses) Write(string format, Article article)
    {
        if (format == "ninjs")
        {
            var ninjs = NinjsSerializer.SerializeToString(article, new NinjsWriteOptions { IncludeExtension = false });
            return (ninjs.Value, ninjs.Losses);
        }
        if (format is "rss" or "atom" or "jsonfeed")
        {
            // One article as a feed; its losses are the item's (Items[0].…), compared without that prefix.
            var feed = NewsModel.Formats.Feeds.FeedSerializer.SerializeToString([article], new NewsModel.Formats.Feeds.FeedWriteOptions("Feed", "https://feed.example/")
            {
                Format = format == "rss" ? NewsModel.Formats.Feeds.FeedFormat.Rss : format == "atom" ? NewsModel.Formats.Feeds.FeedFormat.Atom : NewsModel.Formats.Feeds.FeedFormat.JsonFeed,
            });
            var entries = feed.Losses.Entries.Select(e => new LossEntry(e.Field.StartsWith("Items[0].", StringComparison.Ordinal) ? e.Field["Items[0].".Length..] : e.Field, e.Detail, e.Reason, e.Kind));
            return (feed.Value, new LossReport(entries));
        }
        if (format == "ans")
        {
            var story = NewsModel.Formats.Ans.AnsSerializer.SerializeToString(article);
            return (story.Value, story.Losses);
        }
        if (format == "wordpress")
        {
            var post = WordPressSerializer.SerializeToString(article);
            return (post.Value, post.Losses);
        }
        var jsonLd = NewsArticleJsonLd.SerializeToString(article);
        return (jsonLd.Value, jsonLd.Losses);
    }
}
