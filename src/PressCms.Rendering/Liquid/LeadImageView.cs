namespace PressCms.Rendering.Liquid;

/// <summary>Src is absolute so the same view serves pages and feeds.</summary>
public sealed record LeadImageView(string Src, string Alt, string? Caption, string? Credit, string? Copyright);
