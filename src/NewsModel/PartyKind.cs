namespace NewsModel;

/// <summary>Whether a named party is a person or an organisation.</summary>
public enum PartyKind
{
    /// <summary>A person.</summary>
    Person = 0,

    /// <summary>An organisation: a government body, a company, a news agency.</summary>
    Organisation = 1,
}
