using System;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Validation;

internal sealed class CreditsNoneRule() : ArticleRule(RuleCodes.CreditsNone, Severity.Error, "The article must credit someone: an author, an agency or a contributor.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        if (article.Credits.Length == 0)
        {
            context.Report(Paths.Credits, "The article has no credits: no byline, no agency, no contributor. Add who wrote or supplied it.");
        }
    }
}

internal sealed class CreditNameRule() : ArticleRule(RuleCodes.CreditNameEmpty, Severity.Error, "A credit's name must not be only whitespace.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var credits = article.Credits;
        for (int i = 0; i < credits.Length; i++)
        {
            if (TextScan.IsBlank(credits[i].Name))
            {
                context.Report(Paths.Item("credits", i, "name"), string.Create(CultureInfo.InvariantCulture, $"Credit {i + 1} has no name, only whitespace."));
            }
        }
    }
}

internal sealed class CreditDuplicateRule() : ArticleRule(RuleCodes.CreditDuplicate, Severity.Warning, "The same name should not be credited twice with different roles.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var credits = article.Credits;
        if (credits.Length > Groups.SmallCount)
        {
            var earlier = Groups.EarliestDiffering(
                credits.Length,
                i => KindKey(credits[i].Kind, credits[i].Name),
                StringComparer.OrdinalIgnoreCase,
                (i, j) => credits[i].Role != credits[j].Role);
            for (int i = 0; i < credits.Length; i++)
            {
                if (earlier[i] >= 0)
                {
                    Report(credits, i, earlier[i], ref context);
                }
            }
            return;
        }
        for (int i = 1; i < credits.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (credits[i].Kind == credits[j].Kind && credits[i].Role != credits[j].Role && TextScan.SameName(credits[i].Name, credits[j].Name))
                {
                    Report(credits, i, j, ref context);
                    break;
                }
            }
        }
    }

    /// <summary>A key under which names of one kind are the same name (with <see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
    internal static string KindKey(PartyKind kind, string name) => (kind == PartyKind.Person ? "p:" : "o:") + TextScan.NameKey(name);

    private static void Report(ImmutableArray<Credit> credits, int i, int j, ref ValidationContext context) =>
        context.Report(
            Paths.Item("credits", i, "role"),
            string.Create(CultureInfo.InvariantCulture, $"{credits[i].Name} is credited as {credits[i].Role} here and as {credits[j].Role} in credit {j + 1}; keep one credit with the right role."));
}

internal sealed class PartyNameRule() : ArticleRule(RuleCodes.PartyNameEmpty, Severity.Error, "A person's or organisation's name must not be only whitespace.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var parties = article.Parties;
        for (int i = 0; i < parties.Length; i++)
        {
            if (TextScan.IsBlank(parties[i].Name))
            {
                context.Report(Paths.Item("parties", i, "name"), string.Create(CultureInfo.InvariantCulture, $"Person or organisation {i + 1} has no name, only whitespace."));
            }
        }
        // A quote's speaker is one of the parties (the article refuses any other), so a blank speaker is reported here.
    }
}

internal sealed class PartyDuplicateRule() : ArticleRule(RuleCodes.PartyDuplicate, Severity.Error, "The same person or organisation must not be listed twice with different roles or affiliations.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var parties = article.Parties;
        if (parties.Length > Groups.SmallCount)
        {
            var earlier = Groups.EarliestDiffering(
                parties.Length,
                i => CreditDuplicateRule.KindKey(parties[i].Kind, parties[i].Name),
                StringComparer.OrdinalIgnoreCase,
                (i, j) => Differ(parties[i], parties[j]));
            for (int i = 0; i < parties.Length; i++)
            {
                if (earlier[i] >= 0)
                {
                    Report(parties, i, earlier[i], ref context);
                }
            }
            return;
        }
        for (int i = 1; i < parties.Length; i++)
        {
            var party = parties[i];
            for (int j = 0; j < i; j++)
            {
                var earlier = parties[j];
                if (party.Kind == earlier.Kind && TextScan.SameName(party.Name, earlier.Name) && Differ(party, earlier))
                {
                    Report(parties, i, j, ref context);
                    break;
                }
            }
        }
    }

    private static bool Differ(Party party, Party earlier) =>
        !string.Equals(party.Role, earlier.Role, StringComparison.Ordinal) || !string.Equals(party.Affiliation, earlier.Affiliation, StringComparison.Ordinal);

    private static void Report(ImmutableArray<Party> parties, int i, int j, ref ValidationContext context) =>
        context.Report(
            Paths.Item("parties", i),
            string.Create(CultureInfo.InvariantCulture, $"{parties[i].Name} is listed twice, as \"{parties[i].Role ?? "(no role)"}\" here and as \"{parties[j].Role ?? "(no role)"}\" in entry {j + 1}; merge them into one entry."));
}
