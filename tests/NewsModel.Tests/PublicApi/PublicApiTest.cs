using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.PublicApi;

public class PublicApiTest
{
    [Fact]
    public void NewsModel_PublicApi_MatchesTheApprovedBaseline() =>
        PublicApiApproval.Verify(typeof(Article).Assembly, "tests/NewsModel.Tests/PublicApi/NewsModel.approved.txt");
}
