using PressCms.Core.Recipes;
using PressCms.Core.Releases;
using PressCms.UnitTests.Rendering;

namespace PressCms.UnitTests.Core.Recipes;

public sealed class RecipeParserTests
{
    private const string Release = """
        { "id": "r-1", "kind": "appeal", "slug": "appeal-one", "headline": "Witness appeal", "body": "Body",
          "figures": [ { "label": "Injured", "value": 2 } ], "quotes": [ { "text": "Help us", "speaker": "DI Smith" } ],
          "keyDates": [ { "label": "Attack", "from": "2024-03-12" } ], "status": "published", "publishAtUtc": "2024-03-13T10:00:00Z" }
        """;

    private static string Recipe(string release = Release, string extraStep = "") => $$"""
        { "name": "test", "steps": [
            { "step": "taxonomy", "areas": [ { "slug": "lambeth", "name": "Lambeth" } ] },
            {{extraStep}}
            { "step": "releases", "items": [ {{release}} ] } ] }
        """;

    [Fact]
    public void Should_parse_a_valid_recipe_into_typed_steps()
    {
        var recipe = RecipeParser.Parse(Recipe());

        var releases = Assert.IsType<ReleasesStep>(recipe.Steps[1]);
        var item = Assert.Single(releases.Items);
        Assert.Equal("r-1", item.Id);
        Assert.Equal(ReleaseKind.Appeal, item.Content.Kind);
        Assert.Equal(ReleaseStatus.Published, item.Status);
        Assert.Equal(new DateTime(2024, 3, 13, 10, 0, 0, DateTimeKind.Utc), item.PublishAtUtc);
        Assert.Equal(2m, item.Content.Figures[0].Value);
        Assert.Equal(new DateOnly(2024, 3, 12), item.Content.KeyDates[0].From);
    }

    public static TheoryData<string, int?, string, string> Malformed => new()
    {
        { Recipe(extraStep: """{ "step": "widgets" },"""), 1, "step", "unknown step 'widgets'" },
        { Recipe(Release.Replace("\"body\": \"Body\"", "\"body\": \"Body\", \"colour\": \"red\"", StringComparison.Ordinal)), 1, "items[0].colour", "unknown key" },
        { Recipe(Release.Replace("\"value\": 2", "\"value\": -2", StringComparison.Ordinal)), 1, "items[0].figures[0].value", "Figure 1: the number must be 0 or more" },
        { Recipe(Release.Replace("\"value\": 2", "\"value\": \"two\"", StringComparison.Ordinal)), 1, "items[0].figures[0].value", "must be a number" },
        { Recipe(Release.Replace("\"speaker\": \"DI Smith\"", "\"speaker\": \"\"", StringComparison.Ordinal)), 1, "items[0].quotes[0].speaker", "Quote 1: enter who said it" },
        { Recipe(Release.Replace("\"headline\": \"Witness appeal\", ", "", StringComparison.Ordinal)), 1, "items[0].headline", "is required" },
        { Recipe(Release.Replace("\"appeal\"", "\"rumour\"", StringComparison.Ordinal)), 1, "items[0].kind", "unknown kind 'rumour'" },
        { Recipe(Release.Replace("2024-03-12", "12/03/2024", StringComparison.Ordinal)), 1, "items[0].keyDates[0].from", "is not a date in the form YYYY-MM-DD" },
        { Recipe(Release.Replace("\"from\": \"2024-03-12\"", "\"from\": \"2024-03-12\", \"to\": \"2024-03-01\"", StringComparison.Ordinal)), 1, "items[0].keyDates[0].to", "Key date 1: the end date" },
        { Recipe(Release.Replace("2024-03-13T10:00:00Z", "2024-03-13T10:00:00", StringComparison.Ordinal)), 1, "items[0].publishAtUtc", "is not an ISO 8601 instant with a time zone" },
        { Recipe(Release.Replace("\"r-1\"", "\"R 1\"", StringComparison.Ordinal)), 1, "items[0].id", "must be 1 to 100 characters" },
        { Recipe(Release + ", " + Release), 1, "items[1].id", "appears twice in this recipe" },
        { """{ "name": "x", "steps": [], "author": "me" }""", null, "author", "unknown key" },
        { """{ "name": "x", "steps": [ """, null, "(file)", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Should_name_the_step_index_and_key_of_every_mistake(string json, int? step, string key, string message)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeParser.Parse(json));

        Assert.Contains(error.Errors, e => e.Step == step && e.Key == key && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_report_every_mistake_at_once()
    {
        var json = Recipe(Release.Replace("\"value\": 2", "\"value\": -2", StringComparison.Ordinal).Replace("\"speaker\": \"DI Smith\"", "\"speaker\": \"\"", StringComparison.Ordinal));

        var error = Assert.Throws<RecipeException>(() => RecipeParser.Parse(json));

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void Should_find_references_that_neither_the_recipe_nor_the_site_define()
    {
        var recipe = RecipeParser.Parse(Recipe(Release.Replace("\"body\": \"Body\"", "\"body\": \"Body\", \"area\": \"croydon\", \"operation\": \"operation-x\"", StringComparison.Ordinal)));
        var known = Enum.GetValues<PressCms.Core.Taxonomy.TermKind>().ToDictionary(k => k, _ => new HashSet<string>());

        var missing = RecipeReferences.Missing(recipe, known, []);

        Assert.Contains(missing, e => e.Step == 1 && e.Key == "items[0].area" && e.Message.Contains("'croydon'", StringComparison.Ordinal));
        Assert.Contains(missing, e => e.Step == 1 && e.Key == "items[0].operation");
        known[PressCms.Core.Taxonomy.TermKind.Area].Add("croydon");
        Assert.DoesNotContain(RecipeReferences.Missing(recipe, known, ["operation-x"]), e => true);
    }

    [Fact]
    public void Should_read_the_default_newsroom_recipe_with_every_fact_of_operation_legatum()
    {
        var recipe = RecipeParser.Parse(File.ReadAllText(Path.Combine(RepoFolders.Root(), "recipes", "newsroom.recipe.json")));

        var releases = recipe.Steps.OfType<ReleasesStep>().SelectMany(s => s.Items).ToList();
        Assert.True(releases.Count >= 7);
        Assert.Superset(new HashSet<ReleaseKind> { ReleaseKind.Appeal, ReleaseKind.Arrest, ReleaseKind.Charge, ReleaseKind.CourtResult, ReleaseKind.MissingPerson, ReleaseKind.Statement },
            releases.Select(r => r.Content.Kind).ToHashSet());
        var legatum = releases.Single(r => r.Id == "met-2020-05-operation-legatum").Content;
        Assert.Equal(38m, legatum.Figures.Single(f => f.Label == "Suspects arrested").Value);
        Assert.Equal(138m, legatum.Figures.Single(f => f.Label == "Children safeguarded").Value);
        Assert.Equal(new KeyDate("Operation ran", new DateOnly(2020, 5, 18), new DateOnly(2020, 5, 23)), legatum.KeyDates[0]);
        Assert.Equal(2, legatum.Quotes.Count(q => q.Speaker == "Helen Flanagan"));
        Assert.Equal(["National Crime Agency", "Europol"], legatum.Agencies);
        Assert.Equal("operation-legatum", legatum.Operation);
    }

    [Fact]
    public void Should_read_the_empty_recipe()
    {
        var recipe = RecipeParser.Parse(File.ReadAllText(Path.Combine(RepoFolders.Root(), "recipes", "empty.recipe.json")));

        Assert.Empty(recipe.Steps.OfType<ReleasesStep>());
    }
}
