namespace PressCms.Web.Api.Decisions;

/// <summary>Body of withdraw and emergency-publish: the reason (required); emergency-publish also takes a correction note for a live release.</summary>
public sealed record ReasonRequest(string? Reason, string? Correction = null);
