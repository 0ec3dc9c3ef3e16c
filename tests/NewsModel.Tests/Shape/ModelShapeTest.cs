using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Json;
using NewsModel.Shape;
using Xunit;

namespace NewsModel.Tests.Shape;

/// <summary>The one description of the format: complete, consistent with the enums and the member names, and what the
/// shipped schema says.</summary>
public class ModelShapeTest
{
    [Fact]
    public void Objects_EveryProp_IsAMemberOfSomeObject()
    {
        var used = ModelShape.Objects.SelectMany(o => o.Props).ToHashSet();
        var unused = Enumerable.Range(0, Props.Count).Select(i => (Prop)i).Where(p => !used.Contains(p));
        unused.Should().BeEmpty("a name no object has is dead weight in every reader's tables");
    }

    [Fact]
    public void Objects_Members_FitTheReadersMemberBits()
    {
        // The readers keep the members seen in an object as the bits of one ulong, by the member's place.
        ModelShape.Objects.Should().OnlyContain(o => o.Members.Length <= 64);
        ModelShape.Objects.Should().OnlyContain(o => o.RequiredMask == o.Members.Select((m, i) => m.Required ? 1UL << i : 0).Aggregate(0UL, (a, b) => a | b));
    }

    [Fact]
    public void Props_Declared_AreTheEnumNamesInOrder()
    {
        Props.Declared.Should().Equal(Enumerable.Range(0, Props.Count).Select(i => ((Prop)i).ToString()));
    }

    [Fact]
    public void Objects_Members_AreUniqueWithinEachObject()
    {
        foreach (var type in ModelShape.Objects)
        {
            type.Props.Should().OnlyHaveUniqueItems(type.Name);
        }
    }

    [Fact]
    public void Enums_Spellings_CoverEveryValueOfTheirEnum()
    {
        Check<PartyKind>(ModelShape.PartyKinds);
        Check<QuoteKind>(ModelShape.QuoteKinds);
        Check<CreditRole>(ModelShape.CreditRoles);
        Check<MomentPrecision>(ModelShape.Precisions);

        static void Check<TEnum>(ShapeEnum shapeEnum)
            where TEnum : struct, Enum
        {
            var values = Enum.GetValues<TEnum>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            values.Should().Equal(Enumerable.Range(0, shapeEnum.FirstValue + shapeEnum.Spellings.Length), shapeEnum.Name);
            (shapeEnum.FirstValue == 0 || shapeEnum.Omitted is not null).Should().BeTrue("a value without a spelling is written by leaving the member out");
            for (int i = 0; i < shapeEnum.Spellings.Length; i++)
            {
                shapeEnum.Find(JsonString(shapeEnum.Spellings[i])).Should().Be(i + shapeEnum.FirstValue);
                shapeEnum.Of(i + shapeEnum.FirstValue).Should().Be(shapeEnum.Spellings[i]);
            }
            shapeEnum.Find(JsonString("nothing")).Should().Be(-1);
        }
    }

    [Fact]
    public void Kebab_CamelCaseSpellings_BecomeHyphenatedLowerCase()
    {
        ModelShape.CreditRoles.Kebab().Should().Equal("author", "additional-reporting", "photographer", "source-agency", "editor", "contributor");
    }

    [Fact]
    public void MemberKeys_EveryObject_ListsEachMemberOnce()
    {
        var keys = ModelShape.MemberKeys();
        keys.Should().OnlyHaveUniqueItems();
        keys.Should().HaveCount(ModelShape.Objects.Sum(o => o.Members.Count(m => !m.Legacy)));
        keys.Should().NotContain("article.copyright", "a newsmodel/1 member is read, never written, so no format carries it");
        keys.Should().Contain(["article.format", "moment.at", "moment.relativeTo", "attribution.speaker", "article.body"]);
    }

    [Fact]
    public void Schema_EveryObject_HasExactlyTheShapesMembersAndRequirements()
    {
        using var schema = JsonDocument.Parse(NewsModelJson.Schema);
        foreach (var type in ModelShape.Objects)
        {
            var definition = type == ModelShape.Article ? schema.RootElement : schema.RootElement.GetProperty("$defs").GetProperty(type.Name);
            definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal(type.Members.Where(m => !m.Legacy).Select(m => m.Name), type.Name);
            definition.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should()
                .Equal(type.Members.Where(m => m.Required).Select(m => m.Name), type.Name);
            definition.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        }
        foreach (var shapeEnum in ModelShape.Enums)
        {
            schema.RootElement.GetProperty("$defs").GetProperty(shapeEnum.Name).GetProperty("enum").EnumerateArray().Select(e => e.GetString())
                .Should().Equal(shapeEnum.Spellings);
        }
    }

    [Fact]
    public void Schema_Text_IsTheSameOnEveryCall()
    {
        SchemaWriter.Write().Should().Be(NewsModelJson.Schema);
        NewsModelJson.Schema.Should().NotContain("\r").And.EndWith("}\n");
    }

    [Fact]
    public void Writer_MemberOrder_IsTheShapesOrder()
    {
        // The reader looks each name up starting where the writer's order says it comes next.
        using var document = JsonDocument.Parse(NewsModelJson.Serialize(ModelShapeDocuments.Full()));
        CheckOrder(document.RootElement, ModelShape.Article);

        static void CheckOrder(JsonElement element, ShapeObject type)
        {
            var written = element.EnumerateObject().Select(p => p.Name).ToList();
            written.Should().Equal(type.Members.Select(m => m.Name).Where(written.Contains), type.Name);
            foreach (var member in type.Members)
            {
                if (!element.TryGetProperty(member.Name, out var value))
                {
                    continue;
                }
                var shape = member.Kind == MemberKind.Array ? member.Items! : member;
                if (shape.Kind != MemberKind.Object)
                {
                    continue;
                }
                foreach (var item in member.Kind == MemberKind.Array ? value.EnumerateArray().ToList() : [value])
                {
                    CheckOrder(item, shape.Type!);
                }
            }
        }
    }

    [Fact]
    public void FullDocument_HoldsEveryMemberOfTheShape()
    {
        // The shape tests below mutate every member of this document; a member it lacks would go untested. A legacy
        // member (newsmodel/1's copyright) cannot stand in a newsmodel/2 document.
        var legacy = ModelShape.Objects.SelectMany(o => o.Members.Where(m => m.Legacy).Select(m => ModelShape.KeyOf(o, m)));
        ModelShapeDocuments.PathsIn(ModelShapeDocuments.FullJson()).Should().BeEquivalentTo(ModelShape.MemberKeys().Except(legacy));
    }

    private static JsonElement JsonString(string text) => JsonSerializer.SerializeToElement(text);
}
