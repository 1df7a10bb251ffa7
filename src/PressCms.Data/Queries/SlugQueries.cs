using Microsoft.EntityFrameworkCore;

namespace PressCms.Data.Queries;

public static class SlugQueries
{
    /// <summary>Whether another release has this address, live or in its latest revision (it would take it when published).</summary>
    public static Task<bool> SlugTakenAsync(this PressCmsDbContext db, string slug, string? exceptReleaseId, CancellationToken cancellationToken) =>
        db.Releases.AnyAsync(r => r.Id != exceptReleaseId
            && (r.Slug == slug || r.Revisions.Any(v => v.Number == r.LatestRevisionNumber && v.Slug == slug)), cancellationToken);
}
