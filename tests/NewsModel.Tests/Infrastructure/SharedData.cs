using System;
using System.IO;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// Finds <c>../shared/</c> beside the repository (the corpus and the standards), read at run time.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The absolute path of the shared folder, or null when it is absent.</summary>
    public static string? Directory => Root.Value;

    /// <summary>Whether this run is CI's (the CI environment variable is set to true), where a missing shared folder
    /// fails the tests that need it instead of skipping them.</summary>
    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the shared folder is present.</summary>
    public static bool Available => Root.Value is not null;

    /// <summary>The message tests skip with when the shared folder is absent.</summary>
    public const string MissingMessage = "../shared/ (corpus and standards) is not beside the repository; tests that read it are skipped on a developer's machine and fail in CI (CI=true).";

    /// <summary>The repository root (the folder holding NewsModel.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Combines a path relative to the shared folder.</summary>
    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Directory ?? throw new InvalidOperationException(MissingMessage), relative);

    /// <summary>Reads a shared text file.</summary>
    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Combines a path relative to the repository root (for samples/).</summary>
    public static string RepositoryPath(string relative) => System.IO.Path.Combine(RepositoryRoot, relative);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsModel.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("NEWSMODEL_SHARED");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env))
        {
            return System.IO.Path.GetFullPath(env);
        }
        var parent = System.IO.Directory.GetParent(RepositoryRoot);
        if (parent is null)
        {
            return null;
        }
        var candidate = System.IO.Path.Combine(parent.FullName, "shared");
        return System.IO.Directory.Exists(System.IO.Path.Combine(candidate, "corpus")) ? candidate : null;
    }
}

/// <summary>A fact that is skipped, with <see cref="SharedData.MissingMessage"/>, when ../shared/ is absent on a
/// developer's machine; in CI it runs and fails.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SharedDataFactAttribute()
    {
        // In CI (CI=true) a missing shared folder is a failure, never a skip: the test runs and fails reading it.
        if (!SharedData.Available && !SharedData.InCi)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that is skipped, with <see cref="SharedData.MissingMessage"/>, when ../shared/ is absent on a
/// developer's machine; in CI it runs and fails.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SharedDataTheoryAttribute()
    {
        // In CI (CI=true) a missing shared folder is a failure, never a skip: the test runs and fails reading it.
        if (!SharedData.Available && !SharedData.InCi)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
