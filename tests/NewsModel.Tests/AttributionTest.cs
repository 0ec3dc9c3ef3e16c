using System;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests;

public class AttributionTest
{
    private static readonly Party Song = new("Song Il-ho", PartyKind.Person, "North Korea's ambassador for talks to normalise relations with Japan");

    [Fact]
    public void Constructor_NullSpeaker_ThrowsNamingSpeaker() =>
        FluentActions.Invoking(() => new Attribution(null!)).Should().Throw<ArgumentNullException>().WithParameterName("speaker");

    [Theory]
    [InlineData("", null, null, "mention")]
    [InlineData(null, "", null, "cue")]
    [InlineData(null, null, "", "via")]
    public void Constructor_EmptyOptionalText_ThrowsNamingIt(string? mention, string? cue, string? via, string parameter) =>
        FluentActions.Invoking(() => new Attribution(Song, mention, cue, via)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void PrintedMention_NoMention_IsSpeakerName()
    {
        new Attribution(Song, cue: "replied").PrintedMention.Should().Be("Song Il-ho");
        new Attribution(Song, "Song", "expressed hope", "Kyodo news agency").PrintedMention.Should().Be("Song");
    }

    [Fact]
    public void ToString_AgencyChannel_ShowsMentionCueAndVia() =>
        new Attribution(Song, "Song", "expressed hope", "Kyodo news agency").ToString()
            .Should().Be("Song Il-ho (as \"Song\") expressed hope, via Kyodo news agency");

    [Fact]
    public void Equals_ValueSemantics_AllMembersCount() =>
        EqualityAssert.Contract(
            new Attribution(Song, "He", "compared", "Kyodo news agency"),
            new Attribution(new Party(Song.Name, Song.Kind, Song.Role), "He", "compared", "Kyodo news agency"),
            new Attribution(Song, "Song", "compared", "Kyodo news agency"),
            new Attribution(Song, "He", "said", "Kyodo news agency"),
            new Attribution(Song, "He", "compared"),
            new Attribution(Song.WithRole(null), "He", "compared", "Kyodo news agency"));
}
