using System;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Shape;

namespace NewsModel.Tests.Json;

public class JsonNamesTest
{
    [Fact]
    public void Default_EveryMember_IsTheCamelCaseOfItsDeclaredName()
    {
        foreach (var prop in Enum.GetValues<Prop>())
        {
            JsonNames.Default.Text[(int)prop].Should().Be(JsonNamingPolicy.CamelCase.ConvertName(prop.ToString()));
        }
    }

    [Fact]
    public void For_Policy_RenamesEverythingButTheFormatMarker()
    {
        var names = JsonNames.For(JsonNamingPolicy.KebabCaseUpper);
        names.Text[(int)Prop.EmbargoedUntil].Should().Be("EMBARGOED-UNTIL");
        names.Text[(int)Prop.Format].Should().Be("format");
        JsonNames.For(JsonNamingPolicy.KebabCaseUpper).Should().BeSameAs(names);
    }

    [Fact]
    public void For_PolicyMappingTwoMembersToOneName_Rejected()
    {
        Assert.Throws<ArgumentException>(() => JsonNames.For(new ConstantPolicy())).Message.Should().Contain("the same name");
        Assert.Throws<ArgumentException>(() => new NewsModelJsonOptions { PropertyNamingPolicy = new ConstantPolicy() });
    }

    private sealed class ConstantPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.Length > 4 ? "x" : name;
    }
}
