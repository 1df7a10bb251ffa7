using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Setup;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>Every JSON Feed the /feeds page offers, checked against a JSON Schema of JSON Feed 1.1 written from the spec.</summary>
public sealed partial class JsonFeedSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Feeds", "jsonfeed-1.1.schema.json"));

    // Without RequireFormatValidation, draft 2020-12 treats "format" as an annotation: "uri" and "date-time" would never fail.
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_validate_every_json_feed_against_the_json_feed_1_1_schema(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = await SiteWithHubAsync(factory);
        var listed = JsonFeedLink().Matches(await client.GetStringAsync("/feeds" + FeedPaths.CombinedQuery))
            .Select(m => new Uri(client.BaseAddress!, WebUtility.HtmlDecode(m.Groups[1].Value)).PathAndQuery)
            .ToHashSet();
        Assert.Subset(listed, FeedPaths.In("json").ToHashSet());

        var errors = new List<string>();
        var items = 0;
        foreach (var path in listed.Order(StringComparer.Ordinal))
        {
            using var feed = JsonDocument.Parse(await client.GetStringAsync(path));
            items += feed.RootElement.GetProperty("items").GetArrayLength();
            errors.AddRange(Errors(feed.RootElement).Select(e => path + e));
        }

        Assert.True(errors.Count == 0, $"{errors.Count} JSON Feed 1.1 schema errors:\n" + string.Join('\n', errors));
        Assert.True(items > 0, "the seeded feeds hold items, so the item rules ran");
        Assert.Contains("\"hubs\"", await client.GetStringAsync("/feeds/releases.json"));
    }

    [Theory]
    [InlineData("id", null, "/items/0", "required")]
    [InlineData("date_published", "\"last Tuesday\"", "/items/0/date_published", "format")]
    [InlineData("image", "\"/media/lead.jpg\"", "/items/0/image", "format")]
    [InlineData("summary_html", "\"<p>Not a JSON Feed member</p>\"", "/items/0/summary_html", "additionalProperties")]
    [InlineData("_press.cms", "{}", "/items/0/_press.cms", "additionalProperties")]
    public async Task Should_refuse_a_real_feed_once_an_item_breaks_the_spec(string member, string? json, string location, string keyword)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var feed = JsonNode.Parse(await factory.Anonymous().GetStringAsync("/feeds/releases.json"))!;
        Assert.Empty(Errors(JsonSerializer.SerializeToElement(feed)));

        var item = feed["items"]![0]!.AsObject();
        item.Remove(member);
        if (json is not null)
        {
            item[member] = JsonNode.Parse(json);
        }

        var errors = Errors(JsonSerializer.SerializeToElement(feed));
        Assert.True(errors.Exists(e => e.StartsWith($"#{location} ", StringComparison.Ordinal) && e.Contains(keyword, StringComparison.Ordinal)), string.Join('\n', errors));
    }

    /// <summary>The seeded newsroom with a WebSub hub configured, so "hubs" is in the feeds too.</summary>
    private static async Task<HttpClient> SiteWithHubAsync(NewsroomFactory factory)
    {
        var site = factory.WithWebHostBuilder(b => b.UseSetting("PressCms:Feeds:HubUrl", "https://hub.example.org/"));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SiteSetup>()
                .RunAsync(new SetupRequest("Test newsroom", "newsroom", NewsroomFactory.AdminEmail, factory.AdminPassword), "admin"));
        }
        return site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <summary>Each error as "#instance-pointer (schema path) keyword: message"; none when the feed is valid.</summary>
    internal static List<string> Errors(JsonElement feed) => [.. Failures(Schema.Evaluate(feed, Options))];

    private static IEnumerable<string> Failures(EvaluationResults node) => node.IsValid
        ? []
        : (node.Errors ?? new Dictionary<string, string>()).Select(e => $"#{node.InstanceLocation} ({node.EvaluationPath}) {e.Key}: {e.Value}")
            .Concat((node.Details ?? []).Where(d => !IsFailedBranchOfPassedAnyOf(node, d)).SelectMany(Failures));

    // A failed node keeps every anyOf branch among its details, even when another branch passed
    // ("content_text" missing beside "content_html"): those are not errors.
    private static bool IsFailedBranchOfPassedAnyOf(EvaluationResults parent, EvaluationResults child)
    {
        var anyOf = AnyOfBranch().Match(child.EvaluationPath.ToString());
        return anyOf.Success && parent.Details!.Any(d => d.IsValid && d.EvaluationPath.ToString().StartsWith(anyOf.Groups[1].Value, StringComparison.Ordinal));
    }

    [GeneratedRegex("href=\"([^\"]*\\.json(?:\\?[^\"]*)?)\"")]
    private static partial Regex JsonFeedLink();

    [GeneratedRegex("^(.*/anyOf/)[0-9]+$")]
    private static partial Regex AnyOfBranch();
}
