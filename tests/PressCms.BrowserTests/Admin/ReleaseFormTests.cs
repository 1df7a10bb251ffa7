using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class ReleaseFormTests(NewsroomBrowser browser)
{
    private const string TypedBody = "Detectives are appealing for dashcam footage.\n\nAnyone with information should call 101.";

    [Fact]
    public async Task Should_keep_everything_typed_when_the_form_is_sent_back_with_errors()
    {
        await using var officer = await browser.NewAdminContextAsync();
        var page = await officer.NewPageAsync();
        await page.GotoAsync("/admin/releases/create");

        await page.GetByLabel("Body", new() { Exact = true }).FillAsync(TypedBody);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a figure" }).ClickAsync();
        await page.Locator("#figures-0-label").FillAsync("Vehicles seized");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter a headline" })).ToHaveAttributeAsync("href", "#headline");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Figure 1: enter a number" })).ToHaveAttributeAsync("href", "#figures-0-value");
        await Expect(page.Locator("#headline-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Headline", new() { Exact = true })).ToHaveAccessibleDescriptionAsync("Error: Enter a headline");
        await Expect(page.Locator("#figures-0-value-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#figures-0-value")).ToHaveAccessibleDescriptionAsync("Error: Figure 1: enter a number");

        await Expect(page.GetByLabel("Body", new() { Exact = true })).ToHaveValueAsync(TypedBody);
        await Expect(page.Locator("#figures-0-label")).ToHaveValueAsync("Vehicles seized");
    }
}
