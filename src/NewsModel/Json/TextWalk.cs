using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NewsModel.Shape;

namespace NewsModel.Json;

/// <summary>
/// Walks every text an article holds, in the writer's order, to find whether one is longer than a limit and, when asked
/// for the path (<see cref="JsonNames"/> given), the JSON path of the first such text. Without names it keeps no path and
/// allocates nothing, so the writer's check costs no allocation. A mutable struct: use one per walk, on one thread.
/// </summary>
internal struct TextWalk
{
    private readonly int _max;
    private readonly JsonNames? _names;
    private readonly List<object>? _trail;

    internal TextWalk(int max, JsonNames? names)
    {
        _max = max;
        _names = names;
        _trail = names is null ? null : new List<object>();
        Over = false;
        FoundPath = null;
        FoundLength = 0;
    }

    /// <summary>Whether a text over the limit was seen.</summary>
    internal bool Over { get; private set; }

    /// <summary>The JSON path of the first text over the limit (only when names were given).</summary>
    internal string? FoundPath { get; private set; }

    /// <summary>The first over-long text's length.</summary>
    internal int FoundLength { get; private set; }

    private void Text(string? text, Prop prop)
    {
        if (Over || text is null || text.Length <= _max)
        {
            return;
        }
        Over = true;
        FoundLength = text.Length;
        if (_trail is not null)
        {
            _trail.Add(prop);
            FoundPath = Path();
        }
    }

    private void Element(string text, int index)
    {
        if (Over || text.Length <= _max)
        {
            return;
        }
        Over = true;
        FoundLength = text.Length;
        if (_trail is not null)
        {
            _trail.Add(index);
            FoundPath = Path();
        }
    }

    private readonly string Path()
    {
        var builder = new StringBuilder(JsonPath.Root);
        foreach (var step in _trail!)
        {
            if (step is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                JsonPath.AppendName(builder, _names!.Text[(int)(Prop)step]);
            }
        }
        return builder.ToString();
    }

    private readonly void Push(Prop prop) => _trail?.Add(prop);

    private readonly void Push(int index) => _trail?.Add(index);

    private readonly void Pop()
    {
        if (_trail is not null)
        {
            _trail.RemoveAt(_trail.Count - 1);
        }
    }

    internal void Article(Article a)
    {
        Text(a.Id, Prop.Id);
        Text(a.CanonicalUrl, Prop.CanonicalUrl);
        Text(a.Language, Prop.Language);
        Push(Prop.Publication);
        Text(a.Publication.Name, Prop.Name);
        Text(a.Publication.ShortName, Prop.ShortName);
        Pop();
        Text(a.Headline, Prop.Headline);
        Text(a.Standfirst, Prop.Standfirst);
        Text(a.Dateline, Prop.Dateline);
        Push(Prop.Timeline);
        Timeline(a.Timeline);
        Pop();
        Each(a.Credits, Prop.Credits, static (ref TextWalk w, Credit c) => w.Credit(c));
        Push(Prop.Body);
        for (int i = 0; i < a.Blocks.Length && !Over; i++)
        {
            Push(i);
            Block(a.Blocks[i]);
            Pop();
        }
        Pop();
        Each(a.Media, Prop.Media, static (ref TextWalk w, MediaAsset m) => w.Media(m));
        Text(a.LeadMedia, Prop.LeadMedia);
        Push(Prop.Taxonomy);
        Taxonomy(a.Taxonomy);
        Pop();
        Each(a.Parties, Prop.Parties, static (ref TextWalk w, Party p) => w.Party(p));
        Each(a.Quotes, Prop.Quotes, static (ref TextWalk w, Quote q) => w.Quote(q));
        Strings(a.Places, Prop.Places);
        if (a.Rights is not null)
        {
            Push(Prop.Rights);
            Rights(a.Rights);
            Pop();
        }
    }

    private delegate void Visit<T>(ref TextWalk walk, T item);

    private void Each<T>(ImmutableArray<T> items, Prop prop, Visit<T> visit)
    {
        if (items.IsEmpty || Over)
        {
            return;
        }
        Push(prop);
        for (int i = 0; i < items.Length && !Over; i++)
        {
            Push(i);
            visit(ref this, items[i]);
            Pop();
        }
        Pop();
    }

    private void Strings(ImmutableArray<string> items, Prop prop)
    {
        if (items.IsEmpty || Over)
        {
            return;
        }
        Push(prop);
        for (int i = 0; i < items.Length && !Over; i++)
        {
            Element(items[i], i);
        }
        Pop();
    }

    private void Moment(Moment? m, Prop prop)
    {
        if (m?.Printed is null)
        {
            return;
        }
        Push(prop);
        Text(m.Printed, Prop.Printed);
        Pop();
    }

    private void Timeline(Timeline t)
    {
        Moment(t.Published, Prop.Published);
        Moment(t.Updated, Prop.Updated);
        Moment(t.Created, Prop.Created);
        Moment(t.EmbargoedUntil, Prop.EmbargoedUntil);
        Moment(t.Scheduled, Prop.Scheduled);
        if (t.Withdrawal is { } withdrawal)
        {
            Push(Prop.Withdrawal);
            Moment(withdrawal.Moment, Prop.Moment);
            Text(withdrawal.Reason, Prop.Reason);
            Pop();
        }
        Each(t.Corrections, Prop.Corrections, static (ref TextWalk w, Correction c) =>
        {
            w.Moment(c.Moment, Prop.Moment);
            w.Text(c.Text, Prop.Text);
        });
        Each(t.Revisions, Prop.Revisions, static (ref TextWalk w, Revision r) =>
        {
            w.Moment(r.Moment, Prop.Moment);
            w.Text(r.Note, Prop.Note);
        });
    }

    private void Credit(Credit c)
    {
        Text(c.Name, Prop.Name);
        Text(c.Printed, Prop.Printed);
        Text(c.Id, Prop.Id);
        Text(c.ProfileUrl, Prop.ProfileUrl);
    }

    private void Party(Party p)
    {
        Text(p.Name, Prop.Name);
        Text(p.Role, Prop.Role);
        Text(p.Affiliation, Prop.Affiliation);
        Text(p.Id, Prop.Id);
        Text(p.ProfileUrl, Prop.ProfileUrl);
    }

    private void Quote(Quote q)
    {
        Text(q.Text, Prop.Text);
        Push(Prop.Attribution);
        Text(q.Attribution.Mention, Prop.Mention);
        Text(q.Attribution.Cue, Prop.Cue);
        Text(q.Attribution.Via, Prop.Via);
        Pop();
    }

    private void Inline(InlineText t)
    {
        Text(t.Text, Prop.Text);
        Each(t.Marks, Prop.Marks, static (ref TextWalk w, Mark m) =>
        {
            w.Text(m.Href, Prop.Href);
            w.Text(m.Title, Prop.Title);
            w.Text(m.Note, Prop.Note);
        });
    }

    private void Block(Block b)
    {
        switch (b)
        {
            case ParagraphBlock p: Inline(p.Text); break;
            case HeadingBlock h: Inline(h.Text); break;
            case ListBlock l: Each(l.Items, Prop.Items, static (ref TextWalk w, InlineText t) => w.Inline(t)); break;
            case QuoteBlock q:
                Inline(q.Text);
                Text(q.Citation, Prop.Citation);
                break;
            case MediaBlock m: Text(m.MediaId, Prop.Media); break;
            case EmbedBlock e:
                Text(e.Url, Prop.Url);
                Text(e.Provider, Prop.Provider);
                Text(e.FallbackHtml, Prop.Html);
                break;
            case TableBlock t:
                Each(t.Rows, Prop.Rows, static (ref TextWalk w, ImmutableArray<InlineText> row) =>
                    w.Each(row, Prop.Cells, static (ref TextWalk w2, InlineText cell) => w2.Inline(cell)));
                break;
            case PreformattedBlock pre: Text(pre.Text, Prop.Text); break;
            case RelatedLinkBlock r:
                Text(r.Url, Prop.Url);
                Text(r.Title, Prop.Title);
                Text(r.ArticleId, Prop.Article);
                break;
            case RawHtmlBlock raw: Text(raw.Html, Prop.Html); break;
        }
    }

    private void Rights(Rights r)
    {
        Text(r.Holder, Prop.Holder);
        Text(r.Notice, Prop.Notice);
        Text(r.LicenseUrl, Prop.LicenseUrl);
        Text(r.UsageTerms, Prop.UsageTerms);
    }

    private void Media(MediaAsset m)
    {
        Text(m.Id, Prop.Id);
        Text(m.Uri, Prop.Uri);
        Text(m.MediaType, Prop.MediaType);
        Text(m.AltText, Prop.AltText);
        if (m.Caption is not null)
        {
            Push(Prop.Caption);
            Inline(m.Caption);
            Pop();
        }
        if (m.Credit is not null)
        {
            Push(Prop.Credit);
            Credit(m.Credit);
            Pop();
        }
        if (m.Rights is not null)
        {
            Push(Prop.Rights);
            Rights(m.Rights);
            Pop();
        }
        Each(m.Renditions, Prop.Renditions, static (ref TextWalk w, Rendition r) =>
        {
            w.Text(r.Uri, Prop.Uri);
            w.Text(r.MediaType, Prop.MediaType);
            w.Text(r.Name, Prop.Name);
        });
        Strings(m.Items, Prop.Items);
    }

    private void Section(Section s)
    {
        Text(s.Name, Prop.Name);
        Text(s.Id, Prop.Id);
        Text(s.Url, Prop.Url);
    }

    private void Concept(Concept c)
    {
        Text(c.Name, Prop.Name);
        Text(c.Code, Prop.Code);
        Text(c.Scheme, Prop.Scheme);
        Text(c.Uri, Prop.Uri);
    }

    private void Taxonomy(Taxonomy t)
    {
        if (t.PrimarySection is not null)
        {
            Push(Prop.PrimarySection);
            Section(t.PrimarySection);
            Pop();
        }
        Each(t.Sections, Prop.Sections, static (ref TextWalk w, Section s) => w.Section(s));
        Each(t.Subjects, Prop.Subjects, static (ref TextWalk w, Concept c) => w.Concept(c));
        Strings(t.Keywords, Prop.Keywords);
        Each(t.Genres, Prop.Genres, static (ref TextWalk w, Concept c) => w.Concept(c));
    }
}
