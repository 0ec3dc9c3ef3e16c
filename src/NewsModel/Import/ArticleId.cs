using System.Globalization;
using System.Text;

namespace NewsModel.Import;

/// <summary>Derives a stable article id: short name, publication date and a slug of the headline.</summary>
internal static class ArticleId
{
    private const int MaxSlug = 60;

    internal static string Derive(Publication publication, Moment published, string headline)
    {
        var builder = new StringBuilder(100);
        AppendSlug(builder, publication.ShortName ?? publication.Name, 20);
        var date = published.LocalDateTime.Date;
        builder.Append('-').Append(date.Year.ToString("0000", CultureInfo.InvariantCulture))
            .Append('-').Append(date.Month.ToString("00", CultureInfo.InvariantCulture))
            .Append('-').Append(date.Day.ToString("00", CultureInfo.InvariantCulture)).Append('-');
        int before = builder.Length;
        AppendSlug(builder, headline, MaxSlug);
        if (builder.Length == before)
        {
            builder.Append("article");
        }
        return builder.ToString();
    }

    /// <summary>Lower-case letters and digits, runs of anything else as one hyphen, cut at a word boundary.</summary>
    private static void AppendSlug(StringBuilder builder, string text, int max)
    {
        int start = builder.Length;
        bool hyphen = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > start)
                {
                    if (builder.Length - start + 1 >= max)
                    {
                        break;
                    }
                    builder.Append('-');
                }
                hyphen = false;
                if (builder.Length - start >= max)
                {
                    break;
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’'))
            {
                hyphen = true;
            }
        }
    }
}
