using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Api;

public sealed class ApiAccessTests
{
    [Fact]
    public async Task Should_answer_401_with_a_bearer_challenge_without_a_valid_token()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var anonymous = factory.Anonymous();
        using var forged = factory.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pcms_not-a-real-token");
        using var signedIn = await factory.SignInAsync();

        var none = await anonymous.GetAsync("/api/releases");
        var bad = await forged.GetAsync("/api/releases");
        var cookie = await signedIn.Http.GetAsync("/api/releases");

        await none.ProblemAsync(401);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        await bad.ProblemAsync(401);
        Assert.Contains("invalid_token", bad.Headers.WwwAuthenticate.Single().Parameter);
        await cookie.ProblemAsync(401);
        Assert.DoesNotContain(none.Headers, h => h.Key == "Set-Cookie");
    }

    [Fact]
    public async Task Should_refuse_a_revoked_token_and_record_when_a_token_was_last_used()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/releases")).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            var token = await db.ApiTokens.SingleAsync();
            Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, token.LastUsedUtc);
            token.Revoke(factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var problem = await (await client.GetAsync("/api/releases")).ProblemAsync(401);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_act_with_the_roles_the_user_holds_now()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        await factory.AddUserAsync(ApiClients.AuthorEmail, "Author");
        using var author = await factory.ApiClientAsync(ApiClients.AuthorEmail);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/api/releases")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync(ApiClients.AuthorEmail))!, "Author");
        }

        Assert.Equal("not-permitted", (await (await author.GetAsync("/api/releases")).ProblemAsync(403)).Rule());
    }

    [Fact]
    public async Task Should_answer_malformed_json_unknown_keys_and_unknown_releases_with_problem_json()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var id = await client.CreateAsync("malformed-bodies");

        var create = await (await client.PostJsonAsync("/api/releases", """{ "headline": """)).ProblemAsync(400);
        var decide = await (await client.PostJsonAsync($"/api/releases/{id}/request-changes", "{ comment: 1 }")).ProblemAsync(400);
        var unknownKey = await (await client.PostJsonAsync($"/api/releases/{id}/submit", """{ "urgent": true }""")).ProblemAsync(400);
        var wrongType = await (await client.PostJsonAsync($"/api/releases/{id}/publish", """{ "publishAtUtc": "tomorrow" }""")).ProblemAsync(400);
        var missing = await (await client.GetAsync("/api/releases/no-such-release")).ProblemAsync(404);
        var nowhere = await (await client.GetAsync("/api/nothing-here")).ProblemAsync(404);
        var badPage = await (await client.GetAsync("/api/releases?page=zero&status=lost")).ProblemAsync(400);

        Assert.Equal(["$"], create.ErrorKeys());
        Assert.Contains("not valid JSON", create.GetProperty("errors").GetProperty("$")[0].GetString());
        Assert.Equal(["$"], decide.ErrorKeys());
        Assert.Equal(["urgent"], unknownKey.ErrorKeys());
        Assert.Equal(["publishAtUtc"], wrongType.ErrorKeys());
        Assert.Contains("no-such-release", missing.GetProperty("detail").GetString());
        Assert.Contains("openapi.json", nowhere.GetProperty("detail").GetString());
        Assert.Equal(["page", "status"], badPage.ErrorKeys().Order());
        Assert.Equal("draft", (await (await client.GetAsync($"/api/releases/{id}")).JsonAsync()).GetProperty("status").GetString());
    }
}
