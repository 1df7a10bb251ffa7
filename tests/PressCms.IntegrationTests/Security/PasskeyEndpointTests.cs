using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Security;

/// <summary>
/// The server's side of passkeys, over HTTP: who may ask for options, what the options demand, and
/// what a forged or missing answer gets. The ceremony itself, with a real authenticator, is the
/// browser test (PasskeyTests, Chromium's virtual authenticator through nginx).
/// </summary>
public sealed class PasskeyEndpointTests
{
    [Fact]
    public async Task Should_give_creation_options_only_between_password_and_second_factor_and_require_user_verification()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var stranger = factory.Browser();
        using var officer = factory.Browser();

        var login = await stranger.GetPageAsync("/account/login");
        var refused = await stranger.PostWithTokenAsync(login, "/account/enrol?handler=PasskeyOptions", []);
        await officer.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = NewsroomFactory.ApproverEmail, ["Password"] = factory.AdminPassword });
        var enrol = await officer.GetPageAsync("/account/enrol");
        var options = await officer.PostWithTokenAsync(enrol, "/account/enrol?handler=PasskeyOptions", []);
        using var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), (refused.StatusCode, refused.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Equal("application/json", options.Content.Headers.ContentType?.MediaType);
        Assert.Equal("localhost", root.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal(NewsroomFactory.ApproverEmail, root.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
        Assert.True(root.GetProperty("challenge").GetString()!.Length >= 22, "a challenge of at least 16 random bytes");
        Assert.Contains("data-passkey=\"create\"", enrol, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\"}}")]
    public async Task Should_refuse_a_forged_or_missing_passkey_answer_with_a_message_and_an_audit_entry(string credential)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var browser = factory.Browser();

        var login = await browser.GetPageAsync("/account/login");
        var options = await browser.PostWithTokenAsync(login, "/account/login?handler=PasskeyOptions", []);
        var answer = await browser.PostWithTokenAsync(login, "/account/login?handler=Passkey", new() { ["credential"] = credential });
        var oversized = await browser.PostWithTokenAsync(login, "/account/login?handler=Passkey", new() { ["credential"] = new string('a', 20_000) });

        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("That passkey did not sign you in", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/admin/my-work")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Contains(await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.Select(e => e.Action + " " + e.Detail).ToListAsync(),
            a => a.StartsWith(AuditActions.SignInFailed + " with a passkey", StringComparison.Ordinal));
    }
}
