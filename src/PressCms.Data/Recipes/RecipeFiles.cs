using PressCms.Core.Media;
using PressCms.Core.Recipes;
using PressCms.Core.Releases;

namespace PressCms.Data.Recipes;

/// <summary>
/// Where a recipe's files come from (its folder) and go to (the media library). A lead image's
/// file is checked and cleaned like any upload; a file that is missing or refused is a recipe error.
/// </summary>
public sealed class RecipeFiles(string? recipeDirectory, IMediaImport media)
{
    public async Task<LeadImage> ImportAsync(int step, string key, LeadImage image, string actor, CancellationToken cancellationToken)
    {
        if (MediaReference.IdOf(image.Src) is not null)
        {
            return image;
        }
        var root = Path.GetFullPath(recipeDirectory ?? ".");
        var from = Path.GetFullPath(Path.Combine(root, image.Src));
        if (!from.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(from))
        {
            throw new RecipeException([new RecipeError(step, key, $"no file '{image.Src}' beside the recipe")]);
        }
        try
        {
            var details = new MediaDetails(image.Alt, image.Caption, image.Credit, image.Copyright, null, null, null, null);
            return image with { Src = await media.ImportAsync(from, details, actor, cancellationToken) };
        }
        catch (MediaRefusedException ex)
        {
            throw new RecipeException([new RecipeError(step, key, ex.Message)]);
        }
    }
}
