using PressCms.Core.Releases;

namespace PressCms.Data.Queries;

/// <summary>Intent-named queries; visibility is always decided by the stored times and the caller's clock.</summary>
public static class ReleaseQueries
{
    /// <summary>Live revisions of releases that are public at nowUtc: published, past their embargo and not ended.</summary>
    public static IQueryable<Revision> LiveAt(this IQueryable<Revision> revisions, DateTime nowUtc) =>
        revisions.Where(v => v.Number == v.Release.LiveRevisionNumber
            && v.Release.Status != ReleaseStatus.Withdrawn
            && v.Release.PublishAtUtc <= nowUtc
            && (v.Release.UnpublishAtUtc == null || v.Release.UnpublishAtUtc > nowUtc));

    public static IQueryable<Revision> NewestFirst(this IQueryable<Revision> revisions) =>
        revisions.OrderByDescending(v => v.Release.PublishAtUtc).ThenByDescending(v => v.ReleaseId);

    public static IQueryable<Revision> Latest(this IQueryable<Revision> revisions) =>
        revisions.Where(v => v.Number == v.Release.LatestRevisionNumber);

    public static IQueryable<Revision> InCategory(this IQueryable<Revision> revisions, string slug) =>
        revisions.Where(v => v.Categories.Contains(slug));
}
