using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Api.Tokens;

namespace PressCms.IntegrationTests.Api;

/// <summary>API callers as a script would be: a bearer token and JSON, no cookies, no forms.</summary>
public static class ApiClients
{
    public const string AuthorEmail = "author@example.police.uk";

    public static async Task<HttpClient> ApiClientAsync(this NewsroomFactory factory, string email, string scopes = "read,write,decide")
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.IssueTokenAsync(email, scopes));
        return client;
    }

    public static async Task<string> IssueTokenAsync(this NewsroomFactory factory, string email, string scopes = "read,write,decide")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret, errors) = await ApiTokenIssuer.IssueAsync(scope.ServiceProvider.GetRequiredService<PressCmsDbContext>(),
            scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>(), new(email, "test", scopes, null), "test", AuditChannels.CommandLine, factory.Clock.GetUtcNow().UtcDateTime);
        return secret ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string Release(string slug, string headline = "Witnesses sought after a collision") => $$"""
        { "kind": "appeal", "slug": "{{slug}}", "headline": "{{headline}}", "standfirst": "Police are appealing for witnesses.",
          "body": "Officers were called at **09:10**.", "area": "london",
          "figures": [ { "label": "People injured", "value": 2 } ],
          "quotes": [ { "text": "Please come forward.", "speaker": "DI Jane Smith", "role": "Investigating officer" } ],
          "keyDates": [ { "label": "Collision", "from": "2026-11-27" } ] }
        """;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json = "{}") => client.PostAsync(path, Json(json));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Creates a draft as the given client and returns its id.</summary>
    public static async Task<string> CreateAsync(this HttpClient client, string slug)
    {
        var response = await client.PostJsonAsync("/api/releases", Release(slug));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string? Rule(this JsonElement problem) => problem.TryGetProperty("rule", out var rule) ? rule.GetString() : null;

    public static IEnumerable<string> ErrorKeys(this JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);

    public const string AllChecked = """{ "checklist": { "contempt": true, "safeguarding": true, "quotes": true, "images": true }, "comment": "Cleared." }""";
}
