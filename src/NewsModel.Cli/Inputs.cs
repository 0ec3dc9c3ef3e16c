using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

namespace NewsModel.Cli;

/// <summary>One article's input: where it came from (file and 1-based line for NDJSON, 0 for a whole file) and its bytes.</summary>
internal readonly record struct InputItem(string Source, long Line, ReadOnlyMemory<byte> Content)
{
    /// <summary>The location as messages print it: <c>file</c> or <c>file:line</c>.</summary>
    public string Location => Line > 0 ? $"{Source}:{Line}" : Source;
}

/// <summary>What kind of files a command takes from directories.</summary>
internal enum InputKind
{
    /// <summary>Article text (<c>.txt</c>) or news pages (<c>.html</c>, <c>.htm</c>); stdin is one article.</summary>
    Text,

    /// <summary>JSON documents (<c>.json</c>) and NDJSON (<c>.ndjson</c>, <c>.jsonl</c>); stdin is NDJSON.</summary>
    Json,
}

/// <summary>
/// Expands command arguments (files, directories, globs, <c>-</c> for stdin) and reads them in bounded chunks:
/// a whole file is one item; an NDJSON file or stdin gives one item per non-blank line. NDJSON lines are slices of
/// two alternating read buffers, and a chunk never spans a switch between them, so the chunk before the one being
/// read may still be processed while the next one is read. The caller must have finished with a chunk before it asks
/// for the chunk after the next one (at most one chunk in flight during a read). Memory stays bounded whatever the
/// archive's size.
/// </summary>
internal sealed class Inputs
{
    /// <summary>The longest NDJSON line accepted.</summary>
    internal const int MaxLineBytes = 64 * 1024 * 1024;

    private readonly InputKind _kind;
    private readonly Stream _stdin;
    private readonly int _chunkItems;

    private readonly int _bufferBytes;
    private readonly FileWalker _walker = new();
    private readonly int _maxLineBytes;

    /// <summary>The process's own standard input, as the tool opens it (only that one can have been closed).</summary>
    internal static Stream? StdinOfProcess { get; set; }

    internal Inputs(InputKind kind, Stream stdin, int chunkItems = 4096, int bufferBytes = 4 << 20, int maxLineBytes = MaxLineBytes)
    {
        _maxLineBytes = maxLineBytes;
        _kind = kind;
        _stdin = stdin;
        _chunkItems = chunkItems;
        _bufferBytes = bufferBytes;
    }

    /// <summary>Problems met while expanding arguments (a missing file, a glob matching nothing).</summary>
    internal List<string> Problems { get; } = new();

    /// <summary>Expands the arguments into sources: file paths, or "-" for stdin.</summary>
    internal List<string> Expand(IReadOnlyList<string> arguments)
    {
        var sources = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (ReferenceEquals(_stdin, StdinOfProcess) && StdinWasClosed())
                {
                    Problems.Add("-: standard input is closed; give files, or pipe the input in.");
                    continue;
                }
                sources.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var found = new List<string>(_walker.Files(argument, Accepts));
                found.Sort(StringComparer.Ordinal);
                if (found.Count == 0)
                {
                    Problems.Add($"{argument}: the directory holds no {(_kind == InputKind.Text ? ".txt or .html" : ".json or .ndjson")} files.");
                }
                sources.AddRange(found);
            }
            else if (File.Exists(argument))
            {
                if (_walker.FirstVisit(argument))
                {
                    sources.Add(argument);
                }
            }
            else if (Glob.IsPattern(argument))
            {
                var found = Glob.Expand(argument, _walker);
                if (found.Count == 0)
                {
                    Problems.Add($"{argument}: the pattern matches no files.");
                }
                sources.AddRange(found);
            }
            else
            {
                Problems.Add($"{argument}: no such file or directory.");
            }
        }
        Problems.AddRange(_walker.Problems);
        return sources;
    }

    private bool Accepts(string file) =>
        _kind == InputKind.Text
            ? file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            : file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsNdjson(file);

    /// <summary>Whether a source (from <see cref="Expand"/>) gives one item per line rather than one for the whole
    /// source: NDJSON files, and stdin for the JSON commands.</summary>
    internal bool IsLineWise(string source) => source == "-" ? _kind == InputKind.Json : IsNdjson(source);

    private static bool IsNdjson(string file) =>
        file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the sources in chunks of at most the configured number of items.</summary>
    /// <param name="sources">From <see cref="Expand"/>.</param>
    /// <param name="unreadable">Called for a source that cannot be read at all (I/O error, over-long line).</param>
    internal IEnumerable<List<InputItem>> Read(List<string> sources, Action<string, string> unreadable)
    {
        var chunk = new List<InputItem>(_chunkItems);
        var lines = new LineReader(_bufferBytes, _maxLineBytes);
        foreach (var source in sources)
        {
            bool lineWise = IsLineWise(source);
            if (!lineWise)
            {
                byte[]? bytes = null;
                string? error = null;
                try
                {
                    bytes = source == "-" ? ReadAll(_stdin) : File.ReadAllBytes(source);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error = e.Message;
                }
                if (bytes is null)
                {
                    unreadable(source == "-" ? "<stdin>" : source, error ?? "cannot be read");
                    continue;
                }
                chunk.Add(new InputItem(source == "-" ? "<stdin>" : source, 0, bytes));
                if (chunk.Count >= _chunkItems)
                {
                    yield return chunk;
                    chunk = new List<InputItem>(_chunkItems);
                }
                continue;
            }

            Stream? stream = null;
            string name = source == "-" ? "<stdin>" : source;
            try
            {
                stream = source == "-" ? _stdin : new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable(name, e.Message);
                continue;
            }
            try
            {
                lines.Start(stream);
                while (true)
                {
                    // Hand the chunk over before the reader switches buffers: a chunk lies within one buffer.
                    if (chunk.Count > 0 && lines.WillSwitchBuffers)
                    {
                        yield return chunk;
                        chunk = new List<InputItem>(_chunkItems);
                    }
                    var status = lines.Next(out var line, out long number);
                    if (status == LineStatus.End)
                    {
                        break;
                    }
                    if (status == LineStatus.TooLong)
                    {
                        // Only this line is lost: the reader has skipped to the next newline and reads on.
                        unreadable($"{name}:{number}", $"the line is longer than {_maxLineBytes} bytes (the longest line read); skipped, reading on at the next line.");
                        continue;
                    }
                    if (IsBlank(line.Span))
                    {
                        continue;
                    }
                    chunk.Add(new InputItem(name, number, line));
                    if (chunk.Count >= _chunkItems)
                    {
                        yield return chunk;
                        chunk = new List<InputItem>(_chunkItems);
                    }
                }
                // The chunk may still point into this stream's buffer: hand it over before the next source reuses it.
                if (chunk.Count > 0)
                {
                    yield return chunk;
                    chunk = new List<InputItem>(_chunkItems);
                }
            }
            finally
            {
                if (!ReferenceEquals(stream, _stdin))
                {
                    stream.Dispose();
                }
            }
        }
        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    /// <summary>
    /// Whether standard input was closed when the tool started (<c>newsmodel import - &lt;&amp;-</c>). The runtime then
    /// reuses descriptor 0 for a pipe of its own, and reading it would wait for ever. On Linux that shows: this process
    /// holds the pipe's writing end too (a real input pipe's writing end is in the process that feeds it).
    /// </summary>
    internal static bool StdinWasClosed()
    {
        const string fds = "/proc/self/fd";
        try
        {
            if (!Directory.Exists(fds) || new FileInfo(fds + "/0").LinkTarget is not { } target)
            {
                return false;
            }
            if (target.StartsWith("anon_inode:", StringComparison.Ordinal))
            {
                return true;
            }
            if (!target.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }
            foreach (var fd in Directory.EnumerateFileSystemEntries(fds))
            {
                if (string.Equals(new FileInfo(fd).LinkTarget, target, StringComparison.Ordinal) && OpenForWriting(Path.GetFileName(fd)))
                {
                    return true;
                }
            }
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether descriptor <paramref name="fd"/> is open write-only (its access mode in /proc/self/fdinfo).</summary>
    private static bool OpenForWriting(string fd)
    {
        foreach (var line in File.ReadLines("/proc/self/fdinfo/" + fd))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var octal = line.AsSpan(6).Trim();
                int last = octal.Length > 0 ? octal[^1] - '0' : 0;
                return (last & 3) == 1;
            }
        }
        return false;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private enum LineStatus
    {
        Line,
        End,
        TooLong,
    }

    /// <summary>
    /// Splits a stream into lines without copying each line: lines are slices of one of two buffers. A refill that
    /// needs room moves the unfinished line into the other buffer and reads on there, leaving this one untouched
    /// for the chunk that may still be using it.
    /// </summary>
    private sealed class LineReader
    {
        private readonly byte[][] _buffers;
        private int _current;
        private int _start;
        private int _end;
        private long _line;
        private bool _eof;
        private Stream _stream = Stream.Null;

        private readonly int _maxLineBytes;

        internal LineReader(int bufferBytes, int maxLineBytes)
        {
            _buffers = new[] { new byte[bufferBytes], new byte[bufferBytes] };
            _maxLineBytes = maxLineBytes;
        }

        private byte[] Buffer => _buffers[_current];

        /// <summary>True when the next line can only be had by moving to the other buffer.</summary>
        internal bool WillSwitchBuffers => _start > 0 && !_eof && Buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n') < 0;

        /// <summary>Starts a new stream in the other buffer (the current one may hold the chunk in flight).</summary>
        internal void Start(Stream stream)
        {
            _stream = stream;
            _current = 1 - _current;
            _start = _end = 0;
            _line = 0;
            _eof = false;
        }

        internal LineStatus Next(out ReadOnlyMemory<byte> line, out long number)
        {
            while (true)
            {
                int newline = Buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = Buffer.AsMemory(_start, newline);
                    _start += newline + 1;
                    number = ++_line;
                    return LineStatus.Line;
                }
                if (_eof)
                {
                    number = ++_line;
                    if (_end > _start)
                    {
                        line = Buffer.AsMemory(_start, _end - _start);
                        _start = _end;
                        return LineStatus.Line;
                    }
                    line = default;
                    return LineStatus.End;
                }
                if (_end - _start > _maxLineBytes)
                {
                    number = ++_line;
                    line = default;
                    SkipToNextLine();
                    return LineStatus.TooLong;
                }
                Fill();
            }
        }

        /// <summary>Drops the over-long line: reads and discards up to and including its newline.</summary>
        private void SkipToNextLine()
        {
            while (true)
            {
                int newline = Buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    _start += newline + 1;
                    return;
                }
                _start = _end = 0;
                int read = _stream.Read(Buffer, 0, Buffer.Length);
                if (read == 0)
                {
                    _eof = true;
                    return;
                }
                _end = read;
            }
        }

        private void Fill()
        {
            int pending = _end - _start;
            if (_start > 0)
            {
                // Move the unfinished line to the other buffer; this one keeps the lines already handed out.
                int next = 1 - _current;
                if (_buffers[next].Length < Math.Max(pending * 2, _buffers[_current].Length))
                {
                    _buffers[next] = new byte[Math.Max(pending * 2, _buffers[_current].Length)];
                }
                System.Buffer.BlockCopy(_buffers[_current], _start, _buffers[next], 0, pending);
                _current = next;
                _start = 0;
                _end = pending;
            }
            if (_end == Buffer.Length)
            {
                // A line longer than the buffer: grow (never past the longest line accepted, plus its newline).
                var bigger = new byte[(int)Math.Min((long)Buffer.Length * 2, Math.Max(_maxLineBytes + 2L, Buffer.Length + 1L))];
                System.Buffer.BlockCopy(Buffer, 0, bigger, 0, _end);
                _buffers[_current] = bigger;
            }
            int read = _stream.Read(Buffer, _end, Buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }
            _end += read;
        }
    }
}
