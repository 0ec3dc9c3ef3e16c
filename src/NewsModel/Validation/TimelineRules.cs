using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Validation;

internal sealed class TimelineOrderRule() : ArticleRule(RuleCodes.TimelineOrder, Severity.Error, "Created must not be after published; updated and corrections must not be before published.")
{
    // Moments are compared at their precision (Moment.IsSurelyBefore): a date-only moment covers its whole day, so
    // a timed moment on that day is neither before nor after it.
    public override void Check(Article article, ref ValidationContext context)
    {
        var timeline = article.Timeline;
        if (timeline.Published is not { } published)
        {
            return;
        }
        if (timeline.Created is { } created && Moment.IsSurelyBefore(published, created))
        {
            context.Report("timeline.created", $"The article is stamped as created at {Describe.Instant(created)}, after it was published at {Describe.Instant(published)}.");
        }
        if (timeline.Updated is { } updated && Moment.IsSurelyBefore(updated, published))
        {
            context.Report("timeline.updated", $"The article is stamped as updated at {Describe.Instant(updated)}, before it was published at {Describe.Instant(published)}.");
        }
        for (int i = 0; i < timeline.Corrections.Length; i++)
        {
            var moment = timeline.Corrections[i].Moment;
            if (Moment.IsSurelyBefore(moment, published))
            {
                context.Report(Paths.Item("timeline.corrections", i, "moment"), $"Correction {i + 1} is stamped {Describe.Instant(moment)}, before the article was published at {Describe.Instant(published)}.");
            }
        }
    }
}

internal sealed class EmbargoRule() : ArticleRule(RuleCodes.TimelineEmbargoBroken, Severity.Error, "The article must not be published before its embargo ends.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var timeline = article.Timeline;
        if (timeline.EmbargoedUntil is { } embargo && timeline.Published is { } published && Moment.IsSurelyBefore(published, embargo))
        {
            context.Report("timeline.published", $"The article is published at {Describe.Instant(published)}, but it is embargoed until {Describe.Instant(embargo)}.");
        }
    }
}

internal sealed class FutureRule() : ArticleRule(RuleCodes.TimelineFuture, Severity.Error, "Published, updated, created, withdrawal, correction and revision stamps must not lie in the future (beyond the profile's tolerance).")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var timeline = article.Timeline;
        var tolerance = context.Profile.FutureTolerance;
        int slots = Paths.MomentSlots(timeline);
        for (int slot = 0; slot < slots; slot++)
        {
            if (slot is Paths.EmbargoSlot or Paths.ScheduledSlot)
            {
                continue; // An embargo is meant to end in the future, and a schedule to come.
            }
            var moment = Paths.MomentAt(timeline, slot);
            if (moment is not null && moment.Earliest - context.Now > tolerance)
            {
                context.Report(
                    Paths.Moment(timeline, slot),
                    $"The {Paths.MomentName(timeline, slot)} stamp {Describe.Instant(moment)} lies in the future (it is now {Describe.Utc(context.Now)}); check the date and the time zone.");
            }
        }
    }
}

internal sealed class ZoneTzdbRule() : ArticleRule(RuleCodes.TimelineZoneNotTzdb, Severity.Error, "The publication's zone and every moment's zone must be TZDB ids such as Asia/Hong_Kong.")
{
    private static readonly FrozenSet<string> TzdbIds = DateTimeZoneProviders.Tzdb.Ids.ToFrozenSet(StringComparer.Ordinal);

    internal static bool IsTzdb(DateTimeZone zone) => TzdbIds.Contains(zone.Id);

    public override void Check(Article article, ref ValidationContext context)
    {
        bool publicationTzdb = IsTzdb(article.Publication.Zone);
        if (!publicationTzdb)
        {
            context.Report(Paths.PublicationZone, $"The publication's zone \"{article.Publication.Zone.Id}\" is not a TZDB zone id; use an id such as Asia/Hong_Kong so that daylight saving and history are right.");
        }
        var timeline = article.Timeline;
        int slots = Paths.MomentSlots(timeline);
        for (int slot = 0; slot < slots; slot++)
        {
            var moment = Paths.MomentAt(timeline, slot);
            if (moment is not null && !(ReferenceEquals(moment.Zone, article.Publication.Zone) ? publicationTzdb : IsTzdb(moment.Zone)))
            {
                context.Report(Paths.Moment(timeline, slot) + ".zone", $"The {Paths.MomentName(timeline, slot)} stamp's zone \"{moment.Zone.Id}\" is not a TZDB zone id; use an id such as Asia/Hong_Kong.");
            }
        }
    }
}

internal sealed class ZoneForeignRule() : ArticleRule(RuleCodes.TimelineZoneForeign, Severity.Warning, "A moment stamped in a zone other than the publication's must say so in its printed text.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var home = article.Publication.Zone;
        var timeline = article.Timeline;
        int slots = Paths.MomentSlots(timeline);
        for (int slot = 0; slot < slots; slot++)
        {
            var moment = Paths.MomentAt(timeline, slot);
            if (moment is not null
                && !ReferenceEquals(moment.Zone, home)
                && !string.Equals(moment.Zone.Id, home.Id, StringComparison.Ordinal)
                && !PrintedStamps.NamesZone(moment.Printed))
            {
                context.Report(
                    Paths.Moment(timeline, slot) + ".zone",
                    $"The {Paths.MomentName(timeline, slot)} stamp is in {moment.Zone.Id}, but {article.Publication.Name} is in {home.Id}, and its printed text gives no zone or offset to explain why; readers would see the wrong local time.");
            }
        }
    }
}

internal sealed class UpdatedMissingRule() : ArticleRule(RuleCodes.TimelineUpdatedMissing, Severity.Error, "An article with corrections must have an updated stamp no earlier than its last correction.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var timeline = article.Timeline;
        if (timeline.Corrections.Length == 0)
        {
            return;
        }
        if (timeline.Updated is null)
        {
            context.Report("timeline.updated", $"The article has {timeline.Corrections.Length} correction(s) but no updated stamp; readers cannot see that it changed.");
            return;
        }
        for (int i = 0; i < timeline.Corrections.Length; i++)
        {
            var moment = timeline.Corrections[i].Moment;
            if (Moment.IsSurelyBefore(timeline.Updated, moment))
            {
                context.Report("timeline.updated", $"Correction {i + 1} is stamped {Describe.Instant(moment)}, after the updated stamp {Describe.Instant(timeline.Updated)}; move the updated stamp forward.");
            }
        }
    }
}

internal sealed class PrintedStampRule() : ArticleRule(RuleCodes.TimelinePrintedMismatch, Severity.Error, "A printed stamp must agree with its instant in the publication's zone: time, date and weekday.")
{
    public override void Check(Article article, ref ValidationContext context) =>
        CheckAll(article, ref context, StampVerdict.Disagrees);

    /// <summary>Reports every printed stamp with the given verdict.</summary>
    internal static void CheckAll(Article article, ref ValidationContext context, StampVerdict reported)
    {
        var timeline = article.Timeline;
        int slots = Paths.MomentSlots(timeline);
        for (int slot = 0; slot < slots; slot++)
        {
            var moment = Paths.MomentAt(timeline, slot);
            if (moment?.Printed is not null && context.PrintedVerdict(article, slot, moment) == reported)
            {
                PrintedStamps.Check(moment, article.Publication.Zone, out string? detail);
                var printed = Excerpt.Of(moment.Printed, 0, 60);
                context.Report(
                    Paths.Moment(timeline, slot) + ".printed",
                    reported == StampVerdict.Disagrees
                        ? $"The {Paths.MomentName(timeline, slot)} stamp is printed \"{printed}\", but {detail}."
                        : $"The {Paths.MomentName(timeline, slot)} stamp is printed \"{printed}\", which cannot be read as a date and time ({detail}), so it cannot be checked.");
            }
        }
    }
}

internal sealed class PrintedStampUnreadableRule() : ArticleRule(RuleCodes.TimelinePrintedUnreadable, Severity.Warning, "A printed stamp should be readable, so that it can be checked against its instant.")
{
    public override void Check(Article article, ref ValidationContext context) =>
        PrintedStampRule.CheckAll(article, ref context, StampVerdict.Unreadable);
}

/// <summary>How instants are shown in messages.</summary>
internal static class Describe
{
    private static readonly ZonedDateTimePattern Pattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH:mm:ss o<g> '('z')'", DateTimeZoneProviders.Tzdb);

    private static readonly ZonedDateTimePattern DatePattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu '(date only, 'z')'", DateTimeZoneProviders.Tzdb);

    /// <summary>The moment's instant in its own zone, for example <c>Mon 31 Mar 2014 05:31:00 +08 (Asia/Hong_Kong)</c>;
    /// a date-only moment as its date, for example <c>Thu 14 May 2020 (date only, Europe/London)</c>.</summary>
    internal static string Instant(Moment moment) =>
        (moment.IsDateOnly ? DatePattern : Pattern).Format(moment.ZonedDateTime);

    /// <summary>An instant in UTC, for example <c>2014-03-30T21:31:00Z</c>; safe for the extremes of time.</summary>
    internal static string Utc(NodaTime.Instant instant) => InstantPattern.General.Format(instant);

    /// <summary>A body block for an editor, by its zero-based index: <c>Paragraph 3</c> for a paragraph (and for an
    /// index past the body), <c>Block 4 (a heading)</c> for another block; lower case (<c>paragraph 3</c>) inside a
    /// sentence.</summary>
    internal static string Block(ImmutableArray<NewsModel.Block> blocks, int index, bool sentenceStart = true)
    {
        int number = index + 1;
        if (index >= blocks.Length || blocks[index].Kind == BlockKind.Paragraph)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(sentenceStart ? "Paragraph" : "paragraph")} {number}");
        }
        return string.Create(CultureInfo.InvariantCulture, $"{(sentenceStart ? "Block" : "block")} {number} ({BlockKindName(blocks[index].Kind)})");
    }

    /// <summary>A status as a word in a sentence: <c>published</c>, <c>a draft</c>, <c>scheduled</c>, <c>withdrawn</c>.</summary>
    internal static string Status(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "a draft",
        ArticleStatus.Scheduled => "scheduled",
        ArticleStatus.Withdrawn => "withdrawn",
        _ => "published",
    };

    /// <summary>A media asset for an editor: <c>Image "harbour-1" (media 1)</c>.</summary>
    internal static string Media(ImmutableArray<MediaAsset> media, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{media[index].Kind} \"{Excerpt.Of(media[index].Id)}\" (media {index + 1})");

    /// <summary>What a block is, for an editor: <c>a heading</c>, <c>a pull quote</c>.</summary>
    internal static string BlockKindName(BlockKind kind) => kind switch
    {
        BlockKind.Paragraph => "a paragraph",
        BlockKind.Heading => "a heading",
        BlockKind.List => "a list",
        BlockKind.BlockQuote => "a block quotation",
        BlockKind.PullQuote => "a pull quote",
        BlockKind.Media => "a media block",
        BlockKind.Embed => "an embed",
        BlockKind.Table => "a table",
        BlockKind.Divider => "a divider",
        BlockKind.Preformatted => "preformatted text",
        BlockKind.RelatedLink => "a related link",
        _ => "raw HTML",
    };
}
