using Microsoft.Extensions.Options;

namespace PressCms.Web.Storage;

/// <summary>Absolute folders resolved once from options and the content root.</summary>
public sealed class PressCmsPaths(IOptions<PressCmsOptions> options, IWebHostEnvironment environment)
{
    public string Data { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataPath));

    public string Media => Path.Combine(Data, "media");

    /// <summary>The data protection key ring's folder: beside the data unless configured.</summary>
    public string Keys => options.Value.KeysPath is { Length: > 0 } keys
        ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, keys))
        : Path.Combine(Data, "keys");

    public string Themes { get; } = options.Value.ThemesPath is { Length: > 0 } themes
        ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, themes))
        : Path.Combine(AppContext.BaseDirectory, "themes");

    public string Recipes { get; } = options.Value.RecipesPath is { Length: > 0 } recipes
        ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, recipes))
        : Path.Combine(AppContext.BaseDirectory, "recipes");

    /// <summary>A recipe given by name ("newsroom") or by path.</summary>
    public string Recipe(string nameOrPath) =>
        nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.Contains('/')
            ? UserPath(nameOrPath)
            : Path.Combine(Recipes, nameOrPath + ".recipe.json");

    /// <summary>
    /// A path typed on the command line. `dotnet run --project` starts us in the project folder,
    /// so a relative path that is not found there is taken from the shell's folder ($PWD).
    /// </summary>
    public static string UserPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell)
        {
            return full;
        }
        return Path.GetFullPath(Path.Combine(shell, path));
    }
}
