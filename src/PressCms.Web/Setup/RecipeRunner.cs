using PressCms.Core.Recipes;
using PressCms.Data.Recipes;
using PressCms.Web.Storage;

namespace PressCms.Web.Setup;

/// <summary>Reads, parses and applies a recipe file; media is copied only once the database change is saved.</summary>
public sealed class RecipeRunner(RecipeImporter importer, PressCmsPaths paths)
{
    public async Task<RecipeOutcome> ApplyFileAsync(string path, string actor, string channel, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException([new RecipeError(null, "(file)", $"no recipe at {path}")]);
        }
        var recipe = RecipeParser.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        var files = new RecipeFiles(Path.GetDirectoryName(path), paths.Media);
        var outcome = await importer.ApplyAsync(recipe, files, actor, channel, cancellationToken);
        files.Commit();
        return outcome;
    }
}
