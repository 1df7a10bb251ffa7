namespace PressCms.Core.Audit;

/// <summary>What happened, before it is sealed into the chain.</summary>
public sealed record AuditRecord(
    DateTime AtUtc, string Actor, string Action, string Channel,
    string? ReleaseId = null, int? RevisionNumber = null, string? Detail = null);
