using NewsModel.Tests.Infrastructure;

namespace NewsModel.Testing.Tests.PublicApi;

public class PublicApiTest
{
    [Fact]
    public void NewsModelTesting_PublicApi_MatchesTheApprovedBaseline() =>
        PublicApiApproval.Verify(typeof(SampleArticles).Assembly, "tests/NewsModel.Testing.Tests/PublicApi/NewsModel.Testing.approved.txt");
}
