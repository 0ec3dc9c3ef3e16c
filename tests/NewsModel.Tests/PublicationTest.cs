using System;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests;

public class PublicationTest
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    [Theory]
    [InlineData(null, "name")]
    [InlineData("", "name")]
    public void Constructor_InvalidName_ThrowsNamingName(string? name, string parameter) =>
        FluentActions.Invoking(() => new Publication(name!, HongKong)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void Constructor_NullZone_ThrowsNamingZone() =>
        FluentActions.Invoking(() => new Publication("SCMP", null!)).Should().Throw<ArgumentNullException>().WithParameterName("zone");

    [Fact]
    public void Constructor_EmptyShortName_ThrowsNamingShortName() =>
        FluentActions.Invoking(() => new Publication("South China Morning Post", HongKong, "")).Should().Throw<ArgumentException>().WithParameterName("shortName");

    [Fact]
    public void ToString_WithShortName_ShowsNameShortNameAndZone() =>
        new Publication("South China Morning Post", HongKong, "SCMP").ToString().Should().Be("South China Morning Post [SCMP] (Asia/Hong_Kong)");

    [Fact]
    public void Equals_ValueSemantics_ZoneComparedById() =>
        EqualityAssert.Contract(
            new Publication("South China Morning Post", HongKong, "SCMP"),
            new Publication("South China Morning Post", DateTimeZoneProviders.Tzdb.GetZoneOrNull("Asia/Hong_Kong")!, "SCMP"),
            new Publication("South China Morning Post", HongKong),
            new Publication("South China Morning Post ", HongKong, "SCMP"),
            new Publication("South China Morning Post", DateTimeZone.Utc, "SCMP"));
}
