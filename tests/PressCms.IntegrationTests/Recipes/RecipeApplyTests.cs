using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Recipes;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Setup;

namespace PressCms.IntegrationTests.Recipes;

public sealed class RecipeApplyTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_leave_the_site_unchanged_when_the_same_recipe_is_applied_again(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        var before = await SnapshotAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var outcome = await ApplyAsync(factory, Repo.File("recipes", "newsroom.recipe.json"));

        Assert.Equal(0, outcome.Created);
        Assert.Equal(0, outcome.Updated);
        Assert.Equal(before, await SnapshotAsync(factory));
        Assert.True(before.Releases >= 7, "the default recipe carries at least seven releases");
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_update_an_item_in_place_when_the_recipe_changes_it(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        var before = await SnapshotAsync(factory);
        var path = WriteRecipe(File.ReadAllText(Repo.File("recipes", "newsroom.recipe.json"))
            .Replace("38 suspected online groomers arrested in London", "38 suspected online groomers arrested across London", StringComparison.Ordinal));

        var outcome = await ApplyAsync(factory, path);

        Assert.Equal(1, outcome.Updated);
        var after = await SnapshotAsync(factory);
        Assert.Equal(before.Releases, after.Releases);
        Assert.Equal(before.Revisions + 1, after.Revisions);
        var page = await factory.Anonymous().GetStringAsync("/news/operation-legatum-38-arrested");
        Assert.Contains("38 suspected online groomers arrested across London", page);
    }

    public static TheoryData<string, string, string> MalformedRecipes => new()
    {
        { Database.Sqlite, "\"value\": 38\n", "\"value\": -38\n" },
        { Database.Sqlite, "\"kind\": \"operation-update\",", "\"kind\": \"operation-update\", \"colour\": \"blue\"," },
        { Database.Sqlite, "\"operation\": \"operation-legatum\",", "\"operation\": \"operation-nowhere\"," },
        { Database.Postgres, "\"value\": 38\n", "\"value\": -38\n" },
        // A word processor's line break in a headline: no feed could carry it.
        { Database.Sqlite, "\"headline\": \"38 suspected", "\"headline\": \"38\\u000b suspected" },
        { Database.Postgres, "\"headline\": \"38 suspected", "\"headline\": \"38\\u000b suspected" },
    };

    [Fact]
    public async Task Should_apply_nothing_and_say_why_when_postgresql_refuses_a_value_longer_than_it_keeps()
    {
        await using var factory = new NewsroomFactory(Database.Postgres);
        await factory.SetUpAsync("empty");
        var original = File.ReadAllText(Repo.File("recipes", "newsroom.recipe.json")).ReplaceLineEndings("\n");
        var path = WriteRecipe(original.Replace("\"name\": \"Child protection\"", $"\"name\": \"{new string('c', 600)}\"", StringComparison.Ordinal));
        var before = await SnapshotAsync(factory);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(factory, path));

        Assert.Equal(before, await SnapshotAsync(factory));
        Assert.Contains("longer than it keeps", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedRecipes))]
    public async Task Should_change_nothing_and_name_the_step_and_key_when_a_recipe_is_malformed(string provider, string find, string replace)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync("empty");
        var original = File.ReadAllText(Repo.File("recipes", "newsroom.recipe.json")).ReplaceLineEndings("\n");
        Assert.Contains(find, original);
        var path = WriteRecipe(original.Replace(find, replace, StringComparison.Ordinal));
        var before = await SnapshotAsync(factory);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(factory, path));

        Assert.Equal(before, await SnapshotAsync(factory));
        var first = error.Errors[0];
        Assert.Equal(3, first.Step);
        Assert.StartsWith("items[0].", first.Key, StringComparison.Ordinal);
        Assert.Contains("steps[3]: items[0].", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Data.Recipes.RecipeOutcome> ApplyAsync(NewsroomFactory factory, string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ApplyFileAsync(path, "tester", "cli");
    }

    private static string WriteRecipe(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"presscms-{Guid.NewGuid():N}.recipe.json");
        File.WriteAllText(path, json);
        return path;
    }

    private sealed record Snapshot(int Releases, int Revisions, int Terms, int Operations, string Versions);

    private static async Task<Snapshot> SnapshotAsync(NewsroomFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var versions = await db.Releases.OrderBy(r => r.Id).Select(r => r.Version).ToListAsync();
        return new Snapshot(await db.Releases.CountAsync(), await db.Revisions.CountAsync(), await db.Terms.CountAsync(),
            await db.Operations.CountAsync(), string.Join(",", versions));
    }
}
