namespace NewsModel.Formats;

/// <summary>The loss-report field paths of one timeline moment, built once. Immutable and thread-safe.</summary>
internal sealed class MomentFields
{
    internal static readonly MomentFields Published = new("Timeline.Published");
    internal static readonly MomentFields Updated = new("Timeline.Updated");
    internal static readonly MomentFields Created = new("Timeline.Created");
    internal static readonly MomentFields EmbargoedUntil = new("Timeline.EmbargoedUntil");
    internal static readonly MomentFields Corrections = new("Timeline.Corrections");

    private MomentFields(string path)
    {
        Zone = path + ".Zone";
        Printed = path + ".Printed";
        Offset = path + ".Offset";
        Precision = path + ".Precision";
        RelativeTo = path + ".RelativeTo";
    }

    /// <summary>Gets the path of the moment's zone.</summary>
    internal string Zone { get; }

    /// <summary>Gets the path of the moment's printed text.</summary>
    internal string Printed { get; }

    /// <summary>Gets the path of the moment's offset.</summary>
    internal string Offset { get; }

    /// <summary>Gets the path of the moment's precision (what it knows: the date only, the hour, ...).</summary>
    internal string Precision { get; }

    /// <summary>Gets the path of a relative moment's reference instant.</summary>
    internal string RelativeTo { get; }
}
