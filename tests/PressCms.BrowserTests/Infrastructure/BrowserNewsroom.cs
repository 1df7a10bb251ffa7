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
/// file in a temporary folder and the real clock. <see cref="BehindNginx"/> makes the one a force
/// runs instead: the Production environment behind nginx with the shipped configuration.
/// </summary>
public sealed class BrowserNewsroom(bool behindNginx = false) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.police.uk";
    public const string ApproverEmail = "approver@example.police.uk";

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "presscms-browser-tests", Guid.NewGuid().ToString("N"));

    private NginxProxy? nginx;

    /// <summary>Production, reached over HTTPS through nginx; what a force must set is set, and nothing else.</summary>
    public static BrowserNewsroom BehindNginx() => new(behindNginx: true);

    public bool IsBehindNginx => behindNginx;

    /// <summary>Behind nginx: the forwarded headers requests reached the site with.</summary>
    public ArrivingHeaders Arriving { get; } = new();

    /// <summary>nginx in front, once started.</summary>
    public NginxProxy Nginx => nginx ?? throw new InvalidOperationException("this newsroom is not behind nginx, or not started");

    /// <summary>The site's clock (not in Production, which keeps the system's): it starts at the real time and moves only when a test moves it, so embargoes can be crossed to the millisecond.</summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Made fresh per run; never a default.</summary>
    public string AdminPassword { get; } = "Test-" + Guid.NewGuid().ToString("N")[..16] + "-Aa1";

    /// <summary>Where readers reach the site, ending in a slash: nginx's HTTPS address, or Kestrel's loopback one.</summary>
    public string Url => nginx?.HttpsUrl ?? ClientOptions.BaseAddress.ToString();

    /// <summary>Starts Kestrel on a free port, and nginx in front when asked; until then the site is not listening.</summary>
    public BrowserNewsroom Start()
    {
        UseKestrel(0);
        StartServer();
        if (behindNginx)
        {
            nginx = NginxProxy.Start(ClientOptions.BaseAddress.Port);
        }
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PressCms:DataPath", dataPath);
        if (behindNginx)
        {
            builder.UseEnvironment("Production");
            // The host readers use; nginx on loopback is a trusted proxy without PressCms:Proxy.
            builder.UseSetting("AllowedHosts", NginxProxy.Host);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Arriving));
            return;
        }
        builder.UseEnvironment("Testing");
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
        nginx?.Dispose();
        await base.DisposeAsync();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
