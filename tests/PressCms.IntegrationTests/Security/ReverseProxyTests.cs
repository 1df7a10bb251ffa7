using System.Net;
using Microsoft.AspNetCore.Http;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Security;

/// <summary>Production behind a TLS-terminating proxy: its forwarded headers are believed, nobody else's.</summary>
public sealed class ReverseProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.20.30.40");

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/alerts/subscribe")]
    public async Task Should_serve_forms_over_https_forwarded_by_a_configured_proxy(string path)
    {
        await using var factory = await ProductionAsync();

        var context = await factory.Server.SendAsync(c => Request(c, path, Proxy));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.StartsWith("__Host-PressCms.Antiforgery=", context.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
        Assert.Contains("secure", context.Response.Headers.SetCookie.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_link_pages_and_feeds_with_https_behind_the_proxy()
    {
        await using var factory = await ProductionAsync();

        var context = await factory.Server.SendAsync(c => Request(c, "/feeds/releases.atom", Proxy));
        var atom = await new StreamReader(context.Response.Body).ReadToEndAsync();

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Contains("href=\"https://news.example.test/feeds/releases.atom\"", atom, StringComparison.Ordinal);
        Assert.DoesNotContain("http://news.example.test", atom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_ignore_forwarded_headers_from_anyone_but_a_configured_proxy()
    {
        await using var factory = await ProductionAsync();
        var stranger = IPAddress.Parse("10.99.99.99");
        string? seen = null;

        var context = await factory.Server.SendAsync(c =>
        {
            Request(c, "/robots.txt", stranger);
            c.Response.OnStarting(() =>
            {
                seen = c.Connection.RemoteIpAddress?.ToString();
                return Task.CompletedTask;
            });
        });

        Assert.Equal(stranger.ToString(), seen);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    private static async Task<NewsroomFactory> ProductionAsync()
    {
        var factory = new NewsroomFactory(Database.Sqlite)
        {
            EnvironmentName = "Production",
            Settings = { ["PressCms:Proxy:KnownProxies:0"] = Proxy.ToString() },
        };
        await factory.SetUpAsync();
        return factory;
    }

    private static void Request(HttpContext context, string path, IPAddress from)
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("news.example.test");
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = from;
        context.Request.Headers["X-Forwarded-Proto"] = "https";
        context.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
    }
}
