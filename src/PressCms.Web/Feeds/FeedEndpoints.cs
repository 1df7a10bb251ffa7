using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Rendering.Feeds;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Feeds;

/// <summary>
/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest live releases, site-wide, per category,
/// operation, unit, area and kind, and for any combination of those (one value each);
/// RFC 5005 archives in RSS and Atom, the same pages through next_url in JSON Feed; conditional
/// GET answered before any body is built.
/// </summary>
public static class FeedEndpoints
{
    public const int FeedSize = 50;

    /// <summary>
    /// How long a tombstone stays: long enough for any reader that polls to drop the entry, short
    /// enough that an id (which carries the first draft's slug) is not repeated to new readers for ever.
    /// </summary>
    public const int TombstoneDays = 30;

    /// <summary>
    /// Part of every feed's ETag: raised when this build writes feeds differently (enclosure sizes,
    /// JSON next_url), so readers holding a copy from an older build get the new one, not a 304.
    /// </summary>
    public const int FormatVersion = 2;

    // Some readers and link checkers ask with HEAD first; the server sends the headers without the body.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        const string all = FeedAddresses.Root + "/" + FeedAddresses.AllName;
        app.MapMethods(all + ".{format}", GetOrHead, (string format, HttpContext http, CancellationToken ct) =>
            Serve(http, format, null, null, null, ct));
        app.MapMethods(all + "/archive/{page:int}.{format}", GetOrHead, (int page, string format, HttpContext http, CancellationToken ct) =>
            Serve(http, format, null, null, page, ct));
        app.MapMethods(FeedAddresses.Root + "/{facets}/{slug}.{format}", GetOrHead, (string facets, string slug, string format, HttpContext http, CancellationToken ct) =>
            Serve(http, format, facets, slug, null, ct));
        app.MapMethods(FeedAddresses.Root + "/{facets}/{slug}/archive/{page:int}.{format}", GetOrHead, (string facets, string slug, int page, string format, HttpContext http, CancellationToken ct) =>
            Serve(http, format, facets, slug, page, ct));
        app.MapGet(FeedAddresses.Root, FeedsPage.Render);
        return app;
    }

    private static async Task<IResult> Serve(HttpContext http, string format, string? pathFacets, string? pathSlug, int? archive, CancellationToken ct)
    {
        if (!FeedAddresses.Formats.Contains(format) || archive is < 1)
        {
            return TypedResults.NotFound();
        }
        if (RequestedTopic(http.Request, pathFacets, pathSlug) is not { } requested)
        {
            return TypedResults.NotFound();
        }
        if (requested.Topic is null)
        {
            return TypedResults.Text(requested.Error + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        var services = http.RequestServices;
        var reader = services.GetRequiredService<SiteReader>();
        var settings = await reader.SettingsAsync(ct);
        if (await FeedTopic.FindAsync(services.GetRequiredService<TopicNames>(), settings.Name, requested.Topic, ct) is not { } topic)
        {
            return TypedResults.NotFound();
        }
        var address = archive is { } number ? FeedAddresses.Archive(topic.Topic, format, number) : FeedAddresses.Feed(topic.Topic, format);
        if (http.Request.Path + http.Request.QueryString != address)
        {
            // One address per feed: readers follow a 301 and keep the new address.
            return TypedResults.Redirect(address, permanent: true);
        }

        var db = services.GetRequiredService<PressCmsDbContext>();
        var live = topic.Filter(reader.Live);
        var withdrawn = topic.Filter(reader.RemovedSince(reader.NowUtc.AddDays(-TombstoneDays)));
        var origin = http.Request.Origin();
        var hub = topic.IsPinged && archive is null ? services.GetRequiredService<IOptions<FeedOptions>>().Value.Hub : null;
        var version = ContentVersion.For($"{origin}{address}|{settings.Name}|{hub}|{FormatVersion}", settings, await reader.LastBoundaryAsync(settings, ct));
        // Only full pages are archives: they never change once written (the current feed holds the
        // rest). Counting is asked only of an archive, or of a feed being built.
        int? total = null;
        if (archive is { } n)
        {
            total = await live.CountAsync(ct);
            if (n > total / FeedSize)
            {
                return TypedResults.NotFound();
            }
        }
        if (version.AnswersNotModified(http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        version.WriteHeaders(http);
        var contentType = format switch
        {
            "rss" => ReleaseFeeds.RssContentType,
            "json" => ReleaseFeeds.JsonContentType,
            _ => ReleaseFeeds.AtomContentType,
        };
        var cache = services.GetRequiredService<RenderedCache>();
        if (!cache.TryGet(version.ETag, out var rendered))
        {
            var feed = await BuildAsync(reader, db, settings, topic, live, withdrawn, format, archive, total ?? await live.CountAsync(ct), origin, hub, ct);
            var feeds = services.GetRequiredService<ReleaseFeeds>();
            var body = format switch
            {
                "rss" => feeds.RssUtf8(feed),
                "json" => feeds.JsonUtf8(feed),
                _ => feeds.AtomUtf8(feed),
            };
            rendered = new RenderedResponse(body, contentType, StatusCodes.Status200OK);
            cache.Set(version.ETag, rendered);
        }
        return rendered;
    }

    private static async Task<FeedView> BuildAsync(SiteReader reader, PressCmsDbContext db, NewsroomSettings settings, FeedTopic topic,
        IQueryable<Revision> live, IQueryable<Revision> withdrawn, string format, int? archive, int total, string origin, string? hub, CancellationToken ct)
    {
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
        // The current feed links back to the newest full archive page; each archive page to its neighbours.
        var previous = (archive ?? fullArchives + 1) - 1;
        var address = archive is { } number ? FeedAddresses.Archive(topic.Topic, format, number) : FeedAddresses.Feed(topic.Topic, format);
        return new FeedView(site, topic.Title, origin + address, origin + topic.AlternatePath, items, updated)
        {
            Description = topic.Title,
            HubUrl = hub,
            PrevArchiveUrl = previous >= 1 ? origin + FeedAddresses.Archive(topic.Topic, format, previous) : null,
            NextArchiveUrl = archive is { } a
                ? origin + (a < fullArchives ? FeedAddresses.Archive(topic.Topic, format, a + 1) : FeedAddresses.Feed(topic.Topic, format))
                : null,
            CurrentUrl = archive is null ? null : origin + FeedAddresses.Feed(topic.Topic, format),
            Tombstones = archive is null && format == "atom"
                ? (await withdrawn.OrderByDescending(v => v.Release.WithdrawnUtc ?? v.Release.UnpublishAtUtc).Take(FeedSize).Select(v => v.Release).ToListAsync(ct))
                    .Select(r => r.Status == ReleaseStatus.Withdrawn
                        ? new FeedTombstone(FeedIds.For(r, settings), r.WithdrawnUtc!.Value, FeedTombstone.Withdrawn)
                        : new FeedTombstone(FeedIds.For(r, settings), r.UnpublishAtUtc!.Value, FeedTombstone.Ended)).ToList()
                : [],
        };
    }

    /// <summary>
    /// The topic a request asks for: the facet in the path ("/feeds/areas/london.rss") and any facets
    /// in the query ("?category=child-protection&amp;area=london"). Null for a path word that is no
    /// facet; a topic of null with the reason when the facets conflict, a slug is malformed or the
    /// query has a key that is no facet (a misspelt filter must not quietly widen the feed).
    /// Campaign tags (utm_…) are let through and dropped by the redirect to the feed's address.
    /// </summary>
    private static (Topic? Topic, string? Error)? RequestedTopic(HttpRequest request, string? pathFacets, string? pathSlug)
    {
        if (request.Query.Keys.FirstOrDefault(k => !Topic.Facets.Contains(k) && !k.StartsWith("utm_", StringComparison.Ordinal)) is { } unknown)
        {
            return unknown.StartsWith("amp;", StringComparison.Ordinal)
                ? (null, $"{unknown}: the address has \"&amp;\" where it should have \"&\", probably copied from a web page's source; use \"&\"")
                : (null, $"{unknown} is not something a feed can be narrowed by; use {string.Join(", ", Topic.Facets)}");
        }
        var parts = new List<TopicPart>();
        if (pathFacets is not null)
        {
            if (FeedAddresses.FacetOf(pathFacets) is not { } facet)
            {
                return null;
            }
            parts.Add(new TopicPart(facet, pathSlug!));
        }
        foreach (var facet in Topic.Facets)
        {
            parts.AddRange(request.Query[facet].Where(v => !string.IsNullOrEmpty(v)).Select(v => new TopicPart(facet, v!)));
        }
        var topic = Topic.Of(parts, out var error);
        return (topic, error);
    }
}
