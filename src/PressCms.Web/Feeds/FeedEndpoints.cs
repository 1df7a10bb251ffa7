using Microsoft.EntityFrameworkCore;
using PressCms.Data.Queries;
using PressCms.Rendering.Feeds;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Feeds;

/// <summary>RSS 2.0 and Atom 1.0 of the newest live releases, full text, with stable tag-URI ids.</summary>
public static class FeedEndpoints
{
    public const int FeedSize = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteView.RssPath, async (HttpContext http, SiteReader reader, ReleaseFeeds feeds, CancellationToken ct) =>
            TypedResults.Content(feeds.Rss(await BuildAsync(http, reader, SiteView.RssPath, ct)), ReleaseFeeds.RssContentType));
        app.MapGet(SiteView.AtomPath, async (HttpContext http, SiteReader reader, ReleaseFeeds feeds, CancellationToken ct) =>
            TypedResults.Content(feeds.Atom(await BuildAsync(http, reader, SiteView.AtomPath, ct)), ReleaseFeeds.AtomContentType));
        return app;
    }

    private static async Task<FeedView> BuildAsync(HttpContext http, SiteReader reader, string path, CancellationToken ct)
    {
        var settings = await reader.SettingsAsync(ct);
        var names = await reader.NamesAsync(ct);
        var site = SiteView.From(settings, http.Request.Origin(), reader.NowUtc);
        var revisions = await reader.Live.NewestFirst().Take(FeedSize).ToListAsync(ct);
        var corrections = await reader.CorrectionsAsync(revisions.Select(v => v.ReleaseId), ct);
        var media = await reader.MediaAsync(revisions, ct);
        var items = revisions.Select(v => ReleaseView.From(v.Release, v, names, settings, site.BaseUrl, corrections[v.ReleaseId], media)).ToList();
        var updated = revisions.Count > 0 ? revisions.Max(v => v.Release.UpdatedUtc) : settings.SetUpUtc ?? reader.NowUtc;
        return new FeedView(site, $"{settings.Name}: press releases", site.BaseUrl + path, site.BaseUrl + SitePaths.Home, items, updated)
        {
            Description = $"Press releases from {settings.Name}",
        };
    }
}
