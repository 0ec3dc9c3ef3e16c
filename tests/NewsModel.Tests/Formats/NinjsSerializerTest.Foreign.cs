using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsModel.Formats;
using NewsModel.Formats.Ninjs;
using NewsModel.Tests.Infrastructure;
using NodaTime;

namespace NewsModel.Tests.Formats;

public partial class NinjsSerializerTest
{
    private static readonly NinjsReadOptions ForeignOptions = new()
    {
        DefaultPublication = new Publication("Test Wire", DateTimeZoneProviders.Tzdb["Europe/Oslo"]),
        DefaultPublished = Instant.FromUtc(2024, 1, 1, 0, 0),
    };

    private static string NinjsRoot => SharedData.PathOf("standards/ninjs");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        if (!SharedData.Available)
        {
            data.Add("(shared data absent)");
            return data;
        }
        foreach (var folder in new[] { "examples", "documentation" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(NinjsRoot, folder), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // extension-schema.json is a JSON Schema (an extension of ninjs), not a ninjs document.
                if (!file.EndsWith("extension-schema.json", StringComparison.Ordinal))
                {
                    data.Add(Path.GetRelativePath(NinjsRoot, file));
                }
            }
        }
        return data;
    }

    public static TheoryData<string> Suite(string outcome)
    {
        var data = new TheoryData<string>();
        if (!SharedData.Available)
        {
            data.Add("(shared data absent)");
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(NinjsRoot, "validation/test_suite"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(NinjsRoot, file);
            if (relative.Contains("/" + outcome + "/", StringComparison.Ordinal) && !relative.Contains("/1.0/", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
        }
        return data;
    }

    public static TheoryData<string> ShouldPass() => Suite("should_pass");

    public static TheoryData<string> ShouldFail() => Suite("should_fail");

    [SharedDataTheory]
    [MemberData(nameof(Examples))]
    public void DeserializeAll_OfficialAndAgencyExamples_ReadWithoutError(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(NinjsRoot, relative));
        var results = NinjsSerializer.DeserializeAll(bytes, ForeignOptions);
        results.Should().NotBeEmpty();
        foreach (var result in results)
        {
            result.Value.Id.Should().NotBeNullOrEmpty();
            result.Value.Headline.Should().NotBeNullOrEmpty();
        }
    }

    [SharedDataTheory]
    [MemberData(nameof(ShouldPass))]
    public void Deserialize_SuiteShouldPass_ReadsStrictly(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(NinjsRoot, relative));
        var result = NinjsSerializer.Deserialize(bytes, ForeignOptions with { Strict = true });
        result.Losses.Entries.Should().NotContain(e => e.Reason.StartsWith(NinjsReader.NonConforming, StringComparison.Ordinal));
    }

    [SharedDataTheory]
    [MemberData(nameof(ShouldFail))]
    public void Deserialize_SuiteShouldFail_IsRejectedWhenStrictAndReportedOtherwise(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(NinjsRoot, relative));
        var strict = () => NinjsSerializer.Deserialize(bytes, ForeignOptions with { Strict = true });
        strict.Should().Throw<NinjsException>().Which.Message.Should().Contain("does not conform");
        var lenient = NinjsSerializer.Deserialize(bytes, ForeignOptions);
        lenient.Losses.Entries.Should().Contain(e => e.Reason.StartsWith(NinjsReader.NonConforming, StringComparison.Ordinal));
    }

    [SharedDataTheory]
    [InlineData("015_versioncreated.json")]
    [InlineData("018_embargoed.json")]
    public void Deserialize_Suite10ValidDates_Read(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(NinjsRoot, "validation/test_suite/1.0/should_pass", file));
        NinjsSerializer.Deserialize(bytes, ForeignOptions).Value.Should().NotBeNull();
    }

    [SharedDataTheory]
    [InlineData("016_versioncreated_bad_datetime.json", "$.versioncreated", "Last Tuesday")]
    [InlineData("017_versioncreated_date_only.json", "$.versioncreated", "2019-09-24")]
    [InlineData("019_embargoed_bad_datetime.json", "$.embargoed", "Next Monday")]
    [InlineData("020_embargoed_date_only.json", "$.embargoed", "2019-10-01")]
    public void Deserialize_Suite10BadOrDateOnlyDates_FailNamingPathAndExpectation(string file, string path, string found)
    {
        var bytes = File.ReadAllBytes(Path.Combine(NinjsRoot, "validation/test_suite/1.0/should_pass", file));
        var act = () => NinjsSerializer.Deserialize(bytes, ForeignOptions);
        var error = act.Should().Throw<NinjsException>().Which;
        error.Path.Should().Be(path);
        error.Message.Should().Contain(path).And.Contain("RFC 3339").And.Contain(found).And.Contain("line 3");
    }
}
