using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Rendering.Feeds;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Feeds;

/// <summary>
/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest live releases, site-wide and per category,
/// operation, unit, area and kind; RFC 5005 Atom archives; conditional GET answered before any body is built.
/// </summary>
public static class FeedEndpoints
{
    public const int FeedSize = 50;
    public static readonly string[] Formats = ["rss", "atom", "json"];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(FeedTopic.Root + "/releases.{format}", (string format, HttpContext http, CancellationToken ct) =>
            Serve(http, format, null, null, null, ct));
        app.MapGet(FeedTopic.Root + "/releases/archive/{page:int}.atom", (int page, HttpContext http, CancellationToken ct) =>
            Serve(http, "atom", null, null, page, ct));
        app.MapGet(FeedTopic.Root + "/{topic}/{slug}.{format}", (string topic, string slug, string format, HttpContext http, CancellationToken ct) =>
            Serve(http, format, topic, slug, null, ct));
        app.MapGet(FeedTopic.Root + "/{topic}/{slug}/archive/{page:int}.atom", (string topic, string slug, int page, HttpContext http, CancellationToken ct) =>
            Serve(http, "atom", topic, slug, page, ct));
        app.MapGet(FeedTopic.Root, FeedsPage.Render);
        return app;
    }

    private static async Task<IResult> Serve(HttpContext http, string format, string? topicKind, string? slug, int? archive, CancellationToken ct)
    {
        if (!Formats.Contains(format) || archive is < 1)
        {
            return TypedResults.NotFound();
        }
        var services = http.RequestServices;
        var reader = services.GetRequiredService<SiteReader>();
        var db = services.GetRequiredService<PressCmsDbContext>();
        var settings = await reader.SettingsAsync(ct);
        var topic = topicKind is null ? FeedTopic.All(settings.Name) : await FeedTopic.FindAsync(db, settings.Name, topicKind, slug!, ct);
        if (topic is null)
        {
            return TypedResults.NotFound();
        }
        var live = topic.Filter(reader.Live);
        var withdrawn = topic.Filter(Withdrawn(db));
        var hub = services.GetRequiredService<IOptions<FeedOptions>>().Value.Hub;
        var version = await FeedVersion.ComputeAsync(live, withdrawn, $"{format}|{http.Request.Path}|{settings.Name}|{hub}", ct);
        var total = version.Count;
        if (archive is { } n && n * FeedSize > total)
        {
            // Only full pages are archives: they never change once written (the current feed holds the rest).
            return TypedResults.NotFound();
        }
        if (version.AnswersNotModified(http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var origin = http.Request.Origin();
        var site = SiteView.From(settings, origin, reader.NowUtc);
        var query = archive is { } page
            ? live.OrderBy(v => v.Release.PublishAtUtc).ThenBy(v => v.ReleaseId).Skip((page - 1) * FeedSize)
            : live.NewestFirst();
        var revisions = await query.Take(FeedSize).ToListAsync(ct);
        var corrections = await reader.CorrectionsAsync(revisions.Select(v => v.ReleaseId), ct);
        var media = await reader.MediaAsync(revisions, ct);
        var names = await reader.NamesAsync(ct);
        var items = revisions.Select(v => ReleaseView.From(v.Release, v, names, settings, origin, corrections[v.ReleaseId], media)).ToList();
        var updated = revisions.Count > 0 ? revisions.Max(v => v.Release.UpdatedUtc) : settings.SetUpUtc ?? reader.NowUtc;
        var fullArchives = total / FeedSize;
        var feed = new FeedView(site, topic.Title, origin + http.Request.Path, origin + topic.AlternatePath, items, updated)
        {
            Description = topic.Title,
            HubUrl = archive is null ? hub : null,
            PrevArchiveUrl = (archive ?? fullArchives + 1) > 1 ? ArchiveUrl(origin, topic, (archive ?? fullArchives + 1) - 1) : null,
            NextArchiveUrl = archive is { } a ? (a < fullArchives ? ArchiveUrl(origin, topic, a + 1) : origin + topic.Path + ".atom") : null,
            CurrentUrl = archive is null ? null : origin + topic.Path + ".atom",
            Tombstones = archive is null && format == "atom"
                ? (await withdrawn.OrderByDescending(v => v.Release.WithdrawnUtc).Take(FeedSize).Select(v => v.Release).ToListAsync(ct))
                    .Select(r => new FeedTombstone(FeedIds.For(r, settings), r.WithdrawnUtc!.Value)).ToList()
                : [],
        };
        version.WriteHeaders(http);
        var feeds = services.GetRequiredService<ReleaseFeeds>();
        return format switch
        {
            "rss" => TypedResults.Bytes(feeds.RssUtf8(feed), ReleaseFeeds.RssContentType),
            "json" => TypedResults.Bytes(feeds.JsonUtf8(feed), ReleaseFeeds.JsonContentType),
            _ => TypedResults.Bytes(feeds.AtomUtf8(feed), ReleaseFeeds.AtomContentType),
        };
    }

    public static string ArchiveUrl(string origin, FeedTopic topic, int page) => $"{origin}{topic.Path}/archive/{page}.atom";

    /// <summary>Live revisions of releases withdrawn after they were public: their tombstones. One withdrawn under embargo never existed for readers.</summary>
    private static IQueryable<Revision> Withdrawn(PressCmsDbContext db) =>
        db.Revisions.AsNoTracking().Include(v => v.Release).Where(v => v.Number == v.Release.LiveRevisionNumber
            && v.Release.Status == ReleaseStatus.Withdrawn && v.Release.WithdrawnUtc != null && v.Release.PublishAtUtc <= v.Release.WithdrawnUtc);
}
