using System.Text.Json;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Odd but accepted content, published, then every GET route that shows it: public pages, feeds, sitemaps, the admin and the API.</summary>
public abstract class PublishedContentTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    [Fact]
    public async Task Should_show_odd_published_content_on_every_page_feed_and_api_without_a_server_error()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var api = newsroom.Api(newsroom.AdminToken);
        var findings = newsroom.Findings;
        var published = new List<(string Id, string Slug)>();

        foreach (var (_, json) in HostileContent.Releases(newsroom.MediaId))
        {
            var created = await findings.SendAsync(api, new HttpRequestMessage(HttpMethod.Post, "/api/releases") { Content = ApiClients.Json(json) });
            if (created is not { IsSuccessStatusCode: true })
            {
                continue;
            }
            var release = await created.JsonAsync();
            var id = release.GetProperty("id").GetString()!;
            var go = new HttpRequestMessage(HttpMethod.Post, $"/api/releases/{id}/emergency-publish") { Content = ApiClients.Json("""{ "reason": "Robustness sweep" }""") };
            await findings.SendAsync(api, go);
            published.Add((id, release.GetProperty("slug").GetString()!));
        }
        // Control characters and outside images are refused on the way in; the other odd contents must all be taken.
        Assert.True(published.Count >= 10, $"only {published.Count} odd releases were accepted; the sweep would show little");

        var routes = (await RouteCatalog.ReadAsync(newsroom.Services)).Where(r => r.Answers("GET")).ToList();
        foreach (var caller in new[] { newsroom.Anonymous(), await newsroom.AdminAsync(), api })
        {
            foreach (var (id, slug) in published)
            {
                foreach (var route in routes.Where(r => r.Parameters.Contains("id") || r.Template.StartsWith("/news/", StringComparison.Ordinal)))
                {
                    foreach (var url in RouteSweepTests.RealisticUrls(newsroom, route))
                    {
                        await findings.GetAsync(caller, url
                            .Replace(newsroom.DraftId, id, StringComparison.Ordinal)
                            .Replace(newsroom.ApprovedId, id, StringComparison.Ordinal)
                            .Replace(HostileNewsroom.LiveSlug, slug, StringComparison.Ordinal));
                    }
                }
            }
            // Lists, feeds and sitemaps show them all at once.
            foreach (var route in routes.Where(r => !r.Parameters.Contains("id")))
            {
                foreach (var url in RouteSweepTests.RealisticUrls(newsroom, route))
                {
                    await findings.GetAsync(caller, url);
                }
            }
            foreach (var format in new[] { "rss", "atom", "json" })
            {
                foreach (var feed in new[] { "/feeds/releases", "/feeds/kinds/appeal", "/feeds/categories/appeals", "/feeds/units/ocsae", "/feeds/operations/operation-legatum" })
                {
                    await findings.GetAsync(caller, $"{feed}.{format}");
                }
            }
            await findings.GetAsync(caller, "/admin/audit?handler=Csv");
            await findings.GetAsync(caller, "/admin/audit?handler=Json");
        }

        findings.AssertNone();
    }
}

public sealed class PublishedContentTestsOnSqlite : PublishedContentTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class PublishedContentTestsOnPostgres : PublishedContentTests
{
    protected override string Provider => Database.Postgres;
}
