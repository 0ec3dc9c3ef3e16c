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

    /// <summary>The number of moment slots of a timeline: published, updated, created, embargoedUntil, corrections.</summary>
    internal static int MomentSlots(Timeline timeline) => 4 + timeline.Corrections.Length;

    /// <summary>The moment in a slot, or null when the slot is empty.</summary>
    internal static Moment? MomentAt(Timeline timeline, int slot) => slot switch
    {
        0 => timeline.Published,
        1 => timeline.Updated,
        2 => timeline.Created,
        3 => timeline.EmbargoedUntil,
        _ => timeline.Corrections[slot - 4].Moment,
    };

    /// <summary>The path of a moment slot.</summary>
    internal static string Moment(int slot) => slot switch
    {
        0 => "timeline.published",
        1 => "timeline.updated",
        2 => "timeline.created",
        3 => "timeline.embargoedUntil",
        _ => Item("timeline.corrections", slot - 4, "moment"),
    };

    /// <summary>The editor's name of a moment slot.</summary>
    internal static string MomentName(int slot) => slot switch
    {
        0 => "published",
        1 => "updated",
        2 => "created",
        3 => "embargoed-until",
        _ => string.Create(CultureInfo.InvariantCulture, $"correction {slot - 4 + 1}"),
    };
}
