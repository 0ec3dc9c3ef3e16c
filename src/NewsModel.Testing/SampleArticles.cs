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
    /// The day-after explainer of the ferry fare rise, holding every part of the model: subheads, marks of every kind
    /// (a link, emphasis, strong, code, superscript, subscript, strikethrough and a note reference), a list, a table
    /// of fares, a block quote and a pull quote, an image with alt text, caption, credit, rights and renditions (also
    /// the lead media), an embedded video, preformatted timings, a divider, a related link to
    /// <see cref="HarbourFerryFares"/> and a raw HTML fact box; sections, IPTC media-topic subjects, keywords, a genre
    /// and an urgency; rights; an author with an id and profile URL; a resolved quote, an unresolved "she said" and an
    /// anonymous "a ferry operator official" quote; an update and a revision. It is published and meant to be valid
    /// (the unresolved quote is the one thing the <c>Publish</c> profile warns about).
    /// </summary>
    public static Article FerryFaresExplained { get; } = CreateFerryFaresExplained();

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

    private static Article CreateFerryFaresExplained()
    {
        const string Site = "https://www.harbourherald.example";
        var leung = new Party("Margaret Leung Wai-ling", PartyKind.Person, "managing director of the Harbour Crossing Company", "Harbour Crossing Company",
            "hh-person-margaret-leung", Site + "/topics/margaret-leung");
        const string Fare = "The adult fare on the upper deck rises from HK$5.00 to HK$5.40 on weekdays, the 1st rise in six years.*";
        const string Fuel = "Fuel made up 41 per cent of running costs last year, according to filing TD/FER/2025-07, and the fleet's diesel engines emit more CO2 per passenger than the MTR.";
        var pier = new MediaAsset(
            "ferry-pier", MediaKind.Image, "https://media.harbourherald.example/2025/10/ferry-pier.jpg", "image/jpeg",
            altText: "Passengers walk off a green-and-white Star Ferry at the Tsim Sha Tsui pier",
            caption: new InlineTextBuilder("Passengers leave the Star Ferry at Tsim Sha Tsui on Tuesday. Fares rise on 1 November.").Emphasis("Star Ferry").Build(),
            credit: new Credit("Kelvin Ho", PartyKind.Person, CreditRole.Photographer, "Photo: Kelvin Ho", "hh-staff-kelvin-ho", Site + "/authors/kelvin-ho"),
            rights: new Rights("Harbour Herald", "\u00a9 2025 Harbour Herald / Kelvin Ho", usageTerms: "Editorial use only."),
            width: 2400,
            height: 1600,
            renditions: new[]
            {
                new Rendition("https://media.harbourherald.example/2025/10/ferry-pier-320.jpg", 320, 213, "image/jpeg", "thumbnail"),
                new Rendition("https://media.harbourherald.example/2025/10/ferry-pier-1200.jpg", 1200, 800, "image/jpeg", "large"),
                new Rendition("https://media.harbourherald.example/2025/10/ferry-pier-1200.webp", 1200, 800, "image/webp", "large-webp"),
            });
        return new ArticleBuilder()
            .WithId("harbour-herald-2025-10-15-ferry-fares-explained")
            .WithPublication(new Publication("Harbour Herald", HongKong, "HH"))
            .WithHeadline("Star Ferry fare rise: what changes on 1 November and why")
            .WithStandfirst("Weekday fares go up 40 cents, concessions stay put, and commuters are not happy")
            .WithDateline("HONG KONG")
            .WithCanonicalUrl(Site + "/news/2025/10/15/star-ferry-fare-rise-explained")
            .WithPublished(new LocalDateTime(2025, 10, 15, 8, 0), "Wednesday, 15 October, 2025, 8:00am")
            .WithUpdated(new LocalDateTime(2025, 10, 15, 10, 30), "Wednesday, 15 October, 2025, 10:30am")
            .AddRevision(new LocalDateTime(2025, 10, 15, 10, 30), "Adds the operator official's comment and the fares table")
            .AddParagraph(new InlineTextBuilder("Fares on the cross-harbour Star Ferry will rise by an average of 8 per cent on 1 November, the first increase since 2019, the Transport Department confirmed on Wednesday.")
                .Strong("8 per cent").Link("Transport Department", "https://www.td.gov.hk/en/home/index.html", "Transport Department").Build())
            .AddMedia(pier)
            .WithLeadMedia("ferry-pier")
            .AddHeading("What changes")
            .AddParagraph(new InlineTextBuilder(Fare)
                .Add(Mark.NoteReference(new TextRange(Fare.Length - 1, 1), "Weekend and public holiday fares rise by the same proportion."))
                .Add(new Mark(MarkKind.Superscript, new TextRange(Fare.IndexOf("1st", StringComparison.Ordinal) + 1, 2)))
                .Build())
            .AddTable(true, ["Fare", "Now", "From 1 November"], ["Adult, weekday", "HK$5.00", "HK$5.40"], ["Adult, weekend", "HK$6.50", "HK$7.00"], ["Elderly concession", "HK$3.50", "HK$3.50"])
            .AddList(
                "Weekday adult fares rise by 40 cents",
                new InlineTextBuilder("Weekend adult fares rise to HK$7.00, not HK$7.50 as first proposed").Mark(MarkKind.Strikethrough, "HK$7.50").Build(),
                new InlineTextBuilder("Concession fares for the elderly stay at HK$3.50").Emphasis("stay").Build())
            .AddHeading("Why now")
            .AddParagraph("\"We have held fares for as long as we responsibly could, but a ferry that cannot pay for its own fuel is not a ferry for long,\" Margaret Leung Wai-ling, managing director of the Harbour Crossing Company, said.")
            .AddQuote("We have held fares for as long as we responsibly could, but a ferry that cannot pay for its own fuel is not a ferry for long", leung)
            .AddParagraph(new InlineTextBuilder(Fuel)
                .Mark(MarkKind.Code, "TD/FER/2025-07")
                .Add(new Mark(MarkKind.Subscript, new TextRange(Fuel.IndexOf("CO2", StringComparison.Ordinal) + 2, 1)))
                .Build())
            .AddPullQuote("A ferry that cannot pay for its own fuel is not a ferry for long", "Margaret Leung Wai-ling")
            .AddBlockQuote("The adjustment is necessary to keep a safe and reliable ferry service across the harbour.", "Transport Department statement")
            .AddHeading("Reaction")
            .AddParagraph("A commuter waiting at the Tsim Sha Tsui pier on Wednesday morning was less forgiving. \"Every dollar matters when you cross twice a day,\" she said.")
            .AddUnresolvedQuote("Every dollar matters when you cross twice a day", "she")
            .AddParagraph("\"The increase was always coming; the only question was when,\" a ferry operator official said, speaking on condition of anonymity because the board has not yet met.")
            .AddAnonymousQuote("The increase was always coming; the only question was when", "a ferry operator official")
            .AddEmbed("https://www.youtube.com/watch?v=hh-star-ferry-2025", "YouTube",
                "<p><a href=\"https://www.youtube.com/watch?v=hh-star-ferry-2025\">Video: a crossing on the Star Ferry</a></p>")
            .AddPreformatted("Central \u2192 Tsim Sha Tsui\nFirst sailing   06:30\nLast sailing    23:30\nEvery 6 to 12 minutes")
            .AddDivider()
            .AddParagraph("The operator carried about 18,000 passengers a day last year, down from more than 26,000 before the pandemic.")
            .AddRelatedLink(Site + "/news/2025/10/14/star-ferry-fares", HarbourFerryFares.Headline, HarbourFerryFares.Id)
            .AddRawHtml("<aside class=\"factbox\"><h3>The Star Ferry</h3><p>Crossing Victoria Harbour since 1888.</p></aside>")
            .AddCredit(new Credit("Chloe Wong", PartyKind.Person, CreditRole.Author, "By Chloe Wong", "hh-staff-chloe-wong", Site + "/authors/chloe-wong"))
            .AddPlace("Tsim Sha Tsui")
            .AddPlace("Central")
            .WithPrimarySection(new Section("Hong Kong", "hong-kong", Site + "/hong-kong"))
            .AddSection(new Section("Hong Kong", "hong-kong", Site + "/hong-kong"))
            .AddSection(new Section("Transport", "transport", Site + "/hong-kong/transport"))
            .AddSubject(new Concept("economy, business and finance", "medtop:04000000", "medtop", "http://cv.iptc.org/newscodes/mediatopic/04000000"))
            .AddSubject(new Concept("society", "medtop:14000000", "medtop", "http://cv.iptc.org/newscodes/mediatopic/14000000"))
            .AddKeywords("Star Ferry", "fares", "Transport Department", "commuters")
            .AddGenre(new Concept("Background", "genre:Background", "genre", "http://cv.iptc.org/newscodes/genre/Background"))
            .WithUrgency(4)
            .WithRights(new Rights("Harbour Herald", "\u00a9 2025 Harbour Herald", usageTerms: "Not for republication without permission."))
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
