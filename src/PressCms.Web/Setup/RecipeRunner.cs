using PressCms.Core.Media;
using PressCms.Core.Recipes;
using PressCms.Data.Recipes;

namespace PressCms.Web.Setup;

/// <summary>Reads, parses and applies a recipe file; its images go through the media library like any upload.</summary>
public sealed class RecipeRunner(RecipeImporter importer, IMediaImport media)
{
    public async Task<RecipeOutcome> ApplyFileAsync(string path, string actor, string channel, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException([new RecipeError(null, "(file)", $"no recipe at {path}")]);
        }
        var recipe = RecipeParser.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        var files = new RecipeFiles(Path.GetDirectoryName(path), media);
        return await importer.ApplyAsync(recipe, files, actor, channel, cancellationToken);
    }
}
