using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AdminPageAccessibilityTests(NewsroomBrowser browser)
{
    [Theory]
    [InlineData("/account/login", "Sign in", false)]
    [InlineData("/admin/releases", "Releases", true)]
    [InlineData("/admin/releases/create", "New release", true)]
    [InlineData("/admin/my-work", "My work", true)]
    [InlineData("/admin/media", "Images", true)]
    [InlineData("/admin/users", "Users", true)]
    [InlineData("/admin/audit", "Audit trail", true)]
    [InlineData("/admin/releases/met-2020-05-operation-legatum/history", "History", true)]
    [InlineData("/admin/releases/met-2020-05-operation-legatum/decide/withdraw", "Withdraw", true)]
    public async Task Should_have_no_serious_accessibility_problem_on_an_admin_page(string path, string heading, bool signedIn)
    {
        await using var context = signedIn ? await browser.NewAdminContextAsync() : await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Should_have_no_serious_accessibility_problem_on_the_edit_form()
    {
        await using var context = await browser.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/releases?q=online+groomers");

        await page.GetByRole(AriaRole.Link, new() { Name = "38 suspected online groomers arrested in London" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit release", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Headline", new() { Exact = true })).ToHaveValueAsync("38 suspected online groomers arrested in London");
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Should_have_no_serious_accessibility_problem_on_the_create_form_showing_errors()
    {
        await using var context = await browser.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/releases/create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a figure" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a quote" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a key date" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" })).ToBeVisibleAsync();
        await Expect(page.Locator(".error-message")).Not.ToHaveCountAsync(0);
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Should_have_no_serious_accessibility_problem_on_the_review_screen_with_a_refused_approval()
    {
        await using var context = await browser.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/releases/create");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync("Witness appeal after a collision in Lambeth");
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("Officers are appealing for witnesses.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit$"));
        await page.GotoAsync(page.Url.Replace("/edit", "/decide/approve", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Approve", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" })).ToBeVisibleAsync();
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Should_have_no_serious_accessibility_problem_on_the_setup_page_of_a_new_site()
    {
        await using var site = new BrowserNewsroom().Start();
        await using var context = await browser.NewContextAsync(site, NewsroomBrowser.Desktop, storageState: null);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(site.Url + "setup");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up your newsroom", Level = 1 })).ToBeVisibleAsync();
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }
}
