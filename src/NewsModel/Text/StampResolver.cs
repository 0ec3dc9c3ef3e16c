namespace NewsModel.Text;

/// <summary>
/// How a stamp pattern maps a printed local time the zone's clocks showed twice (an ambiguity, when clocks go
/// back) or never (a gap, when clocks go forward), in the manner of NodaTime's resolvers.
/// </summary>
public enum StampResolver
{
    /// <summary>Fail with a message naming the zone and both candidate instants (the default).</summary>
    Strict = 0,

    /// <summary>Take the earlier candidate instant: for an ambiguity the first occurrence; for a gap the
    /// instant the time denotes at the offset after the transition.</summary>
    Earlier = 1,

    /// <summary>Take the later candidate instant: for an ambiguity the second occurrence; for a gap the instant
    /// the time denotes at the offset before the transition (the clock time shifted forward by the gap, as
    /// NodaTime's lenient resolver does).</summary>
    Later = 2,
}
