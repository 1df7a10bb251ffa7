using PressCms.Core.Alerts;
using PressCms.Core.Releases;
using PressCms.UnitTests.Core.Releases;

namespace PressCms.UnitTests.Core.Alerts;

public sealed class AlertTopicTests
{
    [Theory]
    [InlineData("all", "all")]
    [InlineData("category:knife-crime", "category:knife-crime")]
    [InlineData("operation:legatum", "operation:legatum")]
    [InlineData("unit:roads-policing", "unit:roads-policing")]
    [InlineData("area:hackney", "area:hackney")]
    [InlineData("kind:appeal", "kind:appeal")]
    [InlineData("", null)]
    [InlineData("everything", null)]
    [InlineData("all:hackney", null)]
    [InlineData("category:Knife Crime", null)]
    [InlineData("region:hackney", null)]
    public void Should_accept_only_topics_that_have_a_feed(string key, string? expected) =>
        Assert.Equal(expected, AlertTopic.Parse(key)?.Key);

    [Fact]
    public void Should_place_a_release_in_every_topic_it_belongs_to()
    {
        var release = Release.Create("legatum", Contents.Valid() with { Categories = ["online-safety"], Operation = "legatum", Area = "hackney" },
            new TestMarkdown(), "author", new DateTime(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["all", "kind:operation-update", "category:online-safety", "operation:legatum", "area:hackney"], AlertTopic.KeysOf(release.Latest));
    }
}
