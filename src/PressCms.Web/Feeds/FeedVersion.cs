using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PressCms.Core.Releases;

namespace PressCms.Web.Feeds;

/// <summary>
/// A feed's validators from a few aggregate queries, so a reader that already has the feed gets
/// 304 before any body is built. An embargo lifting changes the count and newest publication time,
/// a correction the newest update, a new live revision the sum of live revision numbers.
/// </summary>
public sealed record FeedVersion(int Count, string ETag, DateTime LastModifiedUtc)
{
    // Readers revalidate every time: an embargo lifting must show up at once, and a 304 costs little.
    public const string CacheControl = "public, max-age=0, must-revalidate";

    public static async Task<FeedVersion> ComputeAsync(IQueryable<Revision> live, IQueryable<Revision> withdrawn, string shape, CancellationToken ct)
    {
        var count = await live.CountAsync(ct);
        var numbers = await live.SumAsync(v => v.Number, ct);
        var updated = await live.MaxAsync(v => (DateTime?)v.Release.UpdatedUtc, ct) ?? DateTime.MinValue;
        var published = await live.MaxAsync(v => v.Release.PublishAtUtc, ct) ?? DateTime.MinValue;
        var gone = await withdrawn.CountAsync(ct);
        var goneAt = await withdrawn.MaxAsync(v => v.Release.WithdrawnUtc ?? v.Release.UnpublishAtUtc, ct) ?? DateTime.MinValue;
        var key = string.Create(CultureInfo.InvariantCulture, $"{shape}|{count}|{numbers}|{updated:O}|{published:O}|{gone}|{goneAt:O}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
        var newest = new[] { updated, published, goneAt }.Max();
        // HTTP dates have whole seconds.
        var lastModified = new DateTime(newest.Ticks - newest.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        return new FeedVersion(count, $"W/\"{hash}\"", lastModified);
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
