using System.Net;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Setup;

public sealed class SetupTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_lead_every_page_to_setup_on_an_empty_database(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = factory.Anonymous();
        foreach (var path in new[] { "/", "/news/anything", "/admin", "/feeds/releases.rss" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/setup", response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_keep_typed_values_and_name_fields_when_setup_input_is_bad(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = new AdminClient(factory.Anonymous());
        var response = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = "Kent Police newsroom",
            ["Recipe"] = "newsroom",
            ["AdminEmail"] = "not-an-email",
            ["AdminPassword"] = "short",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter the administrator&#x27;s email address", html);
        Assert.Contains("value=\"Kent Police newsroom\"", html);
        Assert.Contains("value=\"not-an-email\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("Kent\u000BPolice newsroom", "invisible control character (U&#x2B;000B)")]
    [InlineData("Kent Police newsroom, a name far longer than any feed title should ever be, repeated: Kent Police newsroom, a name far longer than any feed title should ever be, repeated: Kent Police newsroom, a name far too long", "Keep the newsroom&#x27;s name to 200 characters")]
    public async Task Should_refuse_a_newsroom_name_no_feed_title_could_carry(string siteName, string message)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        using var client = new AdminClient(factory.Anonymous());
        var response = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = siteName,
            ["Recipe"] = "empty",
            ["AdminEmail"] = "admin@example.police.uk",
            ["AdminPassword"] = "a-long-enough-passphrase-1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_set_up_the_site_and_sign_in_the_first_administrator(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = new AdminClient(factory.Anonymous());
        var response = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = "Kent Police newsroom",
            ["Recipe"] = "newsroom",
            ["AdminEmail"] = "chief@example.police.uk",
            ["AdminPassword"] = factory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Contains("Kent Police newsroom", home);
        Assert.Contains("38 suspected online groomers arrested in London", home);
        Assert.Contains("Releases", await client.GetPageAsync("/admin/releases"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/setup")).StatusCode);
    }
}
