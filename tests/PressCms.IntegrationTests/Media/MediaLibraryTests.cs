using System.Net;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using SixLabors.ImageSharp;

namespace PressCms.IntegrationTests.Media;

public sealed partial class MediaLibraryTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    private static Dictionary<string, string> Details() => new()
    {
        ["Input.Alt"] = "Officers outside a house in Hackney",
        ["Input.Credit"] = "Metropolitan Police",
        ["Input.ApprovedByName"] = "Amara Okafor",
        ["Input.ApprovedByRole"] = "Senior investigating officer",
        ["Input.ReleaseReason"] = "Appeal for witnesses",
        ["Input.ReviewOn.Day"] = "1", ["Input.ReviewOn.Month"] = "6", ["Input.ReviewOn.Year"] = "2027",
        ["Input.FocalX"] = "50", ["Input.FocalY"] = "40",
    };

    private static async Task<HttpResponseMessage> UploadAsync(AdminClient admin, byte[] file, string fileName, Dictionary<string, string> fields)
    {
        var page = await admin.GetPageAsync("/admin/media");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(content, "Upload", fileName);
        return await admin.Http.PostAsync("/admin/media", form);
    }

    private static async Task<string> UploadedIdAsync(AdminClient admin)
    {
        var response = await UploadAsync(admin, TestImages.JpegWithGps(), "hackney.jpg", Details());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    [Fact]
    public async Task Should_serve_renditions_without_location_or_camera_metadata_and_never_the_original()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var id = await UploadedIdAsync(admin);
        using var reader = factory.Anonymous();

        foreach (var name in new[] { "480.jpg", "800.jpg", "1200.jpg", "480.webp", "1200.webp", "card.jpg" })
        {
            var response = await reader.GetAsync($"/media/{id}/{name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
            Assert.NotNull(response.Headers.ETag);
            using var image = Image.Load(await response.Content.ReadAsByteArrayAsync());
            Assert.Null(image.Metadata.ExifProfile);
            Assert.Null(image.Metadata.XmpProfile);
            Assert.Null(image.Metadata.IptcProfile);
            if (name == "card.jpg")
            {
                Assert.Equal((1200, 630), (image.Width, image.Height));
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{id}/hackney.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{id}/..%2Foriginals%2F{id}.jpeg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/not-an-id/800.jpg")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_an_image_and_keep_what_was_typed()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();

        var response = await UploadAsync(admin, "<html><script>alert(1)</script></html>"u8.ToArray(), "photo.jpg", Details());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.Contains("JPEG, PNG, GIF or WebP", html);
        Assert.Contains("value=\"Officers outside a house in Hackney\"", html);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Media.CountAsync());
    }

    [Fact]
    public async Task Should_require_the_approval_record_before_storing_an_image()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var fields = Details();
        fields.Remove("Input.ApprovedByName");
        fields.Remove("Input.ReleaseReason");

        var html = await (await UploadAsync(admin, TestImages.JpegWithGps(), "hackney.jpg", fields)).Content.ReadAsStringAsync();

        Assert.Contains("Name the officer who approved releasing the image", html);
        Assert.Contains("Give the policing purpose for releasing the image", html);
        Assert.Contains("Choose the image again", html);
    }

    [Fact]
    public async Task Should_show_a_release_image_with_its_credit_and_take_it_off_everything_when_removed()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var id = await UploadedIdAsync(admin);
        var edit = await admin.CreateDraftAsync(f =>
        {
            f["Input.Headline"] = "Appeal after a burglary in Hackney";
            f["Input.Slug"] = "hackney-burglary-appeal";
            f["Input.LeadImage.Src"] = "/media/" + id;
        });
        await factory.PublishThroughReviewAsync(admin, edit);
        using var reader = factory.Anonymous();

        var page = await reader.GetStringAsync("/news/hackney-burglary-appeal");
        Assert.Contains($"/media/{id}/480.webp 480w", page);
        Assert.Contains("alt=\"Officers outside a house in Hackney\"", page);
        Assert.Contains("Photo: Metropolitan Police", page);
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost/media/{id}/card.jpg\">", page);
        using var feedBefore = await reader.GetAsync("/feeds/releases.rss");
        Assert.Contains($"/media/{id}/", await feedBefore.Content.ReadAsStringAsync());

        var detail = await admin.GetPageAsync($"/admin/media/{id}");
        Assert.Contains("Appeal after a burglary in Hackney", detail);
        var refused = await admin.PostWithTokenAsync(detail, $"/admin/media/{id}?handler=Remove", new() { ["Reason"] = "" });
        Assert.Contains("Say why the image is being removed", await refused.Content.ReadAsStringAsync());
        var removed = await admin.PostWithTokenAsync(detail, $"/admin/media/{id}?handler=Remove", new() { ["Reason"] = "Suspect arrested" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        var after = await reader.GetAsync("/news/hackney-burglary-appeal");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var afterHtml = await after.Content.ReadAsStringAsync();
        Assert.DoesNotContain($"/media/{id}", afterHtml);
        Assert.DoesNotContain("og:image", afterHtml);
        // A reader revalidating the copy it has gets the feed again, without the image: never a 304.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/feeds/releases.rss");
        revalidate.Headers.IfNoneMatch.Add(feedBefore.Headers.ETag!);
        using var feedAfter = await reader.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.OK, feedAfter.StatusCode);
        Assert.DoesNotContain($"/media/{id}", await feedAfter.Content.ReadAsStringAsync());
        Assert.DoesNotContain($"/media/{id}", await reader.GetStringAsync("/feeds/releases.atom"));
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync($"/media/{id}/800.jpg")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "media", "renditions", id)));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail
            .AnyAsync(e => e.Action == AuditActions.ImageRemoved && e.Detail!.Contains("Suspect arrested")));
    }

    [Fact]
    public async Task Should_show_a_gallery_and_leave_out_an_image_removed_from_it()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var first = await UploadedIdAsync(admin);
        var secondResponse = await UploadAsync(admin, TestImages.JpegWithGps(1000, 1000), "second.jpg", new(Details()) { ["Input.Alt"] = "A recovered bicycle", ["Input.Credit"] = "Lambeth Police" });
        var second = secondResponse.Headers.Location!.OriginalString.Split('/')[^1];
        var form = await admin.GetPageAsync("/admin/releases/create");
        var fields = AdminClient.FormValues(form);
        fields["Input.Headline"] = "Gallery release";
        fields["Input.Slug"] = "gallery-release";
        fields["Input.Body"] = "Body.";
        var content = new List<KeyValuePair<string, string>>(fields) { new("Input.Gallery", "/media/" + first), new("Input.Gallery", "/media/" + second) };
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        content.Add(new("__RequestVerificationToken", token));
        // Save and submit in one go: the test client's form reader keeps one value a name, and the gallery has two.
        var created = await admin.Http.PostAsync("/admin/releases/create?handler=Submit", new FormUrlEncodedContent(content));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Workflow.ReleaseId(created.Headers.Location!.OriginalString);
        using (var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await approver.DecideAsync(id, "approve", Workflow.AllChecked)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await admin.DecideAsync(id, "publish")).StatusCode);
        using var reader = factory.Anonymous();

        var page = await reader.GetStringAsync("/news/gallery-release");
        Assert.Contains("alt=\"A recovered bicycle\"", page);
        Assert.Contains("Photo: Lambeth Police", page);
        Assert.Contains($"/media/{first}/", page);

        var detail = await admin.GetPageAsync($"/admin/media/{second}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostWithTokenAsync(detail, $"/admin/media/{second}?handler=Remove", new() { ["Reason"] = "Owner found" })).StatusCode);

        var after = await reader.GetStringAsync("/news/gallery-release");
        Assert.DoesNotContain("A recovered bicycle", after);
        Assert.Contains($"/media/{first}/", after);
        Assert.DoesNotContain($"/media/{second}", await reader.GetStringAsync("/feeds/releases.atom"));
    }

    [Fact]
    public async Task Should_give_every_feed_the_real_size_of_the_image_it_encloses_even_for_images_uploaded_before_sizes_were_kept()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var id = await UploadedIdAsync(admin);
        var edit = await admin.CreateDraftAsync(f =>
        {
            f["Input.Headline"] = "Appeal after a burglary in Hackney";
            f["Input.Slug"] = "hackney-burglary-appeal";
            f["Input.LeadImage.Src"] = "/media/" + id;
        });
        await factory.PublishThroughReviewAsync(admin, edit);

        async Task AssertLengthsAsync(HttpClient reader)
        {
            var rss = XDocument.Parse(await reader.GetStringAsync("/feeds/releases.rss"));
            var enclosure = rss.Descendants("enclosure").Single(e => e.Attribute("url")!.Value.Contains(id, StringComparison.Ordinal));
            var file = await reader.GetByteArrayAsync(enclosure.Attribute("url")!.Value);
            var length = file.LongLength.ToString(CultureInfo.InvariantCulture);
            Assert.True(file.Length > 1000);
            Assert.Equal(length, enclosure.Attribute("length")!.Value);
            Assert.Equal(length, enclosure.Parent!.Element(Media + "content")!.Attribute("fileSize")!.Value);
            var atom = XDocument.Parse(await reader.GetStringAsync("/feeds/releases.atom"));
            var link = atom.Descendants(Atom + "link").Single(l => l.Attribute("rel")?.Value == "enclosure" && l.Attribute("href")!.Value.Contains(id, StringComparison.Ordinal));
            Assert.Equal(length, link.Attribute("length")!.Value);
            using var json = JsonDocument.Parse(await reader.GetStringAsync("/feeds/releases.json"));
            var attachment = json.RootElement.GetProperty("items").EnumerateArray()
                .Single(i => i.GetProperty("url").GetString()!.EndsWith("/news/hackney-burglary-appeal", StringComparison.Ordinal))
                .GetProperty("attachments")[0];
            Assert.Equal(enclosure.Attribute("url")!.Value, attachment.GetProperty("url").GetString());
            Assert.Equal(file.LongLength, attachment.GetProperty("size_in_bytes").GetInt64());
        }

        using (var reader = factory.Anonymous())
        {
            await AssertLengthsAsync(reader);
        }

        // An image from before sizes were kept: the next node to start measures the rendition on disk.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            Assert.Equal(1, await db.Media.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.EnclosureBytes, 0L)));
        }
        var restarted = factory.WithWebHostBuilder(_ => { });
        using (var reader = restarted.CreateClient())
        {
            await AssertLengthsAsync(reader);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
