namespace NewsModel.Text;

/// <summary>The label printed before a stamp, such as <c>PUBLISHED :</c> or <c>Updated:</c>. The label is not
/// part of <see cref="Moment.Printed"/>; it says which timeline entry the stamp belongs to.</summary>
public enum StampLabel
{
    /// <summary>No label was printed.</summary>
    None = 0,

    /// <summary><c>PUBLISHED :</c>, <c>Published:</c> or <c>Posted:</c>.</summary>
    Published = 1,

    /// <summary><c>UPDATED :</c>, <c>Updated:</c> or <c>Last updated:</c>.</summary>
    Updated = 2,
}
