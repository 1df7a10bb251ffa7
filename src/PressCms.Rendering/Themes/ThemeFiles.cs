using Fluid;

namespace PressCms.Rendering.Themes;

/// <summary>Reads and parses every Liquid file of one theme folder (templates/, partials/, layouts/).</summary>
internal static class ThemeFiles
{
    public static Dictionary<string, string> ReadSources(string themeDirectory, string folder)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var directory = Path.Combine(themeDirectory, folder);
        if (!Directory.Exists(directory))
        {
            return sources;
        }
        foreach (var file in Directory.EnumerateFiles(directory, "*.liquid", SearchOption.TopDirectoryOnly))
        {
            sources[Path.GetFileNameWithoutExtension(file)] = File.ReadAllText(file);
        }
        return sources;
    }

    public static Dictionary<string, IFluidTemplate> Parse(FluidParser parser, string folder, Dictionary<string, string> sources)
    {
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (name, source) in sources)
        {
            if (!parser.TryParse(source, out var template, out var error))
            {
                throw new ThemeException($"{folder}/{name}.liquid: {error}");
            }
            templates[name] = template;
        }
        return templates;
    }
}
