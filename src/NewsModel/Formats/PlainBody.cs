using System.Collections.Immutable;

namespace NewsModel.Formats;

/// <summary>What the formats ask of a body's blocks. Thread-safe (stateless).</summary>
internal static class PlainBody
{
    /// <summary>Whether the body is only paragraphs without marks: the newsmodel/1 body, which a plain-text body holds
    /// whole.</summary>
    internal static bool IsPlainParagraphs(ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is not ParagraphBlock p || !p.Text.Marks.IsEmpty)
            {
                return false;
            }
        }
        return true;
    }
}
