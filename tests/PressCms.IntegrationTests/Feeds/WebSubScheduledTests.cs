using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Notifications;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>
/// A release scheduled behind an embargo changes no public feed until it goes live, so the hub hears
/// nothing until the go-live pass, then one publish ping for each feed the release appears in; the
/// same again, once, when it comes down at the time set.
/// </summary>
public sealed class WebSubScheduledTests
{
    // 09:00 UTC on 28 November is 09:00 in London (GMT); the embargo lifts at 10:30.
    private static readonly TimeSpan UntilEmbargo = TimeSpan.FromMinutes(90);

    private static readonly Dictionary<string, string> AtHalfPastTen = new()
    {
        ["Timing"] = "at", ["PublishDate.Day"] = "28", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "10:30",
    };

    // The site-wide feed and the release's category, kind, operation, unit and area feeds, each in every format.
    private static readonly string[] AffectedFeeds =
    [
        .. new[] { "/feeds/releases", "/feeds/categories/drugs", "/feeds/kinds/appeal", "/feeds/operations/operation-brightwater", "/feeds/units/central-east-bcu", "/feeds/areas/hackney" }
            .SelectMany(path => new[] { "atom", "rss", "json" }.Select(format => $"{path}.{format}")),
    ];

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_not_ping_the_hub_while_a_release_is_drafted_approved_and_scheduled_or_before_its_embargo_lifts(string provider)
    {
        await using var hub = new LoopbackHub();
        await using var factory = new NewsroomFactory(provider);
        var site = await SetUpAsync(factory, hub);
        using var officer = await SignInAsync(site, factory, NewsroomFactory.AdminEmail);
        using var approver = await SignInAsync(site, factory, NewsroomFactory.ApproverEmail);
        var heard = new Dictionary<string, string?[]>();

        var edit = await DraftAsync(officer);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PressAsync(edit, "Submit")).StatusCode);
        heard["drafted and submitted"] = await FeedsPingedAsync(hub);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.DecideAsync(Workflow.ReleaseId(edit), "approve", Workflow.AllChecked)).StatusCode);
        heard["approved"] = await FeedsPingedAsync(hub);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.DecideAsync(Workflow.ReleaseId(edit), "publish", AtHalfPastTen)).StatusCode);
        heard["scheduled for 10:30"] = await FeedsPingedAsync(hub);
        factory.Clock.Advance(UntilEmbargo - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, (await GoLivePassAsync(site)).WentLive);
        heard["go-live pass a millisecond before the embargo"] = await FeedsPingedAsync(hub);

        Assert.All(heard, step => Assert.True(step.Value.Length == 0, $"the hub was pinged when {step.Key}: {string.Join(", ", step.Value)}"));
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_ping_the_hub_once_for_each_feed_of_a_scheduled_release_when_it_goes_live_and_never_again(string provider)
    {
        await using var hub = new LoopbackHub();
        await using var factory = new NewsroomFactory(provider);
        var site = await SetUpAsync(factory, hub);
        using var officer = await SignInAsync(site, factory, NewsroomFactory.AdminEmail);
        using var approver = await SignInAsync(site, factory, NewsroomFactory.ApproverEmail);
        var edit = await DraftAsync(officer);
        await officer.PublishThroughReviewAsync(approver, edit, AtHalfPastTen);
        // Whether scheduling pings is the other test's question; this one starts counting at go-live.
        await hub.TakeWhenQuietAsync();

        factory.Clock.Advance(UntilEmbargo);
        Assert.Equal(1, (await GoLivePassAsync(site)).WentLive);
        var wentLive = await hub.TakeAsync(AffectedFeeds.Length, TimeSpan.FromSeconds(10));
        Assert.Equal(0, (await GoLivePassAsync(site)).WentLive);
        var again = await hub.TakeWhenQuietAsync();

        var origin = await BaseUrlAsync(site);
        Assert.All(wentLive, p => Assert.Equal(("POST", "application/x-www-form-urlencoded", "publish"), (p.Method, p.ContentType, p.Mode)));
        Assert.Equal(AffectedFeeds.Select(path => origin + path).Order(), wentLive.Select(p => p.Feed).Order());
        Assert.Empty(again);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_ping_the_hub_once_for_each_feed_of_a_release_when_it_comes_down_at_the_time_set(string provider)
    {
        await using var hub = new LoopbackHub();
        await using var factory = new NewsroomFactory(provider);
        var site = await SetUpAsync(factory, hub);
        using var officer = await SignInAsync(site, factory, NewsroomFactory.AdminEmail);
        using var approver = await SignInAsync(site, factory, NewsroomFactory.ApproverEmail);
        var edit = await DraftAsync(officer);
        // Public now; it comes down at 17:00 (eight hours on).
        await officer.PublishThroughReviewAsync(approver, edit, new()
        {
            ["UnpublishDate.Day"] = "28", ["UnpublishDate.Month"] = "11", ["UnpublishDate.Year"] = "2026", ["UnpublishTime"] = "17:00",
        });
        Assert.Equal(1, (await GoLivePassAsync(site)).WentLive);
        await hub.TakeWhenQuietAsync();

        factory.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, (await GoLivePassAsync(site)).TakenDown);
        Assert.Empty(await hub.TakeWhenQuietAsync());
        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, (await GoLivePassAsync(site)).TakenDown);
        var takenDown = await hub.TakeAsync(AffectedFeeds.Length, TimeSpan.FromSeconds(10));
        Assert.Equal(0, (await GoLivePassAsync(site)).TakenDown);

        var origin = await BaseUrlAsync(site);
        Assert.Equal(AffectedFeeds.Select(path => origin + path).Order(), takenDown.Select(p => p.Feed).Order());
        Assert.Empty(await hub.TakeWhenQuietAsync());
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail
            .CountAsync(e => e.Action == AuditActions.ReleaseTakenDown && e.ReleaseId == Workflow.ReleaseId(edit)));
    }

    /// <summary>The newsroom recipe (its operations, units, areas and categories) set up on a node without a hub, its own releases' go-live handled there, then a node that pings the hub.</summary>
    private static async Task<WebApplicationFactory<Program>> SetUpAsync(NewsroomFactory factory, LoopbackHub hub)
    {
        await factory.SetUpAsync();
        await factory.Services.GetRequiredService<GoLiveProcessor>().RunOnceAsync();
        var site = factory.WithWebHostBuilder(b => b.UseSetting("PressCms:Feeds:HubUrl", hub.Url));
        Assert.Equal(0, (await GoLivePassAsync(site)).WentLive);
        Assert.Empty(await hub.TakeWhenQuietAsync());
        return site;
    }

    private static async Task<AdminClient> SignInAsync(WebApplicationFactory<Program> site, NewsroomFactory factory, string email)
    {
        var client = new AdminClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), (site.Services, () => factory.Clock.GetUtcNow().UtcDateTime));
        await client.SignInAsync(email, factory.AdminPassword);
        return client;
    }

    private static Task<string> DraftAsync(AdminClient officer) => officer.CreateDraftAsync(f =>
    {
        f["Input.Headline"] = "Appeal for witnesses to Hackney drugs raid";
        f["Input.Kind"] = "appeal";
        f["Input.Operation"] = "operation-brightwater";
        f["Input.Unit"] = "central-east-bcu";
        f["Input.Area"] = "hackney";
        f["Input.Categories"] = "drugs";
    });

    private static async Task<string?[]> FeedsPingedAsync(LoopbackHub hub) => [.. (await hub.TakeWhenQuietAsync()).Select(p => p.Feed)];

    private static Task<GoLiveOutcome> GoLivePassAsync(WebApplicationFactory<Program> site) =>
        site.Services.GetRequiredService<GoLiveProcessor>().RunOnceAsync();

    private static async Task<string> BaseUrlAsync(WebApplicationFactory<Program> site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Newsroom.AsNoTracking().SingleAsync()).BaseUrl.TrimEnd('/');
    }
}
