using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NodaTime;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// CsCheck generators for the model, reused by round-trip properties in every serializer's tests.
/// Texts are arbitrary valid Unicode (surrogate pairs included, no lone surrogates); instants span
/// years 0001 to 9998; zones are any TZDB zone; moments have every precision (date-only ones too) and some are
/// relative.
/// </summary>
public static class ArticleGen
{
    private static readonly string[] ZoneIds = DateTimeZoneProviders.Tzdb.Ids.ToArray();

    /// <summary>A Unicode scalar value: mostly ASCII and Latin, with CJK, astral (surrogate pair) and control characters mixed in.</summary>
    public static readonly Gen<string> Scalar = Gen.Frequency(
        (6, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (2, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (1, Gen.Int[0x00A0, 0x052F].Select(i => char.ConvertFromUtf32(i))),
        (1, Gen.Int[0x4E00, 0x9FFF].Select(i => char.ConvertFromUtf32(i))),
        (1, Gen.Int[0x1F300, 0x1FAFF].Select(i => char.ConvertFromUtf32(i))),
        (1, Gen.Int[0x0000, 0x001F].Select(i => char.ConvertFromUtf32(i))),
        (1, Gen.OneOf("\"", "\\", "\u201c", "\u201d", "\u2028", "<", ">", "&", "'", "\u00e9", "\u0301")));

    /// <summary>A non-empty text of 1 to <paramref name="max"/> scalars.</summary>
    public static Gen<string> Text(int max = 12) =>
        Scalar.Array[1, max].Select(parts => string.Concat(parts));

    /// <summary>A text of 0 to <paramref name="max"/> scalars (possibly empty).</summary>
    public static Gen<string> TextOrEmpty(int max = 40) =>
        Scalar.Array[0, max].Select(parts => string.Concat(parts));

    /// <summary>An optional non-empty text (null a third of the time).</summary>
    public static Gen<string?> OptionalText(int max = 12) =>
        Gen.Frequency((1, Gen.Const((string?)null)), (2, Text(max).Select(s => (string?)s)));

    /// <summary>Any TZDB zone.</summary>
    public static readonly Gen<DateTimeZone> Zone =
        Gen.Int[0, ZoneIds.Length - 1].Select(i => DateTimeZoneProviders.Tzdb[ZoneIds[i]]);

    /// <summary>An instant between 0001-01-02 and 9998-12-30 UTC, with nanoseconds a quarter of the time.</summary>
    public static readonly Gen<Instant> Instant = Gen.Frequency(
        (3, Gen.Long[-62135510400L, 253402041600L].Select(s => NodaTime.Instant.FromUnixTimeSeconds(s))),
        (1, Gen.Long[-62135510400L, 253402041600L].Select(Gen.Int[0, 999_999_999], (s, n) => NodaTime.Instant.FromUnixTimeSeconds(s).PlusNanoseconds(n))),
        (2, Gen.Long[0L, 2_100_000_000L].Select(s => NodaTime.Instant.FromUnixTimeSeconds(s))));

    /// <summary>A date between 0001-01-02 and 9998-12-28 (days 1 to 28 of any month).</summary>
    public static readonly Gen<LocalDate> Date =
        Gen.Select(Gen.Int[1, 9998], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new LocalDate(y, m, d == 1 && y == 1 && m == 1 ? 2 : d));

    /// <summary>What a moment knows: mostly exact, often the minute, sometimes the second, the hour or the day (a
    /// date-only moment at the start of its day on the zone's clock).</summary>
    public static readonly Gen<MomentPrecision> Precision = Gen.Frequency(
        (8, Gen.Const(MomentPrecision.Exact)),
        (1, Gen.Const(MomentPrecision.Second)),
        (3, Gen.Const(MomentPrecision.Minute)),
        (1, Gen.Const(MomentPrecision.Hour)),
        (2, Gen.Const(MomentPrecision.Day)));

    /// <summary>How long before its reference a relative stamp's moment lies: up to ten days, whole units of the
    /// precision.</summary>
    private static readonly Gen<long> AgoSeconds = Gen.Long[0L, 10L * 86_400L];

    /// <summary>A moment: instant, zone, optional printed text and a precision (the instant truncated to it on the
    /// zone's clock; date-only moments also straight from a date with <c>Moment.FromDate</c>); one in ten relative,
    /// read against a reference up to ten days later.</summary>
    public static readonly Gen<Moment> Moment = Gen.Frequency(
        (14, Gen.Select(Instant, Zone, OptionalText(30), Precision, (i, z, p, precision) => new Moment(i, z, p).WithPrecision(precision))),
        (3, Gen.Select(Date, Zone, OptionalText(30), (d, z, p) => DateOnly(d, z, p))),
        (2, Gen.Select(Instant, Zone, OptionalText(30), Precision, AgoSeconds, (i, z, p, precision, ago) =>
            new Moment(i, z, p, precision, i.Plus(Duration.FromSeconds(ago))))));

    /// <summary>The date-only moment of <paramref name="date"/>, or of the next day when the zone skipped the whole
    /// date (Pacific/Kwajalein, 21 August 1993).</summary>
    private static Moment DateOnly(LocalDate date, DateTimeZone zone, string? printed)
    {
        try
        {
            return NewsModel.Moment.FromDate(date, zone, printed);
        }
        catch (SkippedTimeException)
        {
            return NewsModel.Moment.FromDate(date.PlusDays(1), zone, printed);
        }
    }

    /// <summary>A moment at or after <paramref name="after"/>: its instant is, and a precision coarser than exact
    /// truncates it on its zone's clock to a second, minute, hour or day that still covers the later instant, so that
    /// it is never before <paramref name="after"/> at their precisions (<c>Moment.IsSurelyBefore</c>).</summary>
    public static Gen<Moment> MomentAfter(Moment after) =>
        Gen.Select(Gen.Long[0L, 10_000_000_000L], Zone, OptionalText(30), Precision, Gen.Int[0, 9], (d, z, p, precision, relative) =>
        {
            var limit = NodaTime.Instant.FromUtc(9998, 12, 30, 0, 0);
            var candidate = after.Instant.PlusNanoseconds(d * 1000);
            var instant = candidate > limit ? after.Instant : candidate;
            return relative == 0
                ? new Moment(instant, z, p, precision, instant.Plus(Duration.FromSeconds(d % 86_400)))
                : new Moment(instant, z, p).WithPrecision(precision);
        });

    /// <summary>A timeline whose updated moment and corrections follow publication.</summary>
    public static readonly Gen<Timeline> Timeline =
        Moment.SelectMany(published =>
            Gen.Select(
                Gen.Frequency((1, Gen.Const((Moment?)null)), (2, MomentAfter(published).Select(m => (Moment?)m))),
                Gen.Frequency((2, Gen.Const((Moment?)null)), (1, Moment.Select(m => (Moment?)m))),
                Gen.Frequency((2, Gen.Const((Moment?)null)), (1, Moment.Select(m => (Moment?)m))),
                Gen.Select(MomentAfter(published), Text(20), (m, t) => new Correction(m, t)).Array[0, 2],
                (u, c, e, corrections) => new Timeline(published, u, c, e, corrections)));

    /// <summary>A publication.</summary>
    public static readonly Gen<Publication> Publication =
        Gen.Select(Text(), Zone, OptionalText(6), (n, z, s) => new Publication(n, z, s));

    /// <summary>A party.</summary>
    public static readonly Gen<Party> Party =
        Gen.Select(Text(), Gen.Enum<PartyKind>(), OptionalText(20), OptionalText(), (n, k, r, a) => new Party(n, k, r, a));

    /// <summary>An attribution.</summary>
    public static readonly Gen<Attribution> Attribution =
        Gen.Select(Party, OptionalText(6), OptionalText(6), OptionalText(), (s, m, c, v) => new Attribution(s, m, c, v));

    /// <summary>A credit.</summary>
    public static readonly Gen<Credit> Credit =
        Gen.Select(Text(), Gen.Enum<PartyKind>(), Gen.Enum<CreditRole>(), OptionalText(30), (n, k, r, p) => new Credit(n, k, r, p));

    /// <summary>A quote of the non-empty paragraph <paramref name="text"/> (at index <paramref name="paragraph"/>): its
    /// range starts and ends between Unicode scalars (never inside a surrogate pair), its text is what the range
    /// covers, and its speaker is one of <paramref name="parties"/>.</summary>
    public static Gen<Quote> QuoteIn(int paragraph, string text, Party[] parties)
    {
        var boundaries = Boundaries(text);
        return Gen.Int[0, boundaries.Length - 2].SelectMany(first =>
            Gen.Select(Gen.Int[first + 1, boundaries.Length - 1], Gen.Enum<QuoteKind>(), Gen.Int[0, parties.Length - 1], OptionalText(6), OptionalText(6), OptionalText(),
                (last, kind, speaker, mention, cue, via) =>
                {
                    int start = boundaries[first], end = boundaries[last];
                    return new Quote(text[start..end], kind, paragraph, new TextRange(start, end - start), new Attribution(parties[speaker], mention, cue, via));
                }));
    }

    /// <summary>The indexes of <paramref name="text"/> that are not inside a surrogate pair, its length included.</summary>
    private static int[] Boundaries(string text)
    {
        var boundaries = new List<int>();
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == 0 || i == text.Length || !char.IsLowSurrogate(text[i]) || !char.IsHighSurrogate(text[i - 1]))
            {
                boundaries.Add(i);
            }
        }
        return [.. boundaries];
    }

    /// <summary>An article with 0 to 5 paragraphs, quotes of their text said by the article's parties, and every
    /// optional member sometimes set.</summary>
    public static readonly Gen<Article> Article =
        Gen.Select(Text(), Text(40), Gen.OneOf("en", "en-GB", "zh-Hant-HK", "ja", "de-CH"), Publication, Timeline)
            .SelectMany(head => TextOrEmpty(60).Array[0, 5].SelectMany(body => Party.Array[1, 3].SelectMany(parties =>
            {
                var quoted = Enumerable.Range(0, body.Length).Where(p => body[p].Length > 0).ToArray();
                Gen<Quote[]> quotes = quoted.Length == 0
                    ? Gen.Const(Array.Empty<Quote>())
                    : Gen.Int[0, quoted.Length - 1].SelectMany(i => QuoteIn(quoted[i], body[quoted[i]], parties)).Array[0, 4];
                return Gen.Select(
                    quotes,
                    Credit.Array[0, 3],
                    Gen.Bool,
                    Gen.Select(OptionalText(40), OptionalText(10), OptionalText(30), Text(10).Array[0, 3], OptionalText(20)),
                    (q, c, withParties, rest) => new NewsModel.Article(
                        head.Item1, head.Item2, head.Item3, head.Item4, head.Item5, body, c,
                        // The parties are listed when a quote names one of them, and sometimes when none does.
                        q.Length > 0 || withParties ? parties : [], q,
                        rest.Item1, rest.Item2, rest.Item3, rest.Item4, rest.Item5 is null ? null : NewsModel.Rights.FromNotice(rest.Item5)));
            })));

    /// <summary>Marks over <paramref name="text"/>: up to three, each starting and ending between scalars, either apart
    /// or one inside another (as HTML nests them), of every kind.</summary>
    public static Gen<Mark[]> MarksIn(string text)
    {
        var boundaries = Boundaries(text);
        if (boundaries.Length < 2)
        {
            return Gen.Const(Array.Empty<Mark>());
        }
        var kind = Gen.Enum<MarkKind>();
        Gen<Mark> MarkOver(int first, int last) => Gen.Select(kind, Text(8), OptionalText(8), (k, t, title) =>
        {
            var range = new TextRange(boundaries[first], boundaries[last] - boundaries[first]);
            return k switch
            {
                MarkKind.Link => Mark.Link(range, "https://example.com/" + Uri.EscapeDataString(t), title),
                MarkKind.NoteReference => Mark.NoteReference(range, t),
                _ => new Mark(k, range),
            };
        });
        // An outer range, maybe a mark inside it, maybe one after it.
        return Gen.Int[0, boundaries.Length - 2].SelectMany(first => Gen.Int[first + 1, boundaries.Length - 1].SelectMany(last =>
            Gen.Select(MarkOver(first, last), Gen.Int[0, 2], Gen.Bool, (outer, extra, after) => (outer, extra, after)).SelectMany(m =>
            {
                var inner = m.extra > 0 && last - first >= 1 ? MarkOver(first, last).Select(x => (Mark?)x) : Gen.Const((Mark?)null);
                var next = m.after && last < boundaries.Length - 1 ? MarkOver(last, boundaries.Length - 1).Select(x => (Mark?)x) : Gen.Const((Mark?)null);
                return Gen.Select(inner, next, (i, n) => new[] { m.outer, i, n }.OfType<Mark>().ToArray());
            })));
    }

    /// <summary>A block holding <paramref name="text"/> as its plain text (a paragraph, heading, block or pull quote, or
    /// preformatted text), with marks where the kind has them.</summary>
    public static Gen<Block> TextBlock(string text) =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[1, 6], OptionalText(10), MarksIn(text), (kind, level, citation, marks) => kind switch
        {
            0 => (Block)new ParagraphBlock(new InlineText(text, marks)),
            1 => new HeadingBlock(level, new InlineText(text, marks)),
            2 => new QuoteBlock(new InlineText(text, marks), pull: false, citation),
            3 => new QuoteBlock(new InlineText(text, marks), pull: true, citation),
            _ => new PreformattedBlock(text),
        });

    /// <summary>Inline text with marks.</summary>
    public static readonly Gen<InlineText> Inline =
        TextOrEmpty(20).SelectMany(t => MarksIn(t).Select(m => new InlineText(t, m)));

    /// <summary>Rights with at least one member.</summary>
    public static readonly Gen<Rights> Rights =
        Gen.Select(OptionalText(), OptionalText(), OptionalText(), Text(12), (h, n, l, u) => new Rights(h, n, l, h is null && n is null && l is null ? u : null));

    /// <summary>The media of a rich article: an image with everything, a video with a duration, and sometimes a gallery
    /// of the two; ids m0, m1, m2.</summary>
    public static readonly Gen<MediaAsset[]> Media =
        Gen.Select(OptionalText(20), Inline, Credit, Rights, Gen.Int[1, 4000], Gen.Long[0, 86_400_000_000_000L], Gen.Bool,
            Gen.Select(Text(10), Gen.Int[1, 2000], OptionalText(8)).Array[0, 2],
            (alt, caption, credit, rights, size, nanos, gallery, renditions) =>
            {
                var image = new MediaAsset("m0", MediaKind.Image, "https://example.com/i.jpg", "image/jpeg", alt, caption, credit, rights, size, size,
                    renditions: renditions.Select(r => new Rendition("https://example.com/" + Uri.EscapeDataString(r.Item1), r.Item2, r.Item2, "image/jpeg", r.Item3)));
                var video = new MediaAsset("m1", MediaKind.Video, "https://example.com/v.mp4", duration: NodaTime.Duration.FromNanoseconds(nanos));
                return gallery ? [image, video, new MediaAsset("m2", MediaKind.Gallery, items: ["m0", "m1"])] : new[] { image, video };
            });

    /// <summary>Blocks without text of their own (or with text quotes do not address), added after the text blocks.</summary>
    public static readonly Gen<Block> ExtraBlock = Gen.OneOf(
        Inline.Array[0, 3].Select(Gen.Bool, (items, ordered) => (Block)new ListBlock(items, ordered)),
        Inline.Array[0, 3].Array[0, 3].Select(Gen.Bool, (rows, header) => (Block)new TableBlock(rows, header)),
        Gen.Const((Block)DividerBlock.Instance),
        Gen.Const((Block)new MediaBlock("m0")),
        Gen.Select(Text(10), OptionalText(8), OptionalText(20), (u, p, h) => (Block)new EmbedBlock("https://example.com/" + Uri.EscapeDataString(u), p, h)),
        Gen.Select(Text(10), Text(20), OptionalText(8), (u, t, a) => (Block)new RelatedLinkBlock("https://example.com/" + Uri.EscapeDataString(u), t, a)),
        Text(30).Select(h => (Block)new RawHtmlBlock(h)));

    /// <summary>A taxonomy, often empty.</summary>
    public static readonly Gen<Taxonomy> Taxonomy = Gen.Frequency(
        (1, Gen.Const(NewsModel.Taxonomy.Empty)),
        (2, Gen.Select(
            Gen.Select(Text(), OptionalText(), OptionalText(), (n, i, u) => new Section(n, i, u)).Array[0, 3],
            Gen.Select(Text(), OptionalText(), OptionalText(), OptionalText(), (n, c, sc, u) => new Concept(n, c, sc, u)).Array[0, 3],
            Text(10).Array[0, 4],
            Gen.Int[0, 9],
            (sections, concepts, keywords, urgency) => new NewsModel.Taxonomy(
                sections.FirstOrDefault(), sections.Skip(1), concepts, keywords, concepts.Take(1), urgency == 0 ? null : urgency))));

    /// <summary>One value of each generator, in order.</summary>
    private static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, next) => all.SelectMany(done => next.Select(value => (T[])[.. done, value])));

    /// <summary>An article holding every part of the model: text blocks of every kind with marks (the quotes address
    /// them as they do paragraphs), blocks without text after them, media (an image, a video, sometimes a gallery) and a
    /// lead, taxonomy, rights, a status, identities on parties and credits, unresolved and anonymous attributions, and
    /// the timeline's schedule, withdrawal and revisions (or no publication moment at all).</summary>
    public static readonly Gen<Article> RichArticle =
        Article.SelectMany(a => Gen.Select(
                Sequence(a.Body.Select(TextBlock)),
                ExtraBlock.Array[0, 4],
                Media,
                Taxonomy,
                Gen.Enum<ArticleStatus>(),
                Gen.Int[0, 2].Array[a.Quotes.Length],
                Gen.Select(OptionalText(12), Gen.Bool, Gen.Bool, Gen.Bool, (id, lead, draft, lifecycle) => (id, lead, draft, lifecycle)),
                (t, e, m, tx, st, k, mo) => (t, e, m, tx, st, k, mo))
            .Select(x =>
            {
                var (texts, extra, media, taxonomy, status, kinds, more) = x;
                var parties = a.Parties.Select((p, i) => i == 0 && more.id is not null ? p.WithIdentity(more.id, "https://example.com/p/" + i) : p).ToArray();
                var quotes = a.Quotes.Select((q, i) => kinds[i] switch
                {
                    1 => new Quote(q.Text, q.Kind, q.Paragraph, q.Range, NewsModel.Attribution.Unresolved(q.Attribution.PrintedMention, q.Attribution.Cue, q.Attribution.Via)),
                    2 => new Quote(q.Text, q.Kind, q.Paragraph, q.Range, NewsModel.Attribution.Anonymous(q.Attribution.PrintedMention, q.Attribution.Cue, q.Attribution.Via)),
                    _ => new Quote(q.Text, q.Kind, q.Paragraph, q.Range, new NewsModel.Attribution(parties[Array.IndexOf(a.Parties.ToArray(), q.Attribution.Speaker)], q.Attribution.Mention, q.Attribution.Cue, q.Attribution.Via)),
                }).ToArray();
                var credits = a.Credits.Select((c, i) => i == 0 && more.id is not null ? c.WithIdentity(more.id, "https://example.com/c/" + i) : c);
                var published = a.Timeline.Published!;
                var timeline = more.draft
                    ? new Timeline(null, scheduled: published)
                    : more.lifecycle
                        ? a.Timeline.WithRevisions([new Revision(a.Timeline.Latest!, more.id)]).WithWithdrawal(new Withdrawal(a.Timeline.Latest!, more.id)).WithScheduled(published)
                        : a.Timeline;
                return new NewsModel.Article(a.Id, a.Headline, a.Language, a.Publication, timeline, texts.Concat(extra), credits, parties, quotes,
                    a.Standfirst, a.Dateline, a.CanonicalUrl, a.Places, a.Rights, media, more.lead ? "m0" : null, taxonomy, status);
            }));
}
