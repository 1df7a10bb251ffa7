using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.Rendering.Liquid;

namespace PressCms.Web.Feeds;

/// <summary>
/// What one feed holds: every release, or those of one category, operation, unit, area or kind.
/// Path is the feed's address without its extension: "/feeds/releases", "/feeds/areas/westminster".
/// </summary>
public sealed record FeedTopic(string Path, string Title, string AlternatePath, Func<IQueryable<Revision>, IQueryable<Revision>> Filter)
{
    public const string Root = "/feeds";
    public static readonly string[] Kinds = ["categories", "operations", "units", "areas", "kinds"];

    public static FeedTopic All(string siteName) => new(Root + "/releases", $"{siteName}: press releases", SitePaths.Home, q => q);

    public static string PathOf(string topic, string slug) => $"{Root}/{topic}/{slug}";

    /// <summary>The feed of one topic, or null when no such category, operation, unit, area or kind exists.</summary>
    public static async Task<FeedTopic?> FindAsync(PressCmsDbContext db, string siteName, string topic, string slug, CancellationToken ct)
    {
        var path = PathOf(topic, slug);
        if (topic == "operations")
        {
            var operation = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
            return operation is null ? null
                : new(path, $"{siteName}: {operation.Name}", SitePaths.Operation(slug), q => q.Where(v => v.Operation == slug));
        }
        if (topic == "kinds")
        {
            return ReleaseKinds.TryParse(slug, out var kind)
                ? new(path, $"{siteName}: {kind.ToLabel()}", SitePaths.Home, q => q.Where(v => v.Kind == kind))
                : null;
        }
        TermKind? termKind = topic switch
        {
            "categories" => TermKind.Category,
            "units" => TermKind.Unit,
            "areas" => TermKind.Area,
            _ => null,
        };
        if (termKind is not { } k)
        {
            return null;
        }
        var term = await db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.Kind == k && t.Slug == slug, ct);
        if (term is null)
        {
            return null;
        }
        Func<IQueryable<Revision>, IQueryable<Revision>> filter = k switch
        {
            TermKind.Unit => q => q.Where(v => v.Unit == slug),
            TermKind.Area => q => q.Where(v => v.Area == slug),
            _ => q => q.Where(v => v.Categories.Contains(slug)),
        };
        return new(path, $"{siteName}: {term.Name}", SitePaths.Term(k, slug), filter);
    }
}
