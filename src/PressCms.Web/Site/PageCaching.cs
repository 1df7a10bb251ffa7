using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PressCms.Web.Site;

/// <summary>
/// Public pages built once per version of what they show: any live or removed release, the public
/// stamp (taxonomy names, images, settings), the footer's year and the address. The version is
/// the page's ETag, so readers revalidate for a 304 and every node serves a page from its own
/// memory without ever needing to evict it: an embargo lifting or a release coming down changes
/// the live set at that instant, and with it the key.
/// </summary>
internal static class PageCaching
{
    public static RouteHandlerBuilder CachedByContentVersion(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var ct = http.RequestAborted;
            var reader = http.RequestServices.GetRequiredService<SiteReader>();
            var settings = await reader.SettingsAsync(ct);
            var year = TimeZoneInfo.ConvertTimeFromUtc(reader.NowUtc, settings.FindTimeZone()).Year;
            // The handlers read nothing from the query but the page number: other parameters must not multiply entries.
            var shape = $"page|{http.Request.Origin()}{http.Request.Path}?page={http.Request.Query["page"]}|{settings.PublicStamp}|{settings.Name}|{settings.Theme}|{year}";
            var version = await ContentVersion.ComputeAsync(reader.Live, reader.RemovedSince(null), shape, ct);
            var cache = http.RequestServices.GetRequiredService<RenderedCache>();
            if (!cache.TryGet(version.ETag, out var page))
            {
                var result = await next(context);
                if (result is not ContentHttpResult built)
                {
                    // A request the handler refused (a malformed page number): nothing to keep.
                    return result;
                }
                page = new RenderedResponse(Encoding.UTF8.GetBytes(built.ResponseContent ?? ""), built.ContentType ?? "text/html; charset=utf-8",
                    built.StatusCode ?? StatusCodes.Status200OK);
                cache.Set(version.ETag, page);
            }
            // Only a page that exists has a version a reader can hold.
            if (page.StatusCode != StatusCodes.Status200OK)
            {
                return page;
            }
            if (version.AnswersNotModified(http))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            version.WriteHeaders(http);
            return page;
        });
}
