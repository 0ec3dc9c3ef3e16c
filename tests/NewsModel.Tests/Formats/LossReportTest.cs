using NewsModel.Formats;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Formats;

public class LossReportTest
{
    private static LossEntry Entry(string field, LossKind kind = LossKind.Dropped) => new(field, "detail", "reason", kind);

    [Fact]
    public void Equality_EntriesInOrder() =>
        EqualityAssert.Contract(
            new LossReport([Entry("A"), Entry("B")]),
            new LossReport([Entry("A"), Entry("B")]),
            new LossReport([Entry("B"), Entry("A")]),
            new LossReport([Entry("A")]),
            LossReport.None);

    [Fact]
    public void LossEntry_Equality_AllMembers() =>
        EqualityAssert.Contract(
            Entry("A"),
            Entry("A"),
            Entry("A", LossKind.Approximated),
            Entry("B"),
            new LossEntry("A", "other", "reason", LossKind.Dropped),
            new LossEntry("A", "detail", "other", LossKind.Dropped));

    [Fact]
    public void LossEntry_EmptyText_Throws()
    {
        var act = () => new LossEntry("", "d", "r", LossKind.Dropped);
        act.Should().Throw<System.ArgumentException>().WithParameterName("field");
    }

    [Fact]
    public void IsLossless_OnlyExtensionOnlyEntries()
    {
        LossReport.None.IsLossless.Should().BeTrue();
        LossReport.None.IsEmpty.Should().BeTrue();
        new LossReport([Entry("A", LossKind.ExtensionOnly)]).IsLossless.Should().BeTrue();
        new LossReport([Entry("A", LossKind.ExtensionOnly), Entry("B", LossKind.Approximated)]).IsLossless.Should().BeFalse();
    }

    [Fact]
    public void For_SelectsByField()
    {
        var report = new LossReport([Entry("A"), Entry("B"), Entry("A", LossKind.Approximated)]);
        report.For("A").Should().Equal(Entry("A"), Entry("A", LossKind.Approximated));
        report.For("C").Should().BeEmpty();
    }

    [Fact]
    public void ToString_OneLinePerEntry()
    {
        new LossReport([Entry("A"), Entry("B")]).ToString().Should().Be("Dropped A: detail (reason)\nDropped B: detail (reason)");
        LossReport.None.ToString().Should().Be("(nothing lost)");
    }
}
