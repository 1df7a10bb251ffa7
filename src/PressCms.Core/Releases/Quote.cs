namespace PressCms.Core.Releases;

public sealed record Quote(string Text, string Speaker, string? Role = null, string? Organisation = null);
