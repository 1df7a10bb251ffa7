using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>The JSON API with missing and bad bearer tokens, hostile ids and queries, bodies that are not what it takes, and odd preconditions.</summary>
public abstract class ApiAbuseTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    [Fact]
    public async Task Should_refuse_every_api_route_without_a_good_bearer_token_with_4xx()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var revoked = await newsroom.Factory.IssueTokenAsync(NewsroomFactory.ApproverEmail);
        var roleless = await TokenOfNewUserAsync(newsroom, "no-role@example.police.uk", role: null, lockedOut: false);
        var locked = await TokenOfNewUserAsync(newsroom, "locked@example.police.uk", role: "Author", lockedOut: true);
        await using (var scope = newsroom.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            db.ApiTokens.Single(t => t.Hash == ApiToken.HashOf(revoked)).Revoke(newsroom.Factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }
        string?[] authorizations =
        [
            null, "", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearer pcms_nope", "Bearer " + new string('t', HostileValues.Long),
            "Bearer " + revoked, "Bearer " + roleless, "Bearer " + locked, "Bearer " + newsroom.AdminToken + "x", "Token " + newsroom.AdminToken,
            "Bearer%20" + newsroom.AdminToken, "Bearer pcms_\u00e9t\u00e9",
        ];
        var caller = new Caller("api", newsroom.Bare());

        foreach (var route in (await RouteCatalog.ReadAsync(newsroom.Services)).Where(IsGuardedApi))
        {
            foreach (var method in route.Methods)
            {
                foreach (var authorization in authorizations)
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), route.Fill(p => newsroom.ValuesFor(route.Template, p)[0]));
                    if (authorization is not null)
                    {
                        request.Headers.TryAddWithoutValidation("Authorization", authorization);
                    }
                    if (method is "POST" or "PUT")
                    {
                        request.Content = ApiClients.Json(ApiClients.Release("no-token"));
                    }
                    await newsroom.Findings.SendAsync(caller, request, expectRefusal: true);
                }
            }
        }

        newsroom.Findings.AssertNone();
    }

    [Fact]
    public async Task Should_answer_hostile_ids_and_queries_on_every_api_route_without_a_server_error()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var api = newsroom.Api(newsroom.AdminToken);
        var routes = (await RouteCatalog.ReadAsync(newsroom.Services)).Where(r => r.Template.StartsWith("/api", StringComparison.Ordinal)).ToList();

        foreach (var route in routes)
        {
            foreach (var method in route.Methods.DefaultIfEmpty("GET"))
            {
                foreach (var parameter in route.Parameters)
                {
                    foreach (var value in HostileValues.Segments)
                    {
                        var request = new HttpRequestMessage(new HttpMethod(method), route.Fill(p => p == parameter ? value : newsroom.ValuesFor(route.Template, p)[0]));
                        request.Headers.TryAddWithoutValidation("If-Match", "\"" + Guid.NewGuid() + "\"");
                        if (method is "POST" or "PUT")
                        {
                            request.Content = ApiClients.Json("{}");
                        }
                        await newsroom.Findings.SendAsync(api, request);
                    }
                }
            }
        }
        foreach (var query in HostileValues.Queries.Concat(["page=0", "page=100001", "page=100000", "status=in-review&kind=appeal", "status=IN-REVIEW", "kind=APPEAL", "q=%25", "q=_"]))
        {
            await newsroom.Findings.GetAsync(api, "/api/releases?" + query);
        }

        newsroom.Findings.AssertNone();
    }

    [Fact]
    public async Task Should_refuse_bodies_that_are_no_json_object_on_every_api_write_with_4xx()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var api = newsroom.Api(newsroom.AdminToken);

        foreach (var route in (await RouteCatalog.ReadAsync(newsroom.Services)).Where(r => r.Answers("POST") || r.Answers("PUT")).Where(IsGuardedApi))
        {
            foreach (var method in route.Methods.Where(m => m is "POST" or "PUT"))
            {
                var url = route.Fill(p => newsroom.ValuesFor(route.Template, p)[0]);
                foreach (var (_, body) in ApiBodies.Refusable())
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body };
                    await IfMatchAsync(newsroom, request);
                    await newsroom.Findings.SendAsync(api, request, expectRefusal: true);
                }
            }
        }

        newsroom.Findings.AssertNone();
    }

    [Fact]
    public async Task Should_answer_odd_release_bodies_content_types_and_preconditions_without_a_server_error()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var api = newsroom.Api(newsroom.AdminToken);
        var count = 0;
        string Slug() => "odd-body-" + (++count).ToString(CultureInfo.InvariantCulture);

        foreach (var (_, json) in ApiBodies.Releases(Slug))
        {
            await newsroom.Findings.SendAsync(api, new HttpRequestMessage(HttpMethod.Post, "/api/releases") { Content = ApiClients.Json(json) });
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/releases/{newsroom.DraftId}") { Content = ApiClients.Json(json) };
            await IfMatchAsync(newsroom, put);
            await newsroom.Findings.SendAsync(api, put);
        }
        string?[] contentTypes = [null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=latin1", "application/json; charset=nonsense", "*/*", "application/merge-patch+json"];
        foreach (var contentType in contentTypes)
        {
            var content = ApiBodies.Bytes(System.Text.Encoding.UTF8.GetBytes(ApiClients.Release(Slug())), contentType);
            await newsroom.Findings.SendAsync(api, new HttpRequestMessage(HttpMethod.Post, "/api/releases") { Content = content });
        }
        string[] ifMatches = ["", "garbage", "\"\"", "\"not-a-guid\"", "*", "W/\"" + Guid.NewGuid() + "\"", $"\"{Guid.NewGuid()}\", \"{Guid.NewGuid()}\"", new string('"', HostileValues.Long), "\"" + Guid.Empty + "\""];
        foreach (var ifMatch in ifMatches)
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/releases/{newsroom.DraftId}") { Content = ApiClients.Json(ApiClients.Release(HostileNewsroom.DraftSlug)) };
            put.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            await newsroom.Findings.SendAsync(api, put);
            var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/releases/{newsroom.ApprovedId}/recall") { Content = ApiClients.Json("{}") };
            submit.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            await newsroom.Findings.SendAsync(api, submit);
        }
        foreach (var accept in new[] { "application/xml", "text/html", "*/*;q=abc", new string('a', HostileValues.Long), "application/problem+json;q=0" })
        {
            var get = new HttpRequestMessage(HttpMethod.Get, "/api/releases/nope");
            get.Headers.TryAddWithoutValidation("Accept", accept);
            await newsroom.Findings.SendAsync(api, get);
        }

        newsroom.Findings.AssertNone();
    }

    [Fact]
    public async Task Should_answer_odd_decision_bodies_without_a_server_error()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var api = newsroom.Api(newsroom.AdminToken);
        var approver = newsroom.Api(await newsroom.Factory.IssueTokenAsync(NewsroomFactory.ApproverEmail), "api approver");
        var decisions = (await RouteCatalog.ReadAsync(newsroom.Services))
            .Where(r => IsGuardedApi(r) && r.Answers("POST") && r.Parameters.Contains("id") && r.Template != "/api/releases").ToList();
        var count = 0;

        foreach (var route in decisions)
        {
            foreach (var body in ApiBodies.Decisions)
            {
                // A release in review (written by the admin, so the approver may decide) meets every decision with something to say.
                var id = await api.Http.CreateAsync("decision-" + (++count).ToString(CultureInfo.InvariantCulture));
                await api.Http.PostJsonAsync($"/api/releases/{id}/submit");
                foreach (var caller in new[] { approver, api })
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, route.Fill(p => p == "id" ? id : newsroom.ValuesFor(route.Template, p)[0]))
                    {
                        Content = ApiClients.Json(body),
                    };
                    await newsroom.Findings.SendAsync(caller, request);
                }
            }
        }
        var admin = await newsroom.AdminAsync();
        foreach (var at in ApiBodies.PublishTimes)
        {
            var id = await api.Http.CreateAsync("publish-at-" + (++count).ToString(CultureInfo.InvariantCulture));
            await api.Http.PostJsonAsync($"/api/releases/{id}/submit");
            await approver.Http.PostJsonAsync($"/api/releases/{id}/approve", ApiClients.AllChecked);
            var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/releases/{id}/publish") { Content = ApiClients.Json($$"""{ "publishAtUtc": "{{at}}" }""") };
            await newsroom.Findings.SendAsync(api, publish);
            foreach (var path in new[] { $"/api/releases/{id}", $"/api/releases/{id}/history", $"/admin/releases/{id}/edit", "/admin/my-work", "/", "/feeds/releases.atom" })
            {
                await newsroom.Findings.GetAsync(path.StartsWith("/api", StringComparison.Ordinal) ? api : admin, path);
            }
        }

        newsroom.Findings.AssertNone();
    }

    private static bool IsGuardedApi(MappedRoute route) =>
        route.Template.StartsWith("/api/", StringComparison.Ordinal) && route.Endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
        && route.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    /// <summary>A PUT quotes the release's current version, so the body, not the precondition, is what gets judged.</summary>
    private static async Task IfMatchAsync(HostileNewsroom newsroom, HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Put)
        {
            return;
        }
        using var read = new HttpRequestMessage(HttpMethod.Get, request.RequestUri);
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", newsroom.AdminToken);
        var response = await newsroom.Bare().SendAsync(read);
        if (response.Headers.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag.Tag);
        }
    }

    private static async Task<string> TokenOfNewUserAsync(HostileNewsroom newsroom, string email, string? role, bool lockedOut)
    {
        await using (var scope = newsroom.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            var user = new PressUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, newsroom.Factory.AdminPassword)).Succeeded);
            if (role is not null)
            {
                await users.AddToRoleAsync(user, role);
            }
            if (lockedOut)
            {
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            }
        }
        return await newsroom.Factory.IssueTokenAsync(email);
    }
}

public sealed class ApiAbuseTestsOnSqlite : ApiAbuseTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class ApiAbuseTestsOnPostgres : ApiAbuseTests
{
    protected override string Provider => Database.Postgres;
}
