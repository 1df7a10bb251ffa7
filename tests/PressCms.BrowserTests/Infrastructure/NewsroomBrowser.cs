using Microsoft.Playwright;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// One set-up newsroom and one Chromium shared by every browser test: starting either takes
/// seconds, and each test still gets its own browser context (cookies, storage, viewport).
/// </summary>
public sealed class NewsroomBrowser : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? unavailable;
    private string? adminState;

    public BrowserNewsroom Newsroom { get; } = new();

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            unavailable = $"Chromium not found at {Chromium.ExecutablePath}";
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
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>Signs in through the login form, as a person does, and keeps the cookies.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private async Task<string> SignInOnceAsync()
    {
        await using var context = await NewContextAsync(Newsroom, Desktop, storageState: null);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await SignInAsync(page, BrowserNewsroom.AdminEmail, Newsroom.AdminPassword);
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
