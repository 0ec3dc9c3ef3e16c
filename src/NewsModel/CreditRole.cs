namespace NewsModel;

/// <summary>What a credited person or organisation contributed.</summary>
public enum CreditRole
{
    /// <summary>A byline author ("By ALLY MUTNICK").</summary>
    Author = 0,

    /// <summary>Additional reporting ("Additional reporting by Associated Press").</summary>
    AdditionalReporting = 1,

    /// <summary>A photographer.</summary>
    Photographer = 2,

    /// <summary>The agency the story came from ("— Agence France-Presse").</summary>
    SourceAgency = 3,

    /// <summary>An editor ("Editing by ...").</summary>
    Editor = 4,

    /// <summary>Any other contribution.</summary>
    Contributor = 5,
}
