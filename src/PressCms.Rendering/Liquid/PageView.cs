namespace PressCms.Rendering.Liquid;

/// <summary>What the layout needs about the page it wraps: its title, description and canonical URL.</summary>
public sealed record PageView(string Title, string Description, string? CanonicalUrl, string Template);
