namespace NewsModel.Formats.Ninjs;

/// <summary>The ninjs schema version a document is written for.</summary>
public enum NinjsVersion
{
    /// <summary>ninjs 3.1 (camelCase names; <c>http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json</c>). The default.</summary>
    Ninjs31 = 0,

    /// <summary>ninjs 2.1 (lower-case names; <c>http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json</c>), for older consumers.</summary>
    Ninjs21 = 1,
}
