using System.Net;
using System.Xml.Linq;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>RFC 5005 archived feeds: from the current feed a reader walks prev-archive links back through every release.</summary>
public sealed class FeedArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";

    [Fact]
    public async Task Should_let_a_reader_retrieve_the_whole_history_through_archive_pages()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        var seeded = XDocument.Parse(await client.GetStringAsync("/feeds/releases.atom")).Root!.Elements(Atom + "entry").Count();
        Assert.InRange(seeded, 1, 49);
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
        var current = XDocument.Parse(await client.GetStringAsync("/feeds/releases.atom"));
        Collect(current, seen);
        Assert.Null(current.Root!.Element(History + "archive"));
        var next = Link(current, "prev-archive");
        var pages = 0;
        while (next is not null)
        {
            var page = XDocument.Parse(await client.GetStringAsync(next));
            pages++;
            Assert.NotNull(page.Root!.Element(History + "archive"));
            Assert.Equal("http://localhost/feeds/releases.atom", Link(page, "current"));
            Assert.Equal(50, page.Root.Elements(Atom + "entry").Count());
            Collect(page, seen);
            next = Link(page, "prev-archive");
        }

        Assert.Equal(total / 50, pages);
        Assert.Equal(total, seen.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/feeds/releases/archive/{pages + 1}.atom")).StatusCode);
        using var first = await client.GetAsync("/feeds/releases/archive/1.atom");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/releases/archive/1.atom");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Null(Link(XDocument.Parse(await first.Content.ReadAsStringAsync()), "prev-archive"));
    }

    private static void Collect(XDocument feed, HashSet<string> seen)
    {
        foreach (var id in feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value))
        {
            seen.Add(id);
        }
    }

    private static string? Link(XDocument feed, string rel) =>
        feed.Root!.Elements(Atom + "link").FirstOrDefault(l => l.Attribute("rel")!.Value == rel)?.Attribute("href")!.Value;
}
