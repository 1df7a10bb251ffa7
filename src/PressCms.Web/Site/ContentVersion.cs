using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PressCms.Core.Releases;

namespace PressCms.Web.Site;

/// <summary>
/// The validators of a feed or public page from two aggregate queries, so a reader that already has
/// it gets 304 before anything is built, and built responses can be cached by ETag. An embargo
/// lifting changes the count and newest publication time, a correction the newest update, a new
/// live revision the sum of live revision numbers, a withdrawal or take-down the removed set; the
/// caller's shape adds the address and everything else shown (origin, site settings, public stamp).
/// </summary>
public sealed record ContentVersion(int Count, string ETag, DateTime LastModifiedUtc)
{
    // Readers revalidate every time: an embargo lifting must show up at once, and a 304 costs little.
    public const string CacheControl = "public, max-age=0, must-revalidate";

    /// <param name="shape">Everything else the response shows: address, host, settings, public stamp.</param>
    /// <param name="shapeChangedUtc">When any of that last changed (the public stamp's time), so Last-Modified covers it too.</param>
    public static async Task<ContentVersion> ComputeAsync(IQueryable<Revision> live, IQueryable<Revision> withdrawn, string shape, DateTime? shapeChangedUtc,
        CancellationToken ct)
    {
        // One aggregate query per set: grouping by a constant puts every row in one group.
        var shown = await live.GroupBy(v => 1).Select(g => new
        {
            Count = g.Count(),
            Numbers = g.Sum(v => v.Number),
            Updated = g.Max(v => (DateTime?)v.Release.UpdatedUtc),
            Published = g.Max(v => v.Release.PublishAtUtc),
            // A minor change goes live without touching the release's times.
            WentLive = g.Max(v => v.WentLiveUtc),
        }).FirstOrDefaultAsync(ct);
        var removed = await withdrawn.GroupBy(v => 1).Select(g => new
        {
            Count = g.Count(),
            At = g.Max(v => v.Release.WithdrawnUtc ?? v.Release.UnpublishAtUtc),
        }).FirstOrDefaultAsync(ct);
        var (count, numbers) = (shown?.Count ?? 0, shown?.Numbers ?? 0);
        var updated = shown?.Updated ?? DateTime.MinValue;
        var published = shown?.Published ?? DateTime.MinValue;
        var (gone, goneAt) = (removed?.Count ?? 0, removed?.At ?? DateTime.MinValue);
        var key = string.Create(CultureInfo.InvariantCulture, $"{shape}|{count}|{numbers}|{updated:O}|{published:O}|{gone}|{goneAt:O}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
        // Anything the ETag covers moves Last-Modified too, for readers that send only If-Modified-Since.
        var newest = new[] { updated, published, goneAt, shown?.WentLive ?? DateTime.MinValue, shapeChangedUtc ?? DateTime.MinValue }.Max();
        // HTTP dates have whole seconds.
        var lastModified = new DateTime(newest.Ticks - newest.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        return new ContentVersion(count, $"W/\"{hash}\"", lastModified);
    }

    /// <summary>If-None-Match wins when both are sent (RFC 9110 §13.2.2); If-Modified-Since alone compares whole seconds.</summary>
    public bool AnswersNotModified(HttpContext http)
    {
        var request = http.Request.GetTypedHeaders();
        bool notModified;
        if (request.IfNoneMatch.Count > 0)
        {
            var mine = EntityTagHeaderValue.Parse(ETag);
            notModified = request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(mine, useStrongComparison: false));
        }
        else
        {
            notModified = request.IfModifiedSince is { } since && LastModifiedUtc > DateTime.MinValue && LastModifiedUtc <= since.UtcDateTime;
        }
        if (notModified)
        {
            WriteHeaders(http);
        }
        return notModified;
    }

    public void WriteHeaders(HttpContext http)
    {
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(ETag);
        if (LastModifiedUtc > DateTime.MinValue)
        {
            headers.LastModified = new DateTimeOffset(LastModifiedUtc);
        }
        http.Response.Headers.CacheControl = CacheControl;
        http.Response.Headers.Vary = "Accept-Encoding";
    }
}
