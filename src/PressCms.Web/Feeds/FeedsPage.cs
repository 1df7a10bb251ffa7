using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Feeds;

/// <summary>
/// /feeds: every feed a journalist can subscribe to, with copyable addresses, and a form that
/// combines a category, operation, unit, area and kind into one feed (GET, so it works without script
/// and its result can be bookmarked).
/// </summary>
internal static class FeedsPage
{
    private static readonly (string Facet, string Group, string Label)[] Facets =
    [
        (TopicFacets.Category, "By category", "Category"),
        (TopicFacets.Operation, "By operation", "Operation"),
        (TopicFacets.Unit, "By unit", "Unit"),
        (TopicFacets.Area, "By area", "Area"),
        (TopicFacets.Kind, "By kind of release", "Kind of release"),
    ];

    public static async Task<IResult> Render(HttpContext http, SiteReader reader, PressCmsDbContext db, TopicNames topicNames, ThemeCatalog themes, CancellationToken ct)
    {
        var settings = await reader.SettingsAsync(ct);
        var origin = http.Request.Origin();
        var site = SiteView.From(settings, origin, reader.NowUtc);
        var choices = await ChoicesAsync(db, ct);
        var groups = new List<FeedGroupView> { new("All releases", [FeedLinkView.For("Every press release", origin, Topic.All)]) };
        groups.AddRange(Facets.Select(f => new FeedGroupView(f.Group,
            [.. choices[f.Facet].Select(c => FeedLinkView.For(c.Name, origin, Topic.Of([new TopicPart(f.Facet, c.Slug)], out _)!))])));
        var builder = await BuilderAsync(http.Request, choices, topicNames, origin, ct);
        var html = themes.Get(settings.Theme).RenderFeeds(site, groups.Where(g => g.Feeds.Count > 0).ToList(), builder);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<Dictionary<string, List<(string Slug, string Name)>>> ChoicesAsync(PressCmsDbContext db, CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var operations = await db.Operations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        List<(string, string)> Of(TermKind kind) => [.. terms.Where(t => t.Kind == kind).Select(t => (t.Slug, t.Name))];
        return new()
        {
            [TopicFacets.Category] = Of(TermKind.Category),
            [TopicFacets.Operation] = [.. operations.Select(o => (o.Slug, o.Name))],
            [TopicFacets.Unit] = Of(TermKind.Unit),
            [TopicFacets.Area] = Of(TermKind.Area),
            [TopicFacets.Kind] = [.. ReleaseKinds.All.Select(k => (k.ToSlug(), k.ToLabel()))],
        };
    }

    /// <summary>The combining form, with the feed it makes when the query chose anything.</summary>
    private static async Task<FeedBuilderView> BuilderAsync(HttpRequest request, Dictionary<string, List<(string Slug, string Name)>> choices,
        TopicNames topicNames, string origin, CancellationToken ct)
    {
        var chosen = Facets.SelectMany(f => request.Query[f.Facet].Where(v => !string.IsNullOrEmpty(v)).Select(v => new TopicPart(f.Facet, v!))).ToList();
        var facets = Facets.Select(f => new FeedFacetView(f.Facet, f.Label,
            [.. choices[f.Facet].Select(c => new FeedOptionView(c.Slug, c.Name, chosen.Any(p => p.Facet == f.Facet && p.Slug == c.Slug)))])).ToList();
        if (chosen.Count == 0)
        {
            return new FeedBuilderView(facets, null, null);
        }
        if (Topic.Of(chosen, out var error) is not { } topic)
        {
            return new FeedBuilderView(facets, null, error);
        }
        return await topicNames.NameAsync(topic, ct) is { } name
            ? new FeedBuilderView(facets, FeedLinkView.For(char.ToUpperInvariant(name[0]) + name[1..], origin, topic), null)
            : new FeedBuilderView(facets, null, "One of the choices no longer exists; choose again from the lists");
    }
}
