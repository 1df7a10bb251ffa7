using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using PressCms.Core.Newsroom;

namespace PressCms.Web.Site;

/// <summary>
/// The validators of a feed or public page, known before anything is read but the newsroom's
/// settings row: the public stamp, which every write that changes public output moves in the same
/// transaction, and the latest instant at or before now at which the clock alone changed what is
/// shown (an embargo lifting, a take-down, a tombstone ending; <see cref="PublicClock"/> keeps
/// them in memory). So a reader that already has it gets 304, and a built response is found by
/// ETag, at the same cost whatever the size of the archive. The caller's shape adds the address
/// and everything else shown (origin, site settings).
/// </summary>
public sealed record ContentVersion(string ETag, DateTime LastModifiedUtc)
{
    // Readers revalidate every time: an embargo lifting must show up at once, and a 304 costs little.
    public const string CacheControl = "public, max-age=0, must-revalidate";

    /// <param name="shape">Everything else the response shows: address, host, settings.</param>
    public static ContentVersion For(string shape, NewsroomSettings settings, DateTime lastBoundaryUtc)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{shape}|{settings.PublicStamp}|{lastBoundaryUtc:O}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
        // Anything the ETag covers moves Last-Modified too, for readers that send only If-Modified-Since.
        var newest = new[] { settings.PublicStampUtc ?? DateTime.MinValue, settings.SetUpUtc ?? DateTime.MinValue, lastBoundaryUtc }.Max();
        // HTTP dates have whole seconds.
        var lastModified = new DateTime(newest.Ticks - newest.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        return new ContentVersion($"W/\"{hash}\"", lastModified);
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
