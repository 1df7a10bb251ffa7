using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using PressCms.Core.Audit;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Production;

/// <summary>
/// Passkeys (WebAuthn) as the second factor, in Chromium with its virtual authenticator (a platform
/// authenticator that holds discoverable credentials and verifies the user), through nginx over
/// HTTPS at https://news.localhost, since a passkey is bound to a real host name and a secure origin.
/// </summary>
[Collection(ProductionCollection.Name)]
public sealed class PasskeyTests(ProductionNewsroomBrowser browser)
{
    [Fact]
    public async Task Should_set_up_a_passkey_at_first_sign_in_and_then_sign_in_with_it_alone_or_after_the_password()
    {
        await using var context = await browser.NewContextAsync();
        var email = await NewOfficerAsync();
        var page = await context.NewPageAsync();
        await AddAuthenticatorAsync(context, page);

        await page.GotoAsync("/account/login");
        await PasswordAsync(page, email);
        await Expect(page).ToHaveURLAsync(new Regex("/account/enrol"));
        await page.GetByLabel("Name for this passkey (optional)").FillAsync("Work laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up a passkey and sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keep your recovery codes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Your passkey is set up.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I have kept them: continue" }).ClickAsync();
        await Expect(SignOut(page)).ToBeVisibleAsync();

        await using (var scope = browser.Newsroom.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var passkey = Assert.Single(await users.GetPasskeysAsync(user));
            Assert.Equal("Work laptop", passkey.Name);
            Assert.True(passkey.IsUserVerified);
            Assert.True(await users.GetTwoFactorEnabledAsync(user));
            Assert.Null(await users.GetAuthenticatorKeyAsync(user));
            Assert.Equal(10, await users.CountRecoveryCodesAsync(user));
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            Assert.Contains(await db.AuditTrail.Where(e => e.Actor == email).Select(e => e.Action + " " + e.Detail).ToListAsync(),
                a => a == AuditActions.SecondFactorEnrolled + " passkey \"Work laptop\"");
        }

        // The passkey alone: no password, no code.
        await SignOut(page).ClickAsync();
        await page.GotoAsync("/admin/my-work");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Nginx.HttpsUrl + "admin/my-work");
        await Expect(SignOut(page)).ToBeVisibleAsync();

        // After the password, the passkey is the second step; there is no app, so no code from one is asked for.
        await SignOut(page).ClickAsync();
        await page.GotoAsync("/account/login");
        await PasswordAsync(page, email);
        await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Use your passkey", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Code from your authenticator app")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Recovery code")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use your passkey" }).ClickAsync();
        await Expect(SignOut(page)).ToBeVisibleAsync();

        // The only second factor cannot be removed.
        await page.GotoAsync("/account/security");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Work laptop", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey Work laptop" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert, new() { Name = "There is a problem" })).ToContainTextAsync("only second factor");
        await using (var scope = browser.Newsroom.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            Assert.Single(await users.GetPasskeysAsync((await users.FindByEmailAsync(email))!));
        }
    }

    [Fact]
    public async Task Should_add_a_passkey_beside_the_app_use_it_remove_it_and_lose_every_passkey_when_an_administrator_resets_the_second_factor()
    {
        await using var context = await browser.NewContextAsync();
        var email = await NewOfficerAsync();
        var page = await context.NewPageAsync();
        await AddAuthenticatorAsync(context, page);
        await page.GotoAsync("/account/login");
        await NewsroomBrowser.SignInAsync(page, browser.Newsroom, email);
        await Expect(SignOut(page)).ToBeVisibleAsync();

        await page.GotoAsync("/account/security");
        await Expect(page.GetByText("You have no passkeys.")).ToBeVisibleAsync();
        await page.GetByLabel("Name for this passkey (optional)").FillAsync("Phone <b>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Passkey \"Phone <b>\" added.");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Phone <b>", Exact = true })).ToBeVisibleAsync();

        // With an app and a passkey, the second step offers both.
        await SignOut(page).ClickAsync();
        await page.GotoAsync("/account/login");
        await PasswordAsync(page, email);
        await Expect(page.GetByLabel("Code from your authenticator app")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use your passkey" }).ClickAsync();
        await Expect(SignOut(page)).ToBeVisibleAsync();

        // The app remains, so the passkey may go.
        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey Phone <b>" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("removed");
        await Expect(page.GetByText("You have no passkeys.")).ToBeVisibleAsync();
        await page.GetByLabel("Name for this passkey (optional)").FillAsync("Phone again");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Phone again", Exact = true })).ToBeVisibleAsync();

        // A lost phone: the administrator's reset takes the passkeys too, and the session ends.
        await using (var admin = await browser.NewAdminContextAsync())
        {
            var adminPage = await admin.NewPageAsync();
            await adminPage.GotoAsync("/admin/users");
            await adminPage.GetByRole(AriaRole.Button, new() { Name = "Reset second factor of " + email }).ClickAsync();
            await Expect(adminPage.GetByRole(AriaRole.Status)).ToContainTextAsync(email);
        }
        await using (var scope = browser.Newsroom.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.Empty(await users.GetPasskeysAsync(user));
            Assert.False(await users.GetTwoFactorEnabledAsync(user));
        }
        await page.GotoAsync("/account/security");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert, new() { Name = "There is a problem" })).ToContainTextAsync("did not sign you in");
        await Expect(SignOut(page)).ToHaveCountAsync(0);
    }

    private static ILocator SignOut(IPage page) => page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Sign out") });

    private async Task PasswordAsync(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(browser.Newsroom.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>An officer of their own for each test, with the shared throwaway password and no second factor yet.</summary>
    private async Task<string> NewOfficerAsync()
    {
        var email = $"passkey-{Guid.NewGuid():N}"[..20] + "@example.police.uk";
        await using var scope = browser.Newsroom.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        var user = new PressUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, browser.Newsroom.AdminPassword)).Succeeded);
        await users.AddToRoleAsync(user, StaffRoles.Author);
        return email;
    }

    /// <summary>Chromium's virtual authenticator, as a laptop's built-in one: it keeps passkeys and checks the person (user verification).</summary>
    private static async Task AddAuthenticatorAsync(IBrowserContext context, IPage page)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        var added = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        Assert.True(added is JsonElement { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("authenticatorId", out _));
    }
}
