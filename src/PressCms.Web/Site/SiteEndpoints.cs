using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using PressCms.Core.Taxonomy;
using PressCms.Rendering.Liquid;
using PressCms.Data;
using Microsoft.EntityFrameworkCore;

namespace PressCms.Web.Site;

/// <summary>The public newsroom: every page is rendered by the site's Liquid theme from live revisions only.</summary>
public static class SiteEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder app)
    {
        app.MapPage("/", Home);
        app.MapPage("/news/{slug}", Release);
        app.MapPage("/operations/{slug}", OperationPage);
        app.MapPage("/categories/{slug}", (string slug, int? page, HttpContext http, CancellationToken ct) => TermPage(TermKind.Category, slug, page, http, ct));
        app.MapPage("/units/{slug}", (string slug, int? page, HttpContext http, CancellationToken ct) => TermPage(TermKind.Unit, slug, page, http, ct));
        app.MapPage("/areas/{slug}", (string slug, int? page, HttpContext http, CancellationToken ct) => TermPage(TermKind.Area, slug, page, http, ct));
        app.Map("/error", ErrorPage);
        app.MapFallback(NotFoundPage);
        return app;
    }

    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static async Task<ContentHttpResult> Home(int? page, HttpContext http, SiteReader reader, ThemeCatalog themes, CancellationToken ct)
    {
        var settings = await reader.SettingsAsync(ct);
        var current = Math.Clamp(page ?? 1, 1, SiteReader.MaxPage);
        var (items, hasOlder) = await reader.PageAsync(reader.Live, current, ct);
        var origin = http.Request.Origin();
        var summaries = items.Select(v => ReleaseSummaryView.From(v.Release, v, settings, origin)).ToList();
        var html = themes.Get(settings.Theme).RenderHome(SiteView.From(settings, origin, reader.NowUtc), summaries, PagingView.For(SitePaths.Home, current, hasOlder));
        return TypedResults.Content(html, Html);
    }

    private static async Task<ContentHttpResult> Release(string slug, HttpContext http, SiteReader reader, ThemeCatalog themes, CancellationToken ct)
    {
        var revision = await reader.LiveBySlugAsync(slug, ct);
        var settings = await reader.SettingsAsync(ct);
        var site = SiteView.From(settings, http.Request.Origin(), reader.NowUtc);
        if (revision is null)
        {
            if (await reader.WithdrawnAtAsync(slug, ct) is { } withdrawnUtc)
            {
                var gone = new GoneView(withdrawnUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    TimeZoneInfo.ConvertTimeFromUtc(withdrawnUtc, settings.FindTimeZone()).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
                return TypedResults.Content(themes.Get(settings.Theme).RenderGone(site, gone), Html, statusCode: StatusCodes.Status410Gone);
            }
            return TypedResults.Content(themes.Get(settings.Theme).RenderNotFound(site), Html, statusCode: StatusCodes.Status404NotFound);
        }
        var corrections = await reader.CorrectionsAsync([revision.ReleaseId], ct);
        var view = ReleaseView.From(revision.Release, revision, await reader.NamesAsync(ct), settings, site.BaseUrl, corrections[revision.ReleaseId],
            await reader.MediaAsync([revision], ct));
        view = view with { JsonLd = NewsArticleJsonLd.For(view, settings.Name) };
        return TypedResults.Content(themes.Get(settings.Theme).RenderRelease(site, view), Html);
    }

    private static async Task<ContentHttpResult> OperationPage(string slug, int? page, HttpContext http, SiteReader reader, PressCmsDbContext db, ThemeCatalog themes, CancellationToken ct)
    {
        var operation = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
        return await Listing(http, reader, themes, page, operation?.Name, "operation", slug, SitePaths.Operation(slug), operation?.SummaryHtml,
            reader.Live.Where(v => v.Operation == slug), ct);
    }

    private static async Task<ContentHttpResult> TermPage(TermKind kind, string slug, int? page, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        var reader = services.GetRequiredService<SiteReader>();
        var term = await services.GetRequiredService<PressCmsDbContext>().Terms.AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind && t.Slug == slug, ct);
        var query = kind switch
        {
            TermKind.Unit => reader.Live.Where(v => v.Unit == slug),
            TermKind.Area => reader.Live.Where(v => v.Area == slug),
            _ => reader.Live.Where(v => v.Categories.Contains(slug)),
        };
        return await Listing(http, reader, services.GetRequiredService<ThemeCatalog>(), page, term?.Name, kind.ToString().ToLowerInvariant(), slug, SitePaths.Term(kind, slug), null, query, ct);
    }

    private static async Task<ContentHttpResult> Listing(
        HttpContext http, SiteReader reader, ThemeCatalog themes, int? page, string? title, string kind, string slug, string path,
        string? descriptionHtml, IQueryable<Core.Releases.Revision> query, CancellationToken ct)
    {
        var settings = await reader.SettingsAsync(ct);
        var site = SiteView.From(settings, http.Request.Origin(), reader.NowUtc);
        var theme = themes.Get(settings.Theme);
        if (title is null)
        {
            return TypedResults.Content(theme.RenderNotFound(site), Html, statusCode: StatusCodes.Status404NotFound);
        }
        var current = Math.Clamp(page ?? 1, 1, SiteReader.MaxPage);
        var (items, hasOlder) = await reader.PageAsync(query, current, ct);
        var summaries = items.Select(v => ReleaseSummaryView.From(v.Release, v, settings, site.BaseUrl)).ToList();
        var listing = new ListingView(title, kind, slug, path, descriptionHtml, summaries, PagingView.For(path, current, hasOlder));
        return TypedResults.Content(theme.RenderListing(site, listing), Html);
    }

    private static async Task<ContentHttpResult> ErrorPage(HttpContext http, SiteReader reader, ThemeCatalog themes, CancellationToken ct)
    {
        if (http.Features.Get<IExceptionHandlerFeature>() is null)
        {
            // Asked for directly, not re-executed for an error: there is no such page.
            return await NotFoundPage(http, reader, themes, ct);
        }
        if (http.Features.Get<IExceptionHandlerFeature>() is { Error: BadHttpRequestException refused } failure)
        {
            // The request itself was at fault (a body past its limit, a form that cannot be read): say so, never 500.
            return TypedResults.Content(refused.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Security.BodyLimits.TooLarge(Security.BodyLimits.For(failure.Endpoint)) + ".\n" : "The request could not be read.\n",
                "text/plain; charset=utf-8", statusCode: refused.StatusCode);
        }
        var settings = await reader.SettingsAsync(ct);
        var html = themes.Get(settings.Theme).RenderError(SiteView.From(settings, http.Request.Origin(), reader.NowUtc));
        return TypedResults.Content(html, Html, statusCode: StatusCodes.Status500InternalServerError);
    }

    private static async Task<ContentHttpResult> NotFoundPage(HttpContext http, SiteReader reader, ThemeCatalog themes, CancellationToken ct)
    {
        var settings = await reader.SettingsAsync(ct);
        var html = themes.Get(settings.Theme).RenderNotFound(SiteView.From(settings, http.Request.Origin(), reader.NowUtc));
        return TypedResults.Content(html, Html, statusCode: StatusCodes.Status404NotFound);
    }
}
