namespace NewsModel;

/// <summary>Where an article stands in its life.</summary>
public enum ArticleStatus
{
    /// <summary>Published (the default): it has a publication moment.</summary>
    Published = 0,

    /// <summary>A draft, not yet published: it needs no publication moment and should have none.</summary>
    Draft = 1,

    /// <summary>Scheduled for publication at <see cref="Timeline.Scheduled"/>; it has no publication moment yet.</summary>
    Scheduled = 2,

    /// <summary>Withdrawn (killed) after publication: <see cref="Timeline.Withdrawal"/> says when and why.</summary>
    Withdrawn = 3,
}
