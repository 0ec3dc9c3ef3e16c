using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using NewsModel.Json;
using NewsModel.Testing;

namespace NewsModel.ArchiveGen;

/// <summary>
/// Writes a generated NDJSON archive of native NewsModel documents, for the archive-conversion benchmark:
/// <c>dotnet run -c Release --project benchmarks/NewsModel.ArchiveGen -- COUNT FILE [SEED]</c>.
/// The same seed gives the same archive.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            Console.Error.WriteLine("usage: NewsModel.ArchiveGen COUNT FILE [SEED]");
            return 64;
        }
        int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2014;
        var random = new RandomArticles(seed);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var file = new FileStream(args[1], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        for (int i = 0; i < count; i++)
        {
            buffer.ResetWrittenCount();
            NewsModelJson.Serialize(random.Next(), buffer);
            buffer.Write("\n"u8);
            file.Write(buffer.WrittenSpan);
        }
        Console.Error.WriteLine($"{count:N0} article(s), {file.Length:N0} bytes -> {args[1]}");
        return 0;
    }
}
