namespace PressCms.Web.Api.Releases;

/// <summary>Every revision of a release (who wrote, approved and published it) and every audit entry about it, oldest first.</summary>
public sealed record ReleaseHistory(string Id, IReadOnlyList<ReleaseHistory.RevisionEntry> Revisions, IReadOnlyList<ReleaseHistory.AuditItem> Audit)
{
    public sealed record RevisionEntry(
        int Number, string Slug, string Headline, string EditedBy, DateTime SavedUtc,
        string? ApprovedBy, DateTime? ApprovedUtc, DateTime? WentLiveUtc, string? CorrectionNote);

    public sealed record AuditItem(long Sequence, DateTime AtUtc, string Actor, string Action, string Channel, int? Revision, string? Detail);
}
