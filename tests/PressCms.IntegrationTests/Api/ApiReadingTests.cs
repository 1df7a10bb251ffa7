using System.Net;
using System.Text.Json;
using PressCms.Core.Audit;
using PressCms.Core.Workflow;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Api;

public sealed class ApiReadingTests
{
    [Fact]
    public async Task Should_list_latest_revisions_filtered_by_status_kind_and_search()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        await client.CreateAsync("api-listed-draft");

        var all = await ItemsAsync(client, "/api/releases");
        var drafts = await ItemsAsync(client, "/api/releases?status=draft");
        var appeals = await ItemsAsync(client, "/api/releases?kind=appeal");
        var legatum = await ItemsAsync(client, "/api/releases?q=GROOMERS");

        Assert.Equal(10, all.Count);
        Assert.Equal(["api-listed-draft"], drafts.Select(r => r.GetProperty("slug").GetString()));
        Assert.All(appeals, r => Assert.Equal("appeal", r.GetProperty("kind").GetString()));
        Assert.Contains(appeals, r => r.GetProperty("slug").GetString() == "api-listed-draft");
        var found = Assert.Single(legatum);
        Assert.Equal("operation-legatum-38-arrested", found.GetProperty("slug").GetString());
        Assert.Equal("live", found.GetProperty("publication").GetString());
        Assert.Equal(138, found.GetProperty("figures")[1].GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Should_show_revisions_and_audit_entries_in_the_history()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var id = await client.CreateAsync("with-history");
        var etag = (await client.GetAsync($"/api/releases/{id}")).Headers.ETag!.Tag;
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/releases/{id}") { Content = ApiClients.Json(ApiClients.Release("with-history", "Second wording")) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(put)).StatusCode);
        await client.PostJsonAsync($"/api/releases/{id}/submit");

        var history = await (await client.GetAsync($"/api/releases/{id}/history")).JsonAsync();

        Assert.Equal(["Witnesses sought after a collision", "Second wording"],
            history.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("headline").GetString()));
        var audit = history.GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal([AuditActions.ReleaseCreated, AuditActions.ReleaseEdited, AuditActions.Of(Transition.Submit)], audit.Select(e => e.GetProperty("action").GetString()));
        Assert.All(audit, e => Assert.Equal("api", e.GetProperty("channel").GetString()));
    }

    [Fact]
    public async Task Should_describe_the_api_in_an_openapi_document()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        var response = await factory.Anonymous().GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/releases", paths);
        Assert.Contains("/api/releases/{id}/approve", paths);
        Assert.Contains("/api/releases/{id}/history", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
        var put = document.RootElement.GetProperty("paths").GetProperty("/api/releases/{id}").GetProperty("put").GetProperty("responses");
        Assert.True(put.TryGetProperty("412", out var stale));
        Assert.True(stale.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiToken", out _));
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }
}
