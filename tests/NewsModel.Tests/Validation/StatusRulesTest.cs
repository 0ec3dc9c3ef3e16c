using NewsModel.Validation;
using NodaTime;
using static NewsModel.Tests.Validation.ValidationFixtures;

namespace NewsModel.Tests.Validation;

public class StatusRulesTest
{
    private static readonly Moment Later = Stamp(PublishedAt + Duration.FromMinutes(30));

    private static Article With(ArticleStatus status, Timeline timeline) => Article(timeline: timeline).WithStatus(status);

    [Fact]
    public void Status_EveryStatusWithItsMoments_NoFindings()
    {
        Validate(With(ArticleStatus.Published, new Timeline(Published))).Should().BeSameAs(ValidationReport.Empty);
        Validate(With(ArticleStatus.Draft, new Timeline(null))).Should().BeSameAs(ValidationReport.Empty);
        Validate(With(ArticleStatus.Scheduled, new Timeline(null, scheduled: Later))).Should().BeSameAs(ValidationReport.Empty);
        Validate(With(ArticleStatus.Withdrawn, new Timeline(Published, withdrawal: new Withdrawal(Later, "Legal advice")))).Should().BeSameAs(ValidationReport.Empty);
    }

    [Theory]
    [InlineData(ArticleStatus.Published, "The article is published but has no publication moment")]
    [InlineData(ArticleStatus.Withdrawn, "The article is withdrawn but has no publication moment")]
    public void StatusMomentMissing_PublishedOrWithdrawnWithoutPublication_Reported(ArticleStatus status, string message)
    {
        var withdrawal = status == ArticleStatus.Withdrawn ? new Withdrawal(Later) : null;
        var article = With(status, new Timeline(null, withdrawal: withdrawal));
        var finding = Validate(article).With(RuleCodes.StatusMomentMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.published");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith(message);
        Validate(article, ValidationProfile.Archive).With(RuleCodes.StatusMomentMissing).Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void StatusMomentMissing_ScheduledWithoutSchedule_ReportedAtScheduled()
    {
        var finding = Validate(With(ArticleStatus.Scheduled, new Timeline(null))).With(RuleCodes.StatusMomentMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.scheduled");
        finding.Message.Should().StartWith("The article is scheduled but has no scheduled moment");
    }

    [Fact]
    public void StatusMomentMissing_WithdrawnWithoutWithdrawal_ReportedAtWithdrawal()
    {
        var finding = Validate(With(ArticleStatus.Withdrawn, new Timeline(Published))).With(RuleCodes.StatusMomentMissing).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.withdrawal");
        finding.Message.Should().StartWith("The article is withdrawn but has no withdrawal");
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, "The article is a draft but has a publication moment, Mon 31 Mar 2014 05:31:00 +08 (Asia/Hong_Kong)")]
    [InlineData(ArticleStatus.Scheduled, "The article is scheduled but has a publication moment")]
    public void StatusMomentUnexpected_DraftOrScheduledWithPublication_Reported(ArticleStatus status, string message)
    {
        var article = With(status, new Timeline(Published, scheduled: Later));
        var finding = Validate(article).With(RuleCodes.StatusMomentUnexpected).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.published");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith(message);
        Validate(article, ValidationProfile.Archive).With(RuleCodes.StatusMomentUnexpected).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
    }

    [Theory]
    [InlineData(ArticleStatus.Published)]
    [InlineData(ArticleStatus.Draft)]
    public void StatusMomentUnexpected_WithdrawalNotWithdrawn_ReportedAtWithdrawal(ArticleStatus status)
    {
        var published = status == ArticleStatus.Published ? Published : null;
        var finding = Validate(With(status, new Timeline(published, withdrawal: new Withdrawal(Later)))).With(RuleCodes.StatusMomentUnexpected).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.withdrawal");
        finding.Message.Should().Contain("but has a withdrawal at").And.Contain("set the status to withdrawn");
    }

    [Fact]
    public void TimelineFuture_ScheduledInTheFuture_NotReported()
    {
        var article = With(ArticleStatus.Scheduled, new Timeline(null, scheduled: Stamp(PublishedAt + Duration.FromDays(2))));
        Validate(article).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void TimelineFuture_WithdrawalAndRevisionInTheFuture_ReportedAtTheirMoments()
    {
        var future = Stamp(PublishedAt + Duration.FromDays(2));
        var timeline = new Timeline(Published, withdrawal: new Withdrawal(future), revisions: new[] { new Revision(future) });
        Validate(With(ArticleStatus.Withdrawn, timeline)).With(RuleCodes.TimelineFuture).Should().SatisfyRespectively(
            withdrawal => withdrawal.Path.Should().Be("timeline.withdrawal.moment"),
            revision =>
            {
                revision.Path.Should().Be("timeline.revisions[0].moment");
                revision.Message.Should().StartWith("The revision 1 stamp");
            });
    }

    [Fact]
    public void TimelinePrintedMismatch_WithdrawalPrintedWrong_ReportedAtItsPrinted()
    {
        var withdrawal = new Withdrawal(Stamp(PublishedAt + Duration.FromMinutes(30), "Monday, 31 March, 2014, 9:01am"));
        var finding = Validate(With(ArticleStatus.Withdrawn, new Timeline(Published, withdrawal: withdrawal))).With(RuleCodes.TimelinePrintedMismatch).Should().ContainSingle().Subject;
        finding.Path.Should().Be("timeline.withdrawal.moment.printed");
    }
}
