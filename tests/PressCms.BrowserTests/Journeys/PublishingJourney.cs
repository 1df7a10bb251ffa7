using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Journeys;

/// <summary>
/// The publishing journey, from a draft to the public page: run on the test newsroom
/// (<see cref="PublishingJourneyTests"/>) and on the production one behind nginx
/// (<c>Production/ProductionPublishingJourneyTests</c>).
/// </summary>
public abstract class PublishingJourney(NewsroomBrowser browser)
{
    [Fact]
    public async Task Should_publish_a_release_with_figures_and_a_quote_that_the_public_can_read()
    {
        var serverErrors = new List<string>();
        await using var officer = await WatchedAsync(serverErrors);
        var page = await officer.NewPageAsync();

        await page.GotoAsync("/admin/releases");
        await NewsroomBrowser.SignInAsync(page, browser.Newsroom, BrowserNewsroom.AdminEmail);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Releases", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New release" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New release", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Kind of release").SelectOptionAsync(new SelectOptionValue { Label = "Arrest" });
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync("Twelve arrested in Operation Kestrel drugs raids");
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("Officers executed warrants across Hackney at dawn.\n\nAll twelve remain in custody.");

        await AddRowAsync(page, "Add a figure", "#figures-0-label");
        await page.Locator("#figures-0-label").FillAsync("Suspects arrested");
        await page.Locator("#figures-0-value").FillAsync("12");
        await AddRowAsync(page, "Add a figure", "#figures-1-label");
        await page.Locator("#figures-1-label").FillAsync("Warrants executed");
        await page.Locator("#figures-1-value").FillAsync("7");
        await AddRowAsync(page, "Add a quote", "#quotes-0-text");
        await page.Locator("#quotes-0-text").FillAsync("We will keep knocking on doors until the supply stops.");
        await page.Locator("#quotes-0-speaker").FillAsync("Amara Okafor");
        await page.Locator("#quotes-0-role").FillAsync("Detective Chief Inspector");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/releases/[^/]+/edit$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("submitted for review");
        var editUrl = page.Url;

        // A second person approves: the author cannot, whatever roles they hold.
        await using (var approverContext = await WatchedAsync(serverErrors))
        {
            var approver = await approverContext.NewPageAsync();
            await approver.GotoAsync(editUrl);
            await NewsroomBrowser.SignInAsync(approver, browser.Newsroom, BrowserNewsroom.ApproverEmail);
            await approver.GetByRole(AriaRole.Link, new() { Name = "Approve", Exact = true }).ClickAsync();
            await Expect(approver.GetByRole(AriaRole.Heading, new() { Name = "Changes since", Exact = false })
                .Or(approver.GetByRole(AriaRole.Heading, new() { Name = "Everything in this release", Exact = false }))).ToBeVisibleAsync();
            await approver.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            await Expect(approver.GetByRole(AriaRole.Alert)).ToContainTextAsync("Confirm every check before approving");
            foreach (var check in new[] { "Contempt", "Safeguarding", "quote", "Images" })
            {
                await approver.GetByLabel(check, new() { Exact = false }).CheckAsync();
            }
            await approver.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            await Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved.");
        }

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish or schedule" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish or schedule" }).ClickAsync();
        await Expect(page.Locator(".tag--live")).ToHaveTextAsync("Live");

        await using var reader = await WatchedAsync(serverErrors);
        var publicPage = await reader.NewPageAsync();
        var response = await publicPage.GotoAsync("/news/twelve-arrested-in-operation-kestrel-drugs-raids");
        Assert.Equal(200, response?.Status);
        await Expect(publicPage.GetByRole(AriaRole.Heading, new() { Name = "Twelve arrested in Operation Kestrel drugs raids", Level = 1 })).ToBeVisibleAsync();
        var figures = publicPage.GetByRole(AriaRole.Region, new() { Name = "In figures" });
        await Expect(figures).ToBeVisibleAsync();
        await Expect(figures.GetByRole(AriaRole.Term)).ToHaveTextAsync(["Suspects arrested", "Warrants executed"]);
        await Expect(figures.GetByRole(AriaRole.Definition)).ToHaveTextAsync(["12", "7"]);
        var quote = publicPage.GetByRole(AriaRole.Region, new() { Name = "Quotes" }).Locator("blockquote");
        await Expect(quote).ToBeVisibleAsync();
        await Expect(quote.GetByText("We will keep knocking on doors until the supply stops.")).ToBeVisibleAsync();
        await Expect(quote.GetByText("Amara Okafor, Detective Chief Inspector")).ToBeVisibleAsync();
        Assert.Empty(serverErrors);
    }

    /// <summary>A fresh context that notes every 5xx answer, page or asset, on the way.</summary>
    private async Task<IBrowserContext> WatchedAsync(List<string> serverErrors)
    {
        var context = await browser.NewContextAsync();
        context.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                lock (serverErrors)
                {
                    serverErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
                }
            }
        };
        return context;
    }

    /// <summary>"Add a figure" and "Add a quote" post the form back; the new row's field appears when the page returns.</summary>
    private static async Task AddRowAsync(IPage page, string button, string newField)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page.Locator(newField)).ToBeVisibleAsync();
    }
}
