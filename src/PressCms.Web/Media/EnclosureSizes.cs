using Microsoft.EntityFrameworkCore;
using PressCms.Data;

namespace PressCms.Web.Media;

/// <summary>
/// Images uploaded before their enclosure size was kept get it from the rendition on disk, once,
/// at start-up: feeds then give every enclosure its real length.
/// </summary>
public static class EnclosureSizes
{
    public static async Task<int> BackfillAsync(PressCmsDbContext db, MediaStore store, CancellationToken cancellationToken = default)
    {
        var unsized = await db.Media.Where(a => a.EnclosureBytes == 0 && a.RemovedUtc == null).ToListAsync(cancellationToken);
        var sized = 0;
        foreach (var asset in unsized.Where(a => a.RenditionWidths.Count > 0))
        {
            if (store.Rendition(asset.Id, $"{asset.RenditionWidths.Max()}.jpg") is { } path && new FileInfo(path).Length is > 0 and var bytes)
            {
                asset.RecordEnclosureSize(bytes);
                sized++;
            }
        }
        if (sized > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return sized;
    }
}
