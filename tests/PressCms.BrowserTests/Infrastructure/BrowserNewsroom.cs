using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Identity;
using PressCms.Core.Audit;
using PressCms.Core.People;
using PressCms.Data.Identity;
using PressCms.Web.Setup;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// A whole newsroom on a real loopback socket, so a real browser can open it: a fresh SQLite
/// file in a temporary folder and the real clock.
/// </summary>
public sealed class BrowserNewsroom : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.police.uk";
    public const string ApproverEmail = "approver@example.police.uk";

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "presscms-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The site's clock: it starts at the real time and moves only when a test moves it, so embargoes can be crossed to the millisecond.</summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Made fresh per run; never a default.</summary>
    public string AdminPassword { get; } = "Test-" + Guid.NewGuid().ToString("N")[..16] + "-Aa1";

    /// <summary>The loopback address Kestrel listens on, ending in a slash.</summary>
    public string Url => ClientOptions.BaseAddress.ToString();

    /// <summary>Starts Kestrel on a free port; until then the site is not listening.</summary>
    public BrowserNewsroom Start()
    {
        UseKestrel(0);
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("PressCms:DataPath", dataPath);
        builder.UseSetting("PressCms:Notifications:GoLiveInterval", "00:00:00");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, ErrorPageProbe>();
        });
    }

    /// <summary>Sets the site up from a recipe, as the setup page would.</summary>
    public async Task SetUpAsync(string recipe = "newsroom")
    {
        await using var scope = Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<SiteSetup>()
            .RunAsync(new SetupRequest("Metropolitan Newsroom", recipe, AdminEmail, AdminPassword), AuditChannels.Admin);
        Assert.Empty(errors);
        // The second person every approval needs, with the same throwaway password.
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        var approver = new PressUser { UserName = ApproverEmail, Email = ApproverEmail, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(approver, AdminPassword)).Succeeded);
        await users.AddToRoleAsync(approver, StaffRoles.Approver);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
