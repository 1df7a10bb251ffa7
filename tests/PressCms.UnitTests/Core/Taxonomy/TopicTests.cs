using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.UnitTests.Core.Releases;

namespace PressCms.UnitTests.Core.Taxonomy;

public sealed class TopicTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("all", "all")]
    [InlineData(" all ", "all")]
    [InlineData("category:knife-crime", "category:knife-crime")]
    [InlineData("operation:legatum", "operation:legatum")]
    [InlineData("unit:roads-policing", "unit:roads-policing")]
    [InlineData("area:hackney", "area:hackney")]
    [InlineData("kind:appeal", "kind:appeal")]
    [InlineData("category:child-protection,area:london", "category:child-protection,area:london")]
    [InlineData("area:london,category:child-protection", "category:child-protection,area:london")]
    [InlineData("kind:appeal,area:hackney,unit:roads-policing,operation:legatum,category:knife-crime",
        "category:knife-crime,operation:legatum,unit:roads-policing,area:hackney,kind:appeal")]
    [InlineData("area:hackney,area:hackney", "area:hackney")]
    [InlineData("", null)]
    [InlineData("everything", null)]
    [InlineData("all:hackney", null)]
    [InlineData("category:Knife Crime", null)]
    [InlineData("region:hackney", null)]
    [InlineData("area:hackney,area:camden", null)]
    [InlineData("area:hackney,", null)]
    [InlineData("all,area:hackney", null)]
    public void Should_accept_only_topics_that_have_a_feed_and_write_each_one_way(string key, string? expected) =>
        Assert.Equal(expected, Topic.Parse(key)?.Key);

    [Fact]
    public void Should_say_why_a_combination_is_refused()
    {
        Assert.Null(Topic.Of([new TopicPart("area", "hackney"), new TopicPart("area", "camden")], out var twice));
        Assert.Equal("area: a topic follows one area at a time, not both hackney and camden", twice);

        Assert.Null(Topic.Of([new TopicPart("borough", "hackney")], out var unknown));
        Assert.StartsWith("borough is not something releases can be followed by", unknown);

        Assert.Null(Topic.Of([new TopicPart("area", "Hackney Wick")], out var malformed));
        Assert.StartsWith("area: \"Hackney Wick\" is not a valid address name", malformed);
    }

    [Fact]
    public void Should_place_a_release_in_every_topic_and_every_combination_it_belongs_to()
    {
        var revision = Revision(["online-safety", "child-protection"], operation: "legatum", area: "hackney");

        var keys = Topic.KeysOf(revision);

        // Two categories (or none), the operation or not, the area or not, the kind or not; no unit.
        Assert.Equal(3 * 2 * 2 * 2, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal("all", keys[0]);
        Assert.Contains("kind:operation-update", keys);
        Assert.Contains("category:online-safety", keys);
        Assert.Contains("category:child-protection,area:hackney", keys);
        Assert.Contains("category:online-safety,operation:legatum,area:hackney,kind:operation-update", keys);
        Assert.DoesNotContain(keys, k => k.Contains("category:online-safety,category:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains("unit:", StringComparison.Ordinal));
        // Every key is one a subscriber could have chosen: it parses back to itself.
        Assert.All(keys, k => Assert.Equal(k, Topic.Parse(k)?.Key));
    }

    [Theory]
    [InlineData("all", true)]
    [InlineData("category:child-protection,area:hackney", true)]
    [InlineData("category:child-protection,area:camden", false)]
    [InlineData("category:knife-crime,area:hackney", false)]
    [InlineData("unit:roads-policing", false)]
    [InlineData("operation:legatum,kind:operation-update", true)]
    [InlineData("kind:appeal", false)]
    public void Should_include_a_release_only_when_every_part_matches(string key, bool included)
    {
        var revision = Revision(["online-safety", "child-protection"], operation: "legatum", area: "hackney");

        Assert.Equal(included, Topic.Parse(key)!.Includes(revision));
        Assert.Equal(included, Topic.KeysOf(revision).Contains(key));
    }

    [Fact]
    public void Should_name_a_topic_the_way_a_journalist_would_say_it()
    {
        Assert.Equal("all press releases", Topic.Describe(new Dictionary<string, string>()));
        Assert.Equal("Operation Legatum", Topic.Describe(new Dictionary<string, string> { ["operation"] = "Operation Legatum" }));
        Assert.Equal("London", Topic.Describe(new Dictionary<string, string> { ["area"] = "London" }));
        Assert.Equal("Child protection in London",
            Topic.Describe(new Dictionary<string, string> { ["category"] = "Child protection", ["area"] = "London" }));
        Assert.Equal("Roads Policing in Hackney",
            Topic.Describe(new Dictionary<string, string> { ["unit"] = "Roads Policing", ["area"] = "Hackney" }));
        Assert.Equal("Operation Legatum · Appeal in Hackney (Roads Policing)",
            Topic.Describe(new Dictionary<string, string> { ["operation"] = "Operation Legatum", ["kind"] = "Appeal", ["area"] = "Hackney", ["unit"] = "Roads Policing" }));
    }

    private static Revision Revision(List<string> categories, string? operation = null, string? area = null) =>
        Release.Create("legatum", Contents.Valid() with { Categories = categories, Operation = operation, Area = area, Unit = null },
            new TestMarkdown(), "author", Now).Latest;
}
