using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Site;

/// <summary>
/// Public pages are built once per version of what they show and revalidated by ETag: a reader
/// holding a page gets 304 until anything it shows changes, and never a copy from before the change.
/// </summary>
public sealed class PageCachingTests
{
    private const string Legatum = "met-2020-05-operation-legatum";
    private const string LegatumPage = "/news/operation-legatum-38-arrested";

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_answer_304_until_a_page_changes_and_the_new_page_after(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var first = await client.GetAsync("/");
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.MustRevalidate);
        Assert.Equal(first.Headers.ETag, (await client.GetAsync("/?utm_source=newsletter")).Headers.ETag);
        Assert.Equal(first.Headers.ETag, (await client.GetAsync("/?page=01")).Headers.ETag);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal((HttpStatusCode.OK, first.Headers.ETag), (head.StatusCode, head.Headers.ETag));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.NotModified, (await RevalidateAsync(client, "/", first)).StatusCode);

        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Appeal after a moped theft in Camden"; f["Input.Slug"] = "camden-moped-appeal"; });
        await factory.PublishThroughReviewAsync(admin, edit);
        using var changed = await RevalidateAsync(client, "/", first);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Appeal after a moped theft in Camden", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_show_an_embargoed_release_on_the_home_page_the_moment_its_embargo_lifts_even_to_a_revalidating_reader()
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
        factory.Clock.Advance(TimeSpan.FromMinutes(90) - TimeSpan.FromMilliseconds(1));
        using var before = await client.GetAsync("/");
        Assert.DoesNotContain("Embargoed charge", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/news/embargoed-charge")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        using var after = await RevalidateAsync(client, "/", before);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Embargoed charge announcement", await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/news/embargoed-charge")).StatusCode);
    }

    [Fact]
    public async Task Should_answer_gone_the_moment_a_release_is_withdrawn_and_give_no_validators_to_pages_that_do_not_exist()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var live = await client.GetAsync(LegatumPage);
        using var admin = await factory.SignInAsync();

        await admin.DecideAsync(Legatum, "withdraw", new() { ["Comment"] = "Legal advice" });
        using var gone = await RevalidateAsync(client, LegatumPage, live);
        using var missing = await client.GetAsync("/news/no-such-release");

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Null(gone.Headers.ETag);
        Assert.DoesNotContain("groomers", await gone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
    }

    [Fact]
    public async Task Should_show_a_renamed_category_on_every_page_at_once()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var before = await client.GetAsync("/categories/child-protection");
        Assert.Contains("Child protection", await before.Content.ReadAsStringAsync());

        // HTTP dates have whole seconds; the site was set up at 09:00 and the rename comes later.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            (await db.Terms.SingleAsync(t => t.Kind == TermKind.Category && t.Slug == "child-protection")).Name = "Safeguarding children";
            await db.SaveChangesAsync();
        }
        using var after = await RevalidateAsync(client, "/categories/child-protection", before);
        // Many readers and crawlers send only If-Modified-Since: the rename moves Last-Modified too.
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/categories/child-protection");
        byDate.Headers.IfModifiedSince = before.Content.Headers.LastModified;
        using var afterByDate = await client.SendAsync(byDate);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Safeguarding children", await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, afterByDate.StatusCode);
        Assert.True(afterByDate.Content.Headers.LastModified > before.Content.Headers.LastModified);
        Assert.Contains("Safeguarding children", await client.GetStringAsync(LegatumPage));
    }

    private static async Task<HttpResponseMessage> RevalidateAsync(HttpClient client, string path, HttpResponseMessage held)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(held.Headers.ETag!);
        return await client.SendAsync(request);
    }
}
