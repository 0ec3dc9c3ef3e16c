using System.Collections.Immutable;
using System.Text;

namespace NewsModel;

/// <summary>Helpers shared by the block types. Stateless and thread-safe.</summary>
internal static class Blocks
{
    /// <summary>Joins inline texts' plain texts with a separator.</summary>
    internal static string Join(ImmutableArray<InlineText> items, char separator)
    {
        if (items.Length == 1)
        {
            return items[0].Text;
        }
        var builder = new StringBuilder();
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }
            builder.Append(items[i].Text);
        }
        return builder.ToString();
    }
}
