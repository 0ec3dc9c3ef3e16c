using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Import;

/// <summary>
/// One import run: splits the text into lines, finds the main text block (a maximum-sum run over line scores,
/// computed in one pass), then headline, standfirst, byline, stamps, dateline, credits and body, and hands the
/// body to <see cref="QuoteReader"/>. Every step is a bounded pass over the lines, so the run is linear.
/// Not thread-safe; one instance per import.
/// </summary>
internal sealed class PageReader
{
    private const int HeaderWindow = 60;
    private const int MaxStampLineLength = 300;

    private readonly string text;
    private readonly ImporterSettings settings;
    private readonly StampReader stamps;
    private readonly List<Line> lines = [];
    private readonly List<string> uncertainties = [];

    internal PageReader(string text, ImporterSettings settings, StampReader stamps)
    {
        this.text = text;
        this.settings = settings;
        this.stamps = stamps;
    }

    private enum Stamp : byte
    {
        None,
        Plain,
        Published,
        Updated,
    }

    private sealed class Line
    {
        internal int Number;
        internal int Offset;
        internal string Text = "";
        internal int Words;
        internal bool Sentence;
        internal bool Bullet;
        internal string? Phrase;
        internal bool Caption;
        internal CreditRole? CreditRole;
        internal bool Byline;
        internal Stamp Stamp;
        internal bool StampLine;
        internal FoundStamp Date;
        internal bool HasDate;
        internal FoundStamp Date2;
        internal Stamp Stamp2;
        internal bool HasDate2;
        internal bool StampsPending;
        internal int Score;
        internal LineRole Role = LineRole.Boilerplate;
        internal string? Reason;
    }

    internal ImportResult Read(string? id)
    {
        Split();
        if (lines.Count == 0)
        {
            return Fail(TextImporter.EmptyMessage, 0);
        }
        foreach (var line in lines)
        {
            if (line.Text.Length > Json.NewsModelJsonOptions.DefaultMaxStringLength)
            {
                // Whatever role it took, its text could land in the article, which the JSON format could then not
                // read back: the limits agree end to end.
                return Fail(Format(TextImporter.LineTooLongMessage, line.Number, line.Text.Length, Json.NewsModelJsonOptions.DefaultMaxStringLength), line.Number);
            }
            Describe(line);
        }
        if (!FindBlock(out int first, out int last))
        {
            return Fail(TextImporter.NoBodyMessage, lines[0].Number);
        }
        int headline = FindHeadline(first);
        int anchor = headline >= 0 ? headline : first;
        var body = new List<string>();
        var bodyLines = new List<int>();
        ClassifyBlock(first, last, body, bodyLines);
        int standfirst = FindStandfirst(headline, first);
        var credits = new List<Credit>();
        FindBylines(anchor, first, headline, credits);
        string? dateline = FindDateline(first, body, credits);
        FindCredits(last, body, bodyLines, credits);
        var (published, updated) = FindStamps(anchor, first, last);
        string? headlineText = headline >= 0 ? lines[headline].Text : null;
        if (headline >= 0)
        {
            lines[headline].Role = LineRole.Headline;
            lines[headline].Reason = null;
        }
        if (standfirst >= 0)
        {
            lines[standfirst].Role = LineRole.Standfirst;
            lines[standfirst].Reason = null;
        }
        if (body.Count == 0)
        {
            return ImportResult.ForFailure(TextImporter.NoBodyMessage, lines[first].Number, MakeReport(headlineText, body, credits, published, updated));
        }
        if (headlineText is null)
        {
            return ImportResult.ForFailure(Format(TextImporter.NoHeadlineMessage, lines[first].Number), lines[first].Number, MakeReport(headlineText, body, credits, published, updated));
        }
        if (published is null && stampFailure is not null)
        {
            return ImportResult.ForFailure(stampFailure, stampFailureLine, MakeReport(headlineText, body, credits, published, updated));
        }
        if (published is null)
        {
            return ImportResult.ForFailure(Format(TextImporter.NoStampMessage, lines[first].Number), lines[first].Number, MakeReport(headlineText, body, credits, published, updated));
        }
        var quotes = new QuoteReader(body, uncertainties, bodyLines.ConvertAll(i => lines[i].Number), settings.Lexicon).Read(out var parties);
        foreach (var quoted in QuoteReader.HeadlineQuotes(headlineText))
        {
            uncertainties.Add(Format("Line {0}: the headline quotes \"{1}\"; a quotation in a headline is not attributed.", lines[headline].Number, quoted));
        }
        var report = MakeReport(headlineText, body, credits, published, updated);
        try
        {
            var timeline = new Timeline(published, updated);
            var article = new Article(
                id ?? ArticleId.Derive(settings.Publication, published, headlineText),
                headlineText,
                settings.Language,
                settings.Publication,
                timeline,
                body,
                credits,
                parties,
                quotes,
                standfirst: standfirst >= 0 ? lines[standfirst].Text : null,
                dateline: dateline);
            return ImportResult.ForSuccess(article, report);
        }
        catch (ArgumentException e)
        {
            // Defensive: the reader builds only valid parts, but a failure here must not escape.
            return ImportResult.ForFailure(Format(TextImporter.InvalidArticleMessage, lines[first].Number, e.Message), lines[first].Number, report);
        }
    }

    internal static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private ImportResult Fail(string message, int line) => ImportResult.ForFailure(message, line, MakeReport(null, [], [], null, null));

    private ImportReport MakeReport(string? headline, List<string> body, List<Credit> credits, Moment? published, Moment? updated)
    {
        var reported = ImmutableArray.CreateBuilder<ImportedLine>(lines.Count);
        foreach (var line in lines)
        {
            reported.Add(new ImportedLine(line.Number, line.Offset, line.Text, line.Role, line.Reason));
        }
        return new ImportReport(reported.MoveToImmutable(), [.. uncertainties], headline, [.. body], [.. credits], published, updated);
    }

    // ---- Lines ----------------------------------------------------------------------------------------------

    private void Split()
    {
        int number = 0;
        int pos = 0;
        var span = text.AsSpan();
        while (pos <= span.Length)
        {
            int next = span[pos..].IndexOfAny(LineBreaks);
            int end = next < 0 ? span.Length : pos + next;
            number++;
            var raw = span[pos..end];
            var trimmed = Chars.Trim(raw);
            if (trimmed.Length > 0)
            {
                int offset = pos + (int)(Unsafe_IndexOf(raw, trimmed));
                lines.Add(new Line { Number = number, Offset = offset, Text = trimmed.ToString() });
            }
            if (end >= span.Length)
            {
                break;
            }
            pos = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
        }
        RepairDropCaps();
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    private static int Unsafe_IndexOf(ReadOnlySpan<char> raw, ReadOnlySpan<char> trimmed)
    {
        int lead = 0;
        while (lead < raw.Length && Chars.IsSpace(raw[lead]))
        {
            lead++;
        }
        return lead;
    }

    /// <summary>A drop capital copied as its own line ("T" then "urkey, Poland ...") is joined to its paragraph.</summary>
    private void RepairDropCaps()
    {
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            if (line.Text.Length == 1 && char.IsUpper(line.Text[0]) && next.Text.Length > 1 && char.IsLower(next.Text[0]))
            {
                next.Text = line.Text + next.Text;
                lines.RemoveAt(i);
                uncertainties.Add(Format("Line {0}: joined the single letter \"{1}\" to line {2} as a drop capital.", line.Number, line.Text, next.Number));
            }
        }
    }

    private void Describe(Line line)
    {
        var t = line.Text.AsSpan();
        line.Words = Chars.CountWords(t);
        line.Sentence = Chars.EndsSentence(t);
        char c0 = t[0];
        line.Bullet = c0 is '•' or '□' or '▪' or '●' or '◦' or '‣' or '·' or '*' or '■' or '►' or '▶' or '|' or '[' or '{' or '<' or '>' or '━' or '─' or '=' or '_' or '~'
                      || (c0 is '-' && t.Length > 1 && t[1] == ' ' && line.Words > 5)
                      || (char.IsAsciiDigit(c0) && t.Length > 2 && t[1] == '.' && t[2] == ' ' && !line.Sentence);
        line.Phrase = settings.Boilerplate.Match(t, line.Words);
        line.Caption = IsCaption(t, line.Words);
        line.CreditRole = CreditLine(t, out _, out _);
        line.Byline = IsBylineStart(t);
        if (t.Length <= MaxStampLineLength && line.Words <= 40 && (t.ContainsAnyInRange('0', '9') || t.ContainsAny(RelativeWords)))
        {
            // A stamp line has at most three words before its first stamp, so only a stamp starting by the fourth
            // word changes how the line is read now; a line whose first stamp starts further on is read for stamps
            // only if the stamps of its part of the page are wanted (ReadStamps), which for body prose they are not.
            int firstStampBy = Chars.StartOfWord(t, 4) + 1;
            line.StampsPending = !ReadStamps(line, firstStampBy) && firstStampBy < t.Length;
        }
        line.Score = Score(line);
    }

    /// <summary>Finds up to two stamps in a line ("Updated 3 March 2020 | Published 1 March 2020"), each labelled by
    /// the words just before it, the first starting before <paramref name="firstBefore"/>; sets the line's dates and
    /// whether it is a stamp line. Returns whether a stamp was found.</summary>
    private bool ReadStamps(Line line, int firstBefore)
    {
        var t = line.Text.AsSpan();
        int offset = 0;
        bool stampLine = !line.Sentence;
        for (int k = 0; k < 2 && stamps.TryFind(t, offset, k == 0 ? firstBefore : t.Length, settings.Publication.Zone, out var found); k++)
        {
            var label = t[offset..found.Start];
            var kind = found.Label == StampLabel.Updated || label.ContainsAny(UpdatedLabels) ? Stamp.Updated
                : found.Label == StampLabel.Published || label.ContainsAny(PublishedLabels) ? Stamp.Published
                : Stamp.Plain;
            stampLine &= Chars.CountWords(label) <= 3;
            if (k == 0)
            {
                line.Date = found;
                line.Stamp = kind;
                line.HasDate = true;
            }
            else
            {
                line.Date2 = found;
                line.Stamp2 = kind;
                line.HasDate2 = true;
            }
            offset = found.End;
        }
        line.StampLine = line.HasDate && stampLine && Chars.CountWords(t[offset..]) <= 3;
        if (line.HasDate && line.Date.Start == 0 && Chars.Trim(t[offset..]).IsEmpty)
        {
            // A line that is a stamp and nothing else ("Published: April 9, 1998, 5:58 p.m.") is no sentence,
            // whatever its last character.
            line.Sentence = false;
            line.StampLine = true;
        }
        return line.HasDate;
    }

    /// <summary>Reads the stamps of a line whose first stamp, if any, starts after its fourth word (put off when the
    /// line was described); such a line is no stamp line, so only its dates change. Returns whether it has one.</summary>
    private bool HasDate(Line line)
    {
        if (line.StampsPending)
        {
            line.StampsPending = false;
            ReadStamps(line, line.Text.Length);
        }
        return line.HasDate;
    }

    /// <summary>Words of relative stamps printed without digits ("an hour ago", "Yesterday").</summary>
    private static readonly SearchValues<string> RelativeWords = SearchValues.Create(["ago", "yesterday", "today"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words labelling an update stamp, in English, German, French, Spanish, Italian and Dutch.</summary>
    private static readonly SearchValues<string> UpdatedLabels = SearchValues.Create(
        ["updat", "modified", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "bijgewerkt"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words labelling a publication stamp, in the same languages.</summary>
    private static readonly SearchValues<string> PublishedLabels = SearchValues.Create(
        ["publish", "posted", "veröffentlicht", "erschienen", "publié", "publicado", "pubblicato", "gepubliceerd"], StringComparison.OrdinalIgnoreCase);

    private static bool IsCaption(ReadOnlySpan<char> t, int words)
    {
        if (words > 60)
        {
            return false;
        }
        if (t.Contains(':') && t.ContainsAny(CaptionLabels))
        {
            return true;
        }
        bool slash = t.Contains('/');
        if (t.ContainsAny(PictureCredits))
        {
            return true;
        }
        if (slash && t.Contains(" | ", StringComparison.Ordinal))
        {
            return true;
        }
        // "(Elizabeth Conley / Houston Chronicle)": a parenthesised picture credit.
        return slash && t.Length > 2 && t[0] == '(' && t[^1] == ')' && words <= 12;
    }

    private static readonly SearchValues<string> CaptionLabels = SearchValues.Create(
        ["Credit:", "Photo:", "Photograph:", "Picture:", "Image:", "Illustration:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Picture agencies as printed in credits ("Getty Images", "Kim Kyung-Hoon/Reuters").</summary>
    private static readonly SearchValues<string> PictureCredits = SearchValues.Create(
        ["Getty", "AP Photo", "via REUTERS", "Shutterstock", "/AFP", "/ AFP", "/Reuters", "/ Reuters"], StringComparison.Ordinal);

    private static bool IsBylineStart(ReadOnlySpan<char> t) => BylinePrefix(t) > 0;

    /// <summary>Labels that introduce the author's name before the body.</summary>
    private static readonly string[] BylineLabels = ["By ", "Written by ", "Words by ", "Story by ", "Text by ", "Author: ", "Authors: "];

    /// <summary>The length of the byline label that starts <paramref name="t"/> ("By ", "Written by ", "Author: "),
    /// 2 for a lone "By", or 0 when the line is no byline (the label must be followed by a capitalised name, and
    /// the line must be short).</summary>
    private static int BylinePrefix(ReadOnlySpan<char> t)
    {
        if (t.Equals("By", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }
        foreach (var label in BylineLabels)
        {
            if (t.Length > label.Length + 1 && Chars.StartsWithLabel(t, label))
            {
                var rest = Chars.Trim(t[label.Length..]);
                return rest.Length > 0 && char.IsUpper(rest[0]) && Chars.CountWords(t) <= 12 ? label.Length : 0;
            }
        }
        return 0;
    }

    private static int Score(Line line)
    {
        if (line.Bullet || line.Phrase is not null || line.Caption)
        {
            return -6;
        }
        if (line.StampLine || line.Byline)
        {
            return -10;
        }
        if (line.CreditRole is not null)
        {
            return -4;
        }
        if (line.Sentence && line.Words >= 10)
        {
            return Math.Min(line.Words, 150);
        }
        if (line.Sentence && line.Words >= 5)
        {
            return 2;
        }
        return line.Words >= 2 ? -2 : -3;
    }

    // ---- The main text block -------------------------------------------------------------------------------

    /// <summary>The run of lines with the largest total score (Kadane's maximum-sum subarray: one pass). A run of
    /// furniture lines costs more the longer it gets, so a long stretch of navigation or teasers separates the
    /// article from other blocks of text while a lone "Advertisement" does not.</summary>
    private bool FindBlock(out int first, out int last)
    {
        int best = 0, bestFirst = -1, bestLast = -1;
        int sum = 0, start = 0;
        int run = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }
            int score = lines[i].Score;
            if (score < 5)
            {
                run++;
                if (score < 0)
                {
                    score *= Math.Min(run, 10);
                }
            }
            else
            {
                run = 0;
            }
            sum += score;
            if (sum > best)
            {
                best = sum;
                bestFirst = start;
                bestLast = i;
            }
        }
        first = bestFirst;
        last = bestLast;
        if (bestFirst < 0)
        {
            return false;
        }
        ExtendBlock(ref first, ref last);
        return true;
    }

    private const int MaxGap = 150;
    private const int MinGoodLines = 3;
    private const int GoodScore = 10;

    /// <summary>
    /// An article interrupted by a gallery or a newsletter box continues after it: neighbouring runs of at least
    /// <see cref="MinGoodLines"/> paragraphs (teasers come one at a time) join the block, unless the gap holds an
    /// end-of-article marker (comments, "More from", a credit line, a copyright line). Each line is visited a
    /// bounded number of times.
    /// </summary>
    private void ExtendBlock(ref int first, ref int last)
    {
        while (NextSegment(last + 1, 1, out int segFirst, out int segLast) && segFirst - last <= MaxGap && !HardStopBetween(last + 1, segFirst))
        {
            last = segLast;
        }
        while (NextSegment(first - 1, -1, out int segLast, out int segFirst) && first - segLast <= MaxGap && !HardStopBetween(segLast + 1, first))
        {
            first = segFirst;
        }
    }

    /// <summary>Finds, from <paramref name="from"/> in direction <paramref name="step"/>, the next run of good
    /// lines (at most two other lines between neighbours) holding at least <see cref="MinGoodLines"/> of them.</summary>
    private bool NextSegment(int from, int step, out int near, out int far)
    {
        near = far = -1;
        int limit = step > 0 ? Math.Min(lines.Count, from + MaxGap + 1) : Math.Max(-1, from - MaxGap - 1);
        for (int i = from; i != limit; i += step)
        {
            if (lines[i].Score < GoodScore)
            {
                continue;
            }
            int good = 1;
            int end = i;
            int misses = 0;
            for (int j = i + step; j >= 0 && j < lines.Count && misses <= 2; j += step)
            {
                if (lines[j].Score >= GoodScore)
                {
                    good++;
                    end = j;
                    misses = 0;
                }
                else
                {
                    misses++;
                }
            }
            if (good >= MinGoodLines)
            {
                near = i;
                far = end;
                return true;
            }
            i = end;
        }
        return false;
    }

    private bool HardStopBetween(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.CreditRole is not null || line.Text.Contains('©', StringComparison.Ordinal) || (line.Phrase is not null && HardStops.Contains(line.Phrase)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> HardStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "comments", "comment", "more from", "most read", "most popular", "explore further", "all rights reserved",
        "related articles", "related stories", "you may also like", "you might also like", "recommended for you",
        "no comments", "show comments", "view comments", "all comments", "be part of the conversation",
        "join the conversation", "leave a comment", "add comment", "copyright", "more stories", "top stories",
        "comments are", "terms of service", "terms of use", "privacy policy",
    };

    private void ClassifyBlock(int first, int last, List<string> body, List<int> bodyLines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i < first || i > last)
            {
                Furniture(line, "outside the main text block");
                continue;
            }
            if (line.Score > 0 || (line.Sentence && !line.Bullet && line.Phrase is null && !line.Caption && line.CreditRole is null && !line.StampLine && !line.Byline)
                || IsSubheading(i, last))
            {
                line.Role = LineRole.Body;
                line.Reason = line.Score > 0 || line.Sentence ? null : "subheading between paragraphs";
                body.Add(line.Text);
                bodyLines.Add(i);
            }
            else
            {
                Furniture(line, "inside the text block but not running text");
            }
        }
    }

    private static void Furniture(Line line, string where)
    {
        if (line.Caption)
        {
            line.Role = LineRole.Caption;
            line.Reason = "caption or picture credit";
        }
        else if (line.Phrase is not null)
        {
            line.Role = LineRole.Boilerplate;
            line.Reason = "boilerplate phrase \"" + line.Phrase + "\"";
        }
        else if (line.Bullet)
        {
            line.Role = LineRole.Boilerplate;
            line.Reason = "navigation or list item";
        }
        else
        {
            line.Role = LineRole.Boilerplate;
            line.Reason = where;
        }
    }

    /// <summary>A short title-like line standing between paragraphs and followed by running text.</summary>
    private bool IsSubheading(int i, int last)
    {
        var line = lines[i];
        if (i + 1 > last || line.Words < 2 || line.Words > 12 || line.Bullet || line.Phrase is not null || line.Caption
            || line.StampLine || line.Byline || line.CreditRole is not null || !char.IsUpper(line.Text[0]))
        {
            return false;
        }
        return lines[i + 1].Score > 0 && i > 0 && lines[i - 1].Score > 0;
    }

    // ---- Headline and standfirst ---------------------------------------------------------------------------

    private static bool TitleLike(Line line) =>
        (line.Words is >= 3 and <= 30 || (Chars.IsCjk(line.Text[0]) && line.Text.Length is >= 4 and <= 60))
        && line.Text.Length <= 250 && !line.Bullet && line.Phrase is null && !line.Caption
        && !line.StampLine && !line.Byline && line.CreditRole is null
        && line.Text[^1] is not ('.' or ':' or ',' or ';')
        && !line.Text.Contains(" | ", StringComparison.Ordinal)
        && (Capitalised(line.Text[0]) || char.IsDigit(line.Text[0]) || line.Text[0] is '"' or '“' or '‘' or '\'' or '「');

    /// <summary>An upper-case letter, or a letter of a script without case (Chinese, Japanese, Arabic...).</summary>
    private static bool Capitalised(char c) => char.IsUpper(c) || (char.IsLetter(c) && !char.IsLower(c) && !char.IsUpper(c) && c > '\u00FF');

    private int FindHeadline(int first)
    {
        int best = -1;
        int bestScore = int.MinValue;
        int distance = 0;
        for (int i = first - 1; i >= 0 && distance < HeaderWindow; i--, distance++)
        {
            var line = lines[i];
            if (!TitleLike(line))
            {
                continue;
            }
            int score = Math.Min(line.Words, 16) * 2 - distance / 2;
            for (int j = Math.Max(0, i - 3); j < first && j <= i + 8; j++)
            {
                if (j != i && (lines[j].StampLine || lines[j].Byline))
                {
                    score += 12;
                    break;
                }
            }
            if (i + 1 < lines.Count && lines[i + 1].Sentence && lines[i + 1].Words >= 8 && !lines[i + 1].Caption)
            {
                score += 6; // a standfirst follows
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        if (best > 0 && TitleLike(lines[best - 1]) && lines[best - 1].Words <= lines[best].Words)
        {
            // A title-like line just above, no longer: that is the headline and this its deck (standfirst).
            best--;
        }
        if (best >= 0)
        {
            best = WithoutSiteName(best, first);
        }
        if (best < 0 && first == 0 && lines.Count > 1 && TitleLike(lines[0]))
        {
            best = 0;
        }
        return best;
    }

    /// <summary>A page title such as "Headline - Site" or "Headline | Site" above the body gives way to a line
    /// printing the headline alone.</summary>
    private int WithoutSiteName(int best, int first)
    {
        var text = lines[best].Text.AsSpan();
        for (int i = Math.Max(0, first - HeaderWindow); i < first; i++)
        {
            var other = lines[i].Text.AsSpan();
            if (i != best && other.Length < text.Length && lines[i].Words >= 2 && text.StartsWith(other, StringComparison.Ordinal)
                && Chars.Trim(text[other.Length..]) is { Length: > 1 } rest && (Chars.IsDash(rest[0]) || rest[0] is '|' or '·' or '•'))
            {
                return i;
            }
        }
        return best;
    }

    private int FindStandfirst(int headline, int first)
    {
        if (headline < 0 || headline + 1 >= lines.Count)
        {
            return -1;
        }
        var next = lines[headline + 1];
        if (headline + 1 >= first || next.Words < 6 || next.Bullet || next.Caption || next.Phrase is not null
            || next.StampLine || next.Byline || next.CreditRole is not null)
        {
            return -1;
        }
        return headline + 1;
    }

    // ---- Bylines ---------------------------------------------------------------------------------------------

    private void FindBylines(int anchor, int first, int headline, List<Credit> credits)
    {
        int from = Math.Max(0, anchor - 3);
        for (int i = from; i < first; i++)
        {
            var line = lines[i];
            if (!line.Byline)
            {
                continue;
            }
            line.Role = LineRole.Byline;
            line.Reason = null;
            var rest = line.Text.AsSpan(BylinePrefix(line.Text));
            if (Chars.Trim(rest).Length == 0)
            {
                // "By" alone: the names follow on their own lines (handles such as @name skipped).
                for (int j = i + 1; j < first && j <= i + 8; j++)
                {
                    var t = lines[j].Text;
                    if (t[0] == '@')
                    {
                        lines[j].Role = LineRole.Byline;
                        continue;
                    }
                    if (!NameLike(t))
                    {
                        break;
                    }
                    lines[j].Role = LineRole.Byline;
                    lines[j].Reason = null;
                    credits.Add(new Credit(t, PartyKind.Person, CreditRole.Author, "By " + t));
                }
            }
            else
            {
                AddNames(rest, CreditRole.Author, line.Text, credits);
            }
            return;
        }
        // "Posted on May 14, 2020 by Jane Doe": the names after "by" in a stamp line.
        for (int i = from; i < first; i++)
        {
            if (lines[i].Words <= 16 && !lines[i].Sentence && HasDate(lines[i]) && NamesAfterBy(lines[i].Text) is { Count: > 0 } names)
            {
                foreach (var name in names)
                {
                    credits.Add(new Credit(name, PartyKind.Person, CreditRole.Author, lines[i].Text));
                }
                return;
            }
        }
        // No "By": a lone personal name between the headline and the body.
        if (headline < 0)
        {
            return;
        }
        for (int i = headline + 1; i < first && i <= headline + 12; i++)
        {
            var t = lines[i].Text;
            if (IsUpperWord(t) || lines[i].Words > 10)
            {
                continue;
            }
            // "Jane Doe", or "Jane Doe, Staff Writer" and "Jane Doe and John Roe".
            var names = NameLike(t) ? [t] : NamesWithRole(t) is { } withRole ? PersonalNames(withRole) : null;
            if (names is { Count: > 0 })
            {
                foreach (var name in names)
                {
                    credits.Add(new Credit(name, PartyKind.Person, CreditRole.Author, t));
                }
                lines[i].Role = LineRole.Byline;
                lines[i].Reason = "a personal name between the headline and the body";
                uncertainties.Add(Format("Line {0}: took \"{1}\" as the author (a name without \"By\").", lines[i].Number, t));
                return;
            }
        }
    }

    /// <summary>The personal names after " by " in a line ("Posted on May 14, 2020 by Jane Doe and John Roe"), or
    /// null when what follows is not names only.</summary>
    private static List<string>? NamesAfterBy(string t)
    {
        int by = t.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by < 0)
        {
            return null;
        }
        return PersonalNames(Chars.Trim(t.AsSpan(by + 4)).TrimEnd('.'));
    }

    /// <summary>The names in <paramref name="text"/> ("Jane Doe and John Roe") when every one is a personal name
    /// (see <see cref="NameLike"/>), else null.</summary>
    private static List<string>? PersonalNames(ReadOnlySpan<char> text)
    {
        var names = SplitNames(text);
        foreach (var name in names)
        {
            if (!NameLike(name))
            {
                return null;
            }
        }
        return names;
    }

    /// <summary>The names in "Jane Doe, Staff Writer" (the role after the comma made of role words only) or
    /// "Jane Doe and John Roe"; null for anything else.</summary>
    private static string? NamesWithRole(string t)
    {
        int comma = t.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var role = Chars.Trim(t.AsSpan(comma + 1));
            foreach (var range in role.Split(' '))
            {
                if (!Words.IsRoleWord(role[range]))
                {
                    return null;
                }
            }
            return role.Length > 0 ? t[..comma] : null;
        }
        return t.Contains(" and ", StringComparison.Ordinal) || t.Contains(" & ", StringComparison.Ordinal) ? t : null;
    }

    private static bool IsUpperWord(string t)
    {
        foreach (char c in t)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Two to four capitalised words: "Elizabeth Gibney", "Daniel O'Mahony".</summary>
    internal static bool NameLike(ReadOnlySpan<char> t)
    {
        if (t.Length > 40)
        {
            return false;
        }
        int words = 0;
        bool start = true;
        foreach (char c in t)
        {
            if (c == ' ')
            {
                start = true;
                continue;
            }
            if (start)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                words++;
                start = false;
            }
            else if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.'))
            {
                return false;
            }
        }
        if (words is < 2 or > 4)
        {
            return false;
        }
        foreach (var range in t.Split(' '))
        {
            var w = t[range];
            if (Words.IsNotName(w) || Words.IsRoleWord(w))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Adds the names in "ALLY MUTNICK", "Bob Yirka , Phys.org", "JAKE SHERMAN and ANNA PALMER",
    /// "Evan HalperStaff Writer" (a role word glued on), stopping at a stamp.</summary>
    private static void AddNames(ReadOnlySpan<char> rest, CreditRole role, string printed, List<Credit> credits)
    {
        rest = Chars.Trim(rest);
        int cut = rest.IndexOfAny('|', ';', '•');
        if (cut >= 0)
        {
            rest = rest[..cut];
        }
        foreach (var label in (ReadOnlySpan<string>)["Published", "Updated", "Posted", " on ", " - ", " — ", " – "])
        {
            int at = rest.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                rest = rest[..at];
            }
        }
        bool any = false;
        foreach (var part in SplitNames(rest))
        {
            var name = StripRoleWords(part);
            if (name.Length == 0 || (any && !char.IsUpper(name[0])))
            {
                continue;
            }
            if (!NameLike(name) && (any || Chars.CountWords(name) > 5))
            {
                continue; // "Phys.org" after a comma is the site, not a second author.
            }
            var text = name.ToString();
            credits.Add(new Credit(text, Words.IsAgency(text) ? PartyKind.Organisation : PartyKind.Person, role, printed));
            any = true;
        }
    }

    private static List<string> SplitNames(ReadOnlySpan<char> text)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            int skip = 0;
            if (i == text.Length)
            {
                skip = 0;
            }
            else if (text[i] == ',' || text[i] == '&')
            {
                skip = 1;
            }
            else if (i + 5 <= text.Length && text.Slice(i, 5).Equals(" and ", StringComparison.OrdinalIgnoreCase))
            {
                skip = 5;
            }
            else
            {
                continue;
            }
            var part = Chars.Trim(text[start..i]);
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }
            if (i == text.Length)
            {
                break;
            }
            start = i + skip;
            i += skip - 1;
        }
        return parts;
    }

    private static ReadOnlySpan<char> StripRoleWords(ReadOnlySpan<char> name)
    {
        name = Chars.Trim(name);
        // A role word glued to the surname: "HalperStaff Writer".
        for (int i = 1; i < name.Length; i++)
        {
            if (char.IsLower(name[i - 1]) && char.IsUpper(name[i]))
            {
                int end = i;
                while (end < name.Length && char.IsLetter(name[end]))
                {
                    end++;
                }
                if (Words.IsRoleWord(name[i..end]))
                {
                    return Chars.Trim(name[..i]);
                }
            }
        }
        // Trailing role words: "Jane Doe Staff Writer".
        while (true)
        {
            int space = name.LastIndexOf(' ');
            if (space <= 0 || !Words.IsRoleWord(name[(space + 1)..]))
            {
                return name;
            }
            name = Chars.Trim(name[..space]);
        }
    }

    // ---- Dateline -------------------------------------------------------------------------------------------

    private string? FindDateline(int first, List<string> body, List<Credit> credits)
    {
        // On a line of its own just before the body: "WASHINGTON —".
        if (first > 0 && TryDateline(lines[first - 1].Text, out string? place, out string? agency, out int consumed)
            && consumed >= lines[first - 1].Text.Length)
        {
            lines[first - 1].Role = LineRole.Dateline;
            lines[first - 1].Reason = null;
            AddAgency(agency, credits);
            return place;
        }
        if (body.Count > 0 && TryDateline(body[0], out place, out agency, out consumed) && consumed < body[0].Length)
        {
            body[0] = body[0][consumed..];
            AddAgency(agency, credits);
            return place;
        }
        return null;
    }

    private static void AddAgency(string? agency, List<Credit> credits)
    {
        if (agency is not null)
        {
            credits.Add(new Credit(agency, PartyKind.Organisation, CreditRole.SourceAgency, "(" + agency + ")"));
        }
    }

    /// <summary>"BEIJING — ", "HONG KONG (Reuters) - ", "WASHINGTON —": capitals, an optional agency, a dash.</summary>
    internal static bool TryDateline(ReadOnlySpan<char> t, out string? place, out string? agency, out int consumed)
    {
        place = null;
        agency = null;
        consumed = 0;
        int i = 0;
        int letters = 0;
        while (i < t.Length && i < 60 && (char.IsUpper(t[i]) || t[i] is ' ' or ',' or '.' or '\'' or '’' || (t[i] == '-' && i + 1 < t.Length && char.IsUpper(t[i + 1]))))
        {
            if (char.IsLetter(t[i]))
            {
                letters++;
            }
            i++;
        }
        if (letters < 2)
        {
            return false;
        }
        int placeEnd = i;
        if (i < t.Length && t[i] == '(')
        {
            int close = t[i..].IndexOf(')');
            if (close < 2 || close > 40)
            {
                return false;
            }
            agency = t.Slice(i + 1, close - 1).Trim().ToString();
            i += close + 1;
            while (i < t.Length && t[i] == ' ')
            {
                i++;
            }
        }
        if (i >= t.Length || !Chars.IsDash(t[i]) || (i + 1 < t.Length && t[i + 1] != ' ' && t[i + 1] != '\u00A0'))
        {
            return false;
        }
        var p = t[..placeEnd].Trim().TrimEnd(',').Trim();
        if (p.Length < 2)
        {
            return false;
        }
        place = p.ToString();
        i++;
        while (i < t.Length && Chars.IsSpace(t[i]))
        {
            i++;
        }
        consumed = i;
        return true;
    }

    // ---- Credits --------------------------------------------------------------------------------------------

    private void FindCredits(int last, List<string> body, List<int> bodyLines, List<Credit> credits)
    {
        // The last body line may itself be a credit ("— Agence France-Presse").
        while (bodyLines.Count > 0 && lines[bodyLines[^1]].CreditRole is not null)
        {
            int index = bodyLines[^1];
            bodyLines.RemoveAt(bodyLines.Count - 1);
            body.RemoveAt(body.Count - 1);
            lines[index].Role = LineRole.Boilerplate;
            last = Math.Min(last, index - 1);
        }
        int seen = 0;
        for (int i = Math.Max(0, last + 1); i < lines.Count && seen < 8; i++, seen++)
        {
            var line = lines[i];
            if (line.CreditRole is null)
            {
                continue;
            }
            line.Role = LineRole.Credit;
            line.Reason = null;
            var t = line.Text.AsSpan().Trim("()");
            foreach (var range in t.Split(';'))
            {
                var part = Chars.Trim(t[range]);
                var role = CreditLine(part, out int nameStart, out int nameEnd);
                if (role is not null)
                {
                    AddNames(part[nameStart..nameEnd], role.Value, line.Text, credits);
                }
            }
        }
    }

    /// <summary>The credit role a line announces ("Additional reporting by", "Editing by", "— AFP", "Associated
    /// Press writer John Roe contributed to this report."), and where the names start and end.</summary>
    private static CreditRole? CreditLine(ReadOnlySpan<char> t, out int nameStart, out int nameEnd)
    {
        nameStart = 0;
        nameEnd = t.Length;
        int shift = t.Length - t.TrimStart('(').Length;
        t = t.TrimStart('(');
        foreach (var (prefix, role) in CreditPrefixes)
        {
            if (t.Length > prefix.Length + 1 && Chars.StartsWithLabel(t, prefix))
            {
                nameStart = prefix.Length + shift;
                return role;
            }
        }
        if (t.Length > 2 && Chars.IsDash(t[0]) && t[1] == ' ' && Chars.CountWords(t) <= 5 && char.IsUpper(t[2]) && !Chars.EndsSentence(t))
        {
            nameStart = 2 + shift;
            return CreditRole.SourceAgency;
        }
        if (ContributedSuffix(t) is > 0 and var end && Chars.CountWords(t) <= 20)
        {
            // "Associated Press writers Jane Doe and John Roe contributed to this report.": the names follow the
            // last role word.
            int start = 0;
            int word = 0;
            while (word < end)
            {
                int space = t[word..end].IndexOf(' ');
                int wordEnd = space < 0 ? end : word + space;
                var w = t[word..wordEnd];
                if (Words.IsRoleWord(w) || (w.Length > 1 && w[^1] == 's' && Words.IsRoleWord(w[..^1])))
                {
                    start = wordEnd + 1;
                }
                word = wordEnd + 1;
            }
            if (start < end)
            {
                nameStart = start + shift;
                nameEnd = end + shift;
                return CreditRole.AdditionalReporting;
            }
        }
        return null;
    }

    private static readonly string[] ContributedSuffixes =
        [" contributed to this report", " contributed reporting", " contributed to this story", " contributed to this article"];

    /// <summary>The last letters of <see cref="ContributedSuffixes"/>: a line ending in another cannot end in one.</summary>
    private static readonly SearchValues<char> ContributedLastLetters = SearchValues.Create(string.Concat(ContributedSuffixes.Select(suffix => suffix[^1])));

    /// <summary>Where " contributed to this report" (or a like ending, before a closing full stop) starts, or -1.</summary>
    private static int ContributedSuffix(ReadOnlySpan<char> t)
    {
        t = t.TrimEnd().TrimEnd(".)");
        if (t.Length == 0 || !ContributedLastLetters.Contains((char)(t[^1] | 0x20)))
        {
            return -1; // most lines stop here
        }
        foreach (var suffix in ContributedSuffixes)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return t.Length - suffix.Length;
            }
        }
        return -1;
    }

    private static readonly (string Prefix, CreditRole Role)[] CreditPrefixes =
    [
        ("Additional reporting by ", CreditRole.AdditionalReporting),
        ("With additional reporting by ", CreditRole.AdditionalReporting),
        ("Additional reporting from ", CreditRole.AdditionalReporting),
        ("Reporting by ", CreditRole.Author),
        ("Reported by ", CreditRole.Author),
        ("Writing by ", CreditRole.Author),
        ("Written by ", CreditRole.Author),
        ("Compiled by ", CreditRole.Author),
        ("Editing by ", CreditRole.Editor),
        ("Edited by ", CreditRole.Editor),
        ("Photographs by ", CreditRole.Photographer),
        ("Photos by ", CreditRole.Photographer),
    ];

    // ---- Stamps ---------------------------------------------------------------------------------------------

    private const int AfterBodyWindow = 20;

    private (Moment? Published, Moment? Updated) FindStamps(int anchor, int first, int last)
    {
        // Every stamp found, scored: (key, score as publication stamp, score as update stamp or MinValue).
        var candidates = new List<(int Key, int Published, int Updated)>();
        int from = Math.Max(0, first - HeaderWindow);
        int to = Math.Min(lines.Count - 1, last);
        for (int i = from; i <= to; i++)
        {
            var line = lines[i];
            if ((i >= first && line.Role == LineRole.Body) || !HasDate(line))
            {
                continue;
            }
            for (int k = 0; k < (line.HasDate2 ? 2 : 1); k++)
            {
                var (date, kind) = k == 0 ? (line.Date, line.Stamp) : (line.Date2, line.Stamp2);
                int score = (line.StampLine ? 10 : 0) - Math.Abs(i - anchor) * 2 + (i < first ? 20 : 0) + (date.HasTime ? 2 : 0);
                candidates.Add((i * 2 + k, kind == Stamp.Updated ? score - 40 : kind == Stamp.Published ? score + 30 : score, kind == Stamp.Updated ? score : int.MinValue));
            }
        }
        if (!candidates.Exists(c => DateOf(c.Key).Moment is not null))
        {
            // None above or in the text that could be read: a labelled stamp after it ("This entry was posted on May
            // 14, 2020"), but not a bare date there, which is as likely a comment's or a teaser's.
            for (int i = to + 1; i < lines.Count && i <= to + AfterBodyWindow; i++)
            {
                if (HasDate(lines[i]) && lines[i].Stamp == Stamp.Published && lines[i].Date.Moment is not null)
                {
                    candidates.Add((i * 2, int.MinValue + 1, int.MinValue));
                    break;
                }
            }
        }
        if (candidates.Count == 0)
        {
            return (null, null);
        }
        int best = Choose(candidates, updated: false, out int refusedPublished);
        if (best < 0)
        {
            // Every candidate was refused: the best one's reason is the import's failure.
            var refused = lines[refusedPublished / 2];
            var stamp = DateOf(refusedPublished);
            stampFailure = Format(TextImporter.RefusedStampMessage, refused.Number, refused.Text.AsSpan(stamp.PrintedStart, stamp.End - stamp.PrintedStart).ToString(), stamp.Failure);
            stampFailureLine = refused.Number;
            return (null, null);
        }
        var published = ReadStamp(best);
        if (published is not null && published.Precision == MomentPrecision.Day && !published.IsRelative)
        {
            uncertainties.Add(Format("Line {0}: the publication stamp \"{1}\" has no time of day; the moment is date-only.", lines[best / 2].Number, published.Printed));
        }
        Moment? updated = null;
        int bestUpdated = Choose(candidates, updated: true, out _);
        if (bestUpdated >= 0 && bestUpdated != best)
        {
            updated = ReadStamp(bestUpdated);
            if (updated is not null && published is not null && updated.Instant < published.Instant)
            {
                uncertainties.Add(Format("Line {0}: the update stamp is before the publication stamp; ignored.", lines[bestUpdated / 2].Number));
                updated = null;
            }
        }
        return (published, updated);
    }

    private string? stampFailure;
    private int stampFailureLine;

    /// <summary>The key of the best-scored candidate whose stamp could be read. When a better-scored one was refused
    /// (a weekday that does not agree, an abbreviation of another zone, a relative stamp without a reference), the
    /// refusal is reported as an uncertainty naming both lines; when every candidate was refused, returns -1 with the
    /// best refused one in <paramref name="refused"/>.</summary>
    private int Choose(List<(int Key, int Published, int Updated)> candidates, bool updated, out int refused)
    {
        refused = -1;
        int refusedScore = int.MinValue;
        int best = -1, bestScore = int.MinValue;
        foreach (var (key, publishedScore, updatedScore) in candidates)
        {
            int score = updated ? updatedScore : publishedScore;
            if (score == int.MinValue)
            {
                continue;
            }
            if (DateOf(key).Moment is null)
            {
                if (score > refusedScore)
                {
                    refusedScore = score;
                    refused = key;
                }
            }
            else if (score > bestScore)
            {
                bestScore = score;
                best = key;
            }
        }
        if (refused >= 0 && refusedScore > bestScore)
        {
            var line = lines[refused / 2];
            var stamp = DateOf(refused);
            line.Role = LineRole.Stamp;
            line.Reason = "a stamp that was refused";
            uncertainties.Add(Format(
                best >= 0 ? "Line {0}: refused the stamp \"{1}\": {2} Used the stamp on line {3} instead." : "Line {0}: refused the stamp \"{1}\": {2}",
                line.Number,
                line.Text.AsSpan(stamp.PrintedStart, stamp.End - stamp.PrintedStart).ToString(),
                stamp.Failure,
                best >= 0 ? lines[best / 2].Number : 0));
        }
        return best;
    }

    private FoundStamp DateOf(int key) => key % 2 == 0 ? lines[key / 2].Date : lines[key / 2].Date2;

    /// <summary>The moment of stamp <paramref name="key"/> (line index × 2 + which of the line's stamps), read by the
    /// stamp reader when the line was described; marks its line as a stamp.</summary>
    private Moment? ReadStamp(int key)
    {
        var line = lines[key / 2];
        var moment = DateOf(key).Moment;
        if (moment is null)
        {
            return null;
        }
        if (line.Role != LineRole.Byline && line.Role != LineRole.Body)
        {
            line.Role = LineRole.Stamp;
            line.Reason = line.StampLine ? null : "a stamp inside a longer line";
        }
        return moment;
    }
}
