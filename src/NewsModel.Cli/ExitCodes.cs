namespace NewsModel.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and written; for validate, no finding of error severity.</summary>
    public const int Success = 0;

    /// <summary>validate: at least one article has a finding of error severity.</summary>
    public const int Findings = 1;

    /// <summary>At least one input could not be read, imported or converted (each is reported with its file and line).</summary>
    public const int InputError = 2;

    /// <summary>The command line itself is wrong (unknown option, missing argument, bad zone id).</summary>
    public const int Usage = 64;
}
