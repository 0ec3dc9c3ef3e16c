using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace NewsModel.Formats.Ninjs;

/// <summary>What the ninjs writer can report, in the order it meets the fields (the order of the entries). Each
/// timeline moment has five, in this order: offset, zone, printed, precision, reference.</summary>
internal enum NinjsLoss
{
    Id,
    PublishedOffset,
    PublishedZone,
    PublishedPrinted,
    PublishedPrecision,
    PublishedRelativeTo,
    UpdatedOffset,
    UpdatedZone,
    UpdatedPrinted,
    UpdatedPrecision,
    UpdatedRelativeTo,
    CreatedOffset,
    CreatedZone,
    CreatedPrinted,
    CreatedPrecision,
    CreatedRelativeTo,
    EmbargoedUntilOffset,
    EmbargoedUntilZone,
    EmbargoedUntilPrinted,
    EmbargoedUntilPrecision,
    EmbargoedUntilRelativeTo,
    Corrections,
    Body,
    Parties,
    PublicationZone,
    Credits,
    Quotes,
}

/// <summary>
/// The set of losses of one ninjs write, as bits. Every entry but an offset's is fixed text (a precision's names one
/// of four units), so a report without offset entries is built once per set (per extension choice and per
/// precisions) and shared: writing allocates nothing for it. Not thread-safe (one per write); the shared reports are
/// immutable.
/// </summary>
internal struct NinjsWriteLosses
{
    /// <summary>The number of losses of one moment (offset, zone, printed, precision, reference).</summary>
    internal const int MomentStride = 5;

    private const string NoField = "ninjs has no field for it";
    private const string NoFieldKept = "ninjs has no field for it; kept in the NewsModel extension";
    private const string DateTimeOnly = "ninjs dates are date-times";
    private const string DateTimeOnlyKept = "ninjs dates are date-times; the date-only precision is kept in the NewsModel extension";
    private const string DayDetail = "a date without a time of day, written as the start of that day in the moment's zone (a time nobody printed)";
    private const int Count = (int)NinjsLoss.Quotes + 1;
    private const int ExtensionBit = 1 << Count;
    private const int OffsetBits = (1 << (int)NinjsLoss.PublishedOffset) | (1 << (int)NinjsLoss.UpdatedOffset)
        | (1 << (int)NinjsLoss.CreatedOffset) | (1 << (int)NinjsLoss.EmbargoedUntilOffset);

    private const int PrecisionBits = (1 << (int)NinjsLoss.PublishedPrecision) | (1 << (int)NinjsLoss.UpdatedPrecision)
        | (1 << (int)NinjsLoss.CreatedPrecision) | (1 << (int)NinjsLoss.EmbargoedUntilPrecision);

    /// <summary>Field path and detail of each loss (offsets and precisions: field only, the detail names the offset
    /// or the unit).</summary>
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
    [
        (fields.Offset, ""), (fields.Zone, "the zone id"), (fields.Printed, "the stamp as printed"), (fields.Precision, ""),
        (fields.RelativeTo, "the reference instant the relative stamp was read against"),
    ];

    /// <summary>Reports without offset entries, by their bits, the extension choice and the precisions reported; at
    /// most one per combination, so bounded.</summary>
    private static readonly ConcurrentDictionary<long, LossReport> Shared = new();

    private int bits;

    internal void Add(NinjsLoss loss) => bits |= 1 << (int)loss;

    /// <summary>The report; <paramref name="article"/> gives the offsets and precisions named by their entries.</summary>
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
        long key = bits | (extension ? ExtensionBit : 0);
        if ((bits & PrecisionBits) != 0)
        {
            for (int slot = 0; slot < 4; slot++)
            {
                if ((bits & (1 << ((int)NinjsLoss.PublishedPrecision + (slot * MomentStride)))) != 0)
                {
                    key |= (long)MomentOf(slot, article.Timeline).Precision << (Count + 1 + (slot * 3));
                }
            }
        }
        return Shared.TryGetValue(key, out var report) ? report : Shared.GetOrAdd(key, Build(bits, article, extension));
    }

    /// <summary>The moment of a timeline slot: 0 published, 1 updated, 2 created, 3 embargoed until.</summary>
    private static Moment MomentOf(int slot, Timeline timeline) => slot switch
    {
        0 => timeline.Published!,
        1 => timeline.Updated!,
        2 => timeline.Created!,
        _ => timeline.EmbargoedUntil!,
    };

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
                var moment = MomentOf((i - 1) / MomentStride, article.Timeline);
                entries.Add(new LossEntry(field, "the offset " + moment.Offset.ToString() + " has seconds; written in UTC", "RFC 3339 offsets are whole minutes", extension ? LossKind.ExtensionOnly : LossKind.Approximated, trusted: true));
            }
            else if ((PrecisionBits & (1 << i)) != 0)
            {
                var precision = MomentOf((i - 1) / MomentStride, article.Timeline).Precision;
                entries.Add(precision == MomentPrecision.Day
                    ? new LossEntry(field, DayDetail, extension ? DateTimeOnlyKept : DateTimeOnly, extension ? LossKind.ExtensionOnly : LossKind.Approximated, trusted: true)
                    : new LossEntry(field, "the precision: the stamp stated the " + NewsModel.Moment.PrecisionName(precision) + " only, which the date-time does not say", extension ? NoFieldKept : NoField, extension ? LossKind.ExtensionOnly : LossKind.Dropped, trusted: true));
            }
            else
            {
                entries.Add(new LossEntry(field, detail, extension ? NoFieldKept : NoField, extension ? LossKind.ExtensionOnly : LossKind.Dropped, trusted: true));
            }
        }
        return new LossReport(entries.DrainToImmutable(), trusted: true);
    }
}
