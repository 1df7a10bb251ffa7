using System.Net;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Site;

public sealed class PublicSiteTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_show_every_structured_fact_of_operation_legatum(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var page = await client.GetStringAsync("/news/operation-legatum-38-arrested");

        foreach (var fact in new[]
        {
            "38 suspected online groomers arrested in London", "Suspects arrested", ">38<", "Children safeguarded", ">138<",
            "Operation ran", "18 to 23 May 2020", "Helen Flanagan", "Detective Superintendent",
            "Since the lockdown started, officers have been working flat out", "Every image is a crime scene",
            "National Crime Agency", "Europol", "href=\"/operations/operation-legatum\"", "Operation Legatum",
            "020 7230 2171", "application/rss+xml", "application/atom+xml",
        })
        {
            Assert.Contains(fact, page);
        }
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_list_releases_on_operation_category_unit_and_area_pages(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        foreach (var path in new[] { "/operations/operation-legatum", "/categories/child-protection", "/units/ocsae", "/areas/london" })
        {
            var page = await client.GetStringAsync(path);
            Assert.Contains("38 suspected online groomers arrested in London", page);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/operations/operation-unknown")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/news/no-such-release")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no/such/page")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?page=2147483647")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/areas/london?page=-3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Should_page_the_home_page_newest_first()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        for (var i = 1; i <= 11; i++)
        {
            var edit = await admin.CreateDraftAsync(f => f["Input.Headline"] = $"Paging release number {i:00}");
            await admin.PublishThroughReviewAsync(approver, edit);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        using var client = factory.Anonymous();

        var first = await client.GetStringAsync("/");
        var second = await client.GetStringAsync("/?page=2");

        Assert.Contains("Paging release number 11", first);
        Assert.True(first.IndexOf("number 11", StringComparison.Ordinal) < first.IndexOf("number 10", StringComparison.Ordinal));
        Assert.DoesNotContain("Paging release number 01", first);
        Assert.Contains("Paging release number 01", second);
        Assert.Contains("?page=2", first);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_show_nothing_of_an_embargoed_release_until_its_time(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Embargoed charge announcement"; f["Input.Slug"] = "embargoed-charge"; });
        // 09:00 UTC on 28 November is 09:00 in London (GMT); embargo until 10:30 London time.
        await factory.PublishThroughReviewAsync(admin, edit, new()
        {
            ["Timing"] = "at",
            ["PublishDate.Day"] = "28",
            ["PublishDate.Month"] = "11",
            ["PublishDate.Year"] = "2026",
            ["PublishTime"] = "10:30",
        });
        using var client = factory.Anonymous();

        await AssertHiddenAsync(client, "Embargoed charge announcement", "/news/embargoed-charge");
        factory.Clock.Advance(TimeSpan.FromMinutes(90) - TimeSpan.FromMilliseconds(1));
        await AssertHiddenAsync(client, "Embargoed charge announcement", "/news/embargoed-charge");
        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));

        var page = await client.GetStringAsync("/news/embargoed-charge");
        Assert.Contains("datetime=\"2026-11-28T10:30:00Z\"", page);
        Assert.Contains("Embargoed charge announcement", await client.GetStringAsync("/"));
        var rss = await client.GetStringAsync("/feeds/releases.rss");
        Assert.Contains("Sat, 28 Nov 2026 10:30:00 +0000", rss);
    }

    [Fact]
    public async Task Should_answer_410_and_leave_the_feeds_when_a_release_is_withdrawn()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        using var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/news/operation-legatum-38-arrested")).StatusCode);

        var refused = await admin.DecideAsync("met-2020-05-operation-legatum", "withdraw", new() { ["Comment"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the reason for withdrawing the release", await refused.Content.ReadAsStringAsync());
        var response = await admin.DecideAsync("met-2020-05-operation-legatum", "withdraw", new() { ["Comment"] = "Legal advice: active proceedings" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var gone = await client.GetAsync("/news/operation-legatum-38-arrested");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var notice = await gone.Content.ReadAsStringAsync();
        Assert.Contains("This release has been withdrawn", notice);
        Assert.DoesNotContain("groomers", notice);
        Assert.DoesNotContain("Legal advice", notice);
        foreach (var list in new[] { "/", "/feeds/releases.rss", "/feeds/releases.atom", "/operations/operation-legatum" })
        {
            Assert.DoesNotContain("38 suspected online groomers", await client.GetStringAsync(list));
        }
    }

    [Fact]
    public async Task Should_take_a_release_down_at_the_time_set_when_it_was_published()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Road closure appeal"; f["Input.Slug"] = "road-closure-appeal"; });
        // 09:00 UTC on 28 November is 09:00 in London; it comes down at 17:00.
        await factory.PublishThroughReviewAsync(admin, edit, new()
        {
            ["UnpublishDate.Day"] = "28", ["UnpublishDate.Month"] = "11", ["UnpublishDate.Year"] = "2026", ["UnpublishTime"] = "17:00",
        });
        using var client = factory.Anonymous();

        factory.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/news/road-closure-appeal")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await AssertHiddenAsync(client, "Road closure appeal", "/news/road-closure-appeal");
    }

    [Fact]
    public async Task Should_never_run_script_or_liquid_typed_into_a_release()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f =>
        {
            f["Input.Headline"] = "<script>alert('headline')</script> {{ site.name }} {% raw %}";
            f["Input.Slug"] = "hostile-release";
            f["Input.Body"] = "[click me](javascript:alert(1)) <img src=x onerror=alert(2)> {{ release.id }}";
            f["Input.Quotes[0].Text"] = "<b onmouseover=alert(3)>quote</b>";
            f["Input.Quotes[0].Speaker"] = "{{ 'now' | date }}";
        });
        await factory.PublishThroughReviewAsync(admin, edit);
        using var client = factory.Anonymous();

        foreach (var path in new[] { "/news/hostile-release", "/", "/feeds/releases.rss", "/feeds/releases.atom" })
        {
            var text = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", text);
            Assert.DoesNotContain("javascript:", text);
            Assert.DoesNotContain("<img src=\"x\" onerror", text);
            Assert.DoesNotContain("<b onmouseover", text);
            if (path == "/news/hostile-release")
            {
                Assert.Contains("&lt;script&gt;alert(", text);
                Assert.Contains("{{ site.name }} {% raw %}", text);
                Assert.Contains("{{ release.id }}", text);
                Assert.Contains("{{ &#x27;now&#x27; | date }}", text);
            }
        }
    }

    [Fact]
    public async Task Should_send_security_headers_and_no_cookies_on_public_pages()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var response = await client.GetAsync("/news/operation-legatum-38-arrested");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static async Task AssertHiddenAsync(HttpClient client, string headline, string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        foreach (var list in new[] { "/", "/feeds/releases.rss", "/feeds/releases.atom" })
        {
            Assert.DoesNotContain(headline, await client.GetStringAsync(list));
        }
    }
}
