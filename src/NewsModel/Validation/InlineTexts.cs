using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Validation;

/// <summary>Where an inline text stands, for its finding path.</summary>
internal enum InlineSiteKind
{
    /// <summary>A paragraph's, heading's or quotation's own text: <c>body[3]</c>.</summary>
    Block,

    /// <summary>A list item: <c>body[3].items[1]</c>.</summary>
    ListItem,

    /// <summary>A table cell: <c>body[3].rows[1].cells[2]</c>.</summary>
    TableCell,

    /// <summary>A media asset's caption: <c>media[0].caption</c>.</summary>
    Caption,
}

/// <summary>Where an inline text stands: the block (or media asset) index, and the row and item within it.</summary>
internal readonly record struct InlineSite(InlineSiteKind Kind, int Index, int Row, int Item)
{
    /// <summary>The path of the inline text (built only when a finding is reported).</summary>
    internal string Path => Kind switch
    {
        InlineSiteKind.Block => Paths.Block(Index),
        InlineSiteKind.ListItem => Paths.Block(Index, Paths.Item("items", Item)),
        InlineSiteKind.TableCell => string.Create(CultureInfo.InvariantCulture, $"body[{Index}].rows[{Row}].cells[{Item}]"),
        _ => Paths.Media(Index, "caption"),
    };

    /// <summary>The path of a member of one of the text's marks: <c>body[3].marks[0].href</c>.</summary>
    internal string MarkPath(int mark, string member) => Path + "." + Paths.Item("marks", mark, member);
}

/// <summary>
/// Every inline text of an article in document order, with its site: each paragraph's, heading's and quotation's
/// text, each list item, each table cell, then each media caption. A struct enumerator (<c>foreach</c>), so walking
/// allocates nothing.
/// </summary>
internal struct InlineTexts(Article article)
{
    private readonly ImmutableArray<Block> _blocks = article.Blocks;
    private readonly ImmutableArray<MediaAsset> _media = article.Media;
    private int _block;
    private int _row;
    private int _item;
    private int _asset;

    /// <summary>The text the enumerator stands on, and where it stands.</summary>
    public (InlineText Text, InlineSite Site) Current { get; private set; }

    /// <summary>Returns the enumerator (this walk, from the start).</summary>
    public readonly InlineTexts GetEnumerator() => this;

    /// <summary>Moves to the next inline text.</summary>
    public bool MoveNext()
    {
        while (_block < _blocks.Length)
        {
            var block = _blocks[_block];
            switch (block)
            {
                case ParagraphBlock p when _item == 0:
                    return Stand(p.Text, InlineSiteKind.Block, 0, 1);
                case HeadingBlock h when _item == 0:
                    return Stand(h.Text, InlineSiteKind.Block, 0, 1);
                case QuoteBlock q when _item == 0:
                    return Stand(q.Text, InlineSiteKind.Block, 0, 1);
                case ListBlock l when _item < l.Items.Length:
                    return Stand(l.Items[_item], InlineSiteKind.ListItem, 0, _item + 1);
                case TableBlock t:
                    while (_row < t.Rows.Length)
                    {
                        if (_item < t.Rows[_row].Length)
                        {
                            return Stand(t.Rows[_row][_item], InlineSiteKind.TableCell, _row, _item + 1);
                        }
                        _row++;
                        _item = 0;
                    }
                    break;
            }
            _block++;
            _row = 0;
            _item = 0;
        }
        while (_asset < _media.Length)
        {
            int index = _asset++;
            if (_media[index].Caption is { } caption)
            {
                Current = (caption, new InlineSite(InlineSiteKind.Caption, index, 0, 0));
                return true;
            }
        }
        return false;
    }

    /// <summary>Stands on a text of the current block; <paramref name="next"/> is the item to go on from.</summary>
    private bool Stand(InlineText text, InlineSiteKind kind, int row, int next)
    {
        Current = (text, new InlineSite(kind, _block, row, next - 1));
        _item = next;
        return true;
    }
}
