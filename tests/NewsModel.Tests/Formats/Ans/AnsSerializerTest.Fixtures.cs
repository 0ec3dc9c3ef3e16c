using System;
using System.Collections.Generic;
using System.Linq;
using NewsModel.Formats;
using NewsModel.Formats.Ans;
using NewsModel.Html;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats.Ans;

/// <summary>The official ANS 0.10.12 story fixtures: every good one reads, every bad one is refused at the path of its
/// fault, and the schema (read as draft-07) agrees on which is which.</summary>
public class AnsSerializerFixturesTest
{
    internal static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    internal static readonly AnsReadOptions Post = new()
    {
        Publication = new Publication("The Washington Post", NewYork, "WP"),
        BodyHtml = HtmlBlocks.Reader,
    };

    [SharedDataFact]
    public void Deserialize_EveryGoodStoryFixture_Reads()
    {
        var good = AnsSchemas.StoryFixtures("good");
        good.Should().HaveCountGreaterThanOrEqualTo(10);
        var failures = new List<string>();
        foreach (var name in good)
        {
            try
            {
                AnsSerializer.Deserialize(AnsSchemas.Fixture(name), Post);
                AnsSerializer.Deserialize(AnsSchemas.Fixture(name));
            }
            catch (AnsException e)
            {
                failures.Add(name + ": " + e.Message);
            }
        }
        failures.Should().BeEmpty();
    }

    /// <summary>Each bad fixture and the path of its fault (the file names say what is wrong).</summary>
    public static readonly IReadOnlyDictionary<string, string> BadPaths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["story-fixture-bad-corrections.json"] = "$.corrections[0]",
        ["story-fixture-bad-dropcap.json"] = "$.content_elements[0].block_properties.dropcap",
        ["story-fixture-bad-embargo.json"] = "$.content_restrictions.embargo.active",
        ["story-fixture-bad-extra-properties.json"] = "$.foo",
        ["story-fixture-bad-referenced-distributor-mode.json"] = "$.distributor.mode",
        ["story-fixture-bad-referenced-distributor-reference-id.json"] = "$.distributor.reference_id",
        ["story-fixture-bad-sections-addl-properties.json"] = "$.version",
        ["story-fixture-bad-tag-strings.json"] = "$.version",
        ["story-fixture-bad-taxonomy-additional-tasks.json"] = "$.taxonomy.associated_tasks[1]",
        ["story-fixture-bad-wrong-type.json"] = "$.type",
        ["story-fixture-bad-wrong-version.json"] = "$.version",
    };

    [SharedDataFact]
    public void Deserialize_EveryBadStoryFixture_RefusedAtThePathOfItsFault()
    {
        var bad = AnsSchemas.StoryFixtures("bad");
        bad.Should().BeEquivalentTo(BadPaths.Keys, "every bad fixture has its expected path here");
        var found = bad.ToDictionary(n => n, n => FluentActions.Invoking(() => AnsSerializer.Deserialize(AnsSchemas.Fixture(n), Post))
            .Should().Throw<AnsException>().Which.Path ?? "(none)");
        found.Should().BeEquivalentTo(BadPaths);
    }

    [SharedDataFact]
    public void Schema_GoodAndBadStoryFixtures_AsTheirNamesSay()
    {
        // The check of the schema's loading: it must accept what ANS calls good and refuse what it calls bad, except
        // the drop-cap fixture, whose rule ANS's tooling enforces outside the schema (its SOURCES note says so).
        foreach (var name in AnsSchemas.StoryFixtures("good"))
        {
            AnsSchemas.Errors(AnsSchemas.Fixture(name)).Should().BeNull(name);
        }
        foreach (var name in AnsSchemas.StoryFixtures("bad").Where(n => n != "story-fixture-bad-dropcap.json"))
        {
            AnsSchemas.Errors(AnsSchemas.Fixture(name)).Should().NotBeNull(name);
        }
    }
}
