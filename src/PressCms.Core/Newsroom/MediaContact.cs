namespace PressCms.Core.Newsroom;

public sealed record MediaContact(string Name, string? Phone = null, string? Email = null, string? Hours = null);
