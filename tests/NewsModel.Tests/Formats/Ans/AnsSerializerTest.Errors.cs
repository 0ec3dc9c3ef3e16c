using System;
using System.Linq;
using System.Text;
using NewsModel.Formats.Ans;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats.Ans;

/// <summary>Bad input gives an <see cref="AnsException"/> naming the path, the position and what was expected, and
/// never any other exception.</summary>
public class AnsSerializerErrorsTest
{
    private const string Head = "{\"type\":\"story\",\"version\":\"0.10.12\",";

    private static AnsException Fails(string json) =>
        FluentActions.Invoking(() => AnsSerializer.Deserialize(json)).Should().Throw<AnsException>().Which;

    [Fact]
    public void Deserialize_MalformedJson_LineByteAndExpectation()
    {
        var error = Fails(Head + "\n\"headlines\":{\"basic\":\"x\"");
        error.Message.Should().StartWith("ANS story $.headlines (line 2, byte 25): expected well-formed JSON (");
        (error.Path, error.LineNumber, error.BytePositionInLine).Should().Be(("$.headlines", 1, 24));
    }

    [Fact]
    public void Deserialize_MemberAStoryDoesNotHave_NamesIt() =>
        Fails(Head + "\"foo\":1}").Message.Should().Be(
            "ANS story $.foo (line 1, byte 43): expected a member an ANS 0.10.12 story has (it allows no others); found the member \"foo\".");

    [Fact]
    public void Deserialize_NoType_NamesTheMember() =>
        Fails("{\"version\":\"0.10.12\"}").Path.Should().Be("$.type");

    [Fact]
    public void Deserialize_TextElementWithoutContent_PathInsideTheElementAtItsPosition()
    {
        var error = Fails(Head + "\"content_elements\":[{\"type\":\"text\",\"content\":\"a\"},\n{\"type\":\"text\",\"contents\":\"x\"}]}");
        error.Message.Should().Be("ANS story $.content_elements[1].content (line 2, byte 1): expected the text's content, a string; found no such member.");
    }

    [Fact]
    public void Deserialize_TagAsAString_PathOfTheTag() =>
        Fails(Head + "\"taxonomy\":{\"tags\":[\"alpha\"]}}").Message.Should().Contain(
            "$.taxonomy.tags[0] (line 1, byte 48): expected a tag, an object; found the string \"alpha\".");

    [Fact]
    public void Deserialize_DateWithoutOffset_NamesTheDate() =>
        Fails(Head + "\"publish_date\":\"2015-06-24T09:49:00\"}").Message.Should().Contain(
            "$.publish_date (line 1, byte 52): expected an RFC 3339 date-time with an offset");

    [Fact]
    public void Deserialize_MutatedStories_OnlyEverThrowAnsException()
    {
        var story = Head + "\"_id\":\"a\",\"headlines\":{\"basic\":\"H\"},\"first_publish_date\":\"2015-06-24T09:49:00Z\","
            + "\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"N\"}]},\"taxonomy\":{\"tags\":[{\"text\":\"t\"}],\"sections\":[{\"type\":\"section\",\"version\":\"0.10.12\",\"name\":\"S\"}]},"
            + "\"content_elements\":[{\"type\":\"text\",\"content\":\"<b>x</b> &amp; y\"},{\"type\":\"header\",\"level\":2,\"content\":\"h\"},"
            + "{\"type\":\"list\",\"list_type\":\"ordered\",\"items\":[{\"type\":\"text\",\"content\":\"i\"}]},{\"type\":\"image\",\"url\":\"https://e.com/a.jpg\",\"width\":2},"
            + "{\"type\":\"table\",\"rows\":[[{\"type\":\"text\",\"content\":\"c\"}]]},{\"type\":\"quote\",\"content_elements\":[{\"type\":\"text\",\"content\":\"q\"}]}]}";
        AnsSerializer.Deserialize(story).Value.Blocks.Should().HaveCount(6);
        Mutations.OnlyThrow<AnsException>(
            Encoding.UTF8.GetBytes(story),
            mutated =>
            {
                AnsSerializer.Deserialize(mutated);
                AnsSerializer.Deserialize(mutated, AnsSerializerFixturesTest.Post);
            },
            iterations: 3000);
    }
}

/// <summary>The ANS reader and writer stay linear in the number of elements.</summary>
[Collection(Scaling.Collection)]
public class AnsSerializerScalingTest
{
    private static string Story(int n) =>
        "{\"type\":\"story\",\"version\":\"0.10.12\",\"headlines\":{\"basic\":\"H\"},\"content_elements\":["
        + string.Join(",", Enumerable.Repeat("{\"type\":\"text\",\"content\":\"A paragraph &amp; more\"},{\"type\":\"list\",\"items\":[{\"type\":\"text\",\"content\":\"i\"}]}", n))
        + "]}";

    [Fact]
    public void Deserialize_ManyElements_ScalesLinearly() =>
        Scaling.IsLinear(n => Encoding.UTF8.GetBytes(Story(n)), bytes => AnsSerializer.Deserialize(bytes), n: 2000);

    [Fact]
    public void Serialize_ManyBlocks_ScalesLinearly() =>
        Scaling.IsLinear(n => AnsSerializer.Deserialize(Story(n)).Value, article => AnsSerializer.SerializeToString(article), n: 2000);
}
