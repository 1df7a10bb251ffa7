using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ImageJourneyTests(NewsroomBrowser browser)
{
    [Fact]
    public async Task Should_upload_an_image_with_its_credit_and_show_it_on_the_published_page_and_in_the_feed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"presscms-{Guid.NewGuid():N}.jpg");
        using (var image = new Image<Rgb24>(1400, 900, new Rgb24(200, 40, 40)))
        {
            await image.SaveAsJpegAsync(file);
        }
        await using var context = await browser.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/media");
        await page.Locator("#file").SetInputFilesAsync(file);
        await page.GetByLabel("Text alternative", new() { Exact = true }).FillAsync("Stolen bicycles recovered in Lambeth");
        await page.GetByLabel("Credit", new() { Exact = true }).FillAsync("Lambeth Police");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Sam Idowu");
        await page.GetByLabel("Role", new() { Exact = true }).FillAsync("Officer in the case");
        await page.GetByLabel("Policing purpose for releasing it").FillAsync("Return property to owners");
        var review = DateTime.UtcNow.AddMonths(3);
        await page.Locator("#reviewOn").FillAsync(review.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#reviewOn-month").FillAsync(review.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#reviewOn-year").FillAsync(review.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/media/[0-9a-f]+$"));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Stolen bicycles recovered in Lambeth" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/releases/create");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync("Owners sought for recovered bicycles");
        await page.GetByLabel("Web address", new() { Exact = true }).FillAsync("owners-sought-for-recovered-bicycles");
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("Officers have recovered forty bicycles.");
        await page.GetByLabel("Image from the library").SelectOptionAsync(new SelectOptionValue { Label = $"Stolen bicycles recovered in Lambeth ({Path.GetFileName(file)})" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("submitted for review");
        var editUrl = page.Url;
        await using (var approverContext = await browser.NewContextAsync())
        {
            var approver = await approverContext.NewPageAsync();
            await approver.GotoAsync(editUrl.Replace("/edit", "/decide/approve", StringComparison.Ordinal));
            await NewsroomBrowser.SignInAsync(approver, browser.Newsroom, BrowserNewsroom.ApproverEmail);
            foreach (var check in new[] { "Contempt", "Safeguarding", "quote", "Images" })
            {
                await approver.GetByLabel(check, new() { Exact = false }).CheckAsync();
            }
            await approver.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            await Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved.");
        }
        await page.GotoAsync(editUrl.Replace("/edit", "/decide/publish", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish or schedule" }).ClickAsync();
        await Expect(page.Locator(".tag--live")).ToHaveTextAsync("Live");

        await using var readerContext = await browser.NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/news/owners-sought-for-recovered-bicycles");
        var figure = reader.Locator("figure.lead-image");
        var img = figure.GetByRole(AriaRole.Img, new() { Name = "Stolen bicycles recovered in Lambeth" });
        await Expect(img).ToBeVisibleAsync();
        Assert.True(await img.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the image loaded");
        await Expect(figure).ToContainTextAsync("Photo: Lambeth Police");
        var feed = await reader.APIRequest.GetAsync("/feeds/releases.atom");
        var xml = await feed.TextAsync();
        Assert.Contains("Photo: Lambeth Police", xml);
        File.Delete(file);
    }
}
