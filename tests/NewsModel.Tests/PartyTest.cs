using System;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests;

public class PartyTest
{
    [Fact]
    public void Constructor_EmptyName_ThrowsNamingName() =>
        FluentActions.Invoking(() => new Party("")).Should().Throw<ArgumentException>().WithParameterName("name");

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind() =>
        FluentActions.Invoking(() => new Party("Song Il-ho", (PartyKind)7)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");

    [Theory]
    [InlineData("name")]
    [InlineData("role")]
    [InlineData("affiliation")]
    public void Constructor_LoneSurrogate_ThrowsNamingIt(string parameter)
    {
        string bad = "head " + (char)0xDC00;
        FluentActions.Invoking(() => new Party(parameter == "name" ? bad : "Song", PartyKind.Person, parameter == "role" ? bad : null, parameter == "affiliation" ? bad : null))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData("", null, "role")]
    [InlineData(null, "", "affiliation")]
    public void Constructor_EmptyOptionalText_ThrowsNamingIt(string? role, string? affiliation, string parameter) =>
        FluentActions.Invoking(() => new Party("Junichi Ihara", PartyKind.Person, role, affiliation)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void WithRoleAndAffiliation_Copies_KeepOtherMembers()
    {
        var party = new Party("Junichi Ihara").WithRole("head of the bureau").WithAffiliation("Japanese Foreign Ministry");
        party.Should().Be(new Party("Junichi Ihara", PartyKind.Person, "head of the bureau", "Japanese Foreign Ministry"));
        party.ToString().Should().Be("Junichi Ihara, head of the bureau (Japanese Foreign Ministry)");
    }

    [Fact]
    public void Equals_ValueSemantics_AllMembersCount() =>
        EqualityAssert.Contract(
            new Party("Kyodo", PartyKind.Organisation, "news agency", "Kyodo News"),
            new Party("Kyodo", PartyKind.Organisation, "news agency", "Kyodo News"),
            new Party("Kyodo", PartyKind.Person, "news agency", "Kyodo News"),
            new Party("kyodo", PartyKind.Organisation, "news agency", "Kyodo News"),
            new Party("Kyodo", PartyKind.Organisation, null, "Kyodo News"),
            new Party("Kyodo", PartyKind.Organisation, "news agency"));
}
