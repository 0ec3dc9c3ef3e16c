using System;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests;

public class CreditTest
{
    [Fact]
    public void Constructor_EmptyName_ThrowsNamingName() =>
        FluentActions.Invoking(() => new Credit("", PartyKind.Organisation, CreditRole.AdditionalReporting)).Should().Throw<ArgumentException>().WithParameterName("name");

    [Fact]
    public void Constructor_UndefinedRole_ThrowsNamingRole() =>
        FluentActions.Invoking(() => new Credit("AP", PartyKind.Organisation, (CreditRole)42)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");

    [Fact]
    public void Constructor_EmptyPrinted_ThrowsNamingPrinted() =>
        FluentActions.Invoking(() => new Credit("AP", PartyKind.Organisation, CreditRole.SourceAgency, "")).Should().Throw<ArgumentException>().WithParameterName("printed");

    [Fact]
    public void Equals_ValueSemantics_AllMembersCount() =>
        EqualityAssert.Contract(
            new Credit("Associated Press", PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by Associated Press"),
            new Credit("Associated Press", PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by Associated Press"),
            new Credit("Associated Press", PartyKind.Person, CreditRole.AdditionalReporting, "Additional reporting by Associated Press"),
            new Credit("Associated Press", PartyKind.Organisation, CreditRole.SourceAgency, "Additional reporting by Associated Press"),
            new Credit("Associated Press", PartyKind.Organisation, CreditRole.AdditionalReporting),
            new Credit("AP", PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by Associated Press"));
}

public class CorrectionTest
{
    private static readonly Moment At = new(Instant.FromUtc(2014, 3, 31, 9, 9), DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"]);

    [Fact]
    public void Constructor_NullMoment_ThrowsNamingMoment() =>
        FluentActions.Invoking(() => new Correction(null!, "Fixed.")).Should().Throw<ArgumentNullException>().WithParameterName("moment");

    [Fact]
    public void Constructor_EmptyText_ThrowsNamingText() =>
        FluentActions.Invoking(() => new Correction(At, "")).Should().Throw<ArgumentException>().WithParameterName("text");

    [Fact]
    public void Equals_ValueSemantics_MomentAndText() =>
        EqualityAssert.Contract(
            new Correction(At, "Fixed."),
            new Correction(new Moment(At.Instant, At.Zone), "Fixed."),
            new Correction(At, "Fixed"),
            new Correction(At.WithPrinted("5:09pm"), "Fixed."));
}
