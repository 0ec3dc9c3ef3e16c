using System;
using System.Linq;
using System.Text;
using NewsModel.Json;
using NewsModel.Validation;

namespace NewsModel.Tests.Validation;

/// <summary>Issue 14: ValidateJson never throws (lone surrogate escapes) and its messages stay short whatever the input.</summary>
public partial class JsonValidationTest
{
    [Theory]
    [InlineData("{\"\\ud800\":1}", 2)]
    [InlineData("{\"a\":\"x\\uDC00\"}", 7)]
    [InlineData("{\"a\":\"\\ud83d\\u0041\"}", 6)]
    [InlineData("{\"a\":\"ok \\\\ud800\",\"b\":\"\\ud800\"}", 23)]
    [InlineData("[\"\\ud83d\\ude00\",\"\\udbff\"]", 17)]
    public void ValidateJson_LoneSurrogateEscape_SyntaxFindingAtItsPosition(string json, int position)
    {
        var report = Validator.ValidateJson(json);

        var finding = report.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.JsonSyntax);
        finding.Message.Should().Contain($"at position {position} ");
        var act = () => NewsModelJson.Deserialize(json);
        act.Should().Throw<System.Text.Json.JsonException>("no document with such a finding deserializes");
    }

    [Fact]
    public void ValidateJson_LoneSurrogateInSample_ReportedNotThrown()
    {
        var node = SampleNode;
        node["headline"] = "placeholder";
        string json = node.ToJsonString().Replace("placeholder", "\\udc01 fares", StringComparison.Ordinal);

        Validator.ValidateJson(json).Should().ContainSingle(f => f.Code == RuleCodes.JsonSyntax);
        Validator.ValidateJson(Encoding.UTF8.GetBytes(json)).Should().ContainSingle(f => f.Code == RuleCodes.JsonSyntax);
    }

    [Fact]
    public void ValidateJson_SurrogatePairEscapes_Accepted()
    {
        var node = SampleNode;
        node["headline"] = "placeholder";
        string json = node.ToJsonString().Replace("placeholder", "Fares \\ud83d\\ude80 up", StringComparison.Ordinal);

        Validator.ValidateJson(json).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void ValidateJson_LongBadLiteral_MessageBounded()
    {
        string json = "{\"format\":\"newsmodel/1\",\"id\":fu" + new string('x', 1_000_000);

        var finding = Validator.ValidateJson(json).Should().ContainSingle().Subject;

        finding.Code.Should().Be(RuleCodes.JsonSyntax);
        finding.Message.Length.Should().BeLessThan(600);
    }

    [Fact]
    public void ValidateJson_LongUnknownMemberAndChoice_MessagesAndPathsBounded()
    {
        var node = SampleNode;
        node[new string('n', 100_000)] = 1;
        node["credits"]![0]!["role"] = new string('r', 100_000);
        node["quotes"]![0]!["paragraph"] = System.Text.Json.Nodes.JsonValue.Create(1e300);

        var report = Validate(node);

        report.Should().Contain(f => f.Code == RuleCodes.JsonUnknownMember)
            .And.Contain(f => f.Code == RuleCodes.JsonValue && f.Path == "$.credits[0].role")
            .And.Contain(f => f.Code == RuleCodes.JsonValue && f.Path == "$.quotes[0].paragraph");
        report.Should().OnlyContain(f => f.Message.Length < 400 && f.Path.Length < 300);
    }
}
