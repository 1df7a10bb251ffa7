using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Media;
using PressCms.Data;
using PressCms.Rendering.Images;

namespace PressCms.Web.Media;

/// <summary>
/// Every image comes in here: the upload form, the API and recipes. The file is judged by its
/// content, cleaned and re-encoded before anything is stored; refusals carry a message for the officer.
/// </summary>
public sealed class MediaLibrary(PressCmsDbContext db, IImageProcessor images, MediaStore store, TimeProvider time) : IMediaImport
{
    /// <summary>Adds an image (not yet saved: the caller's SaveChanges commits it with its audit entry).</summary>
    public async Task<MediaAsset> AddAsync(Stream file, string fileName, MediaDetails details, bool requireApproval, string actor, string channel, CancellationToken cancellationToken)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var errors = details.Validate(requireApproval, DateOnly.FromDateTime(nowUtc));
        if (errors.Count > 0)
        {
            throw new MediaRefusedException(errors[0].Field, errors[0].Message);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // The same file again (a recipe applied twice, or used twice in one recipe) is the same image.
        var same = db.Media.Local.FirstOrDefault(a => a.Sha256 == sha256 && !a.IsRemoved)
            ?? await db.Media.FirstOrDefaultAsync(a => a.Sha256 == sha256 && a.RemovedUtc == null, cancellationToken);
        if (same is not null)
        {
            return same;
        }
        ProcessedImage processed;
        try
        {
            processed = images.Process(new MemoryStream(bytes, writable: false), new ImageRequest(new FocalPoint(details.FocalX, details.FocalY)));
        }
        catch (ImageRefusedException ex)
        {
            throw new MediaRefusedException("file", ex.Message);
        }
        var id = MediaAsset.NewId();
        var format = processed.Source.Format.ToString().ToLowerInvariant();
        await store.WriteAsync(id, "." + format, bytes, processed, cancellationToken);
        var widths = processed.Renditions.Select(r => r.Width).Distinct().Order().ToList();
        // Feeds enclose the largest JPEG rendition, so its size is the enclosure's length.
        var enclosure = processed.Renditions.Where(r => r.Format == ImageFormatKind.Jpeg).MaxBy(r => r.Width);
        var asset = MediaAsset.Upload(id, fileName, format, processed.Source.Width, processed.Source.Height, bytes.Length, sha256, widths,
            enclosure?.Bytes.Length ?? 0, details, actor, nowUtc);
        db.Media.Add(asset);
        db.Record(new AuditRecord(nowUtc, actor, AuditActions.ImageUploaded, channel, Detail: $"{asset.Id}: {asset.FileName}, credit {asset.Credit}"));
        return asset;
    }

    public async Task<string> ImportAsync(string path, MediaDetails details, string actor, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var asset = await AddAsync(file, Path.GetFileName(path), details, requireApproval: false, actor, AuditChannels.CommandLine, cancellationToken);
        return asset.Reference;
    }

    /// <summary>Takes the image off every page and feed at once and deletes its renditions; the original stays private for the record.</summary>
    public async Task RemoveEverywhereAsync(MediaAsset asset, string reason, string actor, CancellationToken cancellationToken)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        asset.RemoveEverywhere(actor, reason, nowUtc);
        db.Record(new AuditRecord(nowUtc, actor, AuditActions.ImageRemoved, AuditChannels.Admin, Detail: $"{asset.Id}: {reason}"));
        await db.SaveChangesAsync(cancellationToken);
        store.DeleteRenditions(asset.Id);
    }
}
