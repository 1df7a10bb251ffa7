using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Production;

/// <summary>Signing in and out of the production newsroom in Chromium, through nginx over HTTPS.</summary>
[Collection(ProductionCollection.Name)]
public sealed class ProductionSignInTests(ProductionNewsroomBrowser browser)
{
    [Fact]
    public async Task Should_sign_in_through_the_form_with_a_host_prefixed_secure_cookie_and_sign_out()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // The approver, not the administrator: signing out ends the account's sessions everywhere.
        await page.GotoAsync("/admin/my-work");
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(browser.Nginx.HttpsUrl) + "account/login\\?ReturnUrl="));
        await NewsroomBrowser.SignInAsync(page, browser.Newsroom, BrowserNewsroom.ApproverEmail);
        await Expect(page).ToHaveURLAsync(browser.Nginx.HttpsUrl + "admin/my-work");
        var signOut = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Sign out") });
        await Expect(signOut).ToBeVisibleAsync();

        var session = Assert.Single(await context.CookiesAsync(), c => c.Name.EndsWith("PressCms.Auth", StringComparison.Ordinal));
        Assert.Equal("__Host-PressCms.Auth", session.Name);
        Assert.True(session.Secure);
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.Equal("/", session.Path);

        await signOut.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out", Level = 1 })).ToBeVisibleAsync();
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "__Host-PressCms.Auth");
        await page.GotoAsync("/admin/my-work");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl="));
    }
}
