using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Media;
using PressCms.Data;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Media;

/// <summary>Only library images are lead or gallery images: no tracking pixel, no picture nobody cleared.</summary>
public sealed class LibraryOnlyImageTests
{
    [Theory]
    [InlineData("https://tracker.example.net/pixel.gif")]
    [InlineData("http://evil.example/x.jpg")]
    [InlineData("//cdn.example.net/x.jpg")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    [InlineData("images/legatum.jpg")]
    public async Task Should_refuse_an_outside_lead_or_gallery_image_through_the_api(string src)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = JsonNode.Parse(ApiClients.Release("outside-image"))!.AsObject();
        body["leadImage"] = new JsonObject { ["src"] = src, ["alt"] = "A picture" };
        body["gallery"] = new JsonArray(new JsonObject { ["src"] = src, ["alt"] = "Another" });

        var problem = await (await api.PostJsonAsync("/api/releases", body.ToJsonString())).ProblemAsync(400);
        var errors = problem.GetProperty("errors");

        Assert.StartsWith("The lead image must be an image from the media library", errors.GetProperty("leadImage.src")[0].GetString());
        Assert.StartsWith("Gallery image 1 must be an image from the media library", errors.GetProperty("gallery[0].src")[0].GetString());
    }

    [Fact]
    public async Task Should_refuse_a_library_address_of_an_image_that_does_not_exist_or_was_removed()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var removed = await AddImageAsync(factory, remove: true);
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = JsonNode.Parse(ApiClients.Release("missing-image"))!.AsObject();
        body["leadImage"] = new JsonObject { ["src"] = MediaReference.For("0000000000000000dead"), ["alt"] = "A picture" };
        body["gallery"] = new JsonArray(new JsonObject { ["src"] = MediaReference.For(removed), ["alt"] = "Another" });

        var errors = (await (await api.PostJsonAsync("/api/releases", body.ToJsonString())).ProblemAsync(400)).GetProperty("errors");

        Assert.Contains("is not in the media library", errors.GetProperty("leadImage.src")[0].GetString());
        Assert.Contains("is not in the media library", errors.GetProperty("gallery[0].src")[0].GetString());
    }

    [Fact]
    public async Task Should_take_a_library_image_through_the_api_and_show_it()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var id = await AddImageAsync(factory, remove: false);
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = JsonNode.Parse(ApiClients.Release("library-image"))!.AsObject();
        body["leadImage"] = new JsonObject { ["src"] = MediaReference.For(id), ["alt"] = "Officers outside the station" };

        var created = await api.PostJsonAsync("/api/releases", body.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_outside_lead_image_posted_to_the_admin_form_keeping_what_was_typed()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var form = await admin.GetPageAsync("/admin/releases/create");
        var fields = AdminClient.FormValues(form);
        fields["Input.Kind"] = "appeal";
        fields["Input.Headline"] = "Witnesses sought after a burglary";
        fields["Input.Body"] = "Officers are appealing for witnesses.";
        fields["Input.LeadImage.Src"] = "https://tracker.example.net/pixel.gif";
        fields["Input.LeadImage.Alt"] = "A picture";

        var response = await admin.PostWithTokenAsync(form, "/admin/releases/create?handler=Save", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The lead image must be an image from the media library", html);
        Assert.Contains("Witnesses sought after a burglary", html);
    }

    [Fact]
    public async Task Should_allow_images_from_this_site_alone_in_the_csp()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        var csp = Assert.Single((await factory.Anonymous().GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("img-src 'self';", csp, StringComparison.Ordinal);
    }

    private static async Task<string> AddImageAsync(NewsroomFactory factory, bool remove)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var asset = MediaAsset.Upload(MediaAsset.NewId(), "photo.jpg", "jpeg", 2400, 1600, 500_000, new string('a', 64), [480, 800, 1200], 180_000,
            new MediaDetails("Officers outside the station", null, "Metropolitan Police", null, null, null, null, null), "admin", now);
        if (remove)
        {
            asset.RemoveEverywhere("admin", "Cleared for removal", now);
        }
        db.Media.Add(asset);
        await db.SaveChangesAsync();
        return asset.Id;
    }
}
