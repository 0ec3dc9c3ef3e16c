using NewsModel.Formats.Ninjs;

namespace NewsModel.Tests.Formats;

/// <summary>Issue 14: a ninjs error message quotes a few dozen characters of the input, however long it is.</summary>
public partial class NinjsSerializerTest
{
    [Theory]
    [InlineData("{\"uri\":\"urn:x\",\"headlines\":fu{0}")]
    [InlineData("{\"uri\":\"urn:x\",\"versionCreated\":\"{0}\"}")]
    [InlineData("{\"uri\":\"urn:x\",\"urgency\":1{0}0}")]
    [InlineData("{\"uri\":\"urn:x\",\"headlines\":[\"{0}\"]}")]
    public void Deserialize_LongToken_MessageBounded(string template)
    {
        string json = template.Replace("{0}", new string('7', 1_000_000), System.StringComparison.Ordinal);

        var error = Failure(json);

        error.Message.Length.Should().BeLessThan(600, error.Message[..System.Math.Min(error.Message.Length, 300)]);
    }
}
