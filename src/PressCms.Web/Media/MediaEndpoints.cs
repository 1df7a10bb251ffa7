using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PressCms.Data;

namespace PressCms.Web.Media;

/// <summary>Public renditions: /media/{id}/{width}.webp|jpg and /media/{id}/card.jpg. Originals are never served.</summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{id}/{name}", Rendition);
        return app;
    }

    private static async Task<IResult> Rendition(string id, string name, HttpContext http, PressCmsDbContext db, MediaStore store, CancellationToken ct)
    {
        var asset = await db.Media.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Sha256, a.RemovedUtc }).FirstOrDefaultAsync(ct);
        if (asset is null)
        {
            return TypedResults.NotFound();
        }
        if (asset.RemovedUtc is not null || store.Rendition(id, name) is not { } path)
        {
            return asset.RemovedUtc is not null ? TypedResults.StatusCode(StatusCodes.Status410Gone) : TypedResults.NotFound();
        }
        // The id is new for every upload, so a rendition never changes: browsers may keep it.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var etag = new EntityTagHeaderValue($"\"{asset.Sha256[..16]}-{name}\"");
        var contentType = name.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg";
        return TypedResults.PhysicalFile(path, contentType, entityTag: etag);
    }
}
