using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>
/// RFC 5005 archived feeds: from the current feed a reader walks prev-archive links back through
/// every release; a JSON Feed reader follows next_url through the same pages.
/// </summary>
public sealed class FeedArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";

    // The releases made below are appeals in London; of the seeded ones, only the site feed holds more.
    [Theory]
    [InlineData("/feeds/releases.atom", "/feeds/releases/archive/{0}.atom")]
    [InlineData("/feeds/releases.rss", "/feeds/releases/archive/{0}.rss")]
    [InlineData("/feeds/releases.atom?area=london&kind=appeal", "/feeds/releases/archive/{0}.atom?area=london&kind=appeal")]
    [InlineData("/feeds/kinds/appeal.rss", "/feeds/kinds/appeal/archive/{0}.rss")]
    public async Task Should_let_a_reader_retrieve_the_whole_history_through_archive_pages(string feedPath, string archivePath)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        var seeded = Entries(await FeedAsync(client, feedPath)).Count;
        Assert.InRange(seeded, 0, 49);
        using var admin = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        for (var i = 0; i < 60; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            var id = await admin.CreateAsync($"archive-appeal-{i}");
            var published = await admin.PostJsonAsync($"/api/releases/{id}/emergency-publish", """{ "reason": "Test archive" }""");
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }
        var total = seeded + 60;

        var seen = new HashSet<string>();
        var current = await FeedAsync(client, feedPath);
        var self = "http://localhost" + feedPath;
        Assert.Equal(self, Link(current, "self"));
        Collect(current, seen);
        Assert.Null(Channel(current).Element(History + "archive"));
        var next = Link(current, "prev-archive");
        var pages = 0;
        while (next is not null)
        {
            var page = await FeedAsync(client, next);
            pages++;
            Assert.Equal("http://localhost" + Page(archivePath, total / 50 - pages + 1), next);
            Assert.NotNull(Channel(page).Element(History + "archive"));
            Assert.Equal(self, Link(page, "current"));
            Assert.Equal(50, Entries(page).Count);
            Collect(page, seen);
            next = Link(page, "prev-archive");
        }

        Assert.Equal(total / 50, pages);
        Assert.Equal(total, seen.Count);
        var firstPage = Page(archivePath, 1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(archivePath, pages + 1))).StatusCode);
        using var first = await client.GetAsync(firstPage);
        using var again = new HttpRequestMessage(HttpMethod.Get, firstPage);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Null(Link(XDocument.Parse(await first.Content.ReadAsStringAsync()), "prev-archive"));
    }

    [Theory]
    [InlineData("/feeds/releases.json", "/feeds/releases/archive/{0}.json")]
    [InlineData("/feeds/releases.json?area=london&kind=appeal", "/feeds/releases/archive/{0}.json?area=london&kind=appeal")]
    public async Task Should_let_a_json_feed_reader_page_through_the_whole_history_with_next_url(string feedPath, string archivePath)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        var seeded = JsonItems(await JsonAsync(client, feedPath)).Count;
        using var admin = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        for (var i = 0; i < 60; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            var id = await admin.CreateAsync($"archive-appeal-{i}");
            Assert.True((await admin.PostJsonAsync($"/api/releases/{id}/emergency-publish", """{ "reason": "Test archive" }""")).IsSuccessStatusCode);
        }
        var total = seeded + 60;

        var current = await JsonAsync(client, feedPath);
        Assert.Equal("http://localhost" + feedPath, current.RootElement.GetProperty("feed_url").GetString());
        Assert.Empty(JsonFeedSchemaTests.Errors(current.RootElement));
        var seen = new HashSet<string>(JsonItems(current));
        var next = NextUrl(current);
        var pages = 0;
        while (next is not null)
        {
            pages++;
            Assert.Equal("http://localhost" + Page(archivePath, total / 50 - pages + 1), next);
            using var page = await JsonAsync(client, next);
            Assert.Equal(next, page.RootElement.GetProperty("feed_url").GetString());
            Assert.Empty(JsonFeedSchemaTests.Errors(page.RootElement));
            Assert.Equal(50, JsonItems(page).Count);
            seen.UnionWith(JsonItems(page));
            next = NextUrl(page);
        }
        current.Dispose();

        Assert.Equal(total / 50, pages);
        Assert.Equal(total, seen.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(archivePath, pages + 1))).StatusCode);
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string path) => JsonDocument.Parse(await client.GetStringAsync(path));

    private static List<string> JsonItems(JsonDocument feed) =>
        [.. feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private static string? NextUrl(JsonDocument feed) =>
        feed.RootElement.TryGetProperty("next_url", out var next) ? next.GetString() : null;

    private static string Page(string archivePath, int page) => string.Format(CultureInfo.InvariantCulture, archivePath, page);

    private static async Task<XDocument> FeedAsync(HttpClient client, string path) => XDocument.Parse(await client.GetStringAsync(path));

    // Atom's feed element, or RSS's channel: where the links and the archive marker live.
    private static XElement Channel(XDocument feed) => feed.Root!.Name == Atom + "feed" ? feed.Root : feed.Root!.Element("channel")!;

    private static List<string> Entries(XDocument feed) => feed.Root!.Name == Atom + "feed"
        ? [.. feed.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)]
        : [.. feed.Root.Element("channel")!.Elements("item").Select(e => e.Element("guid")!.Value)];

    private static void Collect(XDocument feed, HashSet<string> seen)
    {
        // The current feed always holds the newest 50, so it may repeat some of the newest archive page (RFC 5005 §4).
        seen.UnionWith(Entries(feed));
    }

    private static string? Link(XDocument feed, string rel) =>
        Channel(feed).Elements(Atom + "link").FirstOrDefault(l => l.Attribute("rel")!.Value == rel)?.Attribute("href")!.Value;
}
