using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Layout;

/// <summary>
/// Key screens on a phone and a desktop: nothing may make the page scroll sideways. Each screen is
/// also saved as a full-page screenshot for a person to look at (PRESSCMS_SCREENSHOTS, or a temp folder).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenLayoutTests(NewsroomBrowser browser)
{
    private static readonly string ScreenshotFolder =
        Environment.GetEnvironmentVariable("PRESSCMS_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "presscms-screens");

    [Theory]
    [InlineData("release", 390)]
    [InlineData("release", 1280)]
    [InlineData("home", 390)]
    [InlineData("home", 1280)]
    [InlineData("combined-feed", 390)]
    [InlineData("combined-feed", 1280)]
    [InlineData("create-form", 390)]
    [InlineData("create-form", 1280)]
    [InlineData("create-form-errors", 390)]
    [InlineData("create-form-errors", 1280)]
    public async Task Should_fit_the_screen_width_without_sideways_scrolling(string screen, int width)
    {
        var viewport = new ViewportSize { Width = width, Height = width < 640 ? NewsroomBrowser.Phone.Height : NewsroomBrowser.Desktop.Height };
        await using var context = screen.StartsWith("create-form", StringComparison.Ordinal)
            ? await browser.NewAdminContextAsync(viewport)
            : await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();

        await OpenAsync(page, screen);

        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{screen}-{width}.png"), FullPage = true });
        var overflowing = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))
            """);
        Assert.True(overflowing.Length == 0, $"{screen} at {width}px is wider than the screen because of: {string.Join(", ", overflowing.Take(10))}");
    }

    private static async Task OpenAsync(IPage page, string screen)
    {
        switch (screen)
        {
            case "release":
                await page.GotoAsync("/news/operation-legatum-38-arrested");
                await Expect(page.GetByRole(AriaRole.Region, new() { Name = "In figures" })).ToBeVisibleAsync();
                break;
            case "home":
                await page.GotoAsync("/");
                await Expect(page.Locator(".release-summary").First).ToBeVisibleAsync();
                break;
            case "combined-feed":
                // The feed builder's lists hold the longest names there are: units.
                await page.GotoAsync("/feeds?category=child-protection&area=london");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your feed: Child protection in London" })).ToBeVisibleAsync();
                break;
            case "create-form":
                await page.GotoAsync("/admin/releases/create");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add a figure" }).ClickAsync();
                await Expect(page.Locator("#figures-0-label")).ToBeVisibleAsync();
                break;
            case "create-form-errors":
                await page.GotoAsync("/admin/releases/create");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add a key date" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" })).ToBeVisibleAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(screen), screen, "no such screen");
        }
    }
}
