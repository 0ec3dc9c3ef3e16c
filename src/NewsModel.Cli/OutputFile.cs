using System;
using System.Collections.Generic;
using System.IO;

namespace NewsModel.Cli;

/// <summary>
/// An output file written safely: into a temporary file in the same folder, renamed over the final name only when
/// the run finishes. A run that dies leaves the old file (or none) under the final name, and a half-written file only
/// under a temporary name beginning with '.' and ending in '.tmp'. An output that is also one of the inputs is
/// refused before anything is opened for writing. A device under <c>/dev/</c> is written directly.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? _temporary;
    private bool _committed;

    private OutputFile(string path, string? temporary, FileStream stream)
    {
        Path = path;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>Gets the final path.</summary>
    internal string Path { get; }

    /// <summary>Gets the stream to write to (the temporary file).</summary>
    internal FileStream Stream { get; }

    /// <summary>Checks <paramref name="path"/> against the inputs and opens the temporary file beside it.</summary>
    /// <returns>The output, or null with <paramref name="problem"/> saying why it cannot be written.</returns>
    internal static OutputFile? Open(string path, IEnumerable<string> sources, out string? problem)
    {
        problem = null;
        string full = System.IO.Path.GetFullPath(path);
        string? real = Exists(full) ? FileWalker.RealPath(new FileInfo(full)) ?? full : full;
        foreach (var source in sources)
        {
            if (source == "-")
            {
                continue;
            }
            string sourceReal = FileWalker.RealPath(new FileInfo(source)) ?? System.IO.Path.GetFullPath(source);
            if (string.Equals(sourceReal, real, StringComparison.Ordinal))
            {
                problem = $"cannot write '{path}': it is also an input ({source}), which would be overwritten. Choose another --output path.";
                return null;
            }
        }
        if (Directory.Exists(full))
        {
            problem = $"cannot write '{path}': it is a directory. Choose a file path for --output.";
            return null;
        }
        if (real.StartsWith("/dev/", StringComparison.Ordinal))
        {
            // A device (/dev/null, /dev/stdout, /dev/full) is written directly: it cannot be replaced by a rename.
            try
            {
                return new OutputFile(real, null, new FileStream(real, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                problem = $"cannot write '{path}': {e.Message}";
                return null;
            }
        }
        string folder = System.IO.Path.GetDirectoryName(real) ?? ".";
        string temporary = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(real) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new OutputFile(real, temporary, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"cannot write '{path}': {e.Message} Choose another --output path.";
            return null;
        }
    }

    private static bool Exists(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>Flushes the temporary file to disk and renames it over the final name.</summary>
    internal void Commit()
    {
        if (_temporary is null)
        {
            Stream.Flush();
            _committed = true;
            return;
        }
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporary, Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the stream and, unless committed, deletes the temporary file.</summary>
    public void Dispose()
    {
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Disposing flushes: a device that refused the first write refuses this one too; already reported.
        }
        if (!_committed && _temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the final name was never touched.
            }
        }
    }
}
