using System.Collections.Concurrent;
using PressCms.Core.Newsroom;
using PressCms.Rendering.Themes;
using PressCms.Web.Storage;

namespace PressCms.Web.Site;

/// <summary>Parsed themes, loaded once each; templates are never parsed per request.</summary>
public sealed class ThemeCatalog(PressCmsPaths paths)
{
    private readonly ConcurrentDictionary<string, Lazy<ThemeRenderer>> themes = new(StringComparer.Ordinal);

    public ThemeRenderer Get(string? name)
    {
        var theme = name is { Length: > 0 } && Directory.Exists(Path.Combine(paths.Themes, name)) ? name : NewsroomSettings.DefaultTheme;
        return themes.GetOrAdd(theme, t => new Lazy<ThemeRenderer>(() => ThemeRenderer.Load(Path.Combine(paths.Themes, t)))).Value;
    }
}
