using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsModel.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Json;

/// <summary>JSONTestSuite (../shared/standards/json-test-suite/test_parsing/): n_ files are rejected with
/// JsonException; y_ and i_ files never cause any other exception type, strict or lenient.</summary>
public class JsonTestSuiteTest
{
    private static readonly NewsModelJsonOptions Lenient = new() { ReadMode = NewsModelJsonReadMode.Lenient };

    public static IEnumerable<object[]> Files(string prefix) =>
        !SharedData.Available
            ? [["(shared data absent)"]]
            : Directory.GetFiles(SharedData.PathOf("standards/json-test-suite/test_parsing"), prefix + "*.json")
                .Select(f => new object[] { Path.GetFileName(f) })
                .OrderBy(f => (string)f[0], StringComparer.Ordinal);

    private static byte[] Read(string name) => File.ReadAllBytes(SharedData.PathOf("standards/json-test-suite/test_parsing/" + name));

    [SharedDataTheory]
    [MemberData(nameof(Files), "n_")]
    public void Deserialize_NotJson_RejectedWithJsonException(string name)
    {
        byte[] bytes = Read(name);
        foreach (var options in new[] { NewsModelJsonOptions.Default, Lenient })
        {
            Assert.Throws<JsonException>(() => NewsModelJson.Deserialize(bytes, options));
            Assert.Throws<JsonException>(() => NewsModelJson.Deserialize(JsonTestSupport.Chunked(bytes), options));
            Assert.Throws<JsonException>(() => NewsModelJson.DeserializeWithExtras(bytes, options));
        }
    }

    [SharedDataTheory]
    [MemberData(nameof(Files), "y_")]
    [MemberData(nameof(Files), "i_")]
    public void Deserialize_JsonThatIsNoArticle_OnlyEverJsonException(string name)
    {
        byte[] bytes = Read(name);
        foreach (var options in new[] { NewsModelJsonOptions.Default, Lenient })
        {
            AssertOnlyJsonException(() => NewsModelJson.Deserialize(bytes, options));
            AssertOnlyJsonException(() => NewsModelJson.Deserialize(JsonTestSupport.Chunked(bytes), options));
            AssertOnlyJsonException(() => NewsModelJson.DeserializeWithExtras(bytes, options));
        }
        // The same value inside an article's unknown member, read leniently, must also fail only with JsonException.
        byte[] wrapped = [.. "{\"x\":"u8, .. bytes, .. "}"u8];
        AssertOnlyJsonException(() => NewsModelJson.DeserializeWithExtras(wrapped, Lenient));
    }

    private static void AssertOnlyJsonException(Action read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
        }
    }
}
