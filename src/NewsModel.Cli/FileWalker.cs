using System;
using System.Collections.Generic;
using System.IO;

namespace NewsModel.Cli;

/// <summary>
/// Walks directories without ever following a symbolic-link loop: every directory is entered once, by its real
/// path (links resolved), and every file is listed once, by its real path, however many links lead to it.
/// </summary>
internal sealed class FileWalker
{
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);

    /// <summary>Problems met while walking (a folder that cannot be read).</summary>
    internal List<string> Problems { get; } = [];

    /// <summary>The real path of a file or directory: every symbolic link on the way resolved (as realpath does), or
    /// null when a link is dangling, loops, or an entry cannot be read.</summary>
    internal static string? RealPath(FileSystemInfo entry)
    {
        try
        {
            string full = Path.GetFullPath(entry.FullName);
            string root = Path.GetPathRoot(full) ?? "/";
            var parts = new List<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            string current = root;
            int links = 0;
            for (int i = 0; i < parts.Count; i++)
            {
                string next = Path.Combine(current, parts[i]);
                var info = new FileInfo(next);
                string? target = info.LinkTarget;
                if (target is null)
                {
                    if (!info.Exists && !Directory.Exists(next))
                    {
                        return null;
                    }
                    current = next;
                    continue;
                }
                if (++links > 40)
                {
                    return null; // As the system gives up (ELOOP).
                }
                // Go on from the link's target, resolved against the folder the link is in.
                string resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                string resolvedRoot = Path.GetPathRoot(resolved) ?? "/";
                var rest = parts.GetRange(i + 1, parts.Count - i - 1);
                parts = new List<string>(resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
                parts.AddRange(rest);
                current = resolvedRoot;
                i = -1;
            }
            return current;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> is listed for the first time (by its real path).</summary>
    internal bool FirstVisit(string path) => RealPath(new FileInfo(path)) is not { } real || _files.Add(real);

    /// <summary>Whether the directory at <paramref name="path"/> is entered for the first time (by its real path).</summary>
    internal bool Enter(string path) => RealPath(new DirectoryInfo(path)) is { } real && _directories.Add(real);

    /// <summary>The files below <paramref name="root"/> (recursively) that <paramref name="accept"/> takes, each once,
    /// in ordinal order within each folder.</summary>
    internal IEnumerable<string> Files(string root, Func<string, bool> accept)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            if (!Enter(directory))
            {
                continue;
            }
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(directory);
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Problems.Add($"{directory}: cannot be read: {e.Message}");
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (accept(file) && FirstVisit(file))
                {
                    yield return file;
                }
            }
            for (int i = folders.Length - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }
}
