using System.Globalization;

namespace NewsModel.Validation;

/// <summary>Finding paths, built only when a finding is reported.</summary>
internal static class Paths
{
    internal const string Id = "id";
    internal const string Headline = "headline";
    internal const string Language = "language";
    internal const string CanonicalUrl = "canonicalUrl";
    internal const string Body = "body";
    internal const string Credits = "credits";
    internal const string PublicationZone = "publication.zone";

    internal static string Item(string collection, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}]");

    internal static string Item(string collection, int index, string member) =>
        string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}].{member}");

    internal static string Quote(int index, string member) => Item("quotes", index, member);

    /// <summary>The path of a body block, <c>body[3]</c>.</summary>
    internal static string Block(int index) => Item("body", index);

    /// <summary>The path of a member of a body block, <c>body[3].level</c>.</summary>
    internal static string Block(int index, string member) => Item("body", index, member);

    /// <summary>The path of a member of a media asset, <c>media[0].altText</c>.</summary>
    internal static string Media(int index, string member) => Item("media", index, member);

    /// <summary>The slot of the embargo end, which may lie in the future.</summary>
    internal const int EmbargoSlot = 3;

    /// <summary>The slot of the scheduled moment, which may lie in the future.</summary>
    internal const int ScheduledSlot = 4;

    /// <summary>The slots before the corrections: published, updated, created, embargoedUntil, scheduled, withdrawal.</summary>
    private const int FixedSlots = 6;

    /// <summary>The number of moment slots of a timeline: published, updated, created, embargoedUntil, scheduled,
    /// withdrawal, the corrections, the revisions.</summary>
    internal static int MomentSlots(Timeline timeline) => FixedSlots + timeline.Corrections.Length + timeline.Revisions.Length;

    /// <summary>The moment in a slot, or null when the slot is empty.</summary>
    internal static Moment? MomentAt(Timeline timeline, int slot) => slot switch
    {
        0 => timeline.Published,
        1 => timeline.Updated,
        2 => timeline.Created,
        EmbargoSlot => timeline.EmbargoedUntil,
        ScheduledSlot => timeline.Scheduled,
        5 => timeline.Withdrawal?.Moment,
        _ when slot - FixedSlots < timeline.Corrections.Length => timeline.Corrections[slot - FixedSlots].Moment,
        _ => timeline.Revisions[slot - FixedSlots - timeline.Corrections.Length].Moment,
    };

    /// <summary>The path of a moment slot.</summary>
    internal static string Moment(Timeline timeline, int slot) => slot switch
    {
        0 => "timeline.published",
        1 => "timeline.updated",
        2 => "timeline.created",
        EmbargoSlot => "timeline.embargoedUntil",
        ScheduledSlot => "timeline.scheduled",
        5 => "timeline.withdrawal.moment",
        _ when slot - FixedSlots < timeline.Corrections.Length => Item("timeline.corrections", slot - FixedSlots, "moment"),
        _ => Item("timeline.revisions", slot - FixedSlots - timeline.Corrections.Length, "moment"),
    };

    /// <summary>The editor's name of a moment slot.</summary>
    internal static string MomentName(Timeline timeline, int slot) => slot switch
    {
        0 => "published",
        1 => "updated",
        2 => "created",
        EmbargoSlot => "embargoed-until",
        ScheduledSlot => "scheduled",
        5 => "withdrawal",
        _ when slot - FixedSlots < timeline.Corrections.Length => string.Create(CultureInfo.InvariantCulture, $"correction {slot - FixedSlots + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"revision {slot - FixedSlots - timeline.Corrections.Length + 1}"),
    };
}
