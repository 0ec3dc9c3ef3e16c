using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NewsModel.Shape;

namespace NewsModel.Json;

/// <summary>
/// Hand-written readers of every model type of the <c>newsmodel/2</c> format (and of <c>newsmodel/1</c> documents, whose
/// string paragraphs, speaker objects and <c>copyright</c> they still take), on any <see cref="IJsonTokens"/>
/// (<see cref="Utf8JsonReader"/> through <see cref="ReaderTokens"/>, or the <see cref="JsonTokenizer"/>).
/// Each starts on the value's first token and leaves the reader on its last. Stateless and thread-safe.
/// </summary>
internal static class ModelReader
{
    internal static readonly ValueReader<Article> Article = ReadArticle<ReaderTokens>;
    internal static readonly ValueReader<Publication> Publication = ReadPublication<ReaderTokens>;
    internal static readonly ValueReader<Timeline> Timeline = ReadTimeline<ReaderTokens>;
    internal static readonly ValueReader<Moment> Moment = ReadMoment<ReaderTokens>;
    internal static readonly ValueReader<Correction> Correction = ReadCorrection<ReaderTokens>;
    internal static readonly ValueReader<Credit> Credit = ReadCredit<ReaderTokens>;
    internal static readonly ValueReader<Party> Party = ReadParty<ReaderTokens>;
    internal static readonly ValueReader<Attribution> Attribution = ReadAttribution<ReaderTokens>;
    internal static readonly ValueReader<Quote> Quote = ReadQuote<ReaderTokens>;
    internal static readonly ValueReader<TextRange> Range = ReadRange<ReaderTokens>;
    internal static readonly ValueReader<Block> Block = ReadBlock<ReaderTokens>;
    internal static readonly ValueReader<InlineText> Inline = ReadInline<ReaderTokens>;
    internal static readonly ValueReader<Mark> Mark = ReadMark<ReaderTokens>;
    internal static readonly ValueReader<MediaAsset> MediaAsset = ReadMediaAsset<ReaderTokens>;
    internal static readonly ValueReader<Rendition> Rendition = ReadRendition<ReaderTokens>;
    internal static readonly ValueReader<Rights> Rights = ReadRights<ReaderTokens>;
    internal static readonly ValueReader<Taxonomy> Taxonomy = ReadTaxonomy<ReaderTokens>;
    internal static readonly ValueReader<Section> Section = ReadSection<ReaderTokens>;
    internal static readonly ValueReader<Concept> Concept = ReadConcept<ReaderTokens>;
    internal static readonly ValueReader<Revision> Revision = ReadRevision<ReaderTokens>;
    internal static readonly ValueReader<Withdrawal> Withdrawal = ReadWithdrawal<ReaderTokens>;
    internal static readonly ValueReader<PartyKind> PartyKind = ReadPartyKind<ReaderTokens>;
    internal static readonly ValueReader<QuoteKind> QuoteKind = ReadQuoteKind<ReaderTokens>;
    internal static readonly ValueReader<CreditRole> CreditRole = ReadCreditRole<ReaderTokens>;

    /// <summary>Reads a whole document: one article and nothing after it.</summary>
    internal static Article ReadDocument<TReader>(ref TReader reader, ReadContext context)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        context.Next(ref reader);
        var article = ReadArticle(ref reader, context);
        if (reader.Read())
        {
            throw context.Error(reader.TokenStartIndex, Messages.TrailingContent, Messages.ExpectedEnd);
        }
        return article;
    }

    private static Article ReadArticle<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, "an article object");
        string? id = null, headline = null, language = null, standfirst = null, dateline = null, canonicalUrl = null, copyright = null, leadMedia = null;
        Publication? publication = null;
        Timeline? timeline = null;
        Rights? rights = null;
        Taxonomy? taxonomy = null;
        var status = ArticleStatus.Published;
        ImmutableArray<string> places = default;
        ImmutableArray<Block> body = default;
        ImmutableArray<Credit> credits = default;
        ImmutableArray<Party> parties = default;
        ImmutableArray<PendingQuote> quotes = default;
        ImmutableArray<MediaAsset> media = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Article, ref seen))
            {
                case (Prop)ReadContext.EndOfObject:
                    goto done;
                case (Prop)ReadContext.Skipped:
                    continue;
                case Prop.Format:
                    c.Expect(ref reader, JsonTokenType.String, Messages.ExpectedFormat);
                    if (reader.ValueTextEquals(ModelShape.FormatUtf8))
                    {
                        c.FormatVersion = 2;
                        c.CheckLegacy();
                    }
                    else if (reader.ValueTextEquals(ModelShape.Format1Utf8))
                    {
                        c.FormatVersion = 1;
                    }
                    else
                    {
                        throw c.Error(reader.TokenStartIndex, Messages.UnknownFormat, Messages.ExpectedFormat);
                    }
                    break;
                case Prop.Id: id = c.ReadString(ref reader); break;
                case Prop.Status: status = (ArticleStatus)ReadOptionalEnum(ref reader, c, ModelShape.Statuses, (int)ArticleStatus.Published); break;
                case Prop.CanonicalUrl: canonicalUrl = c.ReadOptionalString(ref reader); break;
                case Prop.Language: language = c.ReadString(ref reader); break;
                case Prop.Publication: publication = ReadPublication(ref reader, c); break;
                case Prop.Headline: headline = c.ReadString(ref reader); break;
                case Prop.Standfirst: standfirst = c.ReadOptionalString(ref reader); break;
                case Prop.Dateline: dateline = c.ReadOptionalString(ref reader); break;
                case Prop.Timeline: timeline = ReadTimeline(ref reader, c); break;
                case Prop.Credits: credits = c.ReadArray<TReader, CreditElement, Credit>(ref reader, nullIsEmpty: true); break;
                case Prop.Body: body = c.ReadArray<TReader, BodyElement, Block>(ref reader, nullIsEmpty: false); break;
                case Prop.Media: media = c.ReadArray<TReader, MediaElement, MediaAsset>(ref reader, nullIsEmpty: true); break;
                case Prop.LeadMedia: leadMedia = c.ReadOptionalString(ref reader); break;
                case Prop.Taxonomy: taxonomy = reader.TokenType == JsonTokenType.Null ? null : ReadTaxonomy(ref reader, c); break;
                case Prop.Parties: parties = c.ReadArray<TReader, PartyElement, Party>(ref reader, nullIsEmpty: true); break;
                case Prop.Quotes: quotes = c.ReadArray<TReader, PendingQuoteElement, PendingQuote>(ref reader, nullIsEmpty: true); break;
                case Prop.Places: places = c.ReadArray<TReader, PlaceElement, string>(ref reader, nullIsEmpty: true); break;
                case Prop.Rights: rights = reader.TokenType == JsonTokenType.Null ? null : ReadRights(ref reader, c); break;
                case Prop.Copyright:
                    copyright = c.ReadOptionalString(ref reader);
                    c.NoteLegacy(reader.TokenStartIndex, "\"copyright\"");
                    break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Article);
        if (copyright is not null)
        {
            if (rights is not null)
            {
                throw c.Error(reader.TokenStartIndex, Messages.LegacyForm + " (\"copyright\" beside \"rights\")", "one of them");
            }
            rights = NewsModel.Rights.FromNotice(copyright);
        }
        if (parties.IsDefault)
        {
            parties = ImmutableArray<Party>.Empty;
        }
        var built = quotes.IsDefault ? ImmutableArray<Quote>.Empty : Resolve(ref reader, c, quotes, ref parties);
        try
        {
            return new Article(
                Trusted.Checked, id!, headline!, language!, publication!, timeline!, body,
                credits.IsDefault ? ImmutableArray<Credit>.Empty : credits,
                parties,
                built,
                standfirst, dateline, canonicalUrl,
                places.IsDefault ? ImmutableArray<string>.Empty : places,
                rights,
                media.IsDefault ? ImmutableArray<MediaAsset>.Empty : media,
                leadMedia,
                taxonomy,
                status);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    /// <summary>Builds the quotes once the parties are known: a speaker index names a party (one past them fails); a
    /// speaker object (newsmodel/1, or a quote written alone) is matched to an equal party or added to the parties.</summary>
    private static ImmutableArray<Quote> Resolve<TReader>(ref TReader reader, ReadContext c, ImmutableArray<PendingQuote> pending, ref ImmutableArray<Party> parties)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var quotes = new Quote[pending.Length];
        List<Party>? added = null;
        var lookup = new PartyLookup(parties, pending.Length);
        for (int i = 0; i < pending.Length; i++)
        {
            var p = pending[i];
            var attribution = p.Attribution;
            if (attribution is null)
            {
                Party speaker;
                if (p.SpeakerParty is { } party)
                {
                    int found = lookup.Find(party);
                    if (found >= 0)
                    {
                        speaker = parties[found];
                    }
                    else
                    {
                        found = added is null ? -1 : added.IndexOf(party);
                        if (found < 0)
                        {
                            (added ??= new List<Party>()).Add(party);
                            found = added.Count - 1;
                        }
                        found += parties.Length;
                        speaker = party;
                    }
                    if (c.Extras is not null)
                    {
                        MoveSpeakerExtras(c, i, found);
                    }
                }
                else if (p.SpeakerIndex < parties.Length)
                {
                    speaker = parties[p.SpeakerIndex];
                }
                else
                {
                    c.Push(Prop.Quotes);
                    c.PushIndex(i);
                    c.Push(Prop.Attribution);
                    c.Push(Prop.Speaker);
                    throw c.Error(p.SpeakerPosition, Messages.SpeakerOutside, string.Create(
                        System.Globalization.CultureInfo.InvariantCulture, $"an index below {parties.Length}, the number of parties"));
                }
                attribution = new Attribution(speaker, p.Mention, p.Cue, p.Via);
            }
            quotes[i] = new Quote(Trusted.Checked, p.Text, p.Kind, p.Paragraph, p.Range, attribution);
        }
        if (added is not null)
        {
            parties = parties.AddRange(added);
        }
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(quotes);
    }

    /// <summary>Unknown members kept from a newsmodel/1 speaker object belong to the party it names: they move to that
    /// party's path (<c>$.parties[k]</c>), where a writing of the article (which gives the speaker as an index) writes
    /// them back. A member the party has already is kept once, the party's own.</summary>
    private static void MoveSpeakerExtras(ReadContext c, int quote, int party)
    {
        c.Push(Prop.Quotes);
        c.PushIndex(quote);
        c.Push(Prop.Attribution);
        c.Push(Prop.Speaker);
        string from = c.CurrentPath();
        c.Pop();
        c.Pop();
        c.Pop();
        c.Pop();
        c.Push(Prop.Parties);
        c.PushIndex(party);
        string to = c.CurrentPath();
        c.Pop();
        c.Pop();
        var extras = c.Extras!;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in extras)
        {
            taken.Add(entry.Path);
        }
        for (int k = extras.Count - 1; k >= 0; k--)
        {
            var entry = extras[k];
            string parent = entry.ParentPath;
            if (!parent.StartsWith(from, StringComparison.Ordinal) || (parent.Length > from.Length && parent[from.Length] is not ('.' or '[')))
            {
                continue;
            }
            var moved = new NewsModelJsonExtras.Entry(to + parent[from.Length..], entry.Name, entry.RawJson);
            extras.RemoveAt(k);
            if (taken.Add(moved.Path))
            {
                extras.Insert(k, moved);
            }
        }
    }

    private static Publication ReadPublication<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        string? name = null, shortName = null;
        DateTimeZone? zone = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Publication, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Name: name = c.ReadString(ref reader); break;
                case Prop.ShortName: shortName = c.ReadOptionalString(ref reader); break;
                case Prop.Zone: zone = c.ReadZone(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Publication);
        return new Publication(name!, zone!, shortName);
    }

    private static Timeline ReadTimeline<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        Moment? published = null, updated = null, created = null, embargoedUntil = null, scheduled = null;
        Withdrawal? withdrawal = null;
        ImmutableArray<Correction> corrections = default;
        ImmutableArray<Revision> revisions = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Timeline, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Published: published = ReadOptionalMoment(ref reader, c); break;
                case Prop.Updated: updated = ReadOptionalMoment(ref reader, c); break;
                case Prop.Created: created = ReadOptionalMoment(ref reader, c); break;
                case Prop.EmbargoedUntil: embargoedUntil = ReadOptionalMoment(ref reader, c); break;
                case Prop.Scheduled: scheduled = ReadOptionalMoment(ref reader, c); break;
                case Prop.Withdrawal: withdrawal = reader.TokenType == JsonTokenType.Null ? null : ReadWithdrawal(ref reader, c); break;
                case Prop.Corrections: corrections = c.ReadArray<TReader, CorrectionElement, Correction>(ref reader, nullIsEmpty: true); break;
                case Prop.Revisions: revisions = c.ReadArray<TReader, RevisionElement, Revision>(ref reader, nullIsEmpty: true); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Timeline);
        try
        {
            return new Timeline(
                Trusted.Checked, published, updated, created, embargoedUntil,
                corrections.IsDefault ? ImmutableArray<Correction>.Empty : corrections,
                scheduled, withdrawal,
                revisions.IsDefault ? ImmutableArray<Revision>.Empty : revisions);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static Moment? ReadOptionalMoment<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct =>
        reader.TokenType == JsonTokenType.Null ? null : ReadMoment(ref reader, c);

    private static Moment ReadMoment<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedMoment);
        LocalDateTime local = default;
        Offset offset = default;
        bool zulu = false;
        long atPosition = 0;
        DateTimeZone? zone = null;
        string? printed = null;
        var precision = MomentPrecision.Exact;
        Instant? relativeTo = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Moment, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.At:
                    c.Expect(ref reader, JsonTokenType.String, Rfc3339.ExpectedTimestamp);
                    atPosition = reader.TokenStartIndex;
                    string? problem = !reader.HasValueSequence && !reader.ValueIsEscaped
                        ? Rfc3339.TryParse(reader.ValueSpan, out local, out offset, out zulu)
                        : ParseCopiedTimestamp(in reader, out local, out offset, out zulu);
                    if (problem is not null)
                    {
                        throw c.Error(atPosition, Messages.BadTimestamp, problem);
                    }
                    break;
                case Prop.Zone: zone = c.ReadZone(ref reader); break;
                case Prop.Printed: printed = c.ReadOptionalString(ref reader); break;
                case Prop.Precision: precision = ReadPrecision(ref reader, c); break;
                case Prop.RelativeTo: relativeTo = ReadRelativeTo(ref reader, c); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Moment);
        var instant = local.WithOffset(offset).ToInstant();
        var actual = zone!.GetUtcOffset(instant);
        if (actual != offset && !(zulu && actual.Seconds % 60 != 0))
        {
            c.Push(Prop.At);
            throw c.Error(atPosition, Messages.OffsetDisagrees + " (" + zone.Id + " is at " + actual.ToString() + " then)", Messages.ExpectedZoneOffset);
        }
        if (precision == MomentPrecision.Exact && relativeTo is null)
        {
            return new Moment(instant, zone, printed);
        }
        if (precision == MomentPrecision.Day && relativeTo is null && !NewsModel.Moment.IsTruncated(instant, zone, precision))
        {
            c.Push(Prop.At);
            throw c.Error(atPosition, Messages.DayNotAtStart, ExpectedDayStart(instant, zone));
        }
        return new Moment(instant, zone, printed, precision, relativeTo);
    }

    /// <summary>What a misaligned <c>day</c> moment should have said: the start of its local day, as written.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static string ExpectedDayStart(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        var start = zone.AtStartOfDay(date).ToInstant();
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxLength];
        int length = Rfc3339.Format(start, zone.GetUtcOffset(start), buffer);
        string written = length < 0 ? start.ToString() : System.Text.Encoding.ASCII.GetString(buffer[..length]);
        return Messages.ExpectedDayStartPrefix + "\"" + written + "\" (the start of "
            + date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) + " in " + zone.Id + ")";
    }

    /// <summary>Reads a moment's precision word; null means exact.</summary>
    private static MomentPrecision ReadPrecision<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct =>
        reader.TokenType == JsonTokenType.Null
            ? MomentPrecision.Exact
            : (MomentPrecision)ReadEnum(ref reader, c, ModelShape.Precisions);

    /// <summary>Reads a relative moment's reference: an RFC 3339 timestamp in UTC (<c>Z</c>), or null for absent.</summary>
    private static Instant? ReadRelativeTo<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        c.Expect(ref reader, JsonTokenType.String, Messages.ExpectedUtcTimestamp);
        long position = reader.TokenStartIndex;
        string? problem = !reader.HasValueSequence && !reader.ValueIsEscaped
            ? Rfc3339.TryParse(reader.ValueSpan, out var local, out var offset, out bool zulu)
            : ParseCopiedTimestamp(in reader, out local, out offset, out zulu);
        if (problem is not null)
        {
            throw c.Error(position, Messages.BadTimestamp, problem == Rfc3339.ExpectedTimestamp ? Messages.ExpectedUtcTimestamp : problem);
        }
        if (!zulu)
        {
            throw c.Error(position, Messages.NotUtc, Messages.ExpectedUtcTimestamp);
        }
        return local.InUtc().ToInstant();
    }

    /// <summary>Parses an escaped or split timestamp, copied unescaped.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string? ParseCopiedTimestamp<TReader>(in TReader reader, out LocalDateTime local, out Offset offset, out bool zulu)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxInputLength];
        if (ReadContext.TryGetUtf8(in reader, buffer, out var text))
        {
            return Rfc3339.TryParse(text, out local, out offset, out zulu);
        }
        local = default;
        offset = default;
        zulu = false;
        return Rfc3339.ExpectedTimestamp;
    }

    private static Correction ReadCorrection<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        Moment? moment = null;
        string? text = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Correction, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Moment: moment = ReadMoment(ref reader, c); break;
                case Prop.Text: text = c.ReadString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Correction);
        return new Correction(moment!, text!);
    }

    private static Credit ReadCredit<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        string? name = null, printed = null, id = null, profileUrl = null;
        PartyKind kind = default;
        CreditRole role = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Credit, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Name: name = c.ReadString(ref reader); break;
                case Prop.Kind: kind = ReadPartyKind(ref reader, c); break;
                case Prop.Role: role = ReadCreditRole(ref reader, c); break;
                case Prop.Printed: printed = c.ReadOptionalString(ref reader); break;
                case Prop.Id: id = c.ReadOptionalString(ref reader); break;
                case Prop.ProfileUrl: profileUrl = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Credit);
        return new Credit(Trusted.Checked, name!, kind, role, printed, id, profileUrl);
    }

    private static Party ReadParty<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        long start = reader.TokenStartIndex;
        if (c.TryRepeat(ref reader, out Party? repeated))
        {
            return repeated;
        }
        string? name = null, role = null, affiliation = null, id = null, profileUrl = null;
        PartyKind kind = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Party, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Name: name = c.ReadString(ref reader, intern: true); break;
                case Prop.Kind: kind = ReadPartyKind(ref reader, c); break;
                case Prop.Role: role = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Affiliation: affiliation = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Id: id = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.ProfileUrl: profileUrl = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Party);
        var party = new Party(Trusted.Checked, name!, kind, role, affiliation, id, profileUrl);
        c.RememberRepeat(ref reader, start, party);
        return party;
    }

    /// <summary>Reads an attribution written alone: its speaker, when resolved, is a party object.</summary>
    private static Attribution ReadAttribution<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var pending = new PendingQuote();
        ReadAttribution(ref reader, c, pending, inArticle: false);
        return pending.Attribution ?? new Attribution(pending.SpeakerParty!, pending.Mention, pending.Cue, pending.Via);
    }

    /// <summary>Reads an attribution into <paramref name="q"/>: an unresolved or anonymous one is built at once; a
    /// resolved one leaves its speaker (an index, or a party object) for the article to resolve.</summary>
    private static void ReadAttribution<TReader>(ref TReader reader, ReadContext c, PendingQuote q, bool inArticle)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        var kind = AttributionKind.Resolved;
        long start = reader.TokenStartIndex;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Attribution, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Kind: kind = (AttributionKind)ReadOptionalEnum(ref reader, c, ModelShape.AttributionKinds, (int)AttributionKind.Resolved); break;
                case Prop.Speaker:
                    q.SpeakerPosition = reader.TokenStartIndex;
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        q.SpeakerParty = ReadParty(ref reader, c);
                        if (inArticle)
                        {
                            c.NoteLegacy(q.SpeakerPosition, "a speaker party object");
                        }
                    }
                    else if (reader.TokenType == JsonTokenType.Number)
                    {
                        if (!inArticle)
                        {
                            throw c.Error(reader.TokenStartIndex, Messages.SpeakerOutside, "a speaker party object (an index names a party only within an article)");
                        }
                        q.SpeakerIndex = c.ReadNonNegativeInt(ref reader);
                    }
                    else
                    {
                        c.Expect(ref reader, JsonTokenType.Number, "the speaker's index in the article's parties");
                    }
                    break;
                case Prop.Mention: q.Mention = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Cue: q.Cue = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Via: q.Via = c.ReadOptionalString(ref reader, intern: true); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Attribution);
        c.CheckVariant(ref reader, seen, ModelShape.Attribution, (int)kind);
        bool hasSpeaker = (seen & ModelShape.Attribution.Bit(Prop.Speaker)) != 0 && q.SpeakerPosition >= 0 && (q.SpeakerParty is not null || q.SpeakerIndex >= 0);
        if (kind == AttributionKind.Resolved)
        {
            if (!hasSpeaker)
            {
                throw c.Error(reader.TokenStartIndex, Messages.MissingMember + " \"" + c.Names.Text[(int)Prop.Speaker] + "\"", "a speaker for a resolved attribution (or \"kind\": \"unresolved\" or \"anonymous\" with a mention)");
            }
            return;
        }
        if (hasSpeaker)
        {
            throw c.Error(q.SpeakerPosition, Messages.MemberNotForType + " (\"speaker\" in an " + ModelShape.AttributionKinds.Spellings[(int)kind] + " attribution)", "no speaker, only the mention as printed");
        }
        if (q.Mention is null)
        {
            throw c.Error(reader.TokenStartIndex, Messages.MissingMember + " \"" + c.Names.Text[(int)Prop.Mention] + "\"", "the mention as printed, which an unresolved or anonymous attribution needs");
        }
        q.Attribution = kind == AttributionKind.Unresolved
            ? NewsModel.Attribution.Unresolved(q.Mention, q.Cue, q.Via)
            : NewsModel.Attribution.Anonymous(q.Mention, q.Cue, q.Via);
        _ = start;
    }

    /// <summary>Reads a quote written alone: its speaker, when resolved, is a party object.</summary>
    private static Quote ReadQuote<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var q = ReadPendingQuote(ref reader, c, inArticle: false);
        return new Quote(Trusted.Checked, q.Text, q.Kind, q.Paragraph, q.Range,
            q.Attribution ?? new Attribution(q.SpeakerParty!, q.Mention, q.Cue, q.Via));
    }

    private static PendingQuote ReadPendingQuote<TReader>(ref TReader reader, ReadContext c, bool inArticle)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        var q = new PendingQuote();
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Quote, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Text: q.Text = c.ReadString(ref reader); break;
                case Prop.Kind: q.Kind = ReadQuoteKind(ref reader, c); break;
                case Prop.Paragraph: q.Paragraph = c.ReadNonNegativeInt(ref reader); break;
                case Prop.Range: q.Range = ReadRange(ref reader, c); break;
                case Prop.Attribution: ReadAttribution(ref reader, c, q, inArticle); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Quote);
        return q;
    }

    /// <summary>A quote read before the article's parties are known; its speaker is resolved at the article's end.</summary>
    private sealed class PendingQuote
    {
        internal string Text = string.Empty;
        internal QuoteKind Kind;
        internal int Paragraph;
        internal TextRange Range;
        internal Attribution? Attribution;
        internal Party? SpeakerParty;
        internal int SpeakerIndex = -1;
        internal long SpeakerPosition = -1;
        internal string? Mention;
        internal string? Cue;
        internal string? Via;
    }

    private static Revision ReadRevision<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        Moment? moment = null;
        string? note = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Revision, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Moment: moment = ReadMoment(ref reader, c); break;
                case Prop.Note: note = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Revision);
        return new Revision(moment!, note);
    }

    private static Withdrawal ReadWithdrawal<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObjectOrNull);
        Moment? moment = null;
        string? reason = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Withdrawal, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Moment: moment = ReadMoment(ref reader, c); break;
                case Prop.Reason: reason = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Withdrawal);
        return new Withdrawal(moment!, reason);
    }

    private static Mark ReadMark<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, "a mark object");
        int type = 0, start = 0, length = 0;
        string? href = null, title = null, note = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Mark, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Type: type = ReadEnum(ref reader, c, ModelShape.MarkTypes); break;
                case Prop.Start: start = c.ReadNonNegativeInt(ref reader); break;
                case Prop.Length: length = c.ReadNonNegativeInt(ref reader); break;
                case Prop.Href: href = c.ReadOptionalString(ref reader); break;
                case Prop.Title: title = c.ReadOptionalString(ref reader); break;
                case Prop.Note: note = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Mark);
        c.CheckVariant(ref reader, seen, ModelShape.Mark, type);
        try
        {
            return new Mark((MarkKind)type, new TextRange(start, length), href, title, note);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static InlineText ReadInline<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Inline.Expected);
        string? text = null;
        ImmutableArray<Mark> marks = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Inline, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Text: text = c.ReadString(ref reader, allowEmpty: true); break;
                case Prop.Marks: marks = c.ReadArray<TReader, MarkElement, Mark>(ref reader, nullIsEmpty: true); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Inline);
        return MakeInline(ref reader, c, text!, marks);
    }

    private static InlineText MakeInline<TReader>(ref TReader reader, ReadContext c, string text, ImmutableArray<Mark> marks)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (marks.IsDefaultOrEmpty)
        {
            return text.Length == 0 ? InlineText.Empty : new InlineText(text);
        }
        try
        {
            return new InlineText(Trusted.Checked, text, marks);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static Block ReadBlock<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Block.Expected);
        int type = 0, level = 0;
        string? text = null, citation = null, media = null, url = null, provider = null, title = null, article = null, html = null;
        bool ordered = false, headerRow = false;
        ImmutableArray<Mark> marks = default;
        ImmutableArray<InlineText> items = default;
        ImmutableArray<RowCells> rows = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Block, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Type: type = ReadEnum(ref reader, c, ModelShape.BlockTypes); break;
                case Prop.Text: text = c.ReadString(ref reader, allowEmpty: true); break;
                case Prop.Marks: marks = c.ReadArray<TReader, MarkElement, Mark>(ref reader, nullIsEmpty: true); break;
                case Prop.Level: level = c.ReadNonNegativeInt(ref reader); break;
                case Prop.Ordered: ordered = c.ReadBool(ref reader); break;
                case Prop.Items: items = c.ReadArray<TReader, InlineElement, InlineText>(ref reader, nullIsEmpty: false); break;
                case Prop.HeaderRow: headerRow = c.ReadBool(ref reader); break;
                case Prop.Rows: rows = c.ReadArray<TReader, RowElement, RowCells>(ref reader, nullIsEmpty: false); break;
                case Prop.Citation: citation = c.ReadOptionalString(ref reader); break;
                case Prop.Media: media = c.ReadString(ref reader); break;
                case Prop.Url: url = c.ReadString(ref reader); break;
                case Prop.Provider: provider = c.ReadOptionalString(ref reader); break;
                case Prop.Title: title = c.ReadString(ref reader); break;
                case Prop.Article: article = c.ReadOptionalString(ref reader); break;
                case Prop.Html: html = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Block);
        c.CheckVariant(ref reader, seen, ModelShape.Block, type);
        try
        {
            return (BlockKind)type switch
            {
                BlockKind.Paragraph => new ParagraphBlock(MakeInline(ref reader, c, text!, marks)),
                BlockKind.Heading => new HeadingBlock(level, MakeInline(ref reader, c, text!, marks)),
                BlockKind.List => new ListBlock(Trusted.Checked, items.IsDefault ? ImmutableArray<InlineText>.Empty : items, ordered),
                BlockKind.BlockQuote => new QuoteBlock(MakeInline(ref reader, c, text!, marks), pull: false, citation),
                BlockKind.PullQuote => new QuoteBlock(MakeInline(ref reader, c, text!, marks), pull: true, citation),
                BlockKind.Media => new MediaBlock(media!),
                BlockKind.Embed => new EmbedBlock(url!, provider, html),
                BlockKind.Table => new TableBlock(Trusted.Checked, Cells(rows), headerRow),
                BlockKind.Divider => DividerBlock.Instance,
                BlockKind.Preformatted => new PreformattedBlock(text!),
                BlockKind.RelatedLink => new RelatedLinkBlock(url!, title!, article),
                _ => new RawHtmlBlock(html!),
            };
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static ImmutableArray<ImmutableArray<InlineText>> Cells(ImmutableArray<RowCells> rows)
    {
        if (rows.IsDefaultOrEmpty)
        {
            return ImmutableArray<ImmutableArray<InlineText>>.Empty;
        }
        var cells = new ImmutableArray<InlineText>[rows.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = rows[i].Cells;
        }
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells);
    }

    /// <summary>A table row as read (the array reader holds classes).</summary>
    private sealed class RowCells(ImmutableArray<InlineText> cells)
    {
        internal ImmutableArray<InlineText> Cells { get; } = cells;
    }

    private static RowCells ReadRow<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Row.Expected);
        ImmutableArray<InlineText> cells = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Row, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Cells: cells = c.ReadArray<TReader, InlineElement, InlineText>(ref reader, nullIsEmpty: false); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Row);
        return new RowCells(cells);
    }

    private static Rights ReadRights<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Rights.Expected);
        string? holder = null, notice = null, licenseUrl = null, usageTerms = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Rights, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Holder: holder = c.ReadOptionalString(ref reader); break;
                case Prop.Notice: notice = c.ReadOptionalString(ref reader); break;
                case Prop.LicenseUrl: licenseUrl = c.ReadOptionalString(ref reader); break;
                case Prop.UsageTerms: usageTerms = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Rights);
        try
        {
            return new Rights(holder, notice, licenseUrl, usageTerms);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static Rendition ReadRendition<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Rendition.Expected);
        string? uri = null, mediaType = null, name = null;
        int? width = null, height = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Rendition, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Uri: uri = c.ReadString(ref reader); break;
                case Prop.Width: width = ReadOptionalCount(ref reader, c); break;
                case Prop.Height: height = ReadOptionalCount(ref reader, c); break;
                case Prop.MediaType: mediaType = c.ReadOptionalString(ref reader); break;
                case Prop.Name: name = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Rendition);
        try
        {
            return new Rendition(uri!, width, height, mediaType, name);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static int? ReadOptionalCount<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct =>
        reader.TokenType == JsonTokenType.Null ? null : c.ReadNonNegativeInt(ref reader);

    private static MediaAsset ReadMediaAsset<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.MediaAsset.Expected);
        string? id = null, uri = null, mediaType = null, altText = null;
        var kind = MediaKind.Image;
        InlineText? caption = null;
        Credit? credit = null;
        Rights? rights = null;
        int? width = null, height = null;
        Duration? duration = null;
        ImmutableArray<Rendition> renditions = default;
        ImmutableArray<string> items = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.MediaAsset, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Id: id = c.ReadString(ref reader); break;
                case Prop.Kind: kind = (MediaKind)ReadEnum(ref reader, c, ModelShape.MediaKinds); break;
                case Prop.Uri: uri = c.ReadOptionalString(ref reader); break;
                case Prop.MediaType: mediaType = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.AltText: altText = c.ReadOptionalString(ref reader); break;
                case Prop.Caption: caption = reader.TokenType == JsonTokenType.Null ? null : ReadInline(ref reader, c); break;
                case Prop.Credit: credit = reader.TokenType == JsonTokenType.Null ? null : ReadCredit(ref reader, c); break;
                case Prop.Rights: rights = reader.TokenType == JsonTokenType.Null ? null : ReadRights(ref reader, c); break;
                case Prop.Width: width = ReadOptionalCount(ref reader, c); break;
                case Prop.Height: height = ReadOptionalCount(ref reader, c); break;
                case Prop.Duration: duration = ReadDuration(ref reader, c); break;
                case Prop.Renditions: renditions = c.ReadArray<TReader, RenditionElement, Rendition>(ref reader, nullIsEmpty: true); break;
                case Prop.Items: items = c.ReadArray<TReader, PlaceElement, string>(ref reader, nullIsEmpty: true); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.MediaAsset);
        try
        {
            return new MediaAsset(id!, kind, uri, mediaType, altText, caption, credit, rights, width, height, duration,
                renditions.IsDefault ? null : renditions, items.IsDefault ? null : items);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static Duration? ReadDuration<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        long position = reader.TokenStartIndex;
        string text = c.ReadString(ref reader);
        return DurationText.Parse(text) ?? throw c.Error(position, Messages.BadDuration, DurationText.Expected);
    }

    private static Section ReadSection<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Section.Expected);
        string? name = null, id = null, url = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Section, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Name: name = c.ReadString(ref reader, intern: true); break;
                case Prop.Id: id = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Url: url = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Section);
        return new Section(name!, id, url);
    }

    private static Concept ReadConcept<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Concept.Expected);
        string? name = null, code = null, scheme = null, uri = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Concept, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Name: name = c.ReadString(ref reader, intern: true); break;
                case Prop.Code: code = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Scheme: scheme = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Uri: uri = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Concept);
        return new Concept(name!, code, scheme, uri);
    }

    private static Taxonomy ReadTaxonomy<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, ModelShape.Taxonomy.Expected);
        Section? primary = null;
        ImmutableArray<Section> sections = default;
        ImmutableArray<Concept> subjects = default, genres = default;
        ImmutableArray<string> keywords = default;
        int? urgency = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Taxonomy, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.PrimarySection: primary = reader.TokenType == JsonTokenType.Null ? null : ReadSection(ref reader, c); break;
                case Prop.Sections: sections = c.ReadArray<TReader, SectionElement, Section>(ref reader, nullIsEmpty: true); break;
                case Prop.Subjects: subjects = c.ReadArray<TReader, ConceptElement, Concept>(ref reader, nullIsEmpty: true); break;
                case Prop.Keywords: keywords = c.ReadArray<TReader, PlaceElement, string>(ref reader, nullIsEmpty: true); break;
                case Prop.Genres: genres = c.ReadArray<TReader, ConceptElement, Concept>(ref reader, nullIsEmpty: true); break;
                case Prop.Urgency: urgency = ReadOptionalCount(ref reader, c); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Taxonomy);
        try
        {
            return new Taxonomy(primary, sections.IsDefault ? null : sections, subjects.IsDefault ? null : subjects,
                keywords.IsDefault ? null : keywords, genres.IsDefault ? null : genres, urgency);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
        }
    }

    private static TextRange ReadRange<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        int start = 0, length = 0;
        long startPosition = reader.TokenStartIndex;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Range, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Start: start = c.ReadNonNegativeInt(ref reader); break;
                case Prop.Length: length = c.ReadNonNegativeInt(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Range);
        if (length > int.MaxValue - start)
        {
            throw c.Error(startPosition, Messages.BadNumber, "start + length of at most 2147483647");
        }
        return new TextRange(start, length);
    }

    private static PartyKind ReadPartyKind<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct =>
        (PartyKind)ReadEnum(ref reader, c, ModelShape.PartyKinds);

    private static QuoteKind ReadQuoteKind<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct =>
        (QuoteKind)ReadEnum(ref reader, c, ModelShape.QuoteKinds);

    private static CreditRole ReadCreditRole<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct =>
        (CreditRole)ReadEnum(ref reader, c, ModelShape.CreditRoles);

    /// <summary>Reads one of the fixed enum strings, or null for <paramref name="absent"/>.</summary>
    private static int ReadOptionalEnum<TReader>(ref TReader reader, ReadContext c, ShapeEnum shapeEnum, int absent)
        where TReader : struct, IJsonTokens, allows ref struct =>
        reader.TokenType == JsonTokenType.Null ? absent : ReadEnum(ref reader, c, shapeEnum);

    /// <summary>Reads one of the fixed enum strings; returns its index (the enum's value).</summary>
    private static int ReadEnum<TReader>(ref TReader reader, ReadContext c, ShapeEnum shapeEnum)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        string expected = shapeEnum.Expected;
        c.Expect(ref reader, JsonTokenType.String, expected);
        var names = shapeEnum.Utf8;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var value = reader.ValueSpan;
            for (int i = 0; i < names.Length; i++)
            {
                if (value.SequenceEqual(names[i]))
                {
                    return i + shapeEnum.FirstValue;
                }
            }
        }
        else
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    return i + shapeEnum.FirstValue;
                }
            }
        }
        throw c.Error(reader.TokenStartIndex, Messages.UnknownEnumValue, expected);
    }

    // The array elements, as stateless struct readers (see IElementReader).
    private struct CreditElement : IElementReader<Credit>
    {
        public readonly Credit Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadCredit(ref reader, context);
    }

    private struct PartyElement : IElementReader<Party>
    {
        public readonly Party Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadParty(ref reader, context);
    }

    private struct PendingQuoteElement : IElementReader<PendingQuote>
    {
        public readonly PendingQuote Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadPendingQuote(ref reader, context, inArticle: true);
    }

    private struct RevisionElement : IElementReader<Revision>
    {
        public readonly Revision Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadRevision(ref reader, context);
    }

    private struct MarkElement : IElementReader<Mark>
    {
        public readonly Mark Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadMark(ref reader, context);
    }

    private struct InlineElement : IElementReader<InlineText>
    {
        public readonly InlineText Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadInline(ref reader, context);
    }

    private struct RowElement : IElementReader<RowCells>
    {
        public readonly RowCells Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadRow(ref reader, context);
    }

    private struct MediaElement : IElementReader<MediaAsset>
    {
        public readonly MediaAsset Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadMediaAsset(ref reader, context);
    }

    private struct RenditionElement : IElementReader<Rendition>
    {
        public readonly Rendition Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadRendition(ref reader, context);
    }

    private struct SectionElement : IElementReader<Section>
    {
        public readonly Section Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadSection(ref reader, context);
    }

    private struct ConceptElement : IElementReader<Concept>
    {
        public readonly Concept Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadConcept(ref reader, context);
    }

    private struct CorrectionElement : IElementReader<Correction>
    {
        public readonly Correction Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadCorrection(ref reader, context);
    }

    /// <summary>A body block; or, in a newsmodel/1 document, a paragraph as a string (any string, empty allowed).</summary>
    private struct BodyElement : IElementReader<Block>
    {
        public readonly Block Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return ReadBlock(ref reader, context);
            }
            long position = reader.TokenStartIndex;
            string text = context.ReadString(ref reader, allowEmpty: true);
            context.NoteLegacy(position, "a paragraph as a string");
            return new ParagraphBlock(text.Length == 0 ? InlineText.Empty : new InlineText(text));
        }
    }

    /// <summary>A place: a non-empty string.</summary>
    private struct PlaceElement : IElementReader<string>
    {
        public readonly string Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => context.ReadString(ref reader);
    }
}

