using NewsModel.Tests.Infrastructure;

namespace NewsModel.Html.Tests.PublicApi;

public class PublicApiTest
{
    [Fact]
    public void NewsModelHtml_PublicApi_MatchesTheApprovedBaseline() =>
        PublicApiApproval.Verify(typeof(HtmlBlocks).Assembly, "tests/NewsModel.Html.Tests/PublicApi/NewsModel.Html.approved.txt");
}
