using System;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;
using NodaTime;

namespace NewsModel.Tests.Text;

/// <summary>Issue 14: a stamp parser's cost follows the length of what it is given, even when it is no stamp.</summary>
[Collection(Scaling.Collection)]
public class StampPatternScalingTest
{
    private static readonly DateTimeZone ScalingZone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    [Theory]
    [InlineData("PUBLISHED : Monday, 31 March, 2014, 5:31am")]
    [InlineData("10:00am, 20 Jan, 2020 ")]
    [InlineData("31 ")]
    [InlineData("Published ")]
    public void ParseAnyAndStampReader_LongText_Linear(string start)
    {
        Scaling.IsLinear(n => start + new string(' ', n) + "x", text => StampPattern.ParseAny(text, ScalingZone), n: 10_000);
        Scaling.IsLinear(n => start + new string('9', n), text => StampReader.Default.Parse(text, ScalingZone), n: 10_000);
        Scaling.IsLinear(n => start + string.Concat(System.Linq.Enumerable.Repeat("31 March ", n)), text => StampPattern.General.Parse(text, ScalingZone), n: 1_000);
    }
}
