namespace NewsModel;

/// <summary>
/// What a <see cref="Moment"/> knows: the finest unit its source stated. A stamp printed as
/// <c>Published May 14, 2020</c> knows the day only; <c>5:31am</c> knows the minute; an RFC 3339 value with a
/// fraction knows more than the second.
/// </summary>
/// <remarks>
/// <para>An absolute <see cref="Day"/> moment is the start of that day in its zone (NodaTime's <c>AtStartOfDay</c>,
/// so a day that begins with a daylight-saving gap starts when the clocks show the first valid time). An
/// <see cref="Hour"/>, <see cref="Minute"/> or <see cref="Second"/> moment is the instant the printed clock showed
/// (which need not be a whole minute on the zone's own clock when the stamp printed another offset). A relative
/// moment (<see cref="Moment.RelativeTo"/>) keeps the instant its reference gives it, and its precision states the
/// unit the page counted in ("2 hours ago" is <see cref="Hour"/>).</para>
/// <para>The values are ordered from finest to coarsest; use the named members, not the numbers.</para>
/// </remarks>
public enum MomentPrecision
{
    /// <summary>As precise as the instant: a fraction of a second was stated, or the moment did not come from
    /// printed text (a CMS value, an instant in code). The default.</summary>
    Exact = 0,

    /// <summary>To the second: the seconds were printed, no fraction.</summary>
    Second = 1,

    /// <summary>To the minute: hours and minutes were printed (<c>5:31am</c>).</summary>
    Minute = 2,

    /// <summary>To the hour: a relative stamp counted hours (<c>2 hours ago</c>) or a time printed without
    /// minutes.</summary>
    Hour = 3,

    /// <summary>The date only: no time of day was printed (<c>Published May 14, 2020</c>).</summary>
    Day = 4,
}
