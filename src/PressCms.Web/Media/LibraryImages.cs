using Microsoft.EntityFrameworkCore;
using PressCms.Core.Media;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Data;

namespace PressCms.Web.Media;

/// <summary>
/// A release shows only images from the media library: uploaded, checked, cleaned of metadata and
/// removable everywhere at once. An outside address (a tracking pixel, a picture nobody cleared)
/// is refused wherever a release is written, and never shown if one was stored before.
/// </summary>
internal static class LibraryImages
{
    public const string Outside = "must be an image from the media library: upload it under Images, then choose it (outside addresses are not shown)";
    public const string Missing = "is not in the media library (it may have been removed everywhere); choose another";

    /// <summary>Errors keyed "leadImage.src" and "gallery[i].src" for each image that is not a live library image.</summary>
    public static async Task<List<FieldError>> CheckAsync(PressCmsDbContext db, ReleaseContent content, CancellationToken ct)
    {
        var images = content.Gallery.Select((g, i) => (Field: $"gallery[{i}].src", Name: $"Gallery image {i + 1}", g.Src)).ToList();
        if (content.LeadImage is { } lead)
        {
            images.Insert(0, ("leadImage.src", "The lead image", lead.Src));
        }
        var ids = images.Select(i => MediaReference.IdOf(i.Src)).OfType<string>().Distinct().ToList();
        var live = ids.Count == 0 ? [] : await db.Media.AsNoTracking().Where(a => ids.Contains(a.Id) && a.RemovedUtc == null).Select(a => a.Id).ToListAsync(ct);
        var errors = new List<FieldError>();
        foreach (var (field, name, src) in images.Where(i => !string.IsNullOrWhiteSpace(i.Src)))
        {
            if (MediaReference.IdOf(src) is not { } id)
            {
                errors.Add(new FieldError(field, $"{name} {Outside}"));
            }
            else if (!live.Contains(id))
            {
                errors.Add(new FieldError(field, $"{name} {Missing}"));
            }
        }
        return errors;
    }
}
