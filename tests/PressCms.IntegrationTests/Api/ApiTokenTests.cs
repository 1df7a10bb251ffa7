using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Api.Tokens;

namespace PressCms.IntegrationTests.Api;

/// <summary>API tokens have a name, scopes and an expiry, can be revoked, and reading does not write on every request.</summary>
public sealed partial class ApiTokenTests
{
    [Fact]
    public async Task Should_let_each_scope_do_its_own_part_and_refuse_the_rest_with_403_naming_the_scope()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var reader = await factory.ApiClientAsync(NewsroomFactory.AdminEmail, "read");
        using var writer = await factory.ApiClientAsync(NewsroomFactory.AdminEmail, "write");
        using var decider = await factory.ApiClientAsync(NewsroomFactory.AdminEmail, "decide");

        var id = await writer.CreateAsync("scoped-release");
        var readByReader = await reader.GetAsync($"/api/releases/{id}");
        var writeByReader = await reader.PostJsonAsync("/api/releases", ApiClients.Release("by-reader"));
        var readByWriter = await writer.GetAsync("/api/releases");
        var submitByWriter = await writer.PostJsonAsync($"/api/releases/{id}/submit");
        var submitByDecider = await decider.PostJsonAsync($"/api/releases/{id}/submit");

        Assert.Equal(HttpStatusCode.OK, readByReader.StatusCode);
        var refused = await writeByReader.ProblemAsync(403);
        Assert.Equal("scope-missing", refused.Rule());
        Assert.Equal("This token may not write: its scopes are read. Make a token with the 'write' scope.", refused.GetProperty("detail").GetString());
        Assert.Equal("scope-missing", (await readByWriter.ProblemAsync(403)).Rule());
        Assert.Equal("scope-missing", (await submitByWriter.ProblemAsync(403)).Rule());
        Assert.Equal(HttpStatusCode.OK, submitByDecider.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_token_once_it_has_expired()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var secret = await IssueAsync(factory, days: 1);
        using var client = Bearer(factory, secret);

        var before = await client.GetAsync("/api/releases");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var after = await client.GetAsync("/api/releases");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var problem = await after.ProblemAsync(401);
        Assert.Equal("This API token expired on 2026-11-29 09:00 UTC; make a new one", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_give_a_token_made_before_scopes_and_expiry_everything_for_90_days_from_when_it_was_made()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var secret = await IssueAsync(factory, days: 1, scopes: "read");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().ApiTokens
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresUtc, (DateTime?)null).SetProperty(t => t.Scopes, (ApiScopes?)null));
        }
        using var client = Bearer(factory, secret);

        factory.Clock.Advance(TimeSpan.FromDays(89));
        var created = await client.PostJsonAsync("/api/releases", ApiClients.Release("legacy-token"));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var expired = await client.GetAsync("/api/releases");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Should_write_last_used_at_most_once_a_minute()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = Bearer(factory, await IssueAsync(factory, days: 30));
        var start = factory.Clock.GetUtcNow().UtcDateTime;

        await client.GetAsync("/api/releases");
        factory.Clock.Advance(TimeSpan.FromSeconds(59));
        await client.GetAsync("/api/releases");
        var withinTheMinute = await LastUsedAsync(factory);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await client.GetAsync("/api/releases");

        Assert.Equal(start, withinTheMinute);
        Assert.Equal(start.AddMinutes(1), await LastUsedAsync(factory));
    }

    [Fact]
    public async Task Should_make_a_token_on_the_admin_page_show_it_once_and_revoke_it()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/tokens");

        var made = await admin.Http.PostAsync("/admin/tokens?handler=Create", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Admin.UsersPageTests.Token(page)), new("Email", NewsroomFactory.ApproverEmail), new("Name", "Website sync"),
            new("Scopes", "read"), new("Scopes", "write"), new("ExpiresInDays", "30"),
        ]));
        var html = await made.Content.ReadAsStringAsync();
        var secret = SecretPattern().Match(html).Groups[1].Value;
        using var client = Bearer(factory, secret);
        var used = await client.GetAsync("/api/releases");
        var list = await admin.GetPageAsync("/admin/tokens");
        var tokenId = RevokeIdPattern().Match(list).Groups[1].Value;
        var revoked = await admin.Http.PostAsync("/admin/tokens?handler=Revoke", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Admin.UsersPageTests.Token(list)), new("id", tokenId)]));

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.StartsWith("pcms_", secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains("Website sync", list);
        Assert.Contains("read write", list);
        Assert.Contains("28 December 2026, 09:00", list);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("This API token was revoked", (await (await client.GetAsync("/api/releases")).ProblemAsync(401)).GetProperty("detail").GetString());
        Assert.Contains("Revoked", await admin.GetPageAsync("/admin/tokens"));
        await using var scope = factory.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.Select(e => e.Action).ToListAsync();
        Assert.Contains(ApiTokenIssuer.AuditAction, actions);
        Assert.Contains(ApiTokenIssuer.RevokedAction, actions);
    }

    [Fact]
    public async Task Should_name_each_mistake_in_a_token_request_and_keep_the_page_for_administrators()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        var page = await admin.GetPageAsync("/admin/tokens");

        var response = await admin.Http.PostAsync("/admin/tokens?handler=Create", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Admin.UsersPageTests.Token(page)), new("Email", ""), new("Name", ""), new("ExpiresInDays", "400")]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose the member of staff the token acts as", html);
        Assert.Contains("Name the token after what will use it", html);
        Assert.Contains("Choose at least one scope", html);
        Assert.Contains("A token lasts from 1 to 366 days", html);
        Assert.NotEqual(HttpStatusCode.OK, (await approver.Http.GetAsync("/admin/tokens")).StatusCode);
    }

    private static async Task<string> IssueAsync(NewsroomFactory factory, int days, string scopes = "read,write,decide")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret, errors) = await ApiTokenIssuer.IssueAsync(scope.ServiceProvider.GetRequiredService<PressCmsDbContext>(),
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PressCms.Data.Identity.PressUser>>(),
            new(NewsroomFactory.AdminEmail, "test", scopes, days), "test", "cli", factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Empty(errors);
        return secret!;
    }

    private static HttpClient Bearer(NewsroomFactory factory, string secret)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<DateTime?> LastUsedAsync(NewsroomFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().ApiTokens.AsNoTracking().SingleAsync()).LastUsedUtc;
    }

    [GeneratedRegex("id=\"new-token\" type=\"text\" readonly value=\"([^\"]+)\"")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("name=\"id\" value=\"(\\d+)\"")]
    private static partial Regex RevokeIdPattern();
}
