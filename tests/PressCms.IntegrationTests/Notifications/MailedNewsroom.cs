using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Notifications;
using PressCms.Web.Setup;

namespace PressCms.IntegrationTests.Notifications;

/// <summary>
/// A newsroom whose web nodes email a real SMTP server on loopback and run go-live work only when
/// the test says. Every node shares the NewsroomFactory's database and clock.
/// </summary>
public sealed class MailedNewsroom : IAsyncDisposable
{
    public const double EmergencyApprovalHours = 4;

    private readonly NewsroomFactory newsroom;
    private readonly Dictionary<string, string?> settings;

    public MailedNewsroom(string provider, Dictionary<string, string?>? overrides = null)
    {
        newsroom = new NewsroomFactory(provider);
        Sink = new SmtpSink();
        settings = new(Sink.Settings())
        {
            ["PressCms:Notifications:GoLiveInterval"] = "00:00:00",
            ["PressCms:Notifications:EmergencyApprovalHours"] = EmergencyApprovalHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }
        Node = AddNode();
    }

    public SmtpSink Sink { get; }

    /// <summary>The web node the officers use.</summary>
    public WebApplicationFactory<Program> Node { get; }

    public FakeTimeProvider Clock => newsroom.Clock;

    /// <summary>Another web node: its own host and services, the same database.</summary>
    public WebApplicationFactory<Program> AddNode() => newsroom.WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    });

    public Task<GoLiveOutcome> RunOnceAsync(WebApplicationFactory<Program>? node = null) =>
        (node ?? Node).Services.GetRequiredService<GoLiveProcessor>().RunOnceAsync();

    /// <summary>An empty newsroom with its administrator, an approver and an author.</summary>
    public async Task SetUpAsync()
    {
        await using var scope = Node.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<SiteSetup>()
            .RunAsync(new SetupRequest("Test newsroom", "empty", NewsroomFactory.AdminEmail, newsroom.AdminPassword), "admin");
        Assert.Empty(errors);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        foreach (var (email, role) in new[] { (NewsroomFactory.ApproverEmail, "Approver"), (NewsroomFactory.EditorEmail, "Author") })
        {
            var user = new PressUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, newsroom.AdminPassword)).Succeeded);
            await users.AddToRoleAsync(user, role);
        }
    }

    public async Task<AdminClient> SignInAsync(string email, WebApplicationFactory<Program>? node = null)
    {
        var client = new AdminClient((node ?? Node).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), ((node ?? Node).Services, () => Clock.GetUtcNow().UtcDateTime));
        await client.SignInAsync(email, newsroom.AdminPassword);
        return client;
    }

    public async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var scope = Node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.AsNoTracking()
            .Where(e => e.Action == action).OrderBy(e => e.Sequence).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // Disposes every node, then drops the database.
        try
        {
            await newsroom.DisposeAsync();
        }
        finally
        {
            await Sink.DisposeAsync();
        }
    }
}
