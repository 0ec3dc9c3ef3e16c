using System.Globalization;
using System.Linq;
using NewsModel.Import;
using NodaTime;

namespace NewsModel.Tests.Import;

/// <summary>Structure: headline, standfirst, bylines, stamps in their printed forms, datelines, credit lines,
/// furniture, ids and configuration.</summary>
public partial class TextImporterTest
{
    private const string Paragraph1 = "The city's ferry operator will raise fares by an average of 8 per cent from next month, the first increase since 2019.";
    private const string Paragraph2 = "The Transport Department approved the application after a review of the operator's accounts for the past three years.";

    [Fact]
    public void Import_BylineStandfirstAndLabelledStamp_AreRecognised()
    {
        var text = $"Ferry fares to rise as fuel costs bite\n\nThe operator says it has held fares for as long as it responsibly could.\n\nBy ALLY MUTNICK\n\nPublished May 14, 2020 1:34 pm\n\n{Paragraph1}\n\n{Paragraph2}\n";
        var result = ImportTestKit.Scmp.Import(text);
        result.Success.Should().BeTrue(result.Message);
        var article = result.Article!;
        article.Headline.Should().Be("Ferry fares to rise as fuel costs bite");
        article.Standfirst.Should().Be("The operator says it has held fares for as long as it responsibly could.");
        article.Credits.Should().Equal(new Credit("ALLY MUTNICK", PartyKind.Person, CreditRole.Author, "By ALLY MUTNICK"));
        article.Timeline.Published!.Printed.Should().Be("May 14, 2020 1:34 pm");
        article.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, 13, 34));
        article.Body.Should().Equal(Paragraph1, Paragraph2);
        ImportTestKit.Roles(result, LineRole.Byline).Should().Equal("By ALLY MUTNICK");
    }

    [Theory]
    [InlineData("Written by Jane Doe", "Jane Doe")]
    [InlineData("Author: Jane Doe", "Jane Doe")]
    [InlineData("Words by Jane Doe and John Roe", "Jane Doe", "John Roe")]
    [InlineData("Jane Doe, Senior Staff Writer", "Jane Doe")]
    [InlineData("Jane Doe and John Roe", "Jane Doe", "John Roe")]
    public void Import_BylineForms_AuthorsAreCredited(string byline, params string[] authors)
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\n{byline}\n\nPublished May 14, 2020\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Credits.Where(c => c.Role == CreditRole.Author).Select(c => c.Name).Should().Equal(authors);
        ImportTestKit.Roles(result, LineRole.Byline).Should().Equal(byline);
        result.Article.Body.Should().Equal(Paragraph1, Paragraph2);
    }

    [Fact]
    public void Import_HeadlineThenDeckOfEqualLength_FirstIsTheHeadlineSecondTheStandfirst()
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\nOperators say wages and fuel leave no choice\n\nPublished May 14, 2020\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Headline.Should().Be("Ferry fares to rise as fuel costs bite");
        result.Article.Standfirst.Should().Be("Operators say wages and fuel leave no choice");
    }

    [Theory]
    [InlineData(" - Harbour Herald")]
    [InlineData(" | Harbour Herald")]
    [InlineData(" – Harbour Herald News")]
    public void Import_PageTitleWithSiteNameAboveTheHeadline_HeadlineIsPrintedAlone(string suffix)
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite{suffix}\n\nSkip to content\n\nFerry fares to rise as fuel costs bite\n\nPublished May 14, 2020\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Headline.Should().Be("Ferry fares to rise as fuel costs bite");
    }

    [Theory]
    [InlineData("By the time the ferry docked")]
    [InlineData("Jane Doe, who runs the kiosk")]
    [InlineData("Fares and timetables")]
    public void Import_LinesThatOnlyLookLikeBylines_CreditNobody(string line)
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\n{line}\n\nPublished May 14, 2020\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Credits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("PUBLISHED : Monday, 31 March, 2014, 5:31am", "Monday, 31 March, 2014, 5:31am", 2014, 3, 31, 5, 31)]
    [InlineData("Published: 12/30/2019 05:03 AM HKT", "12/30/2019 05:03 AM HKT", 2019, 12, 30, 5, 3)]
    [InlineData("Thursday, 2nd November 2023", "Thursday, 2nd November 2023", 2023, 11, 2, 0, 0)]
    [InlineData("Feb. 19, 2020", "Feb. 19, 2020", 2020, 2, 19, 0, 0)]
    [InlineData("2020-01-18 09:30", "2020-01-18 09:30", 2020, 1, 18, 9, 30)]
    [InlineData("24 September 2019", "24 September 2019", 2019, 9, 24, 0, 0)]
    [InlineData("Updated 10.30am, Tuesday 3 March 2020 | Published 1 March 2020", "1 March 2020", 2020, 3, 1, 0, 0)]
    [InlineData("2020/05/14 10:00", "2020/05/14 10:00", 2020, 5, 14, 10, 0)]
    [InlineData("Published 2020.05.14", "2020.05.14", 2020, 5, 14, 0, 0)]
    [InlineData("Posted: 14-May-2020", "14-May-2020", 2020, 5, 14, 0, 0)]
    public void Import_StampForms_PublicationStampIsReadInThePublicationZone(string line, string printed, int y, int mo, int d, int h, int mi)
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\n{line}\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeTrue(result.Message);
        var published = result.Article!.Timeline.Published!;
        published.Printed.Should().Be(printed);
        published.LocalDateTime.Should().Be(new LocalDateTime(y, mo, d, h, mi));
        published.Zone.Should().Be(ImportTestKit.HongKong);
    }

    [Fact]
    public void Import_StampWithZoneAbbreviation_ReadThroughTheTimestampPatterns()
    {
        var importer = new TextImporterBuilder().WithPublication("Politico", DateTimeZoneProviders.Tzdb["America/New_York"]).WithCulture(CultureInfo.GetCultureInfo("en-US")).Build();
        var result = importer.Import($"Ferry fares to rise as fuel costs bite\n\nBy ALLY MUTNICK\n\n12/30/2019 05:03 AM EST\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Timeline.Published!.Printed.Should().Be("12/30/2019 05:03 AM EST");
        result.Article.Timeline.Published!.Instant.Should().Be(Instant.FromUtc(2019, 12, 30, 10, 3));
    }

    [Theory]
    [InlineData("en-US", 3, 4)]
    [InlineData("en-GB", 4, 3)]
    public void Import_AmbiguousNumericDate_DayMonthOrderFollowsTheCulture(string culture, int month, int day)
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", DateTimeZone.Utc).WithCulture(CultureInfo.GetCultureInfo(culture)).Build();
        var result = importer.Import($"Ferry fares to rise as fuel costs bite\n\n03/04/2014\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Timeline.Published!.LocalDateTime.Date.Should().Be(new LocalDate(2014, month, day));
    }

    [Theory]
    [InlineData("de-DE", "Donnerstag, 14. Mai 2020, 10:39 Uhr", "Donnerstag, 14. Mai 2020, 10:39 Uhr", 10, 39)]
    [InlineData("fr-FR", "Publié le 14 mai 2020 à 10h39", "14 mai 2020 à 10h39", 10, 39)]
    [InlineData("es-ES", "jueves, 14 de mayo de 2020", "jueves, 14 de mayo de 2020", 0, 0)]
    [InlineData("pt-BR", "14 de maio de 2020", "14 de maio de 2020", 0, 0)]
    [InlineData("ja-JP", "2020年5月14日 10:39", "2020年5月14日 10:39", 10, 39)]
    [InlineData("ko-KR", "2020년 5월 14일", "2020년 5월 14일", 0, 0)]
    public void Import_StampInTheCulturesLanguage_IsRead(string culture, string line, string printed, int hour, int minute)
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", DateTimeZone.Utc).WithCulture(CultureInfo.GetCultureInfo(culture)).Build();
        var result = importer.Import($"Ferry fares to rise as fuel costs bite\n\n{line}\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Timeline.Published!.Printed.Should().Be(printed);
        result.Article.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, hour, minute));
    }

    [Fact]
    public void Import_ChinesePage_HeadlineStampAndBodyWithoutSpacesBetweenWords()
    {
        const string p1 = "天星小轮公司周二表示，由于燃油成本和工资上涨，下月起票价将平均上调百分之八。这是自二〇一九年以来的首次加价。";
        const string p2 = "运输署在审核了该公司过去三年的账目后批准了申请。";
        const string p3 = "乘客团体对此表示失望，并呼吁政府提供补贴，以减轻市民的负担。";
        var importer = new TextImporterBuilder().WithPublication("Daily", ImportTestKit.HongKong).WithCulture(CultureInfo.GetCultureInfo("zh-HK")).WithLanguage("zh-HK").Build();
        var result = importer.Import($"首页\n新闻\n\n天星小轮加价 燃油成本上升\n\n2020年5月14日 10:39\n\n{p1}\n\n{p2}\n\n{p3}\n\n分享到微信\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Headline.Should().Be("天星小轮加价 燃油成本上升");
        result.Article.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, 10, 39));
        result.Article.Body.Should().Equal(p1, p2, p3);
    }

    [Theory]
    [InlineData("de-DE", "Aktualisiert am 16.05.2020, 08:00 Uhr", "Veröffentlicht am 14.05.2020, 10:39 Uhr")]
    [InlineData("fr-FR", "Mis à jour le 16 mai 2020 à 08h00", "Publié le 14 mai 2020 à 10h39")]
    [InlineData("es-ES", "Actualizado: 16 de mayo de 2020 08:00", "Publicado: 14 de mayo de 2020 10:39")]
    public void Import_UpdatedAboveThePublishedStampInTheCulturesLanguage_EachIsRecognisedByItsLabel(string culture, string updated, string published)
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", DateTimeZone.Utc).WithCulture(CultureInfo.GetCultureInfo(culture)).Build();
        var result = importer.Import($"Ferry fares to rise as fuel costs bite\n\n{updated}\n\n{published}\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, 10, 39));
        result.Article.Timeline.Updated!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 16, 8, 0));
    }

    [Theory]
    [InlineData("14. Mai 2020", 5)]
    [InlineData("Publié le 14 mars 2020", 3)]
    [InlineData("14 de diciembre de 2020", 12)]
    [InlineData("14 ottobre 2020", 10)]
    [InlineData("14 augustus 2020", 8)]
    [InlineData("14 de março de 2020", 3)]
    public void Import_EuropeanMonthNameWithAnEnglishImporter_IsRead(string line, int month)
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", DateTimeZone.Utc).WithCulture(CultureInfo.InvariantCulture).Build();
        var result = importer.Import($"Ferry fares to rise as fuel costs bite\n\n{line}\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Timeline.Published!.LocalDateTime.Date.Should().Be(new LocalDate(2020, month, 14));
    }

    [Fact]
    public void Import_GermanPageFurniture_IsKeptOutOfTheBody()
    {
        const string p1 = "Der Fährbetreiber teilte am Dienstag mit, dass die Fahrpreise ab dem nächsten Monat um zehn Prozent steigen werden.";
        const string p2 = "Die Verkehrsbehörde genehmigte den Antrag nach einer Prüfung der Bücher des Betreibers aus den vergangenen drei Jahren.";
        const string cookies = "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Website bieten zu können, und für Statistiken.";
        const string teaser = "Lesen Sie auch: Warum die Fähren zwischen den Inseln immer leerer werden und was die Stadt dagegen tun will.";
        var importer = new TextImporterBuilder().WithPublication("Daily", DateTimeZone.Utc).WithCulture(CultureInfo.GetCultureInfo("de-DE")).Build();
        var result = importer.Import($"Fährpreise steigen wegen hoher Treibstoffkosten\n\n14. Mai 2020\n\n{p1}\n\n{teaser}\n\n{p2}\n\n{cookies}\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Body.Should().Equal(p1, p2);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public void Import_AmbiguousDottedDate_IsDayFirstInEveryCulture(string culture)
    {
        var importer = new TextImporterBuilder().WithPublication("Daily", DateTimeZone.Utc).WithCulture(CultureInfo.GetCultureInfo(culture)).Build();
        var result = importer.Import($"Ferry fares to rise as fuel costs bite\n\n04.03.2020, 10:39 Uhr\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 3, 4, 10, 39));
    }

    [Fact]
    public void Import_DatelineWithAgency_DatelineAndSourceAgencyCredit()
    {
        var article = ImportTestKit.ImportBody("HONG KONG (Reuters) - " + Paragraph1, Paragraph2);
        article.Dateline.Should().Be("HONG KONG");
        article.Body[0].Should().Be(Paragraph1);
        article.Credits.Should().ContainSingle(c => c.Name == "Reuters" && c.Role == CreditRole.SourceAgency && c.Kind == PartyKind.Organisation);
    }

    [Fact]
    public void Import_DatelineOnItsOwnLine_IsNotBody()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("WASHINGTON —", Paragraph1, Paragraph2));
        result.Article!.Dateline.Should().Be("WASHINGTON");
        result.Article.Body.Should().Equal(Paragraph1, Paragraph2);
        ImportTestKit.Roles(result, LineRole.Dateline).Should().Equal("WASHINGTON —");
    }

    [Theory]
    [InlineData("Associated Press writers Jane Smith and Peter Chan contributed to this report.", "Jane Smith", "Peter Chan")]
    [InlineData("Mary Wong contributed reporting.", "Mary Wong")]
    [InlineData("(Staff reporter Mary Wong contributed to this story)", "Mary Wong")]
    public void Import_ContributedToThisReport_AdditionalReportingCreditsNotBody(string line, params string[] names)
    {
        var article = ImportTestKit.ImportBody(Paragraph1, Paragraph2, line);
        article.Body.Should().Equal(Paragraph1, Paragraph2);
        article.Credits.Where(c => c.Role == CreditRole.AdditionalReporting).Select(c => c.Name).Should().Equal(names);
    }

    [Fact]
    public void Import_LabelledStampAfterTheBodyOnly_IsThePublicationStampAndNotBody()
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\n{Paragraph1}\n\n{Paragraph2}\n\nThis entry was posted on Thursday, May 14th, 2020 at 10:39 am and is filed under News.\n\nJohn says:\n\nMay 15, 2020 at 9:00 am\n");
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Timeline.Published!.LocalDateTime.Should().Be(new LocalDateTime(2020, 5, 14, 10, 39));
        result.Article.Body.Should().Equal(Paragraph1, Paragraph2);
    }

    [Fact]
    public void Import_BareDateAfterTheBodyOnly_IsNotTakenForTheStamp()
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\n{Paragraph1}\n\n{Paragraph2}\n\nJohn says:\n\nMay 15, 2020 at 9:00 am\n");
        result.Success.Should().BeFalse();
        result.Report.Body.Should().Equal(Paragraph1, Paragraph2);
    }

    [Fact]
    public void Import_NamesAfterByInTheStampLine_AreTheAuthors()
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\nPosted on May 14, 2020 by Jane Smith and Peter Chan\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Credits.Select(c => (c.Name, c.Role)).Should().Equal(("Jane Smith", CreditRole.Author), ("Peter Chan", CreditRole.Author));
        result.Article.Timeline.Published!.LocalDateTime.Date.Should().Be(new LocalDate(2020, 5, 14));
    }

    [Fact]
    public void Import_StampLineByNonName_CreditsNobody()
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\nUpdated May 14, 2020 by the editors\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Article!.Credits.Should().BeEmpty();
    }

    [Fact]
    public void Import_ReportingAndEditingCredit_SplitsIntoAuthorsAndEditor()
    {
        var article = ImportTestKit.ImportBody(Paragraph1, Paragraph2, "Reporting by Jane Smith and Peter Chan; Editing by Mary Wong");
        article.Body.Should().Equal(Paragraph1, Paragraph2);
        article.Credits.Select(c => (c.Name, c.Role)).Should().Equal(
            ("Jane Smith", CreditRole.Author), ("Peter Chan", CreditRole.Author), ("Mary Wong", CreditRole.Editor));
    }

    [Fact]
    public void Import_AgencySignOff_IsASourceAgencyCredit()
    {
        var article = ImportTestKit.ImportBody(Paragraph1, Paragraph2, "— Agence France-Presse");
        article.Body.Should().Equal(Paragraph1, Paragraph2);
        article.Credits.Should().Equal(new Credit("Agence France-Presse", PartyKind.Organisation, CreditRole.SourceAgency, "— Agence France-Presse"));
    }

    [Fact]
    public void Import_PageFurniture_IsDroppedWithReasons()
    {
        var text = "• Home\n• World\n• Business\nSkip to content\n\nFerry fares to rise as fuel costs bite\n\nPublished: 1 March 2020\n\n"
                   + $"{Paragraph1}\n\nAdvertisement\n\n{Paragraph2}\n\nA ferry leaves Central pier. Photo: Getty Images\n\n{Paragraph1}\n\nShare this article\nSign up for our newsletter\n";
        var result = ImportTestKit.Scmp.Import(text);
        result.Success.Should().BeTrue(result.Message);
        result.Article!.Body.Should().Equal(Paragraph1, Paragraph2, Paragraph1);
        result.Report.Lines.Should().Contain(l => l.Text == "Advertisement" && l.Role == LineRole.Boilerplate && l.Reason!.Contains("advertisement"));
        result.Report.Lines.Should().Contain(l => l.Text == "• World" && l.Role == LineRole.Boilerplate && l.Reason == "navigation or list item");
        result.Report.Lines.Should().Contain(l => l.Text.StartsWith("A ferry leaves") && l.Role == LineRole.Caption);
        result.Report.Lines.Should().OnlyContain(l => l.Role != LineRole.Boilerplate || l.Reason != null);
    }

    [Fact]
    public void Import_ExtraBoilerplatePhrase_DropsTheLine()
    {
        const string promo = "Read the Harbour Herald every morning with your breakfast and stay informed.";
        var plain = ImportTestKit.Scmp.Import(ImportTestKit.Page(Paragraph1, Paragraph2, promo));
        plain.Article!.Body.Should().Contain(promo);
        var importer = new TextImporterBuilder().WithPublication("Harbour Herald", ImportTestKit.HongKong).AddBoilerplatePhrase("read the harbour herald").Build();
        var result = importer.Import(ImportTestKit.Page(Paragraph1, Paragraph2, promo));
        result.Article!.Body.Should().Equal(Paragraph1, Paragraph2);
        result.Report.Lines.Should().Contain(l => l.Text == promo && l.Reason == "boilerplate phrase \"read the harbour herald\"");
    }

    [Fact]
    public void Import_IdAndLanguage_DerivedOrSupplied()
    {
        var importer = new TextImporterBuilder().WithPublication("Harbour Herald", ImportTestKit.HongKong, "HH").WithLanguage("en-HK").Build();
        var derived = importer.Import(ImportTestKit.Page(Paragraph1, Paragraph2)).Article!;
        derived.Id.Should().Be("hh-2014-03-31-harbour-tunnel-tolls-to-change-next-month");
        derived.Language.Should().Be("en-HK");
        importer.Import(ImportTestKit.Page(Paragraph1, Paragraph2)).Article!.Should().Be(derived, "imports are deterministic");
        importer.Import(ImportTestKit.Page(Paragraph1, Paragraph2), "cms-42").Article!.Id.Should().Be("cms-42");
    }

    [Fact]
    public void Import_DropCapOnItsOwnLine_IsJoinedToItsParagraph()
    {
        var result = ImportTestKit.Scmp.Import(ImportTestKit.Page("T\nhe city's ferry operator will raise fares by an average of 8 per cent from next month, the first increase since 2019.", Paragraph2));
        result.Article!.Body[0].Should().Be(Paragraph1);
        result.Report.Uncertainties.Should().Contain(u => u.Contains("drop capital"));
    }

    [Fact]
    public void Import_NoStamp_FailsNamingTheLineAndKeepsTheReport()
    {
        var result = ImportTestKit.Scmp.Import($"Ferry fares to rise as fuel costs bite\n\n{Paragraph1}\n\n{Paragraph2}\n");
        result.Success.Should().BeFalse();
        result.Message.Should().Be(ImportTestKit.Format(TextImporter.NoStampMessage, 3));
        result.Line.Should().Be(3);
        result.Report.Headline.Should().Be("Ferry fares to rise as fuel costs bite");
        result.Report.Body.Should().Equal(Paragraph1, Paragraph2);
        var act = () => result.GetArticleOrThrow();
        act.Should().Throw<System.InvalidOperationException>().WithMessage(result.Message);
    }

    [Fact]
    public void Import_NoRunningText_FailsWithNoBody()
    {
        var result = ImportTestKit.Scmp.Import("• Home\n• World\nMenu\n");
        result.Success.Should().BeFalse();
        result.Message.Should().Be(TextImporter.NoBodyMessage);
    }

    [Fact]
    public void Import_EmptyInput_Fails()
    {
        var result = ImportTestKit.Scmp.Import("  \n\n \t ");
        result.Message.Should().Be(TextImporter.EmptyMessage);
        result.Report.Lines.Should().BeEmpty();
    }

    [Fact]
    public void Builder_InvalidArguments_Throw()
    {
        var builder = new TextImporterBuilder();
        builder.Invoking(b => b.Build()).Should().Throw<System.InvalidOperationException>();
        builder.Invoking(b => b.WithPublication(null!)).Should().Throw<System.ArgumentNullException>();
        builder.Invoking(b => b.WithCulture(null!)).Should().Throw<System.ArgumentNullException>();
        builder.Invoking(b => b.WithLanguage("")).Should().Throw<System.ArgumentException>().WithParameterName("value");
        builder.Invoking(b => b.AddBoilerplatePhrase("  ")).Should().Throw<System.ArgumentException>().WithParameterName("phrase");
        builder.Invoking(b => b.WithMaxInputLength(0)).Should().Throw<System.ArgumentOutOfRangeException>();
        ImportTestKit.Scmp.Invoking(i => i.Import((string)null!)).Should().Throw<System.ArgumentNullException>();
        ImportTestKit.Scmp.Invoking(i => i.Import("text", "")).Should().Throw<System.ArgumentException>();
    }

    [Fact]
    public void Builder_LaterChanges_DoNotAffectBuiltImporters()
    {
        var builder = new TextImporterBuilder().WithPublication("Harbour Herald", ImportTestKit.HongKong);
        var first = builder.Build();
        builder.WithLanguage("fr").WithMaxInputLength(10).AddBoilerplatePhrase("city's ferry operator");
        first.Language.Should().Be("en");
        first.MaxInputLength.Should().Be(TextImporterBuilder.DefaultMaxInputLength);
        first.Import(ImportTestKit.Page(Paragraph1, Paragraph2)).Article!.Body.Should().Equal(Paragraph1, Paragraph2);
    }
}
