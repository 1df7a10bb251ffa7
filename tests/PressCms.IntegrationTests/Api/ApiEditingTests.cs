using System.Net;
using PressCms.Core.Audit;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Api;

public sealed class ApiEditingTests
{
    [Fact]
    public async Task Should_refuse_a_stale_if_match_with_412_and_change_nothing()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var first = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        using var second = await factory.ApiClientAsync(NewsroomFactory.ApproverEmail);
        var id = await first.CreateAsync("two-editors");
        var read = await first.GetAsync($"/api/releases/{id}");
        var etag = read.Headers.ETag!.Tag;

        var saved = await PutAsync(second, id, etag, ApiClients.Release("two-editors", "Second editor's headline"));
        var stale = await PutAsync(first, id, etag, ApiClients.Release("two-editors", "First editor's headline"));
        var missing = await PutAsync(first, id, null, ApiClients.Release("two-editors", "No precondition"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);
        Assert.Equal("stale-version", (await stale.ProblemAsync(412)).Rule());
        await missing.ProblemAsync(428);
        var now = await first.GetAsync($"/api/releases/{id}");
        var release = await now.JsonAsync();
        Assert.Equal("Second editor's headline", release.GetProperty("headline").GetString());
        Assert.Equal(2, release.GetProperty("revision").GetInt32());
        Assert.Equal(saved.Headers.ETag!.Tag, now.Headers.ETag!.Tag);
        Assert.Equal($"\"{release.GetProperty("version").GetString()}\"", now.Headers.ETag!.Tag);
        var edits = (await ApiWorkflowTests.AuditOfAsync(factory, id)).Where(e => e.Action == AuditActions.ReleaseEdited).ToList();
        Assert.Equal(NewsroomFactory.ApproverEmail, Assert.Single(edits).Actor);
        Assert.Equal(AuditChannels.Api, edits[0].Channel);
    }

    [Fact]
    public async Task Should_accept_a_release_read_from_the_api_back_as_a_put_body()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var id = await client.CreateAsync("round-trip");
        var read = await client.GetAsync($"/api/releases/{id}");
        var json = (await read.Content.ReadAsStringAsync()).Replace("Witnesses sought after a collision", "Witnesses sought after a crash", StringComparison.Ordinal);

        var put = await PutAsync(client, id, read.Headers.ETag!.Tag, json);
        var again = await PutAsync(client, id, put.Headers.ETag!.Tag, json);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Witnesses sought after a crash", (await put.JsonAsync()).GetProperty("headline").GetString());
        Assert.Equal(2, (await again.JsonAsync()).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Should_refuse_text_no_feed_could_carry_or_no_page_could_show_naming_the_field_and_save_nothing()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        using var reader = factory.Anonymous();
        var before = await reader.GetStringAsync("/feeds/releases.rss");

        // A vertical tab (a word processor's line break) is no XML character: one would break every RSS and Atom feed.
        var control = await (await client.PostJsonAsync("/api/releases", ApiClients.Release("control", "Witnesses\\u000Bsought"))).ProblemAsync(400);
        Assert.Equal(["headline"], control.ErrorKeys());
        Assert.Contains("U+000B", control.GetProperty("errors").GetProperty("headline")[0].GetString(), StringComparison.Ordinal);
        var surrogate = await (await client.PostJsonAsync("/api/releases", ApiClients.Release("surrogate", "Witnesses \\ud800 sought"))).ProblemAsync(400);
        Assert.Equal(["headline"], surrogate.ErrorKeys());
        var deep = ApiClients.Release("deep").Replace("Officers were called at **09:10**.", string.Concat(Enumerable.Repeat("> ", 300)) + "quoted", StringComparison.Ordinal);
        var nested = await client.PostJsonAsync("/api/releases", deep);
        Assert.InRange((int)nested.StatusCode, 400, 499);
        Assert.Contains("too deeply", await nested.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await (await client.GetAsync("/api/releases?q=sought")).JsonAsync();
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.Equal(before, await reader.GetStringAsync("/feeds/releases.rss"));
    }

    [Fact]
    public async Task Should_key_invalid_content_by_field_and_save_nothing()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = ApiClients.Release("bad-content")
            .Replace("\"headline\": \"Witnesses sought after a collision\", ", "", StringComparison.Ordinal)
            .Replace("\"value\": 2", "\"value\": -2", StringComparison.Ordinal)
            .Replace("\"area\": \"london\"", "\"area\": \"atlantis\"", StringComparison.Ordinal);

        var problem = await (await client.PostJsonAsync("/api/releases", body)).ProblemAsync(400);
        var taken = await (await client.PostJsonAsync("/api/releases", ApiClients.Release("operation-legatum-38-arrested"))).ProblemAsync(400);

        Assert.Equal(["figures[0].value", "headline"], problem.ErrorKeys().Order());
        var atlantis = await (await client.PostJsonAsync("/api/releases", ApiClients.Release("x").Replace("london", "atlantis", StringComparison.Ordinal))).ProblemAsync(400);
        Assert.Equal(["area"], atlantis.ErrorKeys());
        Assert.Equal(["slug"], taken.ErrorKeys());
        var list = await (await client.GetAsync("/api/releases?q=witnesses")).JsonAsync();
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string id, string? etag, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/releases/{id}") { Content = ApiClients.Json(json) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return client.SendAsync(request);
    }
}
