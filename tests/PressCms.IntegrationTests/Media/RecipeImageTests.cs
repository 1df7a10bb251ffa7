using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Recipes;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Setup;

namespace PressCms.IntegrationTests.Media;

public sealed class RecipeImageTests
{
    private static string Recipe(string src) => $$"""
        { "name": "with-image", "steps": [ { "step": "releases", "items": [ {
            "id": "met-2026-11-image", "slug": "release-with-an-image", "headline": "Release with an image", "body": "Body.",
            "status": "published", "publishAtUtc": "2026-11-01T09:00:00Z",
            "leadImage": { "src": "{{src}}", "alt": "Seized phones on a table", "credit": "Metropolitan Police" },
            "gallery": [ { "src": "{{src}}", "alt": "The same phones, for the gallery", "credit": "Metropolitan Police" } ] } ] } ] }
        """;

    private static string WriteRecipe(string src, string imageName, byte[] imageBytes)
    {
        var folder = Directory.CreateTempSubdirectory("presscms-recipe-").FullName;
        File.WriteAllBytes(Path.Combine(folder, imageName), imageBytes);
        var path = Path.Combine(folder, "with-image.recipe.json");
        File.WriteAllText(path, Recipe(src));
        return path;
    }

    [Fact]
    public async Task Should_import_a_recipe_lead_image_through_the_pipeline_once_however_often_the_recipe_is_applied()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");
        var recipe = WriteRecipe("phones.jpg", "phones.jpg", TestImages.JpegWithGps(900, 600));

        await ApplyAsync(factory, recipe);
        await ApplyAsync(factory, recipe);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var asset = await db.Media.SingleAsync();
        Assert.Equal("Seized phones on a table", asset.Alt);
        Assert.Equal(1, await db.Revisions.CountAsync());
        var page = await factory.Anonymous().GetStringAsync("/news/release-with-an-image");
        Assert.Contains($"/media/{asset.Id}/480.webp 480w", page);
        Assert.Contains("Photo: Metropolitan Police", page);
        Assert.Contains("alt=\"The same phones, for the gallery\"", page);
    }

    [Fact]
    public async Task Should_refuse_a_recipe_whose_image_is_not_an_image_and_change_nothing()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");
        var recipe = WriteRecipe("evil.jpg", "evil.jpg", "<svg onload=alert(1)></svg>"u8.ToArray());

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(factory, recipe));

        Assert.Contains("steps[0]: items[0].leadImage.src:", error.Message, StringComparison.Ordinal);
        Assert.Contains("SVG", error.Message, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        Assert.Equal(0, await db.Media.CountAsync());
        Assert.Equal(0, await db.Releases.CountAsync());
    }

    private static async Task ApplyAsync(NewsroomFactory factory, string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ApplyFileAsync(path, "tester", "cli");
    }
}
