using PressCms.Core.Audit;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Notifications;

namespace PressCms.IntegrationTests.Notifications;

public sealed class EmergencyEscalationTests
{
    private const string Reason = "Missing child: the family asked us to appeal tonight";
    private static readonly TimeSpan Wait = TimeSpan.FromHours(MailedNewsroom.EmergencyApprovalHours);

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_email_approvers_once_when_an_emergency_publication_waits_longer_than_the_configured_hours(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider);
        await newsroom.SetUpAsync();
        using var publisher = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        var edit = await publisher.CreateDraftAsync(f => f["Input.Headline"] = "Missing girl, 12, last seen in Walthamstow");
        var id = Workflow.ReleaseId(edit);
        await publisher.DecideAsync(id, "emergency-publish", new() { ["Comment"] = Reason });

        Assert.Equal(new GoLiveOutcome(1, 0), await newsroom.RunOnceAsync());
        newsroom.Clock.Advance(Wait - TimeSpan.FromMilliseconds(1));
        Assert.Equal(new GoLiveOutcome(0, 0), await newsroom.RunOnceAsync());
        Assert.Empty(newsroom.Sink.To(NewsroomFactory.ApproverEmail));

        newsroom.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(new GoLiveOutcome(0, 1), await newsroom.RunOnceAsync());
        newsroom.Clock.Advance(Wait);
        Assert.Equal(new GoLiveOutcome(0, 0), await newsroom.RunOnceAsync());

        var escalation = Assert.Single(newsroom.Sink.To(NewsroomFactory.ApproverEmail));
        Assert.Equal("Still awaiting approval: Missing girl, 12, last seen in Walthamstow", escalation.Subject);
        Assert.Contains(Reason, escalation.TextBody);
        Assert.Contains($"{NewsroomFactory.AdminEmail} published", escalation.TextBody);
        Assert.Contains($"/admin/releases/{id}/edit", escalation.TextBody);
        Assert.DoesNotContain(newsroom.Sink.To(NewsroomFactory.AdminEmail), m => m.Subject?.StartsWith("Still awaiting", StringComparison.Ordinal) == true);
        var audit = Assert.Single(await newsroom.AuditAsync(AuditActions.ReleaseEscalated));
        Assert.Equal((id, "system", AuditChannels.System), (audit.ReleaseId, audit.Actor, audit.Channel));
    }

    [Fact]
    public async Task Should_not_escalate_an_emergency_publication_approved_in_time()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite);
        await newsroom.SetUpAsync();
        using var publisher = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        var edit = await publisher.CreateDraftAsync(f => f["Input.Headline"] = "Road closed after serious collision");
        var id = Workflow.ReleaseId(edit);
        await publisher.DecideAsync(id, "emergency-publish", new() { ["Comment"] = Reason });

        newsroom.Clock.Advance(Wait - TimeSpan.FromMinutes(1));
        await approver.DecideAsync(id, "approve-retrospectively", Workflow.AllChecked);
        newsroom.Clock.Advance(Wait);

        Assert.Equal(0, (await newsroom.RunOnceAsync()).Escalated);
        Assert.Empty(newsroom.Sink.To(NewsroomFactory.ApproverEmail));
        Assert.Empty(await newsroom.AuditAsync(AuditActions.ReleaseEscalated));
    }
}
