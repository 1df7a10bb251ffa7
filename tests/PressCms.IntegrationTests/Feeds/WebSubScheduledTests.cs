using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Notifications;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>
/// A release scheduled behind an embargo changes no public feed until it goes live, so the hub hears
/// nothing until the go-live pass, then one publish ping for each feed the release appears in.
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
        await using var hub = new Hub();
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
        await using var hub = new Hub();
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

    /// <summary>The newsroom recipe (its operations, units, areas and categories) set up on a node without a hub, its own releases' go-live handled there, then a node that pings the hub.</summary>
    private static async Task<WebApplicationFactory<Program>> SetUpAsync(NewsroomFactory factory, Hub hub)
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
        var client = new AdminClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
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

    private static async Task<string?[]> FeedsPingedAsync(Hub hub) => [.. (await hub.TakeWhenQuietAsync()).Select(p => p.Feed)];

    private static Task<GoLiveOutcome> GoLivePassAsync(WebApplicationFactory<Program> site) =>
        site.Services.GetRequiredService<GoLiveProcessor>().RunOnceAsync();

    private static async Task<string> BaseUrlAsync(WebApplicationFactory<Program> site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Newsroom.AsNoTracking().SingleAsync()).BaseUrl.TrimEnd('/');
    }

    private sealed record Ping(string Method, string? ContentType, string? Mode, string? Feed);

    /// <summary>A WebSub hub on a free loopback port that answers 204 and keeps every ping.</summary>
    private sealed class Hub : IAsyncDisposable
    {
        // Pings leave in the background after a commit; a second of silence on loopback means none is coming.
        private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

        private readonly HttpListener listener = new();
        private readonly ConcurrentQueue<Ping> received = new();
        private readonly Task accepting;
        private long lastHeardTicks;

        public Hub()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hub/";
            probe.Stop();
            listener.Prefixes.Add(Url);
            listener.Start();
            accepting = Task.Run(AcceptAsync);
        }

        public string Url { get; }

        /// <summary>Waits for at least <paramref name="count"/> pings, then for silence, so a duplicate is counted too.</summary>
        public async Task<IReadOnlyList<Ping>> TakeAsync(int count, TimeSpan timeout)
        {
            var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
            while (received.Count < count && Environment.TickCount64 < deadline)
            {
                await Task.Delay(20);
            }
            return await TakeWhenQuietAsync();
        }

        /// <summary>Everything heard so far, once the hub has heard nothing for a while.</summary>
        public async Task<IReadOnlyList<Ping>> TakeWhenQuietAsync()
        {
            var since = Environment.TickCount64;
            while (Environment.TickCount64 - Math.Max(since, Interlocked.Read(ref lastHeardTicks)) is var silent && silent < (long)Quiet.TotalMilliseconds)
            {
                await Task.Delay(TimeSpan.FromMilliseconds((long)Quiet.TotalMilliseconds - silent));
            }
            var taken = new List<Ping>();
            while (received.TryDequeue(out var ping))
            {
                taken.Add(ping);
            }
            return taken;
        }

        private async Task AcceptAsync()
        {
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                Interlocked.Exchange(ref lastHeardTicks, Environment.TickCount64);
                using (var body = new StreamReader(context.Request.InputStream))
                {
                    var form = QueryHelpers.ParseQuery(await body.ReadToEndAsync());
                    received.Enqueue(new Ping(context.Request.HttpMethod, context.Request.ContentType, form["hub.mode"], form["hub.url"]));
                }
                context.Response.StatusCode = 204;
                context.Response.Close();
                Interlocked.Exchange(ref lastHeardTicks, Environment.TickCount64);
            }
        }

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            listener.Close();
            await accepting;
        }
    }
}
