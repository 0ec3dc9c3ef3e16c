using System;
using NewsModel.Validation;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class PartyRulesTest
{
    [Fact]
    public void CreditsNone_NoCredits_ErrorInPublishWarningInArchive()
    {
        var article = Article(credits: Array.Empty<Credit>());
        var publish = Validate(article).With(RuleCodes.CreditsNone).Should().ContainSingle().Subject;
        publish.Path.Should().Be("credits");
        publish.Severity.Should().Be(Severity.Error);
        var archive = Validate(article, ValidationProfile.Archive);
        archive.With(RuleCodes.CreditsNone).Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
        archive.IsValid.Should().BeTrue();
    }

    [Fact]
    public void CreditsNone_AgencyCreditOnly_NotReported()
    {
        var credits = new[] { new Credit("Associated Press", PartyKind.Organisation, CreditRole.AdditionalReporting) };
        Validate(Article(credits: credits)).Contains(RuleCodes.CreditsNone).Should().BeFalse();
    }

    [Fact]
    public void CreditNameEmpty_Whitespace_Reported()
    {
        var credits = new[] { new Credit("Jane Chan", PartyKind.Person, CreditRole.Author), new Credit(" ", PartyKind.Person, CreditRole.Photographer) };
        Validate(Article(credits: credits)).With(RuleCodes.CreditNameEmpty).Should().ContainSingle().Which.Path.Should().Be("credits[1].name");
    }

    [Fact]
    public void CreditNameEmpty_Names_NotReported()
    {
        Validate(Article()).Contains(RuleCodes.CreditNameEmpty).Should().BeFalse();
    }

    [Fact]
    public void CreditDuplicate_SameNameTwoRoles_Reported()
    {
        var credits = new[] { new Credit("Jane Chan", PartyKind.Person, CreditRole.Author), new Credit("jane chan ", PartyKind.Person, CreditRole.Photographer) };
        var finding = Validate(Article(credits: credits)).With(RuleCodes.CreditDuplicate).Should().ContainSingle().Subject;
        finding.Path.Should().Be("credits[1].role");
        finding.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void CreditDuplicate_DifferentNames_NotReported()
    {
        var credits = new[] { new Credit("Jane Chan", PartyKind.Person, CreditRole.Author), new Credit("John Chan", PartyKind.Person, CreditRole.Photographer) };
        Validate(Article(credits: credits)).Contains(RuleCodes.CreditDuplicate).Should().BeFalse();
    }

    [Fact]
    public void PartyNameEmpty_Whitespace_Reported()
    {
        Validate(Article(parties: new[] { Leung, new Party("\u3000") })).With(RuleCodes.PartyNameEmpty).Should().ContainSingle().Which.Path.Should().Be("parties[1].name");
    }

    [Fact]
    public void PartyNameEmpty_WhitespaceSpeaker_ReportedOnceAtTheParty()
    {
        // A speaker is one of the parties (newsmodel/2 writes the speaker as the party's index), so it is reported there.
        var blank = new Party(" ");
        Validate(Article(parties: new[] { blank }, quotes: new[] { DirectQuote(blank) })).With(RuleCodes.PartyNameEmpty)
            .Should().ContainSingle().Which.Path.Should().Be("parties[0].name");
    }

    [Fact]
    public void PartyNameEmpty_Names_NotReported()
    {
        Validate(Article()).Contains(RuleCodes.PartyNameEmpty).Should().BeFalse();
    }

    [Fact]
    public void PartyDuplicate_SamePersonTwoRoles_Reported()
    {
        var again = new Party("Margaret Leung", PartyKind.Person, "chairwoman");
        var finding = Validate(Article(parties: new[] { Leung, again })).With(RuleCodes.PartyDuplicate).Should().ContainSingle().Subject;
        finding.Path.Should().Be("parties[1]");
        finding.Message.Should().Contain("chairwoman").And.Contain("managing director");
    }

    [Fact]
    public void PartyDuplicate_PersonAndOrganisationSameName_NotReported()
    {
        var organisation = new Party("Margaret Leung", PartyKind.Organisation);
        Validate(Article(parties: new[] { Leung, organisation })).Contains(RuleCodes.PartyDuplicate).Should().BeFalse();
    }
}
