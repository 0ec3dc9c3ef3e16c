using System.Globalization;
using System.Text;

namespace NewsModel.Json;

/// <summary>Formats JSON paths (<c>$.a.b[2]['odd name']</c>) for messages and extras. Thread-safe.</summary>
internal static class JsonPath
{
    internal const string Root = "$";

    internal static string Child(string parent, string name)
    {
        var builder = new StringBuilder(parent);
        AppendName(builder, name);
        return builder.ToString();
    }

    internal static string Element(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    internal static void AppendName(StringBuilder builder, string name)
    {
        if (IsSimple(name))
        {
            builder.Append('.').Append(name);
            return;
        }
        builder.Append("['");
        foreach (char c in name)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        builder.Append("']");
    }

    private static bool IsSimple(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
