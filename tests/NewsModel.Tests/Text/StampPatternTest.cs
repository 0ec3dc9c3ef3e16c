using System;
using System.Globalization;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

/// <summary>Shared helpers; the tests are split by concern into StampPatternTest.*.cs.</summary>
public partial class StampPatternTest
{
    internal static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    internal static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    internal static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    internal static readonly DateTimeZone LordHowe = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];
    internal static readonly DateTimeZone Dhaka = DateTimeZoneProviders.Tzdb["Asia/Dhaka"];
    internal static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    internal static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    internal static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
    internal static readonly DateTimeZone Dublin = DateTimeZoneProviders.Tzdb["Europe/Dublin"];
    internal static readonly DateTimeZone Monrovia = DateTimeZoneProviders.Tzdb["Africa/Monrovia"];

    internal static string Message(string template, int position, string? a1 = null, string? a2 = null, string? a3 = null) =>
        string.Format(CultureInfo.InvariantCulture, template, position, a1, a2, a3);

    internal static Instant Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        Instant.FromUtc(year, month, day, hour, minute, second);

    internal static Moment ParseOk(StampPattern pattern, string text, DateTimeZone zone)
    {
        var result = pattern.Parse(text, zone);
        result.Success.Should().BeTrue(result.Message);
        return result.Value;
    }

    internal static ParseResult<Moment> ParseFails(StampPattern pattern, string text, DateTimeZone zone)
    {
        var result = pattern.Parse(text, zone);
        result.Success.Should().BeFalse("'{0}' should not parse with {1}", text, pattern);
        return result;
    }
}
