using Microsoft.EntityFrameworkCore;

namespace PressCms.Data.Queries;

public static class ReleaseIds
{
    /// <summary>A new release id: the month and slug, readable in feeds and logs, made unique with a number. Ids never change afterwards.</summary>
    public static async Task<string> NewReleaseIdAsync(this PressCmsDbContext db, string slug, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var stem = $"{nowUtc:yyyy-MM}-{slug}";
        stem = stem.Length > 90 ? stem[..90].TrimEnd('-') : stem;
        var id = stem;
        for (var n = 2; await db.Releases.AnyAsync(r => r.Id == id, cancellationToken); n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }
}
