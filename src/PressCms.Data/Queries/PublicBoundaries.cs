using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;

namespace PressCms.Data.Queries;

/// <summary>
/// The instants at which the clock alone changes what the public site shows: an embargo lifting, a
/// take-down time passing, and a removed release's tombstone leaving the feeds. The public version
/// is the public stamp (moved by every write that changes public output) and the latest of these
/// at or before now, so a page or feed knows its version without reading any release.
/// </summary>
public static class PublicBoundaries
{
    /// <summary>The latest boundary at or before nowUtc and the earliest after it (null: none), in one aggregate query.</summary>
    public static async Task<(DateTime Last, DateTime? Next)> AroundAsync(this PressCmsDbContext db, DateTime nowUtc, TimeSpan tombstone, CancellationToken ct)
    {
        // Only a release that has a live revision ever shows; one never live has no boundary that matters.
        var cutoff = nowUtc - tombstone;
        var found = await db.Releases.AsNoTracking().Where(r => r.LiveRevisionNumber != null).GroupBy(r => 1).Select(g => new
        {
            PublishedLast = g.Max(r => r.PublishAtUtc <= nowUtc ? r.PublishAtUtc : null),
            // One withdrawn under embargo never shows, so its embargo is no boundary.
            PublishNext = g.Min(r => r.PublishAtUtc > nowUtc && r.Status != ReleaseStatus.Withdrawn ? r.PublishAtUtc : null),
            EndedLast = g.Max(r => r.UnpublishAtUtc <= nowUtc ? r.UnpublishAtUtc : null),
            EndNext = g.Min(r => r.UnpublishAtUtc > nowUtc && r.Status != ReleaseStatus.Withdrawn ? r.UnpublishAtUtc : null),
            // Tombstones: a removal shows in feeds for the tombstone period after it.
            TakenDownLast = g.Max(r => r.UnpublishAtUtc <= cutoff ? r.UnpublishAtUtc : null),
            TakenDownNext = g.Min(r => r.UnpublishAtUtc > cutoff ? r.UnpublishAtUtc : null),
            WithdrawnLast = g.Max(r => r.Status == ReleaseStatus.Withdrawn && r.WithdrawnUtc <= cutoff ? r.WithdrawnUtc : null),
            WithdrawnNext = g.Min(r => r.Status == ReleaseStatus.Withdrawn && r.WithdrawnUtc > cutoff ? r.WithdrawnUtc : null),
        }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return (DateTime.MinValue, null);
        }
        DateTime?[] lasts = [found.PublishedLast, found.EndedLast, found.TakenDownLast + tombstone, found.WithdrawnLast + tombstone];
        DateTime?[] nexts = [found.PublishNext, found.EndNext, found.TakenDownNext + tombstone, found.WithdrawnNext + tombstone];
        var last = lasts.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(DateTime.MinValue).Max();
        var next = nexts.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(DateTime.MaxValue).Min();
        return (last, next == DateTime.MaxValue ? null : next);
    }
}
