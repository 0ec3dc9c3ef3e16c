using System;
using System.Linq;
using NodaTime;

namespace NewsModel.Testing.Tests;

/// <summary>The diff names every part of Model 2 by its path in the native format: blocks by index, their members and
/// marks, media, taxonomy, rights, status, lifecycle moments, attribution kinds and identities.</summary>
public class ArticleDiffModel2Test
{
    private static readonly Article A = SampleArticles.FerryFaresExplained;

    private static Article WithBlock(int index, Block block) => A.WithBlocks(A.Blocks.SetItem(index, block));

    private static Article WithAsset(Func<MediaAsset, MediaAsset> change) => A.WithMedia(A.Media.SetItem(0, change(A.Media[0])), A.LeadMedia);

    private static MediaAsset Asset(MediaAsset m, string? altText = null, InlineText? caption = null, Credit? credit = null, Rights? rights = null, int? width = null, Rendition[]? renditions = null) =>
        new(m.Id, m.Kind, m.Uri, m.MediaType, altText ?? m.AltText, caption ?? m.Caption, credit ?? m.Credit, rights ?? m.Rights, width ?? m.Width, m.Height, m.Duration,
            renditions ?? (System.Collections.Generic.IEnumerable<Rendition>)m.Renditions, m.Items);

    private static void ShouldDifferOnlyIn(Article b, string path, string expected, string actual) =>
        ArticleDiff.Compare(A, b).Should().Equal(new ArticleDifference(path, expected, actual));

    [Fact]
    public void Compare_BlockOfAnotherKind_NamesIndexAndBothKinds() =>
        ShouldDifferOnlyIn(WithBlock(2, Block.Paragraph("What changes")), "body[2]", "Heading 2: What changes", "Paragraph: What changes");

    [Fact]
    public void Compare_HeadingLevel_NamesLevel() =>
        ShouldDifferOnlyIn(WithBlock(2, new HeadingBlock(3, "What changes")), "body[2].level", "2", "3");

    [Fact]
    public void Compare_BlockText_NamesText() =>
        ShouldDifferOnlyIn(WithBlock(17, Block.Paragraph("The operator carried 18,000 passengers.")), "body[17].text",
            "\"" + A.Body[17] + "\"", "\"The operator carried 18,000 passengers.\"");

    [Fact]
    public void Compare_MarkHref_NamesTheMarkAndMember()
    {
        var text = ((ParagraphBlock)A.Blocks[0]).Text;
        var link = text.Marks[1];
        var changed = text.WithMarks([text.Marks[0], Mark.Link(link.Range, "https://www.td.gov.hk/", link.Title)]);
        ShouldDifferOnlyIn(WithBlock(0, new ParagraphBlock(changed)), "body[0].marks[1].href", "\"" + link.Href + "\"", "\"https://www.td.gov.hk/\"");
    }

    [Fact]
    public void Compare_MarkMissingOrOfAnotherKind_NamesTheMark()
    {
        var text = ((ParagraphBlock)A.Blocks[0]).Text;
        var strong = text.Marks[0];
        var emphasis = WithBlock(0, new ParagraphBlock(text.WithMarks([Mark.Emphasis(strong.Range), text.Marks[1]])));
        ShouldDifferOnlyIn(emphasis, "body[0].marks[0].type", "\"Strong\"", "\"Emphasis\"");
        var fewer = WithBlock(0, new ParagraphBlock(text.WithMarks([strong])));
        ShouldDifferOnlyIn(fewer, "body[0].marks[1]", text.Marks[1].ToString(), "(absent)");
    }

    [Fact]
    public void Compare_ListOrderAndItem_NamesEach()
    {
        var list = (ListBlock)A.Blocks[5];
        var b = WithBlock(5, new ListBlock(list.Items.SetItem(0, "Weekday adult fares rise by 50 cents"), ordered: true));
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference("body[5].ordered", "false", "true"),
            new ArticleDifference("body[5].items[0].text", "\"Weekday adult fares rise by 40 cents\"", "\"Weekday adult fares rise by 50 cents\""));
    }

    [Fact]
    public void Compare_TableCellAndHeaderRow_NamesRowAndCell()
    {
        var table = (TableBlock)A.Blocks[4];
        var rows = table.Rows.Select(r => (System.Collections.Generic.IEnumerable<InlineText>)r).ToList();
        rows[1] = table.Rows[1].SetItem(2, "HK$5.50");
        ArticleDiff.Compare(A, WithBlock(4, new TableBlock(rows, headerRow: false))).Should().Equal(
            new ArticleDifference("body[4].headerRow", "true", "false"),
            new ArticleDifference("body[4].rows[1].cells[2].text", "\"HK$5.40\"", "\"HK$5.50\""));
    }

    [Fact]
    public void Compare_OtherBlockMembers_NameTheirNativeNames()
    {
        ShouldDifferOnlyIn(WithBlock(9, new QuoteBlock(((QuoteBlock)A.Blocks[9]).Text, pull: true)), "body[9].citation", "\"Margaret Leung Wai-ling\"", "(absent)");
        ShouldDifferOnlyIn(WithBlock(14, new EmbedBlock("https://www.youtube.com/watch?v=x", "YouTube", ((EmbedBlock)A.Blocks[14]).FallbackHtml)), "body[14].url", "\"https://www.youtube.com/watch?v=hh-star-ferry-2025\"", "\"https://www.youtube.com/watch?v=x\"");
        var embed = (EmbedBlock)A.Blocks[14];
        ShouldDifferOnlyIn(WithBlock(14, new EmbedBlock(embed.Url, "Vimeo", embed.FallbackHtml)), "body[14].provider", "\"YouTube\"", "\"Vimeo\"");
        ShouldDifferOnlyIn(WithBlock(15, new PreformattedBlock("06:30")), "body[15].text", "\"" + A.Body[15] + "\"", "\"06:30\"");
        var related = (RelatedLinkBlock)A.Blocks[18];
        ShouldDifferOnlyIn(WithBlock(18, new RelatedLinkBlock(related.Url, related.Title)), "body[18].article", "\"" + related.ArticleId + "\"", "(absent)");
        ShouldDifferOnlyIn(WithBlock(19, new RawHtmlBlock("<hr>")), "body[19].html", "\"" + ((RawHtmlBlock)A.Blocks[19]).Html + "\"", "\"<hr>\"");
    }

    [Fact]
    public void Compare_MediaMembers_NameAssetAndMember()
    {
        var m = A.Media[0];
        ShouldDifferOnlyIn(WithAsset(x => Asset(x, altText: "A ferry")), "media[0].altText", "\"" + m.AltText + "\"", "\"A ferry\"");
        ShouldDifferOnlyIn(WithAsset(x => Asset(x, width: 2000)), "media[0].width", "2400", "2000");
        ShouldDifferOnlyIn(WithAsset(x => Asset(x, caption: new InlineText(x.Caption!.Text))), "media[0].caption.marks[0]", m.Caption!.Marks[0].ToString(), "(absent)");
        ShouldDifferOnlyIn(WithAsset(x => Asset(x, credit: x.Credit!.WithIdentity(x.Credit.Id, null))), "media[0].credit.profileUrl", "\"" + m.Credit!.ProfileUrl + "\"", "(absent)");
        ShouldDifferOnlyIn(WithAsset(x => Asset(x, rights: new Rights(x.Rights!.Holder, x.Rights.Notice))), "media[0].rights.usageTerms", "\"Editorial use only.\"", "(absent)");
        ShouldDifferOnlyIn(WithAsset(x => Asset(x, renditions: [x.Renditions[0], new Rendition(x.Renditions[1].Uri, 1000, 800, "image/jpeg", "large"), x.Renditions[2]])),
            "media[0].renditions[1].width", "1200", "1000");
    }

    [Fact]
    public void Compare_LeadMedia_NamesIt() =>
        ShouldDifferOnlyIn(A.WithMedia(A.Media, null), "leadMedia", "\"ferry-pier\"", "(absent)");

    [Fact]
    public void Compare_TaxonomyMembers_NameEach()
    {
        var t = A.Taxonomy;
        var b = A.WithTaxonomy(new Taxonomy(null, t.Sections, [new Concept(t.Subjects[0].Name, "medtop:04000001", t.Subjects[0].Scheme, t.Subjects[0].Uri), t.Subjects[1]],
            t.Keywords.SetItem(2, "TD"), t.Genres, 1));
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference("taxonomy.primarySection", "Hong Kong (hong-kong)", "(absent)"),
            new ArticleDifference("taxonomy.subjects[0].code", "\"medtop:04000000\"", "\"medtop:04000001\""),
            new ArticleDifference("taxonomy.keywords[2]", "\"Transport Department\"", "\"TD\""),
            new ArticleDifference("taxonomy.urgency", "4", "1"));
    }

    [Fact]
    public void Compare_Rights_NamesMember() =>
        ShouldDifferOnlyIn(A.WithRights(new Rights("Harbour Herald Ltd", A.Rights!.Notice, usageTerms: A.Rights.UsageTerms)), "rights.holder", "\"Harbour Herald\"", "\"Harbour Herald Ltd\"");

    [Fact]
    public void Compare_StatusAndWithdrawal_NameBoth()
    {
        var withdrawn = new Withdrawal(Moment.FromZoned(new LocalDateTime(2025, 10, 16, 9, 0).InZoneStrictly(A.Publication.Zone)), "Legal advice");
        var b = A.WithStatus(ArticleStatus.Withdrawn).WithTimeline(A.Timeline.WithWithdrawal(withdrawn));
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference("status", "\"Published\"", "\"Withdrawn\""),
            new ArticleDifference("timeline.withdrawal", "(absent)", withdrawn.ToString()));
        var reason = b.WithTimeline(b.Timeline.WithWithdrawal(new Withdrawal(withdrawn.Moment)));
        ArticleDiff.Compare(b, reason).Should().Equal(new ArticleDifference("timeline.withdrawal.reason", "\"Legal advice\"", "(absent)"));
    }

    [Fact]
    public void Compare_ScheduledAndRevisions_NameEach()
    {
        var scheduled = Moment.FromZoned(new LocalDateTime(2025, 10, 15, 7, 0).InZoneStrictly(A.Publication.Zone));
        var revision = A.Timeline.Revisions[0];
        var b = A.WithTimeline(A.Timeline.WithScheduled(scheduled).WithRevisions([new Revision(revision.Moment, "Adds a table")]));
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference("timeline.scheduled", "(absent)", scheduled.ToString()),
            new ArticleDifference("timeline.revisions[0].note", "\"" + revision.Note + "\"", "\"Adds a table\""));
    }

    [Fact]
    public void Compare_AttributionKindAndMention_NameEach()
    {
        int unresolved = A.Quotes.IndexOf(A.Quotes.Single(q => q.Attribution.Kind == AttributionKind.Unresolved));
        var q = A.Quotes[unresolved];
        var b = A.WithQuotes(A.Quotes.SetItem(unresolved, q.WithAttribution(Attribution.Anonymous("a commuter", q.Attribution.Cue))));
        var path = $"quotes[{unresolved}].attribution";
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference(path + ".kind", "\"Unresolved\"", "\"Anonymous\""),
            new ArticleDifference(path + ".mention", "\"she\"", "\"a commuter\""));
    }

    [Fact]
    public void Compare_ResolvedAgainstUnresolved_NamesKindSpeakerAndMention()
    {
        var q = A.Quotes[0];
        var b = A.WithQuotes(A.Quotes.SetItem(0, q.WithAttribution(Attribution.Unresolved("she", q.Attribution.Cue))));
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference("quotes[0].attribution.kind", "\"Resolved\"", "\"Unresolved\""),
            new ArticleDifference("quotes[0].attribution.speaker", q.Attribution.Speaker!.ToString(), "(absent)"),
            new ArticleDifference("quotes[0].attribution.mention", "(absent)", "\"she\""));
    }

    [Fact]
    public void Compare_PartyAndCreditIdentity_NameIdAndProfileUrl()
    {
        var leung = A.Parties[0];
        var renamed = new Party(leung.Name, leung.Kind, leung.Role, leung.Affiliation, "hh-person-2", leung.ProfileUrl);
        var b = A.WithPartiesAndQuotes([renamed], A.Quotes.Select(q => q.Attribution.Speaker == leung ? q.WithAttribution(new Attribution(renamed, q.Attribution.Mention, q.Attribution.Cue, q.Attribution.Via)) : q));
        ArticleDiff.Compare(A, b).Should().Equal(
            new ArticleDifference("parties[0].id", "\"hh-person-margaret-leung\"", "\"hh-person-2\""),
            new ArticleDifference("quotes[0].attribution.speaker.id", "\"hh-person-margaret-leung\"", "\"hh-person-2\""));
        var credit = A.Credits[0];
        ShouldDifferOnlyIn(A.WithCredits([credit.WithIdentity(null, credit.ProfileUrl)]), "credits[0].id", "\"hh-staff-chloe-wong\"", "(absent)");
    }
}
