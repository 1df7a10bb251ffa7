using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Notifications;

namespace PressCms.IntegrationTests.Notifications;

public sealed class GoLiveTests
{
    // 09:00 UTC on 28 November is 09:00 in London (GMT); the embargo lifts at 10:30.
    private static readonly Dictionary<string, string> AtHalfPastTen = new()
    {
        ["Timing"] = "at", ["PublishDate.Day"] = "28", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "10:30",
    };

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_email_the_author_once_when_a_scheduled_release_goes_live_and_not_a_millisecond_before(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider);
        await newsroom.SetUpAsync();
        using var author = await newsroom.SignInAsync(NewsroomFactory.EditorEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        using var publisher = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        var edit = await author.CreateDraftAsync(f => f["Input.Headline"] = "Man charged with robbery in Hackney");
        var id = Workflow.ReleaseId(edit);
        await author.PressAsync(edit, "Submit");
        await approver.DecideAsync(id, "approve", Workflow.AllChecked);
        await publisher.DecideAsync(id, "publish", AtHalfPastTen);

        newsroom.Clock.Advance(TimeSpan.FromMinutes(90) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(new GoLiveOutcome(0, 0), await newsroom.RunOnceAsync());
        Assert.Empty(NowLive(newsroom.Sink, NewsroomFactory.EditorEmail));

        newsroom.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(new GoLiveOutcome(1, 0), await newsroom.RunOnceAsync());
        Assert.Equal(new GoLiveOutcome(0, 0), await newsroom.RunOnceAsync());

        var email = Assert.Single(NowLive(newsroom.Sink, NewsroomFactory.EditorEmail));
        Assert.Equal("Now live: Man charged with robbery in Hackney", email.Subject);
        Assert.Contains("went live on 28 November 2026 at 10:30", email.TextBody);
        Assert.Contains($"/admin/releases/{id}/edit", email.TextBody);
        var audit = Assert.Single(await newsroom.AuditAsync(AuditActions.ReleaseWentLive));
        Assert.Equal((id, "system", AuditChannels.System), (audit.ReleaseId, audit.Actor, audit.Channel));
    }

    [Fact]
    public async Task Should_handle_each_release_going_live_exactly_once_when_two_web_nodes_share_one_postgresql_database()
    {
        if (Database.PostgresConnectionString is null)
        {
            Assert.Skip("Two web nodes need one shared PostgreSQL database: set PRESSCMS_TEST_POSTGRES (CI does)");
        }
        const int releases = 8;
        await using var newsroom = new MailedNewsroom(Database.Postgres);
        await newsroom.SetUpAsync();
        var secondNode = newsroom.AddNode();
        _ = secondNode.Services;
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        var ids = new List<string>();
        for (var i = 1; i <= releases; i++)
        {
            var edit = await officer.CreateDraftAsync(f => f["Input.Headline"] = $"Release going live on two nodes {i}");
            await officer.PublishThroughReviewAsync(approver, edit, AtHalfPastTen);
            ids.Add(Workflow.ReleaseId(edit));
        }
        newsroom.Clock.Advance(TimeSpan.FromHours(2));

        var passes = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => Task.Run(() => newsroom.RunOnceAsync(i % 2 == 0 ? newsroom.Node : secondNode))));

        Assert.Equal(releases, passes.Sum(p => p.WentLive));
        var audit = await newsroom.AuditAsync(AuditActions.ReleaseWentLive);
        Assert.Equal(ids.Order(), audit.Select(e => e.ReleaseId!).Order());
        var emails = NowLive(newsroom.Sink, NewsroomFactory.AdminEmail);
        Assert.Equal(releases, emails.Count);
        Assert.Equal(releases, emails.Select(m => m.Subject).Distinct().Count());
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        var trail = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Null(AuditChain.FirstBreak(trail));
    }

    private static List<MimeKit.MimeMessage> NowLive(SmtpSink sink, string to) =>
        [.. sink.To(to).Where(m => m.Subject?.StartsWith("Now live:", StringComparison.Ordinal) == true)];
}
