using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Security;

/// <summary>The headers a force's deployment sends, in the Production environment a force runs.</summary>
public sealed class SecurityHeaderTests
{
    [Fact]
    public async Task Should_send_a_year_of_hsts_with_subdomains_over_https_in_production()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite) { EnvironmentName = "Production" };
        await factory.SetUpAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://news.example.test"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("/admin/my-work")]
    [InlineData("/admin/audit?handler=Csv")]
    [InlineData("/admin/audit?handler=Json")]
    [InlineData("/account/login")]
    public async Task Should_forbid_storing_staff_pages_and_exports(string path)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();

        var response = await admin.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} answers Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Should_forbid_storing_api_answers_refusals_included()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var anonymous = factory.Anonymous();

        var refused = await anonymous.GetAsync("/api/releases");
        var openApi = await anonymous.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.True(openApi.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Should_allow_no_base_element_in_the_csp()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        var csp = Assert.Single((await factory.Anonymous().GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_name_the_server_software_on_a_real_socket()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        factory.UseKestrel(0);
        factory.StartServer();
        await factory.SetUpAsync();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
    }
}
