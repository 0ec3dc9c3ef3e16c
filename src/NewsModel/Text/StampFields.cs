namespace NewsModel.Text;

/// <summary>The fields a stamp style read, with the positions to report failures at. A mutable scratch value
/// that lives on the stack for one parse.</summary>
internal struct StampFields
{
    internal int Year;
    internal int Month;
    internal int Day;
    internal int Hour;
    internal int Minute;
    internal int Second;
    internal int Nanosecond;

    internal int DatePosition;
    internal int YearPosition;
    internal int MonthPosition;
    internal int DayPosition;
    internal int HourPosition;
    internal int MinutePosition;
    internal int SecondPosition;

    /// <summary>True when no time of day was printed (a date-only stamp).</summary>
    internal bool NoTime;

    /// <summary>True when an hour was printed without minutes (<c>5pm</c>).</summary>
    internal bool NoMinutes;

    /// <summary>True when a fraction of a second was printed.</summary>
    internal bool FractionPrinted;

    /// <summary>True when the hour was printed on a 12-hour clock with am/pm.</summary>
    internal bool TwelveHour;
    internal bool Pm;

    /// <summary>ISO weekday printed (1 Monday to 7 Sunday), or 0 when none was printed.</summary>
    internal int Weekday;
    internal int WeekdayPosition;

    /// <summary>True when the stamp printed an offset (or a name that means UTC).</summary>
    internal bool HasOffset;
    internal int OffsetSeconds;
    internal int OffsetPosition;

    /// <summary>A printed zone abbreviation (length 0 when none), checked against the zone.</summary>
    internal int AbbreviationStart;
    internal int AbbreviationLength;

    /// <summary>A zone id in brackets (length 0 when none).</summary>
    internal int ZoneIdStart;
    internal int ZoneIdLength;

    /// <summary>A local time printed beside the universal time (wire style), checked against the zone.</summary>
    internal bool HasCheckTime;
    internal int CheckHour;
    internal int CheckMinute;
    internal int CheckPosition;

    /// <summary>What the printed fields state: the day, the hour, the minute, the second, or more.</summary>
    internal readonly MomentPrecision Precision =>
        NoTime ? MomentPrecision.Day
        : NoMinutes ? MomentPrecision.Hour
        : FractionPrinted ? MomentPrecision.Exact
        : SecondPosition > 0 ? MomentPrecision.Second
        : MomentPrecision.Minute;
}
