namespace PressCms.Rendering.Themes;

/// <summary>The theme as its own templates see it (`theme.stylesheet_url`, `theme.settings.x`).</summary>
public sealed record ThemeView(string Name, string Version, string StylesheetUrl, IReadOnlyDictionary<string, string> Settings);
