using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using NewsModel.Json;
using NewsModel.Shape;
using NewsModel.Tests.Json;
using NewsModel.Validation;
using Xunit;

namespace NewsModel.Tests.Shape;

/// <summary>
/// Documents generated from the shape: every member of a document holding them all is taken out, set to null, given a
/// value of the wrong type or (for an enumeration) an unknown spelling, and every object gets an unknown member. The
/// shape says which of these a reader must refuse; the strict reader, <see cref="ArticleValidator.ValidateJson(string, NewsModelJsonOptions?)"/>
/// and the shipped schema must all say the same.
/// </summary>
public class ModelShapeAgreementTest
{
    private static readonly ArticleValidator Validator = new(ValidationProfile.Publish);

    public static TheoryData<string, string, bool> Mutations()
    {
        var data = new TheoryData<string, string, bool>();
        string full = ModelShapeDocuments.FullJson();
        foreach (var (description, json, allowed) in Mutate(full))
        {
            data.Add(description, json, allowed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Mutation_ReaderCheckerAndSchema_AgreeWithTheShape(string mutation, string json, bool allowedByShape)
    {
        bool read = Reads(json, out string? error);
        var jsonFindings = Validator.ValidateJson(json).Findings.Where(IsDocumentFinding).ToList();
        bool schemaValid = JsonTestSupport.Validate(Encoding.UTF8.GetBytes(json)).IsValid;

        jsonFindings.Should().HaveCount(read ? 0 : jsonFindings.Count, $"{mutation}: the checker reports a JSON finding exactly when the reader refuses ({error})");
        if (!read)
        {
            jsonFindings.Should().NotBeEmpty($"{mutation}: the reader refused ({error}), so the checker must say why");
        }
        if (allowedByShape)
        {
            schemaValid.Should().BeTrue($"{mutation}: the shape allows it, so the schema must");
        }
        else
        {
            read.Should().BeFalse($"{mutation}: the shape forbids it");
            schemaValid.Should().BeFalse($"{mutation}: the shape forbids it, so the schema must");
        }
    }

    [Fact]
    public void Mutations_CoverEveryMemberOfEveryObject()
    {
        var mutated = Mutate(ModelShapeDocuments.FullJson()).Select(m => m.Description.Split(' ')[0]).ToHashSet();
        mutated.Should().Contain(ModelShape.MemberKeys());
    }

    /// <summary>A finding about the document's structure: a JSON code, or one of the two references only raw JSON can
    /// break (a quote's block or range, a speaker's index).</summary>
    private static bool IsDocumentFinding(Finding finding) =>
        finding.Severity == Severity.Error
        && (finding.Code.StartsWith("NM-JSON-", StringComparison.Ordinal)
            || finding.Code is RuleCodes.QuoteRangeOutside or RuleCodes.QuoteSpeakerUnknown);

    private static bool Reads(string json, out string? error)
    {
        try
        {
            NewsModelJson.Deserialize(json);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>The mutations of a document, each member of each object once: a description (<c>object.member</c> first), the mutated text, and
    /// whether the shape allows it.</summary>
    private static List<(string Description, string Json, bool Allowed)> Mutate(string json)
    {
        var result = new List<(string, string, bool)>();
        var root = JsonNode.Parse(json)!.AsObject();
        var seen = new HashSet<string>();
        Visit(root, root, ModelShape.Article, "", seen, result);
        return result;
    }

    private static void Visit(JsonObject root, JsonObject node, ShapeObject type, string prefix, HashSet<string> seen, List<(string, string, bool)> result)
    {
        // An unknown member in this object.
        if (seen.Add(type.Name + "?"))
        {
            node["zzUnknown"] = 1;
            result.Add((type.Name + " unknown member at " + prefix, root.ToJsonString(), false));
            node.Remove("zzUnknown");
        }
        foreach (var member in type.Members)
        {
            if (!node.TryGetPropertyValue(member.Name, out var value) || value is null)
            {
                continue;
            }
            string path = prefix + member.Name + (member.Kind == MemberKind.Array ? "[]" : "");
            var shape = member.Kind == MemberKind.Array ? member.Items! : member;
            string key = ModelShape.KeyOf(type, member);
            if (seen.Add(key))
            {
                Replace(node, member.Name, null, remove: true);
                result.Add((key + " removed at " + path, root.ToJsonString(), !member.Required && FitsVariant(type, node)));
                Replace(node, member.Name, null, remove: false);
                result.Add((key + " null at " + path, root.ToJsonString(), !member.Required && FitsVariant(type, node)));
                Replace(node, member.Name, member.Kind == MemberKind.Bool ? JsonValue.Create("zz-not-a-boolean") : JsonValue.Create(true), remove: false);
                result.Add((key + " wrong type at " + path, root.ToJsonString(), false));
                if (member.Kind == MemberKind.Array && value.AsArray().Count > 0)
                {
                    var items = new JsonArray(JsonValue.Create(true));
                    Replace(node, member.Name, items, remove: false);
                    result.Add((key + " item of the wrong type at " + path, root.ToJsonString(), false));
                }
                if (member.Kind == MemberKind.Enum)
                {
                    Replace(node, member.Name, JsonValue.Create("zz-not-a-spelling"), remove: false);
                    result.Add((key + " unknown spelling at " + path, root.ToJsonString(), false));
                }
                Replace(node, member.Name, value, remove: false);
            }
            if (shape.Kind == MemberKind.Object)
            {
                // Every element, so that each member of a discriminated object (a block's level, a list's items) is
                // met in an element whose type has it; each member is still mutated once.
                var objects = member.Kind == MemberKind.Array ? value.AsArray().Select(v => v!.AsObject()).ToList() : [value.AsObject()];
                foreach (var child in objects)
                {
                    Visit(root, child, shape.Type!, path + ".", seen, result);
                }
            }
        }
    }

    /// <summary>Whether a discriminated object (a block, a mark, an attribution) fits the variant its discriminator
    /// chooses (absent or null: the default): the members that variant requires are there and not null, and no member of
    /// another variant is there, even as null. An object of a type without variants always fits.</summary>
    private static bool FitsVariant(ShapeObject type, JsonObject node)
    {
        if (type.Variants.Length == 0)
        {
            return true;
        }
        string discriminator = Props.CamelCase(type.Discriminator);
        int variant = node[discriminator] is JsonValue value && value.TryGetValue(out string? spelling)
            ? Array.IndexOf(type.Members.First(m => m.Prop == type.Discriminator).Enum!.Spellings, spelling)
            : type.DefaultVariant;
        if (variant < 0)
        {
            return false;
        }
        var chosen = type.Variants[variant];
        if (chosen.Required.Any(p => node[Props.CamelCase(p)] is null))
        {
            return false;
        }
        for (int i = 0; i < type.Members.Length; i++)
        {
            if ((chosen.AllowedMask & (1UL << i)) == 0 && node.ContainsKey(type.Members[i].Name))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Sets (or removes) a member in place, keeping the members' order.</summary>
    private static void Replace(JsonObject node, string name, JsonNode? value, bool remove)
    {
        var members = node.ToList();
        node.Clear();
        foreach (var (key, old) in members)
        {
            if (key != name)
            {
                node.Add(key, old);
            }
            else if (!remove)
            {
                node.Add(name, value);
            }
        }
        if (!remove && members.All(m => m.Key != name))
        {
            node.Add(name, value);
        }
    }
}
