using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsModel.Formats.WordPress;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats.WordPress;

/// <summary>The block-markup reader gives what WordPress's own parser gives (the fixtures' <c>.parsed.json</c>), and
/// stays linear.</summary>
public class BlockMarkupTest
{
    private static string BlocksRoot => SharedData.PathOf("corpus/wordpress/blocks");

    public static TheoryData<string> ParsedFixtures()
    {
        var data = new TheoryData<string>();
        if (!SharedData.Available)
        {
            data.Add("(shared data absent)");
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(BlocksRoot, "*.parsed.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BlocksRoot, file));
        }
        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(ParsedFixtures))]
    public void Parse_BlockFixture_SameBlocksAsWordPressParser(string relative)
    {
        var stem = Path.Combine(BlocksRoot, relative[..^".parsed.json".Length]);
        var input = File.Exists(stem + ".html") ? stem + ".html" : stem + ".serialized.html";
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(BlocksRoot, relative)))!.AsArray();

        var text = File.ReadAllText(input);
        // Gutenberg's fixture files end with a line feed that its parsed JSON was made without.
        var blocks = BlockMarkup.Parse(relative.StartsWith("gutenberg", StringComparison.Ordinal) ? text.TrimEnd('\n') : text);

        Describe(blocks).Should().Equal(expected.Select(e => Describe(e!)), "the blocks of " + Path.GetFileName(input));
    }

    [Fact]
    public void Parse_VoidBlockWithAttributesAndNamespace_NameAttributesAndNoContent()
    {
        var blocks = BlockMarkup.Parse("<!-- wp:my-plugin/box {\"size\":\"}\"} /-->");
        blocks.Should().ContainSingle();
        blocks[0].Name.Should().Be("my-plugin/box");
        blocks[0].Attributes.Should().Be("{\"size\":\"}\"}");
        blocks[0].InnerHtml.Should().BeEmpty();
    }

    [Fact]
    public void Parse_CloserWithNothingOpen_KeptAsHtml()
    {
        var blocks = BlockMarkup.Parse("<p>a</p><!-- /wp:paragraph --><p>b</p>");
        blocks.Should().ContainSingle();
        blocks[0].Name.Should().BeNull();
        blocks[0].InnerHtml.Should().Be("<p>a</p><!-- /wp:paragraph --><p>b</p>");
    }

    [Fact]
    public void Parse_BlockLeftOpen_ClosedAtTheEnd()
    {
        var blocks = BlockMarkup.Parse("<!-- wp:quote --><blockquote><!-- wp:paragraph --><p>a</p>");
        blocks.Should().ContainSingle();
        blocks[0].Name.Should().Be("core/quote");
        blocks[0].InnerBlocks.Should().ContainSingle().Which.InnerHtml.Should().Be("<p>a</p>");
        blocks[0].InnerContent.Should().Equal("<blockquote>", null);
    }

    [Theory]
    [InlineData("<!--wp:paragraph --><p>a</p><!-- /wp:paragraph -->")] // no space after <!--
    [InlineData("<!-- wp:Paragraph --><p>a</p><!-- /wp:Paragraph -->")] // capitals in the name
    [InlineData("<!-- wp:paragraph {\"a\":1}--><p>a</p><!-- /wp:paragraph -->")] // no space before -->
    public void Parse_NotADelimiter_AllHtml(string markup)
    {
        var blocks = BlockMarkup.Parse(markup);
        blocks.Should().ContainSingle().Which.Name.Should().BeNull();
    }

    private static List<string> Describe(List<MarkupBlock> blocks) => blocks.Select(Describe).ToList();

    private static string Describe(MarkupBlock block) =>
        (block.Name ?? "(freeform)") + " " + Canonical(block.Attributes is null ? new JsonObject() : JsonNode.Parse(block.Attributes))
        + " html=" + JsonSerializer.Serialize(block.InnerHtml)
        + " content=[" + string.Join(",", block.InnerContent.Select(c => c is null ? "null" : JsonSerializer.Serialize(c))) + "]"
        + " inner=[" + string.Join(" | ", block.InnerBlocks.Select(Describe)) + "]";

    private static string Describe(JsonNode node) =>
        (node["blockName"]?.GetValue<string>() ?? "(freeform)") + " " + Canonical(node["attrs"])
        + " html=" + JsonSerializer.Serialize(node["innerHTML"]!.GetValue<string>())
        + " content=[" + string.Join(",", node["innerContent"]!.AsArray().Select(c => c is null ? "null" : JsonSerializer.Serialize(c.GetValue<string>()))) + "]"
        + " inner=[" + string.Join(" | ", node["innerBlocks"]!.AsArray().Select(b => Describe(b!))) + "]";

    /// <summary>Attributes compared as JSON values: an empty list and an empty object are both "no attributes" (PHP's
    /// parser writes <c>[]</c> for an empty array).</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        null => "{}",
        JsonArray { Count: 0 } => "{}",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        _ => node.ToJsonString(),
    };
}

/// <summary>The block-markup reader stays linear in the number of blocks, including delimiters whose attributes never end.</summary>
[Collection(Scaling.Collection)]
public class BlockMarkupScalingTest
{
    [Fact]
    public void Parse_ManyBlocks_ScalesLinearly() =>
        Scaling.IsLinear(
            n => string.Concat(Enumerable.Repeat("<!-- wp:quote --><blockquote><!-- wp:paragraph {\"a\":\"b\"} --><p>x</p><!-- /wp:paragraph --></blockquote><!-- /wp:quote -->\n", n)),
            text => BlockMarkup.Parse(text),
            n: 200);

    [Fact]
    public void Parse_ManyDelimitersWithUnendedAttributes_ScalesLinearly() =>
        Scaling.IsLinear(n => string.Concat(Enumerable.Repeat("<!-- wp:a {\"b\":1} <p>}</p>", n)), text => BlockMarkup.Parse(text), n: 200);
}
