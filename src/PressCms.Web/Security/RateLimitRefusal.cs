using System.Globalization;
using System.Threading.RateLimiting;

namespace PressCms.Web.Security;

/// <summary>
/// What a refused form post gets: 429 with Retry-After and a page saying when to try again, never a
/// blank page. A fixed window reports its whole length, not what is left of it, so the wait is an
/// upper bound and says so.
/// </summary>
internal static class RateLimitRefusal
{
    public static ValueTask WriteAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        var when = minutes == 1 ? "a minute" : $"{minutes} minutes";
        return new ValueTask(http.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Too many attempts</title></head><body><main>" +
            $"<h1>Too many attempts</h1><p>This form was sent too many times from your connection. Please try again later: within {when} it will work again.</p>" +
            "</main></body></html>", cancellationToken));
    }
}
