namespace NewsModel;

/// <summary>
/// The news agencies (wire services) the library recognises by name, in one list that the importer (a quote's
/// channel: "..., Kyodo news agency said") and the validator (a channel that should be credited) share. Immutable.
/// </summary>
internal static class NewsAgencies
{
    /// <summary>Names and short names of news agencies, as printed.</summary>
    internal static readonly string[] Names =
    [
        "AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "Xinhua", "Kyodo", "Yonhap", "Bloomberg",
        "dpa", "ANSA", "EFE", "PA", "Press Association", "Bernama", "Antara", "PTI", "TASS", "Interfax", "CNA", "KCNA",
        "Jiji", "UPI", "AAP",
    ];
}
