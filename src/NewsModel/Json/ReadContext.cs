using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NewsModel.Shape;

namespace NewsModel.Json;

/// <summary>Reads one value of a model type; the reader stands on its first token and is left on its last.</summary>
internal delegate T ValueReader<out T>(ref ReaderTokens reader, ReadContext context);

/// <summary>
/// The state of one reading: options, names, the JSON path (kept as a stack, turned into text only for errors and
/// extras), the unknown members kept, and a small zone cache. Rented per thread so a reading allocates nothing for
/// it; not thread-safe (one reading at a time).
/// </summary>
internal sealed class ReadContext
{
    [ThreadStatic]
    private static ReadContext? t_cached;

    // The path as a stack of entries: a member (its Prop, >= 0), an array index i (stored as -1 - i), or an unknown
    // member's name (NamedEntry, the name in _names). Names are turned into text only for errors and extras.
    private const int NamedEntry = int.MinValue;
    private readonly int[] _entries = new int[16];
    private readonly string?[] _names = new string?[16];
    private int _depth;
    private readonly byte[]?[] _zoneIds = new byte[]?[4];
    private readonly DateTimeZone?[] _zones = new DateTimeZone?[4];
    private IDateTimeZoneProvider? _zoneCacheProvider;
    private int _zoneNext;
    private object?[] _items = new object?[32];
    private readonly string?[] _interned = new string?[32];
    private readonly long[] _repeatStarts = new long[8];
    private readonly int[] _repeatLengths = new int[8];
    private readonly object?[] _repeatValues = new object?[8];
    private int _repeatCount;
    private int _itemCount;

    internal NewsModelJsonOptions Options { get; private set; } = NewsModelJsonOptions.Default;

    internal JsonNames Names { get; private set; } = JsonNames.Default;

    /// <summary>The unknown members kept, when the caller asked for them.</summary>
    internal List<NewsModelJsonExtras.Entry>? Extras { get; private set; }

    /// <summary>The paths of <see cref="Extras"/>, so that a repeated unknown member is found in constant time.</summary>
    private HashSet<string>? _extraPaths;

    private bool _collectExtras;

    /// <summary>Whether this reading already produced its own <see cref="JsonException"/> (which is not re-wrapped).</summary>
    internal bool Failed { get; private set; }

    /// <summary>The format version the document's marker named (1 or 2), or 0 before the marker is read.</summary>
    internal int FormatVersion { get; set; }

    /// <summary>Where the first <c>newsmodel/1</c> form was read (a string paragraph, a speaker object, a
    /// <c>copyright</c>), or -1; with its path and what it was, to refuse it once the marker says
    /// <c>newsmodel/2</c>.</summary>
    internal long LegacyPosition { get; private set; } = -1;

    private string? _legacyPath;
    private string? _legacyWhat;

    /// <summary>Notes a <c>newsmodel/1</c> form at the current path; refuses it at once when the marker already said
    /// <c>newsmodel/2</c>.</summary>
    internal void NoteLegacy(long position, string what)
    {
        if (FormatVersion == 2)
        {
            throw Error(position, Messages.LegacyForm + " (" + what + ")", Messages.ExpectedFormat2Form);
        }
        if (LegacyPosition < 0)
        {
            LegacyPosition = position;
            _legacyPath = CurrentPath();
            _legacyWhat = what;
        }
    }

    /// <summary>At the end of a document marked <c>newsmodel/2</c>, refuses the first <c>newsmodel/1</c> form read
    /// before the marker.</summary>
    internal void CheckLegacy()
    {
        if (FormatVersion == 2 && LegacyPosition >= 0)
        {
            Failed = true;
            string path = Excerpt.Path(_legacyPath!);
            string message = string.Create(CultureInfo.InvariantCulture, $"{Messages.LegacyForm} ({_legacyWhat}) at {path} (byte {LegacyPosition}): expected {Messages.ExpectedFormat2Form}.");
            throw new JsonException(message, path, null, LegacyPosition);
        }
    }

    internal static ReadContext Rent(NewsModelJsonOptions options, JsonNames names, bool collectExtras)
    {
        var context = t_cached ?? new ReadContext();
        t_cached = null;
        context.Options = options;
        context.Names = names;
        context._collectExtras = collectExtras;
        context.Extras = null;
        context._extraPaths = null;
        context.Failed = false;
        context.FormatVersion = 0;
        context.LegacyPosition = -1;
        context._legacyPath = null;
        context._legacyWhat = null;
        context._depth = 0;
        context._itemCount = 0;
        Array.Clear(context._interned);
        context._repeatCount = 0;
        if (!ReferenceEquals(context._zoneCacheProvider, options.ZoneProvider))
        {
            Array.Clear(context._zoneIds);
            Array.Clear(context._zones);
            context._zoneCacheProvider = options.ZoneProvider;
        }
        return context;
    }

    internal static void Return(ReadContext context)
    {
        context.Extras = null;
        context._extraPaths = null;
        Array.Clear(context._names);
        Array.Clear(context._repeatValues);
        Array.Clear(context._items, 0, context._itemCount);
        t_cached = context;
    }

    /// <summary>Reads a value and turns every failure into a <see cref="JsonException"/> naming path and position.</summary>
    internal T Run<T>(ref Utf8JsonReader reader, ValueReader<T> read)
    {
        var tokens = new ReaderTokens(reader);
        try
        {
            return read(ref tokens, this);
        }
        catch (JsonException ex) when (!Failed && tokens.Reader.CurrentDepth >= MaxDepth(ref tokens.Reader) - 1)
        {
            throw Error(tokens.Reader.TokenStartIndex, Messages.TooDeep, Messages.ExpectedShallower + " (" + Excerpt.Quoting(ex.Message) + ")", ex);
        }
        catch (JsonException ex) when (!Failed)
        {
            throw Error(tokens.Reader.TokenStartIndex, Messages.InvalidJson, Messages.ExpectedWellFormed + " (" + Excerpt.Quoting(ex.Message) + ")", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException or KeyNotFoundException)
        {
            throw Error(tokens.Reader.TokenStartIndex, Messages.Unreadable, Messages.ExpectedWellFormed + " (" + Excerpt.Quoting(ex.Message) + ")", ex);
        }
        finally
        {
            // The caller's reader goes on from where the reading stopped, as when it was read directly.
            reader = tokens.Reader;
        }
    }

    private static int MaxDepth(ref Utf8JsonReader reader) =>
        reader.CurrentState.Options.MaxDepth is 0 ? 64 : reader.CurrentState.Options.MaxDepth;

    // ---- path ----

    internal void Push(Prop prop) => PushEntry((int)prop);

    internal void PushName(string name)
    {
        PushEntry(NamedEntry);
        _names[_depth - 1] = name;
    }

    internal void PushIndex(int index) => PushEntry(-1 - index);

    private void PushEntry(int entry)
    {
        int depth = _depth;
        int[] entries = _entries;
        if ((uint)depth >= (uint)entries.Length)
        {
            // The model's nesting (and so the path) is far shallower than this.
            ThrowTooDeep();
        }
        entries[depth] = entry;
        _depth = depth + 1;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTooDeep() => throw Error(0, Messages.TooDeep, Messages.ExpectedShallower);

    internal void Pop() => _depth--;

    internal void SetIndex(int index) => _entries[_depth - 1] = -1 - index;

    internal string CurrentPath()
    {
        var builder = new StringBuilder(JsonPath.Root);
        for (int i = 0; i < _depth; i++)
        {
            int entry = _entries[i];
            if (entry >= 0)
            {
                JsonPath.AppendName(builder, Names.Text[entry]);
            }
            else if (entry == NamedEntry)
            {
                JsonPath.AppendName(builder, _names[i]!);
            }
            else
            {
                builder.Append('[').Append((-1 - entry).ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }
        return builder.ToString();
    }

    // ---- errors ----

    /// <summary>Creates the exception for a failure at the current path.</summary>
    internal JsonException Error(long position, string problem, string expected, Exception? inner = null)
    {
        Failed = true;
        string path = Excerpt.Path(CurrentPath());
        string message = string.Create(CultureInfo.InvariantCulture, $"{problem} at {path} (byte {position}): expected {expected}.");
        return new JsonException(message, path, null, position, inner);
    }

    internal JsonException Rejected<TReader>(ref TReader reader, ArgumentException ex)
        where TReader : struct, IJsonTokens, allows ref struct =>
        Error(reader.TokenStartIndex, Messages.RejectedByModel, Messages.ExpectedModelValue + " (" + Excerpt.Quoting(ex.Message) + ")", ex);

    // ---- tokens ----

    internal void Expect<TReader>(ref TReader reader, JsonTokenType type, string expected)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (reader.TokenType != type)
        {
            throw Error(reader.TokenStartIndex, Describe(reader.TokenType), expected);
        }
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "Found an object",
        JsonTokenType.StartArray => "Found an array",
        JsonTokenType.String => "Found a string",
        JsonTokenType.Number => "Found a number",
        JsonTokenType.True or JsonTokenType.False => "Found a boolean",
        JsonTokenType.Null => "Found null",
        _ => "Found " + type.ToString(),
    };

    /// <summary>Moves to the next token; the end of the data inside a value is an error.</summary>
    internal void Next<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (!reader.Read())
        {
            ThrowUnexpectedEnd(ref reader);
        }
    }

    /// <summary>
    /// Reads the next member name of an object (or its end). Returns the member (with its name pushed on the path
    /// and the reader on its value), <see cref="EndOfObject"/>, or <see cref="Skipped"/> for an unknown member a
    /// lenient reading skipped or kept.
    /// </summary>
    internal int NextMember<TReader>(ref TReader reader, ShapeObject shape, ref ulong seen)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        ReadOnlySpan<Prop> members = shape.Props;
        if (!reader.Read())
        {
            ThrowUnexpectedEnd(ref reader);
        }
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return EndOfObject;
        }
        int start = System.Numerics.BitOperations.PopCount(seen);
        int index = !reader.HasValueSequence && !reader.ValueIsEscaped
            ? Names.Find(reader.ValueSpan, members, start)
            : FindCopied(ref reader, members, start);
        if (index < 0)
        {
            return UnknownMember(ref reader, members);
        }
        int found = (int)members[index];
        PushEntry(found);
        // Bits by the member's place in its object, so an object may have up to 64 members whatever the format's total.
        ulong bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            ThrowDuplicate(ref reader);
        }
        seen |= bit;
        if (!reader.Read())
        {
            ThrowUnexpectedEnd(ref reader);
        }
        return found;
    }

    /// <summary>Finds an escaped or split member name (copied unescaped; longer than any of ours when over 128 bytes).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindCopied<TReader>(ref TReader reader, ReadOnlySpan<Prop> members, int start)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        long length = reader.ValueLength;
        if (length > 128)
        {
            return -1;
        }
        Span<byte> buffer = stackalloc byte[128];
        int written = reader.CopyString(buffer);
        return Names.Find(buffer[..written], members, start);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowUnexpectedEnd<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct =>
        throw Error(reader.BytesConsumed, Messages.UnexpectedEnd, Messages.ExpectedMore);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowDuplicate<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct =>
        throw Error(reader.TokenStartIndex, Messages.DuplicateMember, Messages.ExpectedOnce);

    /// <summary>A member that is none of <paramref name="members"/>: rejected (strict), or skipped or kept (lenient).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int UnknownMember<TReader>(ref TReader reader, ReadOnlySpan<Prop> members)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        long position = reader.TokenStartIndex;
        string name = ReadStringCore(ref reader, position);
        PushName(name);
        if (Options.ReadMode == NewsModelJsonReadMode.Strict)
        {
            throw Error(position, Messages.UnknownMember, ExpectedOneOf(members));
        }
        Pop();
        Next(ref reader);
        if (_collectExtras)
        {
            string parent = CurrentPath();
            Extras ??= new List<NewsModelJsonExtras.Entry>();
            _extraPaths ??= new HashSet<string>(StringComparer.Ordinal);
            if (!_extraPaths.Add(JsonPath.Child(parent, name)))
            {
                PushName(name);
                throw Error(position, Messages.DuplicateMember, Messages.ExpectedOnce);
            }
            // Kept members are held to the same text rules as skipped ones (checked on a copy of the reader).
            var probe = reader;
            PushName(name);
            SkipChecked(ref probe);
            Pop();
            Extras.Add(new NewsModelJsonExtras.Entry(parent, name, reader.ReadRawValue()));
        }
        else
        {
            PushName(name);
            SkipChecked(ref reader);
            Pop();
        }
        return Skipped;
    }

    /// <summary>Skips the current value as <see cref="IJsonTokens.Skip"/> does, but checks that every string and
    /// name in it is valid UTF-8 and escapes no lone surrogate (which <see cref="Utf8JsonReader.Skip"/> does not), so
    /// that lenient, extras-keeping and strict readings (and <c>ValidateJson</c>) refuse the same text.</summary>
    private void SkipChecked<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        int depth = 0;
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.String:
                case JsonTokenType.PropertyName:
                    if (reader.HasValueSequence || reader.ValueIsEscaped)
                    {
                        // Unescaping and transcoding check a split value's UTF-8 and refuse a lone surrogate escape.
                        _ = reader.GetString();
                    }
                    else if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
                    {
                        throw Error(reader.TokenStartIndex, Messages.InvalidUtf8, Messages.ExpectedWellFormed);
                    }
                    break;
            }
            if (depth == 0)
            {
                return;
            }
            if (!reader.Read())
            {
                ThrowUnexpectedEnd(ref reader);
            }
        }
    }

    internal const int EndOfObject = -2;
    internal const int Skipped = -1;

    private string ExpectedOneOf(ReadOnlySpan<Prop> members)
    {
        var builder = new StringBuilder("one of the members ");
        for (int i = 0; i < members.Length; i++)
        {
            builder.Append(i == 0 ? "" : ", ").Append('"').Append(Names.Text[(int)members[i]]).Append('"');
        }
        return builder.ToString();
    }

    /// <summary>Throws when a required member of <paramref name="shape"/> is not among those seen (bits by the
    /// member's place in the object, as <see cref="NextMember"/> sets them).</summary>
    internal void CheckRequired<TReader>(ref TReader reader, ulong seen, ShapeObject shape)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        ulong missing = shape.RequiredMask & ~seen;
        if (missing != 0)
        {
            var member = shape.Props[System.Numerics.BitOperations.TrailingZeroCount(missing)];
            throw Error(reader.TokenStartIndex, Messages.MissingMember + " \"" + Names.Text[(int)member] + "\"", Messages.ExpectedRequired);
        }
    }

    /// <summary>For a discriminated object (a block, a mark): throws when a member its type requires is missing or a
    /// member seen does not belong to its type.</summary>
    internal void CheckVariant<TReader>(ref TReader reader, ulong seen, ShapeObject shape, int variant)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var type = shape.Variants[variant];
        ulong missing = type.RequiredMask & ~seen;
        if (missing != 0)
        {
            var member = shape.Props[System.Numerics.BitOperations.TrailingZeroCount(missing)];
            throw Error(reader.TokenStartIndex, Messages.MissingMember + " \"" + Names.Text[(int)member] + "\"", "every member a \"" + type.Value + "\" requires");
        }
        ulong extra = seen & ~type.AllowedMask;
        if (extra != 0)
        {
            var member = shape.Props[System.Numerics.BitOperations.TrailingZeroCount(extra)];
            var allowed = new StringBuilder();
            for (int i = 0; i < shape.Props.Length; i++)
            {
                if ((type.AllowedMask & (1UL << i)) != 0)
                {
                    allowed.Append(allowed.Length == 0 ? "" : ", ").Append('"').Append(Names.Text[(int)shape.Props[i]]).Append('"');
                }
            }
            throw Error(reader.TokenStartIndex, Messages.MemberNotForType + " (\"" + Names.Text[(int)member] + "\" in a \"" + type.Value + "\")", "only " + allowed);
        }
    }

    /// <summary>Reads true or false; null (absent) reads as false.</summary>
    internal bool ReadBool<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False:
            case JsonTokenType.Null: return false;
            default: throw Error(reader.TokenStartIndex, Describe(reader.TokenType), Messages.ExpectedBoolean);
        }
    }

    // ---- repeated values ----

    /// <summary>
    /// On the start of an object: when the token source can tell that the object's bytes repeat those of an object
    /// read earlier in this document (<see cref="IJsonTokens.TrySkipRepeat"/>), moves past it and returns the value
    /// read then. The same bytes in the same document read to an equal immutable value (or the same failure, which
    /// the first reading would already have met), so the value is shared instead of read again. The format writes a
    /// quote's speaker in full, repeating a party, so this saves reading most speakers.
    /// </summary>
    internal bool TryRepeat<TReader, T>(ref TReader reader, [NotNullWhen(true)] out T? value)
        where TReader : struct, IJsonTokens, allows ref struct
        where T : class
    {
        for (int i = 0; i < _repeatCount; i++)
        {
            if (_repeatValues[i] is T candidate && reader.TrySkipRepeat(_repeatStarts[i], _repeatLengths[i]))
            {
                value = candidate;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/>, read from the object that started at <paramref name="start"/> and
    /// ends at the current token, for <see cref="TryRepeat"/>.</summary>
    internal void RememberRepeat<TReader>(ref TReader reader, long start, object value)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        long length = reader.BytesConsumed - start;
        if (_repeatCount < _repeatValues.Length && length <= int.MaxValue)
        {
            _repeatStarts[_repeatCount] = start;
            _repeatLengths[_repeatCount] = (int)length;
            _repeatValues[_repeatCount++] = value;
        }
    }

    // ---- values ----

    /// <summary>Reads a string within the size limit (the reader on a string or property name token).</summary>
    private string ReadStringCore<TReader>(ref TReader reader, long position)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        int max = Options.MaxStringLength;
        long encoded = reader.ValueLength;
        if (encoded > 6L * max)
        {
            throw Error(position, Messages.StringTooLong, ExpectedAtMost(max));
        }
        string value = reader.GetString()!;
        if (value.Length > max)
        {
            throw Error(position, Messages.StringTooLong, ExpectedAtMost(max));
        }
        return value;
    }

    private static string ExpectedAtMost(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"a string of at most {max} UTF-16 code units (NewsModelJsonOptions.MaxStringLength)");

    /// <summary>
    /// Returns the same string instance for equal short ASCII values within one document (a speaker is written in
    /// full in every attribution, repeating a party): fewer strings to transcode and allocate. The table is cleared
    /// for every reading.
    /// </summary>
    private string ReadInterned<TReader>(ref TReader reader, long position)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length is 0 or > 128)
        {
            return ReadStringCore(ref reader, position);
        }
        var utf8 = reader.ValueSpan;
        int slot = (int)((uint)((utf8.Length * 31) ^ (utf8[0] * 7) ^ (utf8[^1] * 131) ^ (utf8[utf8.Length / 2] * 17)) % (uint)_interned.Length);
        if (_interned[slot] is { } candidate && candidate.Length == utf8.Length && System.Text.Ascii.Equals(utf8, candidate))
        {
            return candidate;
        }
        string value = ReadStringCore(ref reader, position);
        if (value.Length == utf8.Length)
        {
            _interned[slot] = value;
        }
        return value;
    }

    /// <summary>Reads a string; empty allowed only when <paramref name="allowEmpty"/>; short ASCII values are
    /// shared within the document when <paramref name="intern"/>.</summary>
    internal string ReadString<TReader>(ref TReader reader, bool allowEmpty = false, bool intern = false)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.String, allowEmpty ? Messages.ExpectedString : Messages.ExpectedNonEmptyString);
        long position = reader.TokenStartIndex;
        string value = intern ? ReadInterned(ref reader, position) : ReadStringCore(ref reader, position);
        if (!allowEmpty && value.Length == 0)
        {
            throw Error(position, Messages.EmptyString, Messages.ExpectedNonEmptyString);
        }
        return value;
    }

    /// <summary>Reads an optional text: null (absent) or a non-empty string (shared within the document when
    /// <paramref name="intern"/>, see <see cref="ReadString"/>).</summary>
    internal string? ReadOptionalString<TReader>(ref TReader reader, bool intern = false)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(reader.TokenStartIndex, Describe(reader.TokenType), Messages.ExpectedOptionalString);
        }
        long position = reader.TokenStartIndex;
        string value = intern ? ReadInterned(ref reader, position) : ReadStringCore(ref reader, position);
        if (value.Length == 0)
        {
            throw Error(position, Messages.EmptyString, Messages.ExpectedOptionalString);
        }
        return value;
    }

    internal int ReadNonNegativeInt<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.Number, Messages.ExpectedNonNegativeInteger);
        if (!reader.HasValueSequence && reader.ValueSpan is { Length: > 0 and <= 9 } digits)
        {
            // The reader has checked the number's grammar: digits only means a non-negative integer without
            // leading zeros, and nine of them always fit.
            int parsed = 0;
            foreach (byte b in digits)
            {
                uint digit = (uint)(b - '0');
                if (digit > 9)
                {
                    goto general;
                }
                parsed = (parsed * 10) + (int)digit;
            }
            return parsed;
        }
    general:
        if (!reader.TryGetInt32(out int value) || value < 0)
        {
            throw Error(reader.TokenStartIndex, Messages.BadNumber, Messages.ExpectedNonNegativeInteger);
        }
        return value;
    }

    /// <summary>Gets the unescaped UTF-8 bytes of the current string token (copied when escaped or split).</summary>
    /// <returns>The bytes, or false when longer than <paramref name="buffer"/>.</returns>
    internal static bool TryGetUtf8<TReader>(in TReader reader, Span<byte> buffer, out ReadOnlySpan<byte> value)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            value = reader.ValueSpan;
            return true;
        }
        long length = reader.ValueLength;
        if (length > buffer.Length)
        {
            value = default;
            return false;
        }
        int written = reader.CopyString(buffer);
        value = buffer[..written];
        return true;
    }

    /// <summary>Reads a zone id and resolves it with the options' provider (cached by UTF-8 id).</summary>
    internal DateTimeZone ReadZone<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.String, Messages.ExpectedZone);
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var utf8 = reader.ValueSpan;
            for (int i = 0; i < _zoneIds.Length; i++)
            {
                if (_zoneIds[i] is { } cached && utf8.SequenceEqual(cached))
                {
                    return _zones[i]!;
                }
            }
        }
        return ReadZoneUncached(ref reader);
    }

    /// <summary>Resolves a zone id not in the cache (or escaped or split), and caches it when short.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DateTimeZone ReadZoneUncached<TReader>(ref TReader reader)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        long position = reader.TokenStartIndex;
        Span<byte> buffer = stackalloc byte[64];
        bool small = TryGetUtf8(in reader, buffer, out var utf8);
        if (small)
        {
            for (int i = 0; i < _zoneIds.Length; i++)
            {
                if (_zoneIds[i] is { } cached && utf8.SequenceEqual(cached))
                {
                    return _zones[i]!;
                }
            }
        }
        string id = ReadStringCore(ref reader, position);
        DateTimeZone? zone = id.Length == 0 ? null : Options.ZoneProvider.GetZoneOrNull(id);
        if (zone is null)
        {
            throw Error(position, Messages.UnknownZone + " \"" + id + "\"", Messages.ExpectedZone);
        }
        if (small)
        {
            _zoneIds[_zoneNext] = utf8.ToArray();
            _zones[_zoneNext] = zone;
            _zoneNext = (_zoneNext + 1) % _zoneIds.Length;
        }
        return zone;
    }

    /// <summary>Reads a JSON array into an exact-size immutable array, collecting the elements in this context's
    /// reusable buffer (arrays may nest: each reading uses the slots after its parent's).</summary>
    internal System.Collections.Immutable.ImmutableArray<T> ReadArray<TReader, TElement, T>(ref TReader reader, bool nullIsEmpty)
        where TReader : struct, IJsonTokens, allows ref struct
        where TElement : struct, IElementReader<T>
        where T : class
    {
        if (nullIsEmpty && reader.TokenType == JsonTokenType.Null)
        {
            return System.Collections.Immutable.ImmutableArray<T>.Empty;
        }
        Expect(ref reader, JsonTokenType.StartArray, nullIsEmpty ? Messages.ExpectedArrayOrNull : Messages.ExpectedArray);
        int first = _itemCount;
        PushIndex(0);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            SetIndex(_itemCount - first);
            T item = default(TElement).Read(ref reader, this);
            if (_itemCount == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }
            _items[_itemCount++] = item;
        }
        Pop();
        int count = _itemCount - first;
        if (count == 0)
        {
            return System.Collections.Immutable.ImmutableArray<T>.Empty;
        }
        var result = new T[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = (T)_items[first + i]!;
        }
        Array.Clear(_items, first, count);
        _itemCount = first;
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
