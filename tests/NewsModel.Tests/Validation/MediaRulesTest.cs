using System.Linq;
using NewsModel.Validation;
using NodaTime;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class MediaRulesTest
{
    private static Article WithMedia(string? lead, params MediaAsset[] media) => Article().WithMedia(media, lead);

    [Fact]
    public void Media_PublishableImageVideoAudioAndGallery_NoFindings()
    {
        var video = new MediaAsset("clip", MediaKind.Video, renditions: new[] { new Rendition("https://video.example.com/clip-720.mp4", 1280, 720, "video/mp4") }, duration: Duration.FromSeconds(95), rights: Rights.FromNotice("© HH"));
        var audio = new MediaAsset("interview", MediaKind.Audio, "https://audio.example.com/leung.mp3");
        var gallery = new MediaAsset("piers", MediaKind.Gallery, items: new[] { "harbour-1", "harbour-2", "clip" });
        var report = Validate(WithMedia("piers", Image(), Image("harbour-2", credited: false, rights: new Rights(holder: "Harbour Herald")), video, audio, gallery));
        report.Should().BeSameAs(ValidationReport.Empty, report.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void MediaAltMissing_ImageWithoutAlt_ErrorOnPublishWarningOnArchive(string? alt)
    {
        var article = WithMedia(null, Image(), Image("harbour-2", altText: alt));
        var finding = Validate(article).With(RuleCodes.MediaAltMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("media[1].altText");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith("Image \"harbour-2\" (media 2) has no alt text");
        Validate(article, ValidationProfile.Archive).With(RuleCodes.MediaAltMissing).Single().Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void MediaAltMissing_VideoWithoutAlt_NotReported()
    {
        var video = new MediaAsset("clip", MediaKind.Video, "https://video.example.com/clip.mp4");
        Validate(WithMedia(null, video)).Contains(RuleCodes.MediaAltMissing).Should().BeFalse();
    }

    [Fact]
    public void MediaCreditMissing_ImageWithNeitherCreditNorRights_WarningOnPublishInfoOnArchive()
    {
        var article = WithMedia(null, Image(credited: false));
        var finding = Validate(article).With(RuleCodes.MediaCreditMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("media[0].credit");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("neither a credit nor rights");
        Validate(article, ValidationProfile.Archive).With(RuleCodes.MediaCreditMissing).Single().Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public void MediaCreditMissing_CreditOrRightsAlone_NotReported()
    {
        var article = WithMedia(null, Image(), Image("harbour-2", credited: false, rights: new Rights(usageTerms: "Editorial use only")));
        Validate(article).Contains(RuleCodes.MediaCreditMissing).Should().BeFalse();
    }

    [Theory]
    [InlineData(MediaKind.Image)]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Audio)]
    public void MediaUriMissing_NoUriNoRendition_ReportedAsError(MediaKind kind)
    {
        var asset = new MediaAsset("m-1", kind, altText: "Pier", rights: Rights.FromNotice("© HH"));
        var finding = Validate(WithMedia(null, asset)).With(RuleCodes.MediaUriMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("media[0].uri");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith($"{kind} \"m-1\" (media 1) has no URI and no rendition");
    }

    [Fact]
    public void MediaUriMissing_RenditionsOnlyOrGallery_NotReported()
    {
        var image = new MediaAsset("harbour-1", MediaKind.Image, altText: "Pier", rights: Rights.FromNotice("© HH"), renditions: new[] { new Rendition("https://img.example.com/harbour-1-640.jpg", 640) });
        var gallery = new MediaAsset("piers", MediaKind.Gallery, items: new[] { "harbour-1" });
        Validate(WithMedia(null, image, gallery)).Contains(RuleCodes.MediaUriMissing).Should().BeFalse();
    }

    [Fact]
    public void MediaGalleryInvalid_EmptyGallery_ReportedAtItems()
    {
        var finding = Validate(WithMedia(null, new MediaAsset("piers", MediaKind.Gallery))).With(RuleCodes.MediaGalleryInvalid).Should().ContainSingle().Subject;
        finding.Path.Should().Be("media[0].items");
        finding.Message.Should().StartWith("Gallery \"piers\" (media 1) has no items");
    }

    [Fact]
    public void MediaGalleryInvalid_GalleryInGallery_ReportedAtTheItem()
    {
        var inner = new MediaAsset("inner", MediaKind.Gallery, items: new[] { "harbour-1" });
        var outer = new MediaAsset("outer", MediaKind.Gallery, items: new[] { "harbour-1", "inner" });
        var finding = Validate(WithMedia(null, Image(), inner, outer)).With(RuleCodes.MediaGalleryInvalid).Should().ContainSingle().Subject;
        finding.Path.Should().Be("media[2].items[1]");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("lists the gallery \"inner\" as item 2");
    }

    [Fact]
    public void MediaGalleryInvalid_ManyMedia_SameFindingsAsFewMedia()
    {
        // Past Groups.SmallCount assets the rule looks items up by id rather than walking the assets.
        var images = Enumerable.Range(0, 40).Select(i => Image("img-" + i)).ToList();
        var inner = new MediaAsset("inner", MediaKind.Gallery, items: new[] { "img-0" });
        var outer = new MediaAsset("outer", MediaKind.Gallery, items: new[] { "img-1", "inner", "img-39" });
        Validate(WithMedia(null, images.Append(inner).Append(outer).ToArray())).With(RuleCodes.MediaGalleryInvalid).Select(f => f.Path).Should().Equal("media[41].items[1]");
    }

    [Fact]
    public void MediaLeadKind_AudioLead_ReportedAsWarning()
    {
        var audio = new MediaAsset("interview", MediaKind.Audio, "https://audio.example.com/leung.mp3");
        var finding = Validate(WithMedia("interview", Image(), audio)).With(RuleCodes.MediaLeadKind).Should().ContainSingle().Subject;
        finding.Path.Should().Be("leadMedia");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("\"interview\" is an audio recording");
    }

    [Fact]
    public void MediaLeadKind_ImageLead_NotReported()
    {
        Validate(WithMedia("harbour-1", Image())).Contains(RuleCodes.MediaLeadKind).Should().BeFalse();
    }
}
