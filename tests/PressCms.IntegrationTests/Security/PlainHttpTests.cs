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
}
