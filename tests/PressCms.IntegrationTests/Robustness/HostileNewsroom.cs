using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PressCms.Data;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Media;
using PressCms.Web.Alerts;
using PressCms.Web.Pages.Admin.Releases;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// A seeded newsroom (the default recipe) whose host reports its logged errors per request, with one
/// of everything a route can name: a draft, an approved release, a live one, a withdrawn one, a
/// library image and an alert subscription, so every route parameter has a real value to start from.
/// </summary>
public sealed class HostileNewsroom : IAsyncDisposable
{
    public const string LiveId = "met-2024-03-brixton-stabbing-appeal";
    public const string LiveSlug = "brixton-acre-lane-stabbing-witness-appeal";
    public const string DraftSlug = "robustness-draft";
    public const string WithdrawnSlug = "robustness-withdrawn";

    private readonly NewsroomFactory factory;
    private readonly WebApplicationFactory<Program> site;
    private readonly List<IDisposable> clients = [];

    private HostileNewsroom(NewsroomFactory factory)
    {
        this.factory = factory;
        site = factory.WithWebHostBuilder(b =>
        {
            b.ConfigureLogging(l => l.AddProvider(Log));
            b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, RequestTagging>());
        });
        Findings = new Findings(Log);
    }

    public ServerErrorLog Log { get; } = new();

    public Findings Findings { get; }

    public IServiceProvider Services => site.Services;

    public NewsroomFactory Factory => factory;

    public string DraftId { get; private set; } = "none";

    public string ApprovedId { get; private set; } = "none";

    public string WithdrawnId { get; private set; } = "none";

    public string MediaId { get; private set; } = "none";

    public string AlertToken { get; private set; } = "none";

    public string AdminToken { get; private set; } = "none";

    /// <param name="setUp">False for a site nobody has set up yet: every page leads to /setup, and no route value names anything.</param>
    public static async Task<HostileNewsroom> StartAsync(string provider, bool setUp = true)
    {
        var factory = new NewsroomFactory(provider);
        var newsroom = new HostileNewsroom(factory);
        try
        {
            if (setUp)
            {
                await factory.SetUpAsync();
                await newsroom.SeedAsync();
            }
            return newsroom;
        }
        catch
        {
            await newsroom.DisposeAsync();
            throw;
        }
    }

    public Caller Anonymous() => new("anonymous", Track(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })));

    public async Task<AdminClient> SignInAsync(string email = NewsroomFactory.AdminEmail)
    {
        var client = new AdminClient(Track(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })), (site.Services, () => factory.Clock.GetUtcNow().UtcDateTime));
        await client.SignInAsync(email, factory.AdminPassword);
        return client;
    }

    public async Task<Caller> AdminAsync() => new("admin", (await SignInAsync()).Http);

    /// <summary>A client that sends no cookies; the probes add the Authorization header they mean to test.</summary>
    public HttpClient Bare() => Track(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    public Caller Api(string token, string name = "api admin")
    {
        var http = Bare();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new Caller(name, http);
    }

    /// <summary>The real values a route parameter can take here; a parameter nobody has taught this table gets "x".</summary>
    public IReadOnlyList<string> ValuesFor(string route, string parameter) => parameter switch
    {
        "slug" when route.StartsWith("/news/", StringComparison.Ordinal) => [LiveSlug, WithdrawnSlug],
        "slug" when route.StartsWith("/operations", StringComparison.Ordinal) => ["operation-legatum"],
        "slug" when route.StartsWith("/categories", StringComparison.Ordinal) => ["appeals"],
        "slug" when route.StartsWith("/units", StringComparison.Ordinal) => ["ocsae"],
        "slug" => ["london"],
        "facets" => ["areas"],
        "format" => ["rss"],
        "page" => ["1"],
        "name" => ["card.jpg"],
        "id" when route.Contains("media", StringComparison.Ordinal) => [MediaId],
        "id" when route.Contains("decide", StringComparison.Ordinal) => [ApprovedId],
        "id" => [DraftId],
        "transition" => [.. Enum.GetValues<Core.Workflow.Transition>().Select(DecideModel.Slug)],
        "token" => [AlertToken],
        "path" => ["nothing/here"],
        _ => ["x"],
    };

    private T Track<T>(T client) where T : IDisposable
    {
        clients.Add(client);
        return client;
    }

    private async Task SeedAsync()
    {
        AdminToken = await factory.IssueTokenAsync(NewsroomFactory.AdminEmail);
        var api = Api(AdminToken).Http;
        var approver = Api(await factory.IssueTokenAsync(NewsroomFactory.ApproverEmail)).Http;
        DraftId = await api.CreateAsync(DraftSlug);
        ApprovedId = await api.CreateAsync("robustness-approved");
        Assert.True((await api.PostJsonAsync($"/api/releases/{ApprovedId}/submit")).IsSuccessStatusCode);
        Assert.True((await approver.PostJsonAsync($"/api/releases/{ApprovedId}/approve", ApiClients.AllChecked)).IsSuccessStatusCode);
        WithdrawnId = await api.CreateAsync(WithdrawnSlug);
        Assert.True((await api.PostJsonAsync($"/api/releases/{WithdrawnId}/emergency-publish", """{ "reason": "Urgent public safety" }""")).IsSuccessStatusCode);
        Assert.True((await api.PostJsonAsync($"/api/releases/{WithdrawnId}/withdraw", """{ "reason": "Published in error" }""")).IsSuccessStatusCode);

        using var admin = await SignInAsync();
        MediaId = await UploadAsync(admin);

        var reader = Anonymous().Http;
        var subscribe = await reader.GetStringAsync("/alerts/subscribe?topic=all");
        var subscribed = await new AdminClient(reader).PostWithTokenAsync(subscribe, "/alerts/subscribe?topic=all",
            new() { ["Email"] = "reader@example.org", ["Frequency"] = "Immediate" });
        Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var subscription = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Subscriptions.SingleAsync();
        AlertToken = scope.ServiceProvider.GetRequiredService<AlertTokens>().Unseal(subscription);
    }

    private static async Task<string> UploadAsync(AdminClient admin)
    {
        var page = await admin.GetPageAsync("/admin/media");
        var token = FormToken.In(page);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in MediaDetails())
        {
            form.Add(new StringContent(value), key);
        }
        var file = new ByteArrayContent(TestImages.JpegWithGps(400, 300));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "Upload", "robustness.jpg");
        var response = await admin.Http.PostAsync("/admin/media", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    public static Dictionary<string, string> MediaDetails() => new()
    {
        ["Input.Alt"] = "Officers outside a house in Hackney",
        ["Input.Credit"] = "Metropolitan Police",
        ["Input.ApprovedByName"] = "Amara Okafor",
        ["Input.ApprovedByRole"] = "Senior investigating officer",
        ["Input.ReleaseReason"] = "Appeal for witnesses",
        ["Input.ReviewOn.Day"] = "1", ["Input.ReviewOn.Month"] = "6", ["Input.ReviewOn.Year"] = "2027",
        ["Input.FocalX"] = "50", ["Input.FocalY"] = "40",
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
        await factory.DisposeAsync();
    }
}
