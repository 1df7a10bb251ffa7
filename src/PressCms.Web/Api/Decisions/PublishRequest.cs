namespace PressCms.Web.Api.Decisions;

/// <summary>Body of publish: an embargo time (ISO 8601 with a time zone; omitted means now), and for a live release an optional public correction note.</summary>
public sealed record PublishRequest(string? PublishAtUtc, string? Correction);
