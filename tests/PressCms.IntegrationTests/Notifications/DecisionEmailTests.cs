using System.Net;
using PressCms.Core.Audit;
using PressCms.Core.Workflow;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Notifications;

public sealed class DecisionEmailTests
{
    private const string Headline = "Appeal after burglary in Leyton";

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_email_approvers_on_submit_and_the_author_on_changes_requested_and_approval(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider);
        await newsroom.SetUpAsync();
        using var author = await newsroom.SignInAsync(NewsroomFactory.EditorEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        var edit = await author.CreateDraftAsync(f => f["Input.Headline"] = Headline);
        var id = Workflow.ReleaseId(edit);

        Assert.Equal(HttpStatusCode.Redirect, (await author.PressAsync(edit, "Submit")).StatusCode);
        var submitted = Assert.Single(newsroom.Sink.To(NewsroomFactory.ApproverEmail));
        Assert.Equal($"For approval: {Headline}", submitted.Subject);
        Assert.Contains($"{NewsroomFactory.EditorEmail} submitted \"{Headline}\" for approval", submitted.TextBody);
        Assert.Contains($"http://localhost:5000/admin/releases/{id}/edit", submitted.TextBody);
        Assert.Empty(newsroom.Sink.To(NewsroomFactory.EditorEmail));

        await approver.DecideAsync(id, "request-changes", new() { ["Comment"] = "Give the street, not the house number." });
        var changes = Assert.Single(newsroom.Sink.To(NewsroomFactory.EditorEmail));
        Assert.Equal($"Changes requested: {Headline}", changes.Subject);
        Assert.Contains("Give the street, not the house number.", changes.TextBody);
        Assert.Contains(NewsroomFactory.ApproverEmail, changes.TextBody);

        await author.PressAsync(edit, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, (await approver.DecideAsync(id, "approve", Workflow.AllChecked)).StatusCode);
        var approved = newsroom.Sink.To(NewsroomFactory.EditorEmail)[^1];
        Assert.Equal($"Approved: {Headline}", approved.Subject);
        Assert.Contains($"{NewsroomFactory.ApproverEmail} approved", approved.TextBody);

        Assert.Equal(2, newsroom.Sink.To(NewsroomFactory.ApproverEmail).Count);
        Assert.Empty(newsroom.Sink.To(NewsroomFactory.AdminEmail));
        Assert.All(newsroom.Sink.Messages, m =>
        {
            Assert.Equal("newsroom@example.police.uk", m.From.Mailboxes.Single().Address);
            Assert.DoesNotContain("Officers are appealing for witnesses", m.TextBody, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Should_keep_the_decision_and_answer_normally_when_the_mail_server_is_down()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, new() { ["PressCms:Email:Port"] = SmtpSink.ClosedPort() });
        await newsroom.SetUpAsync();
        using var author = await newsroom.SignInAsync(NewsroomFactory.EditorEmail);
        var edit = await author.CreateDraftAsync(f => f["Input.Headline"] = Headline);

        var response = await author.PressAsync(edit, "Submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await newsroom.AuditAsync(AuditActions.Of(Transition.Submit)));
        Assert.Contains("In review", await author.GetPageAsync(edit), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(newsroom.Sink.Messages);
    }
}
