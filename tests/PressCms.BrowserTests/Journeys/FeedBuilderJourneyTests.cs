using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class FeedBuilderJourneyTests(NewsroomBrowser browser)
{
    [Fact]
    public async Task Should_let_a_journalist_build_a_feed_of_child_protection_in_london_and_read_it()
    {
        await using var reader = await browser.NewContextAsync();
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/feeds");

        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Child protection" });
        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "London" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show feed addresses" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your feed: Child protection in London" })).ToBeVisibleAsync();
        // The choices survive the round trip, so the journalist can adjust them.
        await Expect(page.GetByLabel("Area", new() { Exact = true })).ToHaveValueAsync("london");
        var rss = await page.Locator(".feed-chosen a", new() { HasText = ".rss" }).GetAttributeAsync("href");
        Assert.EndsWith("/feeds/releases.rss?category=child-protection&area=london", rss, StringComparison.Ordinal);
        var feed = await reader.APIRequest.GetAsync(rss!);
        Assert.Equal(200, feed.Status);
        var body = await feed.TextAsync();
        Assert.Contains("Operation Legatum", body);
        Assert.DoesNotContain("Corin Waverley", body);

        await page.GetByRole(AriaRole.Link, new() { Name = "Get these releases by email" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Get email alerts about Child protection in London" })).ToBeVisibleAsync();
    }
}
