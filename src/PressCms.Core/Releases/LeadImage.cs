namespace PressCms.Core.Releases;

public sealed record LeadImage(string Src, string Alt, string? Caption = null, string? Credit = null, string? Copyright = null);
