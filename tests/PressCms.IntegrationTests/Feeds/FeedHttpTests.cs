using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>The feeds as a reader polls them: every topic and format, conditional GET, tombstones, the extension elements.</summary>
public sealed class FeedHttpTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Press = "https://presscms.org/ns/feeds/1.0";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Tombstones = "http://purl.org/atompub/tombstones/1.0";
    private const string Legatum = "met-2020-05-operation-legatum";

    public static TheoryData<string, string> Feeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var (format, mediaType) in new[] { ("rss", "application/rss+xml"), ("atom", "application/atom+xml"), ("json", "application/feed+json") })
        {
            foreach (var path in FeedPaths.In(format))
            {
                data.Add(path, mediaType);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Should_serve_every_topic_in_every_format(string path, string mediaType)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var response = await factory.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public && cache.MustRevalidate && cache.MaxAge == TimeSpan.Zero, cache.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Should_answer_head_with_the_headers_of_get_and_no_body()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var get = await client.GetAsync("/feeds/releases.rss");

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feeds/releases.rss"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal("application/rss+xml", head.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/feeds/categories/no-such-thing.rss")]
    [InlineData("/feeds/kinds/no-such-kind.atom")]
    [InlineData("/feeds/colours/blue.json")]
    [InlineData("/feeds/releases.xml")]
    [InlineData("/feeds/releases/archive/1.atom")]
    [InlineData("/feeds/releases/archive/2147483647.rss")]
    [InlineData("/feeds/releases/archive/0.atom")]
    public async Task Should_answer_404_for_a_feed_that_does_not_exist(string path)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Should_answer_304_to_a_reader_that_has_the_feed_and_200_once_it_changes()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var first = await client.GetAsync("/feeds/releases.atom");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = await Conditional(client, "/feeds/releases.atom", r => r.Headers.IfNoneMatch.Add(etag));
        using var byDate = await Conditional(client, "/feeds/releases.atom", r => r.Headers.IfModifiedSince = lastModified);
        using var otherFormat = await Conditional(client, "/feeds/releases.rss", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, byTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherFormat.StatusCode);

        using var admin = await factory.SignInAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await admin.DecideAsync(Legatum, "withdraw", new() { ["Comment"] = "Legal advice" });
        using var changed = await Conditional(client, "/feeds/releases.atom", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Should_show_an_embargoed_release_the_moment_its_embargo_lifts_even_to_a_revalidating_reader()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Embargoed charge announcement"; f["Input.Slug"] = "embargoed-charge"; });
        await factory.PublishThroughReviewAsync(admin, edit, new()
        {
            ["Timing"] = "at", ["PublishDate.Day"] = "28", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "10:30",
        });
        using var client = factory.Anonymous();
        using var before = await client.GetAsync("/feeds/releases.json");
        Assert.DoesNotContain("Embargoed charge", await before.Content.ReadAsStringAsync());
        foreach (var path in new[] { "/feeds/releases.rss", "/feeds/releases.atom", "/feeds/kinds/general.json" })
        {
            Assert.DoesNotContain("Embargoed charge", await client.GetStringAsync(path));
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(90));
        using var after = await Conditional(client, "/feeds/releases.json", r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Embargoed charge announcement", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_leave_a_tombstone_in_atom_when_a_release_is_withdrawn()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        var id = (await AtomAsync(client, "/feeds/releases.atom")).Descendants(Atom + "entry")
            .Select(e => e.Element(Atom + "id")!.Value).Single(i => i.EndsWith(":release:" + Legatum, StringComparison.Ordinal));
        using var admin = await factory.SignInAsync();

        await admin.DecideAsync(Legatum, "withdraw", new() { ["Comment"] = "Legal advice: active proceedings" });

        foreach (var path in new[] { "/feeds/releases.atom", "/feeds/operations/operation-legatum.atom" })
        {
            var feed = await AtomAsync(client, path);
            Assert.DoesNotContain(feed.Descendants(Atom + "id"), e => e.Value == id);
            var tombstone = Assert.Single(feed.Root!.Elements(Tombstones + "deleted-entry"));
            Assert.Equal(id, tombstone.Attribute("ref")!.Value);
            Assert.Equal("2026-11-28T09:00:00Z", tombstone.Attribute("when")!.Value);
            Assert.DoesNotContain("Legal advice", feed.ToString());
            Assert.DoesNotContain("groomers", feed.ToString());
        }
        Assert.DoesNotContain("groomers", await client.GetStringAsync("/feeds/releases.json"));
        Assert.Empty((await AtomAsync(client, "/feeds/categories/wanted.atom")).Root!.Elements(Tombstones + "deleted-entry"));
    }

    [Fact]
    public async Task Should_leave_a_tombstone_when_a_release_comes_down_at_the_time_set_and_change_the_validators_then()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Missing boy: please share"; f["Input.Slug"] = "missing-boy-appeal"; });
        // 09:00 UTC on 28 November is 09:00 in London; it comes down at 17:00.
        await factory.PublishThroughReviewAsync(admin, edit, new()
        {
            ["UnpublishDate.Day"] = "28", ["UnpublishDate.Month"] = "11", ["UnpublishDate.Year"] = "2026", ["UnpublishTime"] = "17:00",
        });
        using var client = factory.Anonymous();
        using var live = await client.GetAsync("/feeds/kinds/appeal.atom");
        var id = XDocument.Parse(await live.Content.ReadAsStringAsync()).Descendants(Atom + "entry")
            .Select(e => e.Element(Atom + "id")!.Value).Single(i => i.EndsWith("missing-boy-appeal", StringComparison.Ordinal));
        Assert.Empty(XDocument.Parse(await live.Content.ReadAsStringAsync()).Root!.Elements(Tombstones + "deleted-entry"));

        factory.Clock.Advance(TimeSpan.FromHours(8));
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/feeds/kinds/appeal.atom");
        revalidate.Headers.IfNoneMatch.Add(live.Headers.ETag!);
        using var ended = await client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var feed = XDocument.Parse(await ended.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Missing boy", feed.ToString());
        var tombstone = Assert.Single(feed.Root!.Elements(Tombstones + "deleted-entry"));
        Assert.Equal(id, tombstone.Attribute("ref")!.Value);
        Assert.Equal("2026-11-28T17:00:00Z", tombstone.Attribute("when")!.Value);
        Assert.Equal("Taken down at the time the press office set", tombstone.Element(Tombstones + "comment")!.Value);
        Assert.DoesNotContain("Missing boy", await client.GetStringAsync("/feeds/kinds/appeal.rss"));
        Assert.DoesNotContain("Missing boy", await client.GetStringAsync("/feeds/kinds/appeal.json"));

        // Thirty days on, readers have dropped it: the tombstone goes too.
        factory.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Empty(XDocument.Parse(await client.GetStringAsync("/feeds/kinds/appeal.atom")).Root!.Elements(Tombstones + "deleted-entry"));
    }

    [Fact]
    public async Task Should_carry_the_facts_image_credit_and_author_as_machine_readable_elements()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        foreach (var path in new[] { "/feeds/releases.atom", "/feeds/releases.rss" })
        {
            var doc = XDocument.Parse(await client.GetStringAsync(path));
            var entry = doc.Descendants().First(e => e.Elements().Any(c => c.Value.EndsWith(":release:" + Legatum, StringComparison.Ordinal)));
            Assert.Contains(entry.Elements(Press + "figure"), f => f.Attribute("label")!.Value == "Suspects arrested" && f.Attribute("value")!.Value == "38");
            Assert.Contains(entry.Elements(Press + "quote"), q => q.Attribute("speaker")!.Value == "Helen Flanagan");
            Assert.Contains(entry.Elements(Press + "keyDate"), d => d.Attribute("from")!.Value == "2020-05-18");
            Assert.Equal("operation-legatum", entry.Element(Press + "operation")!.Attribute("slug")!.Value);
            Assert.Equal("operation-update", entry.Element(Press + "kind")!.Attribute("slug")!.Value);
        }
        var rssItem = XDocument.Parse(await client.GetStringAsync("/feeds/releases.rss")).Descendants("item")
            .First(i => i.Element("guid")!.Value.EndsWith(Legatum, StringComparison.Ordinal));
        var image = rssItem.Element(Media + "content");
        if (image is not null)
        {
            Assert.NotNull(rssItem.Element("enclosure"));
            Assert.Equal("image", image.Attribute("medium")!.Value);
        }

        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/releases.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString()!.EndsWith(Legatum, StringComparison.Ordinal));
        var facts = item.GetProperty("_presscms");
        Assert.Equal("operation-legatum", facts.GetProperty("operation").GetProperty("slug").GetString());
        Assert.Contains(facts.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetString() == "38");
        Assert.Equal("Test newsroom", item.GetProperty("authors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Should_give_the_standfirst_as_summary_and_the_full_html_as_content_in_every_format()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/releases.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString()!.EndsWith(Legatum, StringComparison.Ordinal));
        var standfirst = item.GetProperty("summary").GetString()!;
        var html = item.GetProperty("content_html").GetString()!;
        Assert.StartsWith("Officers from the Met's Online Child Sexual Abuse", standfirst, StringComparison.Ordinal);
        Assert.Contains("Suspects arrested", html);

        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var rssItem = XDocument.Parse(await client.GetStringAsync("/feeds/releases.rss")).Descendants("item")
            .Single(i => i.Element("guid")!.Value.EndsWith(Legatum, StringComparison.Ordinal));
        Assert.Equal(standfirst, rssItem.Element("description")!.Value);
        Assert.Equal(html, rssItem.Element(content + "encoded")!.Value);

        var entry = XDocument.Parse(await client.GetStringAsync("/feeds/releases.atom")).Descendants(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.EndsWith(Legatum, StringComparison.Ordinal));
        Assert.Equal(standfirst, entry.Element(Atom + "summary")!.Value);
        Assert.Equal(html, entry.Element(Atom + "content")!.Value);
    }

    [Fact]
    public async Task Should_advertise_topic_feeds_on_their_pages_and_list_them_all_on_the_feeds_page()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var listing = await client.GetStringAsync("/operations/operation-legatum");
        var page = await client.GetStringAsync("/feeds");

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test newsroom: Operation Legatum (Atom)\" href=\"http://localhost/feeds/operations/operation-legatum.atom\">", listing);
        Assert.Contains("type=\"application/feed+json\"", await client.GetStringAsync("/"));
        Assert.Contains("http://localhost/feeds/categories/child-protection.rss", page);
        Assert.Contains("http://localhost/feeds/kinds/appeal.json", page);
        Assert.Contains("Email alerts", page);
    }

    [Fact]
    public async Task Should_compress_feeds_for_readers_that_accept_gzip()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/releases.rss");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    private static async Task<HttpResponseMessage> Conditional(HttpClient client, string path, Action<HttpRequestMessage> condition)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        condition(request);
        return await client.SendAsync(request);
    }

    private static async Task<XDocument> AtomAsync(HttpClient client, string path) => XDocument.Parse(await client.GetStringAsync(path));
}
