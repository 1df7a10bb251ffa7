using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PressCms.Data.Identity;
using PressCms.Web.Setup;

namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>
/// A whole newsroom in process: real Kestrel-free host, a real SQLite file in a fresh folder or a
/// fresh PostgreSQL database, and a clock the test controls.
/// </summary>
public sealed class NewsroomFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.police.uk";
    public const string EditorEmail = "editor@example.police.uk";
    public const string ApproverEmail = "approver@example.police.uk";

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "presscms-tests", Guid.NewGuid().ToString("N"));
    private readonly string? postgresDatabase;

    public NewsroomFactory(string provider)
    {
        Database.SkipUnlessAvailable(provider);
        Provider = provider;
        if (provider == Database.Postgres)
        {
            postgresDatabase = "presscms_test_" + Guid.NewGuid().ToString("N")[..12];
        }
    }

    public string Provider { get; }

    public string DataPath => dataPath;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Made fresh per run; never a default.</summary>
    public string AdminPassword { get; } = "Test-" + Guid.NewGuid().ToString("N")[..16] + "-Aa1";

    /// <summary>"Testing" (plain HTTP allowed) unless a test needs the configuration a force deploys.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Configuration a test sets, e.g. the proxies a deployment trusts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Services a test adds over the site's own, e.g. a counting decorator around a real one.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("PressCms:DataPath", dataPath);
        // Go-live side effects run when a test calls GoLiveProcessor.RunOnceAsync, never on a timer behind its back.
        builder.UseSetting("PressCms:Notifications:GoLiveInterval", "00:00:00");
        if (postgresDatabase is not null)
        {
            var cs = new NpgsqlConnectionStringBuilder(Database.PostgresConnectionString) { Database = postgresDatabase };
            builder.UseSetting("PressCms:Database:Provider", "Postgres");
            builder.UseSetting("PressCms:Database:ConnectionString", cs.ConnectionString);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>Sets the site up from a recipe, as the setup page would.</summary>
    public async Task SetUpAsync(string recipe = "newsroom")
    {
        await using var scope = Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<SiteSetup>()
            .RunAsync(new SetupRequest("Test newsroom", recipe, AdminEmail, AdminPassword), "admin");
        Assert.Empty(errors);
        // The second person every approval needs.
        await AddUserAsync(ApproverEmail, "Approver");
    }

    public async Task AddUserAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        var user = new PressUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, AdminPassword)).Succeeded);
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>The one-time code the setup page asks for, as the server's log shows it.</summary>
    public string SetupCode => Services.GetRequiredService<SetupCode>().Current;

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser with the officer's phone: cookies, forms, and an authenticator app for this site.</summary>
    /// Each comes from its own client address (as the trusted proxy reports it), as officers' browsers do, so
    /// tests signing many people in are not taken for one client guessing.
    public AdminClient Browser()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.18.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
        return new(client, (Services, () => Clock.GetUtcNow().UtcDateTime));
    }

    public async Task<AdminClient> SignInAsync(string email = AdminEmail)
    {
        var client = Browser();
        await client.SignInAsync(email, AdminPassword);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        // The database and folder go even when stopping a host throws, so no run leaves them behind.
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (postgresDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(Database.PostgresConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }
}
