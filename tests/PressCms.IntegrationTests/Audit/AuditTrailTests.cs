using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Cli;

namespace PressCms.IntegrationTests.Audit;

public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_record_setup_sign_ins_edits_and_publication_in_one_verifiable_chain(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        // Sub-millisecond times: PostgreSQL keeps microseconds, .NET ticks are 100 ns; the chain must survive the round trip.
        factory.Clock.Advance(TimeSpan.FromTicks(1_234_567));
        await factory.SetUpAsync();
        using var stranger = new AdminClient(factory.Anonymous());
        await stranger.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = "intruder@example.com", ["Password"] = "guess-guess-guess" });
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => f["Input.Headline"] = "Audited appeal");
        await factory.PublishThroughReviewAsync(admin, edit);

        var entries = await EntriesAsync(factory);

        Assert.Equal(
            [
                AuditActions.RecipeApplied, AuditActions.SiteSetUp, AuditActions.SignInFailed, AuditActions.SecondFactorEnrolled, AuditActions.SignedIn,
                AuditActions.ReleaseCreated, AuditActions.SecondFactorEnrolled, AuditActions.SignedIn, AuditActions.Of(Transition.Submit),
                AuditActions.Of(Transition.Approve), AuditActions.ReleasePublished,
            ],
            entries.Select(e => e.Action));
        Assert.Equal("intruder@example.com", entries[2].Actor);
        Assert.Equal(NewsroomFactory.ApproverEmail, entries[9].Actor);
        Assert.Equal(NewsroomFactory.AdminEmail, entries[10].Actor);
        Assert.Equal(entries[5].ReleaseId, entries[10].ReleaseId);
        Assert.Null(AuditChain.FirstBreak(entries));
        var audit = await admin.GetPageAsync("/admin/audit");
        Assert.Contains("The chain holds: all 11 entries", audit);
        Assert.Contains("intruder@example.com", audit);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_refuse_to_change_or_delete_an_entry_in_the_database(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditTrail\" SET \"Detail\" = 'nothing' WHERE \"Sequence\" = 1"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditTrail\""));
        Assert.Equal(2, await db.AuditTrail.CountAsync());
    }

    [Fact]
    public async Task Should_point_audit_verify_at_the_first_altered_entry()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using (await factory.SignInAsync())
        {
        }
        Assert.Equal(0, await VerifyAsync(factory));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Someone with direct access to the database file removes the guard and rewrites history.
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditTrail_NoUpdate");
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditTrail SET Actor = 'someone-else@example.police.uk' WHERE Sequence = 2");
        }

        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(factory.Services, ["audit", "verify"], TextWriter.Null, error);

        Assert.Equal(1, code);
        Assert.Contains("broken at entry 2", error.ToString());
    }

    private static async Task<int> VerifyAsync(NewsroomFactory factory) =>
        await CommandLine.RunAsync(factory.Services, ["audit", "verify"], TextWriter.Null, TextWriter.Null);

    private static async Task<List<AuditEntry>> EntriesAsync(NewsroomFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }
}
