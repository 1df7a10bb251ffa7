using PressCms.Core.People;
using System.Net;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

public sealed class AdminAccessTests
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/releases")]
    [InlineData("/admin/releases/create")]
    [InlineData("/admin/releases/met-2020-05-operation-legatum/edit")]
    public async Task Should_send_anonymous_users_to_sign_in(string path)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var login = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("Sign in", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_a_post_without_an_antiforgery_token()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();

        var response = await admin.Http.PostAsync("/admin/releases/create?handler=Save",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Headline"] = "Forged", ["Input.Body"] = "x", ["Input.Kind"] = "general" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_keep_users_and_the_audit_trail_to_administrators()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        await factory.AddUserAsync(NewsroomFactory.EditorEmail, StaffRoles.Author);
        using var author = await factory.SignInAsync(NewsroomFactory.EditorEmail);

        Assert.Equal(HttpStatusCode.OK, (await author.Http.GetAsync("/admin/releases")).StatusCode);
        foreach (var path in new[] { "/admin/users", "/admin/audit" })
        {
            var response = await author.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_limit_sign_in_attempts_but_not_looking_at_the_form()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = new AdminClient(factory.Anonymous());
        var form = await client.GetPageAsync("/account/login");
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            codes.Add((await client.PostWithTokenAsync(form, "/account/login", new() { ["Email"] = $"guess-{i}@example.com", ["Password"] = "guess-" + i })).StatusCode);
        }

        Assert.All(codes.Take(10), c => Assert.Equal(HttpStatusCode.OK, c));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[10]);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Should_not_sign_in_with_a_wrong_password()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = new AdminClient(factory.Anonymous());

        var response = await client.PostFormAsync("/account/login", "/account/login",
            new() { ["Email"] = NewsroomFactory.AdminEmail, ["Password"] = "wrong-password-123" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a correct email address and password", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin/releases")).StatusCode);
    }
}
