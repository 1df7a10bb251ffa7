using PressCms.Core.Recipes;
using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Recipes;

/// <summary>A release item on its own, as the JSON API receives it: the recipe's keys and rules, errors keyed by field path.</summary>
public sealed class ReleaseItemParsingTests
{
    private static readonly string[] Ignored = ["version", "status"];

    [Fact]
    public void Should_parse_a_release_without_an_id_and_ignore_the_members_the_caller_owns()
    {
        var item = RecipeParser.ParseRelease("""
            { "kind": "appeal", "slug": "witness-appeal", "headline": "Witness appeal", "body": "Body",
              "figures": [ { "label": "Injured", "value": 2 } ], "status": "published", "version": "abc" }
            """, Ignored);

        Assert.Null(item.Id);
        Assert.Equal(ReleaseKind.Appeal, item.Content.Kind);
        Assert.Equal("witness-appeal", item.Content.Slug);
        Assert.Equal(2m, item.Content.Figures[0].Value);
    }

    [Fact]
    public void Should_read_a_given_id()
    {
        var item = RecipeParser.ParseRelease("""{ "id": "met-1", "slug": "s", "headline": "H", "body": "B" }""", []);

        Assert.Equal("met-1", item.Id);
    }

    [Theory]
    [InlineData("""{ "slug": "s", "body": "B" }""", "headline", "is required")]
    [InlineData("""{ "slug": "s", "headline": "H", "body": "B", "figures": [ { "label": "x", "value": "two" } ] }""", "figures[0].value", "must be a number")]
    [InlineData("""{ "slug": "s", "headline": "H", "body": "B", "colour": "red" }""", "colour", "unknown key")]
    [InlineData("""{ "slug": "s", "headline": "H", "body": "B", "publishAtUtc": "2026-01-01T00:00:00Z" }""", "publishAtUtc", "unknown key")]
    [InlineData("""{ "id": "Not An Id", "slug": "s", "headline": "H", "body": "B" }""", "id", "must be 1 to 100 characters")]
    [InlineData("""{ "slug": "s", "headline": """, "$", "not valid JSON")]
    [InlineData("""[ 1, 2 ]""", "(root)", "must be a JSON object")]
    public void Should_key_every_mistake_by_its_field_path(string json, string key, string message)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeParser.ParseRelease(json, Ignored));

        Assert.Contains(error.Errors, e => e.Step is null && e.Key == key && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
