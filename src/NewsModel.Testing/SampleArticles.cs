using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace NewsModel.Testing;

/// <summary>
/// Ready articles of the NewsModel project's own writing, for tests that need realistic data.
/// </summary>
/// <remarks>Every property returns the same immutable instance; thread-safe.</remarks>
public static class SampleArticles
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    /// <summary>
    /// The project's sample article (its page text is <c>samples/harbour-ferry-fares.txt</c>): a Hong Kong paper's
    /// story with two stamps printed without a zone, direct, partial and indirect quotes (one through a broadcaster,
    /// one from an organisation, one by pronoun) and an agency credit line.
    /// </summary>
    public static Article HarbourFerryFares { get; } = CreateHarbourFerryFares();

    /// <summary>
    /// A US article across a daylight-saving change: published 1:40am EST on 10 March 2019 in New York, updated
    /// 3:25am EDT the same night, 45 minutes later although the clocks moved an hour and three quarters.
    /// </summary>
    public static Article SpringForwardStorm { get; } = new ArticleBuilder()
        .WithId("valley-courier-2019-03-10-overnight-storm")
        .WithPublication("Valley Courier", "America/New_York", "VC")
        .WithHeadline("Overnight storm knocks out power to 40,000 homes")
        .WithDateline("ALBANY, N.Y.")
        .WithPublished(new LocalDateTime(2019, 3, 10, 1, 40), "March 10, 2019, 1:40 a.m. EST")
        .WithUpdated(new LocalDateTime(2019, 3, 10, 3, 25), "March 10, 2019, 3:25 a.m. EDT")
        .AddParagraph("High winds brought down power lines across three counties overnight, the utility said.")
        .AddParagraph("\"Crews will work through the night and we expect most customers back by noon,\" Dana Whitfield, a spokeswoman for Hudson Electric, said.")
        .AddQuote("Crews will work through the night and we expect most customers back by noon", new Party("Dana Whitfield", PartyKind.Person, "a spokeswoman for Hudson Electric", "Hudson Electric"))
        .AddCredit("Ruth Alvarez", CreditRole.Author, PartyKind.Person, "By RUTH ALVAREZ")
        .AddCredit("Associated Press", CreditRole.AdditionalReporting, PartyKind.Organisation, "The Associated Press contributed to this report.")
        .AddPlace("Albany")
        .Build();

    /// <summary>An article with many quotes of every kind from several speakers, channels and mentions.</summary>
    public static Article CouncilDebate { get; } = CreateCouncilDebate();

    /// <summary>A London article with two corrections appended after publication.</summary>
    public static Article CorrectedBudget { get; } = new ArticleBuilder()
        .WithId("morning-ledger-2024-10-30-budget")
        .WithPublication("Morning Ledger", "Europe/London", "ML")
        .WithHeadline("Chancellor raises fuel duty in first budget")
        .WithPublished(new LocalDateTime(2024, 10, 30, 14, 5), "30 October 2024, 2:05pm GMT")
        .WithUpdated(new LocalDateTime(2024, 10, 31, 9, 30), "31 October 2024, 9:30am GMT")
        .AddParagraph("Fuel duty will rise by 2p a litre from April, the Chancellor told MPs on Wednesday.")
        .AddParagraph("An earlier version of this article gave the rise as 3p a litre.")
        .AddCorrection(new LocalDateTime(2024, 10, 30, 16, 0), "An earlier version of this article gave the rise in fuel duty as 3p a litre. It is 2p.")
        .AddCorrection(new LocalDateTime(2024, 10, 31, 9, 30), "The date the rise takes effect has been corrected to April.")
        .AddCredit("Helen Marsh", CreditRole.Author)
        .Build();

    private static Article CreateCouncilDebate()
    {
        var mayor = new Party("Ana Ferreira", PartyKind.Person, "the mayor");
        var councillor = new Party("Tom Reid", PartyKind.Person, "an opposition councillor", "Green Party");
        var union = new Party("Teachers' Union", PartyKind.Organisation);
        return new ArticleBuilder()
            .WithId("coastal-times-2023-06-08-council-debate")
            .WithPublication("Coastal Times", "Australia/Sydney", "CT")
            .WithHeadline("Council splits over school bus cuts")
            .WithPublished(new LocalDateTime(2023, 6, 8, 19, 0), "8 June 2023 7:00pm")
            .AddParagraph("\"We cannot keep a route running for six passengers,\" Ana Ferreira, the mayor, said.")
            .AddQuote("We cannot keep a route running for six passengers", mayor)
            .AddParagraph("Tom Reid, an opposition councillor, replied: \"Those six children still have to get to school.\"")
            .AddQuote("Those six children still have to get to school.", councillor, "replied")
            .AddParagraph("Reid called the decision \"short-sighted\", local radio reported.")
            .AddQuote("short-sighted", councillor, "called", QuoteKind.Partial, "Reid", "local radio")
            .AddParagraph("The Teachers' Union said it would raise the matter with the state government.")
            .AddQuote("it would raise the matter with the state government", union, "said", QuoteKind.Indirect, "The Teachers' Union")
            .AddParagraph("Ferreira said the savings would go to new crossings near three schools. She added: \"This is about safety.\"")
            .AddQuote("the savings would go to new crossings near three schools", mayor, "said", QuoteKind.Indirect, "Ferreira")
            .AddQuote("This is about safety.", mayor, "added", QuoteKind.Direct, "She")
            .AddCredit("Coastal Times staff", CreditRole.Author, PartyKind.Organisation)
            .Build();
    }

    private static Article CreateHarbourFerryFares()
    {
        var body = new[]
        {
            "Cross-harbour ferry fares will rise by an average of 8 per cent from next month, the operator announced on Tuesday, the first increase since 2019.",
            "The Transport Department approved the application after a review of the operator's accounts, which showed fuel and maintenance costs had outpaced passenger numbers for three consecutive years.",
            "\"We have held fares for as long as we responsibly could, but a ferry that cannot pay for its own fuel is not a ferry for long,\" Margaret Leung Wai-ling, managing director of the Harbour Crossing Company, said.",
            "Lam Chi-keung, chairman of the Kowloon Commuters' Alliance, warned: \"Every dollar matters to the families who cross twice a day.\"",
            "Speaking after a meeting with the operator, the alliance said it would ask lawmakers to review the decision, and Lam called the timing \"deeply unfortunate\", the government broadcaster RTHK reported. He added that the group would collect signatures at both piers over the weekend.",
            "Leung said the company would keep concession fares for the elderly unchanged and would review the new fares again in two years.",
            "The operator carried about 18,000 passengers a day last year, down from more than 26,000 before the pandemic.",
        };
        var leung = new Party("Margaret Leung Wai-ling", PartyKind.Person, "managing director of the Harbour Crossing Company", "Harbour Crossing Company");
        var lam = new Party("Lam Chi-keung", PartyKind.Person, "chairman of the Kowloon Commuters' Alliance", "Kowloon Commuters' Alliance");
        var alliance = new Party("Kowloon Commuters' Alliance", PartyKind.Organisation);
        const string Rthk = "government broadcaster RTHK";
        var quotes = new List<Quote>
        {
            At(body, 2, "We have held fares for as long as we responsibly could, but a ferry that cannot pay for its own fuel is not a ferry for long", QuoteKind.Direct, new Attribution(leung, cue: "said")),
            At(body, 3, "Every dollar matters to the families who cross twice a day.", QuoteKind.Direct, new Attribution(lam, cue: "warned")),
            At(body, 4, "it would ask lawmakers to review the decision", QuoteKind.Indirect, new Attribution(alliance, "the alliance", "said", Rthk)),
            At(body, 4, "deeply unfortunate", QuoteKind.Partial, new Attribution(lam, "Lam", "called", Rthk)),
            At(body, 4, "the group would collect signatures at both piers over the weekend", QuoteKind.Indirect, new Attribution(lam, "He", "added")),
            At(body, 5, "the company would keep concession fares for the elderly unchanged and would review the new fares again in two years", QuoteKind.Indirect, new Attribution(leung, "Leung", "said")),
        };
        var publication = new Publication("Harbour Herald", HongKong, "HH");
        var timeline = new Timeline(
            Stamp(new LocalDateTime(2025, 10, 14, 9, 15), "Tuesday, 14 October, 2025, 9:15am"),
            Stamp(new LocalDateTime(2025, 10, 14, 18, 42), "Tuesday, 14 October, 2025, 6:42pm"));
        return new Article(
            "harbour-herald-2025-10-14-star-ferry-fares",
            "Star Ferry fares to rise for first time in six years as fuel costs bite",
            "en",
            publication,
            timeline,
            body,
            credits: new[] { new Credit("Reuters", PartyKind.Organisation, CreditRole.AdditionalReporting, "Additional reporting by Reuters") },
            parties: new[] { leung, lam, alliance },
            quotes: quotes,
            places: ImmutableArray.Create("Kowloon"));
    }

    private static Moment Stamp(LocalDateTime local, string printed) =>
        Moment.FromZoned(local.InZoneStrictly(HongKong), printed, MomentPrecision.Minute);

    /// <summary>A quote whose range is found by ordinal search in its paragraph (the first occurrence).</summary>
    private static Quote At(string[] body, int paragraph, string text, QuoteKind kind, Attribution attribution)
    {
        int start = body[paragraph].IndexOf(text, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"Sample quote not found in paragraph {paragraph}: {text}");
        }
        return new Quote(text, kind, paragraph, new TextRange(start, text.Length), attribution);
    }
}
