using PressCms.Core.Recipes;

namespace PressCms.Data.Recipes;

/// <summary>
/// Where a recipe's files come from (its folder) and go to (the media folder). Lead images are
/// copied into media and referenced as /media/{name}; a missing file is a recipe error.
/// </summary>
public sealed class RecipeFiles(string? recipeDirectory, string mediaDirectory)
{
    private readonly List<(string From, string To)> pending = [];

    public string ImportMedia(int step, string key, string src)
    {
        if (src.StartsWith("/media/", StringComparison.Ordinal))
        {
            return src;
        }
        var root = Path.GetFullPath(recipeDirectory ?? ".");
        var from = Path.GetFullPath(Path.Combine(root, src));
        if (!from.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(from))
        {
            throw new RecipeException([new RecipeError(step, key, $"no file '{src}' beside the recipe")]);
        }
        var name = Path.GetFileName(from);
        pending.Add((from, Path.Combine(mediaDirectory, name)));
        return "/media/" + Uri.EscapeDataString(name);
    }

    /// <summary>Copies the files once the database change has been committed.</summary>
    public void Commit()
    {
        Directory.CreateDirectory(mediaDirectory);
        foreach (var (from, to) in pending)
        {
            File.Copy(from, to, overwrite: true);
        }
        pending.Clear();
    }
}
