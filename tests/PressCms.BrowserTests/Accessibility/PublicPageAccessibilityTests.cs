using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class PublicPageAccessibilityTests(NewsroomBrowser browser)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/news/operation-legatum-38-arrested", 200)]
    [InlineData("/operations/operation-legatum", 200)]
    [InlineData("/categories/child-protection", 200)]
    [InlineData("/units/ocsae", 200)]
    [InlineData("/areas/london", 200)]
    [InlineData("/feeds", 200)]
    [InlineData("/feeds?category=child-protection&area=london", 200)]
    [InlineData("/feeds?area=london&area=hackney", 200)]
    [InlineData("/alerts/subscribe?topic=category:child-protection,area:london", 200)]
    [InlineData("/alerts/subscribe?topic=category:child-protection", 200)]
    [InlineData("/no-such-page", 404)]
    [InlineData(ErrorPageProbe.Path, 500)]
    [InlineData("/error", 404)]
    public async Task Should_have_no_serious_accessibility_problem_on_a_public_page(string path, int status)
    {
        await using var reader = await browser.NewContextAsync();
        var page = await reader.NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal(status, response?.Status);
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }
}
