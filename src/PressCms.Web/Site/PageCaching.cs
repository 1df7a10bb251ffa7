using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PressCms.Web.Site;

/// <summary>
/// Public pages built once per version of what they show: the public stamp (any change to a
/// public release, taxonomy names, images, settings), the latest embargo or take-down instant
/// passed, the footer's year and the address. The version is
/// the page's ETag, so readers revalidate for a 304 and every node serves a page from its own
/// memory without ever needing to evict it: an embargo lifting or a release coming down changes
/// the live set at that instant, and with it the key.
/// </summary>
internal static class PageCaching
{
    // Link checkers and uptime monitors ask with HEAD; the server sends the headers without the body.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>A public page: GET and HEAD, cached by content version.</summary>
    public static RouteHandlerBuilder MapPage(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetOrHead, handler).CachedByContentVersion();

    private static RouteHandlerBuilder CachedByContentVersion(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var ct = http.RequestAborted;
            var reader = http.RequestServices.GetRequiredService<SiteReader>();
            var settings = await reader.SettingsAsync(ct);
            var year = TimeZoneInfo.ConvertTimeFromUtc(reader.NowUtc, settings.FindTimeZone()).Year;
            // The handlers read nothing from the query but the page number, clamped as they clamp it:
            // no other parameter or spelling of the number makes another entry.
            var page = int.TryParse(http.Request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? Math.Clamp(number, 1, SiteReader.MaxPage) : 1;
            var shape = $"page|{http.Request.Origin()}{http.Request.Path}?page={page}|{settings.PublicStamp}|{settings.Name}|{settings.Theme}|{year}";
            var version = ContentVersion.For(shape, settings, await reader.LastBoundaryAsync(settings, ct));
            var cache = http.RequestServices.GetRequiredService<RenderedCache>();
            if (!cache.TryGet(version.ETag, out var rendered))
            {
                var result = await next(context);
                if (result is not ContentHttpResult { StatusCode: null or StatusCodes.Status200OK } built)
                {
                    // Pages that do not exist (any address can be asked for) or a refused request: not kept, no validators.
                    return result;
                }
                rendered = new RenderedResponse(Encoding.UTF8.GetBytes(built.ResponseContent ?? ""), built.ContentType ?? "text/html; charset=utf-8",
                    StatusCodes.Status200OK);
                cache.Set(version.ETag, rendered);
            }
            if (version.AnswersNotModified(http))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            version.WriteHeaders(http);
            return rendered;
        });
}
