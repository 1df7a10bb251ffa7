using Microsoft.Playwright;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// One set-up newsroom and one Chromium shared by every browser test: starting either takes
/// seconds, and each test still gets its own browser context (cookies, storage, viewport).
/// Not sealed only for <see cref="ProductionNewsroomBrowser"/>, the same on the production newsroom.
/// </summary>
public class NewsroomBrowser : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? unavailable;
    private string? nginxMissing;
    private string? adminState;

    public NewsroomBrowser()
        : this(new BrowserNewsroom())
    {
    }

    protected NewsroomBrowser(BrowserNewsroom newsroom) => Newsroom = newsroom;

    public BrowserNewsroom Newsroom { get; }

    /// <summary>nginx in front of the newsroom; skips the test when nginx cannot run (fails it in CI).</summary>
    public NginxProxy Nginx
    {
        get
        {
            if (nginxMissing is not null)
            {
                Infrastructure.Nginx.Unavailable(nginxMissing);
            }
            return Newsroom.Nginx;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (Newsroom.IsBehindNginx && Infrastructure.Nginx.Missing is { } missing)
        {
            nginxMissing = missing;
            return;
        }
        if (!Chromium.IsInstalled)
        {
            unavailable = $"Chromium not found at {Chromium.ExecutablePath}";
            // The tests through nginx that need no browser still run.
            if (Newsroom.IsBehindNginx)
            {
                Newsroom.Start();
                await Newsroom.SetUpAsync();
            }
            return;
        }
        // Generous, not slow: the first request of each page compiles it on a 2-core machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        Newsroom.Start();
        await Newsroom.SetUpAsync();
        adminState = await SignInOnceAsync();
    }

    /// <summary>A fresh browser context on the newsroom; skips the test when there is no Chromium.</summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null) => NewContextAsync(Newsroom, viewport, storageState: null);

    /// <summary>A fresh context already signed in as the administrator (signing in again each time would hit the login rate limit).</summary>
    public Task<IBrowserContext> NewAdminContextAsync(ViewportSize? viewport = null) => NewContextAsync(Newsroom, viewport, adminState);

    /// <summary>A fresh context on another site, such as one not yet set up.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewsroom site, ViewportSize? viewport, string? storageState)
    {
        if (nginxMissing is not null)
        {
            Infrastructure.Nginx.Unavailable(nginxMissing);
        }
        if (browser is null)
        {
            Chromium.Unavailable(unavailable ?? "the browser did not start");
        }
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Url,
            ViewportSize = viewport ?? Desktop,
            StorageState = storageState,
            Locale = "en-GB",
            // Behind nginx the certificate is made by the test; HTTP clients pin it, the browser is told to take it.
            IgnoreHTTPSErrors = site.IsBehindNginx,
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>
    /// Signs in through the login form, as a person does, and keeps the cookies: the password, then
    /// the code their authenticator app shows (setting the app up from the page's key the first time).
    /// </summary>
    public static async Task SignInAsync(IPage page, BrowserNewsroom newsroom, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(newsroom.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/(enrol|two-factor)"));
        if (page.Url.Contains("/account/enrol", StringComparison.Ordinal))
        {
            var key = await page.Locator("code.authenticator-key").InnerTextAsync();
            await page.GetByLabel("Code from the app").FillAsync(PressCms.Tests.Shared.StaffCodes.ForKey(key, newsroom.Clock.GetUtcNow().UtcDateTime));
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and sign in" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "I have kept them: continue" }).ClickAsync();
            return;
        }
        var code = await PressCms.Tests.Shared.StaffCodes.NextAsync(newsroom.Services, email, newsroom.Clock.GetUtcNow().UtcDateTime);
        await page.GetByLabel("Code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    private async Task<string> SignInOnceAsync()
    {
        await using var context = await NewContextAsync(Newsroom, Desktop, storageState: null);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await SignInAsync(page, Newsroom, BrowserNewsroom.AdminEmail);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Sign out") })).ToBeVisibleAsync();
        return await context.StorageStateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        await Newsroom.DisposeAsync();
    }
}
