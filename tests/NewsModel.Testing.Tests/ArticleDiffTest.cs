using System.Linq;

namespace NewsModel.Testing.Tests;

public class ArticleDiffTest
{
    [Fact]
    public void Compare_EqualArticles_NoDifferences()
    {
        ArticleDiff.Compare(SampleArticles.HarbourFerryFares, SampleArticles.HarbourFerryFares).Should().BeEmpty();
        ArticleDiff.Describe(SampleArticles.CouncilDebate, SampleArticles.CouncilDebate).Should().Be("(no differences)");
    }

    [Fact]
    public void Compare_ChangedSpeakerRole_NamesThePartyAndEveryQuoteOfTheSpeaker()
    {
        // A resolved speaker is one of the parties, so a changed role changes the party and each of its quotes.
        var a = SampleArticles.HarbourFerryFares;
        var lam = a.Parties[1];
        var chair = lam.WithRole("chair");
        var changed = a.WithPartiesAndQuotes(
            a.Parties.SetItem(1, chair),
            a.Quotes.Select(q => q.Attribution.Speaker == lam ? q.WithAttribution(new Attribution(chair, q.Attribution.Mention, q.Attribution.Cue, q.Attribution.Via)) : q));
        const string Old = "\"chairman of the Kowloon Commuters' Alliance\"";
        ArticleDiff.Compare(a, changed).Should().Equal(
            new ArticleDifference("parties[1].role", Old, "\"chair\""),
            new ArticleDifference("quotes[1].attribution.speaker.role", Old, "\"chair\""),
            new ArticleDifference("quotes[3].attribution.speaker.role", Old, "\"chair\""),
            new ArticleDifference("quotes[4].attribution.speaker.role", Old, "\"chair\""));
    }

    [Fact]
    public void Compare_ExtraParagraphAndMissingUpdate_ListsBothReadably()
    {
        var a = SampleArticles.HarbourFerryFares;
        var b = a.WithBody(a.Body.Add("New paragraph.")).WithTimeline(a.Timeline.WithUpdated(null));
        string text = ArticleDiff.Describe(a, b);
        text.Should().StartWith("2 difference(s):");
        text.Should().Contain("timeline.updated: 2025-10-14T18:42:00+08:00[Asia/Hong_Kong] ~minute \"Tuesday, 14 October, 2025, 6:42pm\" \u2192 (absent)");
        text.Should().Contain("body[7]: (absent) \u2192 Paragraph: New paragraph.");
    }

    [Fact]
    public void Compare_MomentsDifferingInPrecisionOrReference_NamesTheMember()
    {
        var a = SampleArticles.HarbourFerryFares;
        var published = a.Timeline.Published!;
        var reference = published.Instant + NodaTime.Duration.FromHours(2);
        var b = a.WithTimeline(a.Timeline.WithPublished(new Moment(published.Instant, published.Zone, published.Printed, MomentPrecision.Hour, reference)));
        ArticleDiff.Compare(a, b).Should().Equal(
            new ArticleDifference("timeline.published.precision", "\"Minute\"", "\"Hour\""),
            new ArticleDifference("timeline.published.relativeTo", "(absent)", "\"" + reference + "\""));
    }

    [Fact]
    public void Compare_AnyTwoRandomArticles_EmptyExactlyWhenEqual()
    {
        var left = new RandomArticles(11).Take(40).ToList();
        var right = new RandomArticles(11).Take(40).Select((a, i) => i % 2 == 0 ? a : a.WithHeadline(a.Headline + ".")).ToList();
        for (int i = 0; i < left.Count; i++)
        {
            (ArticleDiff.Compare(left[i], right[i]).Count == 0).Should().Be(left[i].Equals(right[i]));
        }
    }

    [Fact]
    public void Compare_AnyTwoRichRandomArticles_EmptyExactlyWhenEqual()
    {
        var left = new RandomArticles(12) { Publishable = false }.Take(60).ToList();
        var right = new RandomArticles(12) { Publishable = false }.Take(60).ToList();
        for (int i = 0; i < left.Count; i++)
        {
            ArticleDiff.Compare(left[i], right[i]).Should().BeEmpty();
            var other = left[(i + 1) % left.Count];
            (ArticleDiff.Compare(left[i], other).Count == 0).Should().Be(left[i].Equals(other));
        }
    }
}
