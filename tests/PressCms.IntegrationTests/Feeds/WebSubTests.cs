using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Setup;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>A small WebSub hub on loopback: the feeds name it, and the site pings it when a release changes.</summary>
public sealed class WebSubTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Should_advertise_the_hub_and_ping_it_when_a_release_is_withdrawn()
    {
        var port = FreePort();
        var hubUrl = $"http://127.0.0.1:{port}/hub/";
        using var hub = new HttpListener();
        hub.Prefixes.Add(hubUrl);
        hub.Start();
        await using var factory = new NewsroomFactory(Database.Sqlite);
        var site = factory.WithWebHostBuilder(b => b.UseSetting("PressCms:Feeds:HubUrl", hubUrl));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SiteSetup>()
                .RunAsync(new SetupRequest("Test newsroom", "newsroom", NewsroomFactory.AdminEmail, factory.AdminPassword), "admin"));
        }
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var links = XDocument.Parse(await client.GetStringAsync("/feeds/releases.atom")).Root!.Elements(Atom + "link").ToList();
        Assert.Equal(hubUrl, Assert.Single(links, l => l.Attribute("rel")!.Value == "hub").Attribute("href")!.Value);
        Assert.Equal("http://localhost/feeds/releases.atom", Assert.Single(links, l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
        Assert.Contains(hubUrl, await client.GetStringAsync("/feeds/releases.json"));

        var pinged = new List<string>();
        var listening = Task.Run(async () =>
        {
            // The three site-wide feeds, and the operation's, category's, unit's, area's and kind's.
            while (pinged.Count < 3 * 6)
            {
                var context = await hub.GetContextAsync();
                using var body = new StreamReader(context.Request.InputStream);
                pinged.Add($"{context.Request.HttpMethod} {context.Request.ContentType} {await body.ReadToEndAsync()}");
                context.Response.StatusCode = 204;
                context.Response.Close();
            }
        });
        using var admin = new AdminClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), (site.Services, () => factory.Clock.GetUtcNow().UtcDateTime));
        await admin.SignInAsync(NewsroomFactory.AdminEmail, factory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.DecideAsync("met-2020-05-operation-legatum", "withdraw", new() { ["Comment"] = "Legal advice" })).StatusCode);

        await listening.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(pinged, p => Assert.StartsWith("POST application/x-www-form-urlencoded hub.mode=publish&hub.url=", p));
        Assert.Contains(pinged, p => p.EndsWith("%2Ffeeds%2Freleases.atom", StringComparison.Ordinal));
        Assert.Contains(pinged, p => p.EndsWith("%2Ffeeds%2Freleases.rss", StringComparison.Ordinal));
        Assert.Contains(pinged, p => p.EndsWith("%2Ffeeds%2Freleases.json", StringComparison.Ordinal));
        Assert.Contains(pinged, p => p.EndsWith("%2Ffeeds%2Foperations%2Foperation-legatum.atom", StringComparison.Ordinal));
        Assert.Contains(pinged, p => p.EndsWith("%2Ffeeds%2Fcategories%2Fchild-protection.rss", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_name_no_hub_when_none_is_configured()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var feed = XDocument.Parse(await factory.Anonymous().GetStringAsync("/feeds/releases.atom"));
        Assert.DoesNotContain(feed.Root!.Elements(Atom + "link"), l => l.Attribute("rel")!.Value == "hub");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
