using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Security;

/// <summary>
/// Production reached over plain HTTP with no proxy vouching for HTTPS (a health check, a proxy
/// missing X-Forwarded-Proto): the Secure-only cookies cannot be issued, so it is sent to HTTPS.
/// </summary>
public sealed class PlainHttpTests
{
    [Theory]
    [InlineData("GET", "/account/login")]
    [InlineData("POST", "/account/login")]
    [InlineData("GET", "/alerts/subscribe?topic=all")]
    [InlineData("POST", "/alerts/subscribe?topic=all")]
    public async Task Should_send_a_form_asked_for_over_plain_http_in_production_to_https(string method, string path)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite) { EnvironmentName = "Production" };
        await factory.SetUpAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://news.example.test"), AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new FormUrlEncodedContent([new("Email", "someone@example.test"), new("Password", "not-the-password")]) : null,
        });

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://news.example.test" + path), response.Headers.Location);
    }

    [Fact]
    public async Task Should_redirect_to_the_https_port_a_force_sets()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite) { EnvironmentName = "Production", Settings = { ["HTTPS_PORT"] = "8443" } };
        await factory.SetUpAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://news.example.test"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/login");

        Assert.Equal(new Uri("https://news.example.test:8443/account/login"), response.Headers.Location);
    }

    [Fact]
    public async Task Should_tell_a_plain_http_request_from_the_server_itself_that_the_page_needs_https_and_serve_public_pages()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite) { EnvironmentName = "Production" };
        await factory.SetUpAsync();

        var login = await factory.Server.SendAsync(c => Local(c, "/account/login"));
        var home = await factory.Server.SendAsync(c => Local(c, "/"));

        Assert.Equal(403, login.Response.StatusCode);
        Assert.Contains("needs HTTPS", await new StreamReader(login.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Equal(200, home.Response.StatusCode);
    }

    private static void Local(Microsoft.AspNetCore.Http.HttpContext context, string path)
    {
        context.Request.Method = "GET";
        context.Request.Scheme = "http";
        context.Request.Host = new Microsoft.AspNetCore.Http.HostString("127.0.0.1:5000");
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
    }
}
