namespace NewsModel.Validation;

internal sealed class StatusMomentMissingRule() : ArticleRule(RuleCodes.StatusMomentMissing, Severity.Error, "The timeline must hold the moments the status needs: published (and withdrawn) articles a publication moment, scheduled ones a scheduled moment, withdrawn ones a withdrawal.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var timeline = article.Timeline;
        var status = article.Status;
        if (status is ArticleStatus.Published or ArticleStatus.Withdrawn && timeline.Published is null)
        {
            context.Report("timeline.published", $"The article is {Describe.Status(status)} but has no publication moment; readers and feeds cannot tell when it appeared. Add when it was first published.");
        }
        if (status == ArticleStatus.Scheduled && timeline.Scheduled is null)
        {
            context.Report("timeline.scheduled", "The article is scheduled but has no scheduled moment; the CMS cannot tell when to publish it.");
        }
        if (status == ArticleStatus.Withdrawn && timeline.Withdrawal is null)
        {
            context.Report("timeline.withdrawal", "The article is withdrawn but has no withdrawal; say when it was withdrawn (and why) so that clients take it down.");
        }
    }
}

internal sealed class StatusMomentUnexpectedRule() : ArticleRule(RuleCodes.StatusMomentUnexpected, Severity.Error, "The timeline must not hold moments the status rules out: a draft or scheduled article a publication moment, an article not withdrawn a withdrawal.")
{
    public override void Check(Article article, ref ValidationContext context)
    {
        var timeline = article.Timeline;
        var status = article.Status;
        if (status is ArticleStatus.Draft or ArticleStatus.Scheduled && timeline.Published is { } published)
        {
            context.Report(
                "timeline.published",
                $"The article is {Describe.Status(status)} but has a publication moment, {Describe.Instant(published)}; it has not been published. Remove the moment or set the status to published.");
        }
        if (status != ArticleStatus.Withdrawn && timeline.Withdrawal is { } withdrawal)
        {
            context.Report(
                "timeline.withdrawal",
                $"The article is {Describe.Status(status)} but has a withdrawal at {Describe.Instant(withdrawal.Moment)}; set the status to withdrawn or remove the withdrawal.");
        }
    }
}
