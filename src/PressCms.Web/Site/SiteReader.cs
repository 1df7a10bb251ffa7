using Microsoft.EntityFrameworkCore;
using PressCms.Core.Media;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Rendering.Liquid;

namespace PressCms.Web.Site;

/// <summary>Loads what public pages and feeds show. Only live revisions ever leave here.</summary>
public sealed class SiteReader(PressCmsDbContext db, TimeProvider time, PublicClock clock)
{
    public const int PageSize = 10;

    /// <summary>Beyond any real archive; keeps "?page=2147483647" from overflowing the offset.</summary>
    public const int MaxPage = 100_000;

    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;

    public async Task<NewsroomSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new NewsroomSettings();

    public async Task<TaxonomyNames> NamesAsync(CancellationToken cancellationToken) =>
        new(await db.Terms.AsNoTracking().ToListAsync(cancellationToken), await db.Operations.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The latest instant at or before now at which the clock alone changed public output (<see cref="PublicClock"/>).</summary>
    public Task<DateTime> LastBoundaryAsync(NewsroomSettings settings, CancellationToken cancellationToken) =>
        clock.LastBoundaryAsync(db, settings.ScheduleStamp, NowUtc, cancellationToken);

    public IQueryable<Revision> Live => db.Revisions.AsNoTracking().Include(v => v.Release).LiveAt(NowUtc);

    /// <summary>
    /// Live revisions of releases that came down after they were public, withdrawn or taken down at
    /// their set time, since <paramref name="sinceUtc"/> (feeds' tombstones) or ever (null). One
    /// withdrawn under embargo never existed for readers.
    /// </summary>
    public IQueryable<Revision> RemovedSince(DateTime? sinceUtc)
    {
        var (nowUtc, since) = (NowUtc, sinceUtc ?? DateTime.MinValue);
        return db.Revisions.AsNoTracking().Include(v => v.Release).Where(v => v.Number == v.Release.LiveRevisionNumber && v.Release.PublishAtUtc != null
            && ((v.Release.Status == ReleaseStatus.Withdrawn && v.Release.WithdrawnUtc != null && v.Release.PublishAtUtc <= v.Release.WithdrawnUtc
                    && v.Release.WithdrawnUtc > since)
                || (v.Release.Status != ReleaseStatus.Withdrawn && v.Release.UnpublishAtUtc != null && v.Release.UnpublishAtUtc <= nowUtc
                    && v.Release.PublishAtUtc < v.Release.UnpublishAtUtc && v.Release.UnpublishAtUtc > since)));
    }

    /// <summary>One page of a list, newest first, and whether an older page exists.</summary>
    public async Task<(List<Revision> Items, bool HasOlder)> PageAsync(IQueryable<Revision> query, int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, MaxPage);
        var rows = await query.NewestFirst().Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return (rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }

    public Task<Revision?> LiveBySlugAsync(string slug, CancellationToken cancellationToken) =>
        Live.FirstOrDefaultAsync(v => v.Release.Slug == slug, cancellationToken);

    /// <summary>When a withdrawn release had this address, the time it was withdrawn (the page answers 410 Gone).</summary>
    public Task<DateTime?> WithdrawnAtAsync(string slug, CancellationToken cancellationToken) =>
        // Only a release that was public answers 410; one withdrawn under embargo never existed for the public (404).
        db.Releases.AsNoTracking().Where(r => r.Slug == slug && r.Status == ReleaseStatus.Withdrawn && r.WithdrawnUtc != null && r.PublishAtUtc <= r.WithdrawnUtc)
            .Select(r => r.WithdrawnUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The library images these revisions use as lead images, by id (removed ones included, so views can leave them out).</summary>
    public async Task<IReadOnlyDictionary<string, MediaAsset>> MediaAsync(IEnumerable<Revision> revisions, CancellationToken cancellationToken)
    {
        var ids = revisions.SelectMany(v => v.Gallery.Select(g => g.Src).Prepend(v.LeadImage?.Src))
            .Select(MediaReference.IdOf).OfType<string>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<string, MediaAsset>()
            : await db.Media.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>The revisions that carry public correction notes, by release.</summary>
    public async Task<ILookup<string, Revision>> CorrectionsAsync(IEnumerable<string> releaseIds, CancellationToken cancellationToken)
    {
        var ids = releaseIds.ToList();
        var revisions = await db.Revisions.AsNoTracking().Where(v => ids.Contains(v.ReleaseId) && v.CorrectionNote != null).ToListAsync(cancellationToken);
        return revisions.ToLookup(v => v.ReleaseId);
    }
}
