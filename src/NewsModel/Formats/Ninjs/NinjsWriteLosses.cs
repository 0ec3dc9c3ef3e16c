using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace NewsModel.Formats.Ninjs;

/// <summary>What the ninjs writer can report, in the order it meets the fields (the order of the entries).</summary>
internal enum NinjsLoss
{
    Id,
    PublishedOffset,
    PublishedZone,
    PublishedPrinted,
    UpdatedOffset,
    UpdatedZone,
    UpdatedPrinted,
    CreatedOffset,
    CreatedZone,
    CreatedPrinted,
    EmbargoedUntilOffset,
    EmbargoedUntilZone,
    EmbargoedUntilPrinted,
    Corrections,
    Body,
    Parties,
    PublicationZone,
    Credits,
    Quotes,
}

/// <summary>
/// The set of losses of one ninjs write, as bits. Every entry but an offset's is fixed text, so a report without
/// offset entries is built once per set (and per extension choice) and shared: writing allocates nothing for
/// it. Not thread-safe (one per write); the shared reports are immutable.
/// </summary>
internal struct NinjsWriteLosses
{
    private const string NoField = "ninjs has no field for it";
    private const string NoFieldKept = "ninjs has no field for it; kept in the NewsModel extension";
    private const int Count = (int)NinjsLoss.Quotes + 1;
    private const int ExtensionBit = 1 << Count;
    private const int OffsetBits = (1 << (int)NinjsLoss.PublishedOffset) | (1 << (int)NinjsLoss.UpdatedOffset)
        | (1 << (int)NinjsLoss.CreatedOffset) | (1 << (int)NinjsLoss.EmbargoedUntilOffset);

    /// <summary>Field path and detail of each loss (offsets: field only, the detail names the offset).</summary>
    private static readonly (string Field, string Detail)[] Texts =
    [
        ("Id", "written percent-encoded as " + NinjsNames.IdUrnPrefix + "…, which NewsModel decodes"),
        .. Moment(MomentFields.Published),
        .. Moment(MomentFields.Updated),
        .. Moment(MomentFields.Created),
        .. Moment(MomentFields.EmbargoedUntil),
        ("Timeline.Corrections", "the corrections (moments and texts)"),
        ("Body", "paragraph boundaries (a paragraph contains a line feed, the paragraph separator in the text/plain body)"),
        ("Parties", "the roles and affiliations of quoted people and organisations"),
        ("Publication.Zone", "the publication's zone id"),
        ("Credits", "each credit's printed form (only the joined byline is in by) and the kind of agency credits"),
        ("Quotes", "the quotes with their kinds, places in the body and attributions (speaker, mention, cue, via)"),
    ];

    private static (string Field, string Detail)[] Moment(MomentFields fields) =>
        [(fields.Offset, ""), (fields.Zone, "the zone id"), (fields.Printed, "the stamp as printed")];

    /// <summary>Reports without offset entries, by their bits (with <see cref="ExtensionBit"/>); at most one per
    /// combination, so bounded.</summary>
    private static readonly ConcurrentDictionary<int, LossReport> Shared = new();

    private int bits;

    internal void Add(NinjsLoss loss) => bits |= 1 << (int)loss;

    /// <summary>The report; <paramref name="article"/> gives the offsets named by offset entries.</summary>
    internal readonly LossReport ToReport(Article article, bool extension)
    {
        if (bits == 0)
        {
            return LossReport.None;
        }
        if ((bits & OffsetBits) != 0)
        {
            return Build(bits, article, extension);
        }
        int key = bits | (extension ? ExtensionBit : 0);
        return Shared.TryGetValue(key, out var report) ? report : Shared.GetOrAdd(key, Build(bits, article, extension));
    }

    private static LossReport Build(int bits, Article article, bool extension)
    {
        var entries = ImmutableArray.CreateBuilder<LossEntry>();
        for (int i = 0; i < Count; i++)
        {
            if ((bits & (1 << i)) == 0)
            {
                continue;
            }
            var loss = (NinjsLoss)i;
            var (field, detail) = Texts[i];
            if (loss == NinjsLoss.Id)
            {
                entries.Add(new LossEntry(field, detail, "ninjs uri must be an absolute URI and the id is not one", LossKind.Approximated, trusted: true));
            }
            else if ((OffsetBits & (1 << i)) != 0)
            {
                var timeline = article.Timeline;
                var moment = loss switch
                {
                    NinjsLoss.PublishedOffset => timeline.Published,
                    NinjsLoss.UpdatedOffset => timeline.Updated!,
                    NinjsLoss.CreatedOffset => timeline.Created!,
                    _ => timeline.EmbargoedUntil!,
                };
                entries.Add(new LossEntry(field, "the offset " + moment.Offset.ToString() + " has seconds; written in UTC", "RFC 3339 offsets are whole minutes", extension ? LossKind.ExtensionOnly : LossKind.Approximated, trusted: true));
            }
            else
            {
                entries.Add(new LossEntry(field, detail, extension ? NoFieldKept : NoField, extension ? LossKind.ExtensionOnly : LossKind.Dropped, trusted: true));
            }
        }
        return new LossReport(entries.DrainToImmutable(), trusted: true);
    }
}
