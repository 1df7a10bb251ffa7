using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Feeds;

/// <summary>/feeds: every feed a journalist can subscribe to, with copyable addresses.</summary>
internal static class FeedsPage
{
    public static async Task<IResult> Render(HttpContext http, SiteReader reader, PressCmsDbContext db, ThemeCatalog themes, CancellationToken ct)
    {
        var settings = await reader.SettingsAsync(ct);
        var origin = http.Request.Origin();
        var site = SiteView.From(settings, origin, reader.NowUtc);
        var groups = new List<FeedGroupView>
        {
            Group("All releases", [("Every press release", FeedTopic.Root + "/releases")], origin),
            Group("By category", (await db.Terms.AsNoTracking().Where(t => t.Kind == Core.Taxonomy.TermKind.Category).OrderBy(t => t.Name).ToListAsync(ct))
                .Select(t => (t.Name, FeedTopic.PathOf("categories", t.Slug))), origin),
            Group("By operation", (await db.Operations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct))
                .Select(o => (o.Name, FeedTopic.PathOf("operations", o.Slug))), origin),
            Group("By unit", (await db.Terms.AsNoTracking().Where(t => t.Kind == Core.Taxonomy.TermKind.Unit).OrderBy(t => t.Name).ToListAsync(ct))
                .Select(t => (t.Name, FeedTopic.PathOf("units", t.Slug))), origin),
            Group("By area", (await db.Terms.AsNoTracking().Where(t => t.Kind == Core.Taxonomy.TermKind.Area).OrderBy(t => t.Name).ToListAsync(ct))
                .Select(t => (t.Name, FeedTopic.PathOf("areas", t.Slug))), origin),
            Group("By kind of release", ReleaseKinds.All.Select(k => (k.ToLabel(), FeedTopic.PathOf("kinds", k.ToSlug()))), origin),
        };
        var html = themes.Get(settings.Theme).RenderFeeds(site, groups.Where(g => g.Feeds.Count > 0).ToList());
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static FeedGroupView Group(string title, IEnumerable<(string Name, string Path)> feeds, string origin) =>
        new(title, [.. feeds.Select(f => FeedLinkView.For(f.Name, origin, f.Path))]);
}
