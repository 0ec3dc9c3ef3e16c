using System;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NewsModel.Shape;

namespace NewsModel.Json;

/// <summary>
/// Hand-written readers of every model type of the <c>newsmodel/1</c> format, on any <see cref="IJsonTokens"/>
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
        string? id = null, headline = null, language = null, standfirst = null, dateline = null, canonicalUrl = null, copyright = null;
        Publication? publication = null;
        Timeline? timeline = null;
        ImmutableArray<string> body = default, places = default;
        ImmutableArray<Credit> credits = default;
        ImmutableArray<Party> parties = default;
        ImmutableArray<Quote> quotes = default;
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
                    if (!reader.ValueTextEquals(ModelShape.FormatUtf8))
                    {
                        throw c.Error(reader.TokenStartIndex, Messages.UnknownFormat, Messages.ExpectedFormat);
                    }
                    break;
                case Prop.Id: id = c.ReadString(ref reader); break;
                case Prop.CanonicalUrl: canonicalUrl = c.ReadOptionalString(ref reader); break;
                case Prop.Language: language = c.ReadString(ref reader); break;
                case Prop.Publication: publication = ReadPublication(ref reader, c); break;
                case Prop.Headline: headline = c.ReadString(ref reader); break;
                case Prop.Standfirst: standfirst = c.ReadOptionalString(ref reader); break;
                case Prop.Dateline: dateline = c.ReadOptionalString(ref reader); break;
                case Prop.Timeline: timeline = ReadTimeline(ref reader, c); break;
                case Prop.Credits: credits = c.ReadArray<TReader, CreditElement, Credit>(ref reader, nullIsEmpty: true); break;
                case Prop.Body: body = c.ReadArray<TReader, ParagraphElement, string>(ref reader, nullIsEmpty: false); break;
                case Prop.Parties: parties = c.ReadArray<TReader, PartyElement, Party>(ref reader, nullIsEmpty: true); break;
                case Prop.Quotes: quotes = c.ReadArray<TReader, QuoteElement, Quote>(ref reader, nullIsEmpty: true); break;
                case Prop.Places: places = c.ReadArray<TReader, PlaceElement, string>(ref reader, nullIsEmpty: true); break;
                case Prop.Copyright: copyright = c.ReadOptionalString(ref reader); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Article);
        try
        {
            return new Article(
                Trusted.Checked, id!, headline!, language!, publication!, timeline!, body,
                credits.IsDefault ? ImmutableArray<Credit>.Empty : credits,
                parties.IsDefault ? ImmutableArray<Party>.Empty : parties,
                quotes.IsDefault ? ImmutableArray<Quote>.Empty : quotes,
                standfirst, dateline, canonicalUrl,
                places.IsDefault ? ImmutableArray<string>.Empty : places,
                copyright);
        }
        catch (ArgumentException ex)
        {
            throw c.Rejected(ref reader, ex);
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
        Moment? published = null, updated = null, created = null, embargoedUntil = null;
        ImmutableArray<Correction> corrections = default;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Timeline, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Published: published = ReadMoment(ref reader, c); break;
                case Prop.Updated: updated = ReadOptionalMoment(ref reader, c); break;
                case Prop.Created: created = ReadOptionalMoment(ref reader, c); break;
                case Prop.EmbargoedUntil: embargoedUntil = ReadOptionalMoment(ref reader, c); break;
                case Prop.Corrections: corrections = c.ReadArray<TReader, CorrectionElement, Correction>(ref reader, nullIsEmpty: true); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Timeline);
        try
        {
            return new Timeline(Trusted.Checked, published!, updated, created, embargoedUntil, corrections.IsDefault ? ImmutableArray<Correction>.Empty : corrections);
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
        string? name = null, printed = null;
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
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Credit);
        return new Credit(Trusted.Checked, name!, kind, role, printed);
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
        string? name = null, role = null, affiliation = null;
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
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Party);
        var party = new Party(Trusted.Checked, name!, kind, role, affiliation);
        c.RememberRepeat(ref reader, start, party);
        return party;
    }

    private static Attribution ReadAttribution<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        Party? speaker = null;
        string? mention = null, cue = null, via = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Attribution, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Speaker: speaker = ReadParty(ref reader, c); break;
                case Prop.Mention: mention = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Cue: cue = c.ReadOptionalString(ref reader, intern: true); break;
                case Prop.Via: via = c.ReadOptionalString(ref reader, intern: true); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Attribution);
        return new Attribution(speaker!, mention, cue, via);
    }

    private static Quote ReadQuote<TReader>(ref TReader reader, ReadContext c)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        c.Expect(ref reader, JsonTokenType.StartObject, Messages.ExpectedObject);
        string? text = null;
        QuoteKind kind = default;
        int paragraph = 0;
        TextRange range = default;
        Attribution? attribution = null;
        ulong seen = 0;
        while (true)
        {
            switch ((Prop)c.NextMember(ref reader, ModelShape.Quote, ref seen))
            {
                case (Prop)ReadContext.EndOfObject: goto done;
                case (Prop)ReadContext.Skipped: continue;
                case Prop.Text: text = c.ReadString(ref reader); break;
                case Prop.Kind: kind = ReadQuoteKind(ref reader, c); break;
                case Prop.Paragraph: paragraph = c.ReadNonNegativeInt(ref reader); break;
                case Prop.Range: range = ReadRange(ref reader, c); break;
                case Prop.Attribution: attribution = ReadAttribution(ref reader, c); break;
            }
            c.Pop();
        }
    done:
        c.CheckRequired(ref reader, seen, ModelShape.Quote);
        return new Quote(Trusted.Checked, text!, kind, paragraph, range, attribution!);
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

    private struct QuoteElement : IElementReader<Quote>
    {
        public readonly Quote Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadQuote(ref reader, context);
    }

    private struct CorrectionElement : IElementReader<Correction>
    {
        public readonly Correction Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => ReadCorrection(ref reader, context);
    }

    /// <summary>A body paragraph: any string, empty allowed.</summary>
    private struct ParagraphElement : IElementReader<string>
    {
        public readonly string Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => context.ReadString(ref reader, allowEmpty: true);
    }

    /// <summary>A place: a non-empty string.</summary>
    private struct PlaceElement : IElementReader<string>
    {
        public readonly string Read<TReader>(ref TReader reader, ReadContext context)
            where TReader : struct, IJsonTokens, allows ref struct => context.ReadString(ref reader);
    }
}

