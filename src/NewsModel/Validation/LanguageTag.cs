using System;

namespace NewsModel.Validation;

/// <summary>
/// A hand-written check that a text is a well-formed BCP 47 language tag (RFC 5646 section 2.1 syntax, including
/// the irregular grandfathered tags). Well-formed, not valid: subtags are not looked up in the IANA registry.
/// Allocation-free.
/// </summary>
internal static class LanguageTag
{
    private static readonly string[] Irregular =
    [
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    ];

    private enum Stage
    {
        Language,
        ExtLang,
        Script,
        Region,
        Variant,
        Extension,
    }

    /// <summary>Returns -1 when the tag is well-formed, else the index of the first subtag that is not acceptable
    /// where it stands (the tag's length when the tag ends too early).</summary>
    internal static int FindError(ReadOnlySpan<char> tag)
    {
        foreach (var irregular in Irregular)
        {
            if (tag.Equals(irregular, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }
        if (tag.IsEmpty)
        {
            return 0;
        }
        int position = 0;
        var first = Next(tag, ref position, out int firstStart);
        if (first.Equals("x", StringComparison.OrdinalIgnoreCase))
        {
            return PrivateUse(tag, ref position);
        }
        int extlangs = 0;
        Stage stage;
        if (first.Length is 2 or 3 && IsAlpha(first))
        {
            stage = Stage.Language;
        }
        else if (first.Length is >= 4 and <= 8 && IsAlpha(first))
        {
            stage = Stage.ExtLang; // no extlang after a 4-8 letter language
        }
        else
        {
            return firstStart;
        }
        while (position <= tag.Length)
        {
            if (position == tag.Length)
            {
                return tag[^1] == '-' ? tag.Length : -1;
            }
            var subtag = Next(tag, ref position, out int start);
            if (subtag.IsEmpty || !IsAlphanumeric(subtag) || subtag.Length > 8)
            {
                return start;
            }
            if (stage <= Stage.ExtLang && subtag.Length == 3 && IsAlpha(subtag) && stage == Stage.Language && extlangs < 3)
            {
                extlangs++;
                if (extlangs == 3)
                {
                    stage = Stage.ExtLang;
                }
                continue;
            }
            if (stage < Stage.Script && subtag.Length == 4 && IsAlpha(subtag))
            {
                stage = Stage.Script;
                continue;
            }
            if (stage < Stage.Region && ((subtag.Length == 2 && IsAlpha(subtag)) || (subtag.Length == 3 && IsDigits(subtag))))
            {
                stage = Stage.Region;
                continue;
            }
            if (stage <= Stage.Variant && (subtag.Length >= 5 || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]))))
            {
                stage = Stage.Variant;
                continue;
            }
            if (subtag.Length == 1)
            {
                if (subtag[0] is 'x' or 'X')
                {
                    return PrivateUse(tag, ref position);
                }
                // An extension: a singleton followed by one or more subtags of 2 to 8 characters.
                int count = 0;
                while (position < tag.Length)
                {
                    int save = position;
                    var part = Next(tag, ref position, out int partStart);
                    if (part.Length == 1 && IsAlphanumeric(part))
                    {
                        position = save;
                        break;
                    }
                    if (part.Length < 2 || part.Length > 8 || !IsAlphanumeric(part))
                    {
                        return partStart;
                    }
                    count++;
                }
                if (count == 0)
                {
                    return start;
                }
                stage = Stage.Extension;
                continue;
            }
            return start;
        }
        return -1;
    }

    /// <summary>Reads "-x" private use: one or more subtags of 1 to 8 alphanumerics up to the end.</summary>
    private static int PrivateUse(ReadOnlySpan<char> tag, ref int position)
    {
        int count = 0;
        while (position < tag.Length)
        {
            var part = Next(tag, ref position, out int start);
            if (part.IsEmpty || part.Length > 8 || !IsAlphanumeric(part))
            {
                return start;
            }
            count++;
        }
        return count == 0 || tag[^1] == '-' ? tag.Length : -1;
    }

    /// <summary>The subtag at <paramref name="position"/>; moves past it and its hyphen.</summary>
    private static ReadOnlySpan<char> Next(ReadOnlySpan<char> tag, ref int position, out int start)
    {
        start = position;
        int hyphen = tag[position..].IndexOf('-');
        if (hyphen < 0)
        {
            position = tag.Length;
            return tag[start..];
        }
        position = start + hyphen + 1;
        return tag.Slice(start, hyphen);
    }

    private static bool IsAlpha(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAlphanumeric(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
