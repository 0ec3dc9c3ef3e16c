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
    Status,
    Corrections,
    Scheduled,
    Withdrawal,
    Revisions,
    LicenseUrl,
    Body,
    BlocksLeftOut,
    RelatedArticles,
    Parties,
    PartyIdentity,
    PublicationZone,
    Credits,
    CreditIdentity,
    Media,
    LeadMedia,
    Sections,
    Keywords,
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
    private const long ExtensionBit = 1L << Count;
    private const long OffsetBits = (1L << (int)NinjsLoss.PublishedOffset) | (1L << (int)NinjsLoss.UpdatedOffset)
        | (1L << (int)NinjsLoss.CreatedOffset) | (1L << (int)NinjsLoss.EmbargoedUntilOffset);

    private const long PrecisionBits = (1L << (int)NinjsLoss.PublishedPrecision) | (1L << (int)NinjsLoss.UpdatedPrecision)
        | (1L << (int)NinjsLoss.CreatedPrecision) | (1L << (int)NinjsLoss.EmbargoedUntilPrecision);

    /// <summary>Losses whose content is in the output in a reduced form (without the extension: approximated, not
    /// dropped).</summary>
    private const long ApproximatedBits = (1L << (int)NinjsLoss.Status) | (1L << (int)NinjsLoss.PartyIdentity)
        | (1L << (int)NinjsLoss.CreditIdentity) | (1L << (int)NinjsLoss.Media) | (1L << (int)NinjsLoss.LeadMedia);

    private const string InReducedForm = "ninjs holds it only in the reduced form described";
    private const string InReducedFormKept = "ninjs holds it only in the reduced form described; kept whole in the NewsModel extension";

    /// <summary>Field path and detail of each loss (offsets and precisions: field only, the detail names the offset
    /// or the unit).</summary>
    private static readonly (string Field, string Detail)[] Texts =
    [
        ("Id", "written percent-encoded as " + NinjsNames.IdUrnPrefix + "…, which NewsModel decodes"),
        .. Moment(MomentFields.Published),
        .. Moment(MomentFields.Updated),
        .. Moment(MomentFields.Created),
        .. Moment(MomentFields.EmbargoedUntil),
        ("Status", "draft or scheduled, both written as pubStatus withheld"),
        ("Timeline.Corrections", "the corrections (moments and texts)"),
        ("Timeline.Scheduled", "the scheduled publication time"),
        ("Timeline.Withdrawal", "the withdrawal's time and reason (pubStatus canceled says only that the article is withdrawn)"),
        ("Timeline.Revisions", "the revisions (moments and notes)"),
        ("Rights.LicenseUrl", "the licence URL, which is not an absolute URI that rightsInfo.linkedRights could hold"),
        ("Body", "paragraph boundaries (a paragraph contains a line feed, the paragraph separator in the text/plain body)"),
        ("Blocks", "markup left out of the text/html body for safety: raw HTML blocks, embeds' fallback HTML, links whose scheme is not http, https or mailto, media without an http(s) source"),
        ("Blocks", "the ids of related articles (only their links are in the text/html body)"),
        ("Parties", "the roles and affiliations of quoted people and organisations"),
        ("Parties", "the identity of a quoted person or organisation: uri holds one absolute URI, the id or else the profile URL"),
        ("Publication.Zone", "the publication's zone id"),
        ("Credits", "each credit's printed form (only the joined byline is in by) and the kind of agency credits"),
        ("Credits", "the identity of a credit: uri holds one absolute URI, the id or else the profile URL (none for agency credits)"),
        ("Media", "what an association does not hold: caption marks, the credit's structure (written as by), licence URLs, gallery items, a media id or source that is not a URI (written percent-encoded)"),
        ("LeadMedia", "the lead media, written as the first association (ninjs 2.1 associations have no rel)"),
        ("Taxonomy.Sections", "the sections (primary and others)"),
        ("Taxonomy.Keywords", "the keywords"),
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

    private long bits;

    internal void Add(NinjsLoss loss) => bits |= 1L << (int)loss;

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
                if ((bits & (1L << ((int)NinjsLoss.PublishedPrecision + (slot * MomentStride)))) != 0)
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

    private static LossReport Build(long bits, Article article, bool extension)
    {
        var entries = ImmutableArray.CreateBuilder<LossEntry>();
        for (int i = 0; i < Count; i++)
        {
            if ((bits & (1L << i)) == 0)
            {
                continue;
            }
            var loss = (NinjsLoss)i;
            var (field, detail) = Texts[i];
            if (loss == NinjsLoss.Id)
            {
                entries.Add(new LossEntry(field, detail, "ninjs uri must be an absolute URI and the id is not one", LossKind.Approximated, trusted: true));
            }
            else if ((OffsetBits & (1L << i)) != 0)
            {
                var moment = MomentOf((i - 1) / MomentStride, article.Timeline);
                entries.Add(new LossEntry(field, "the offset " + moment.Offset.ToString() + " has seconds; written in UTC", "RFC 3339 offsets are whole minutes", extension ? LossKind.ExtensionOnly : LossKind.Approximated, trusted: true));
            }
            else if ((PrecisionBits & (1L << i)) != 0)
            {
                var precision = MomentOf((i - 1) / MomentStride, article.Timeline).Precision;
                entries.Add(precision == MomentPrecision.Day
                    ? new LossEntry(field, DayDetail, extension ? DateTimeOnlyKept : DateTimeOnly, extension ? LossKind.ExtensionOnly : LossKind.Approximated, trusted: true)
                    : new LossEntry(field, "the precision: the stamp stated the " + NewsModel.Moment.PrecisionName(precision) + " only, which the date-time does not say", extension ? NoFieldKept : NoField, extension ? LossKind.ExtensionOnly : LossKind.Dropped, trusted: true));
            }
            else if ((ApproximatedBits & (1L << i)) != 0)
            {
                entries.Add(new LossEntry(field, detail, extension ? InReducedFormKept : InReducedForm, extension ? LossKind.ExtensionOnly : LossKind.Approximated, trusted: true));
            }
            else
            {
                entries.Add(new LossEntry(field, detail, extension ? NoFieldKept : NoField, extension ? LossKind.ExtensionOnly : LossKind.Dropped, trusted: true));
            }
        }
        return new LossReport(entries.DrainToImmutable(), trusted: true);
    }
}
