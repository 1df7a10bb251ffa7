using System.Text.Json;

namespace PressCms.Rendering.Themes;

/// <summary>theme.json: the theme's name, version and free-form settings its templates may read.</summary>
public sealed record ThemeManifest(string Name, string Version, IReadOnlyDictionary<string, string> Settings)
{
    public const string FileName = "theme.json";

    public static ThemeManifest Read(string themeDirectory)
    {
        var path = Path.Combine(themeDirectory, FileName);
        var fallbackName = new DirectoryInfo(themeDirectory).Name;
        if (!File.Exists(path))
        {
            return new ThemeManifest(fallbackName, "0.0.0", new Dictionary<string, string>());
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("settings", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var setting in values.EnumerateObject())
                {
                    settings[setting.Name] = setting.Value.ValueKind == JsonValueKind.String
                        ? setting.Value.GetString()!
                        : setting.Value.GetRawText();
                }
            }
            return new ThemeManifest(Text(root, "name") ?? fallbackName, Text(root, "version") ?? "0.0.0", settings);
        }
        catch (JsonException e)
        {
            throw new ThemeException($"{FileName}: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
