using Microsoft.Extensions.DependencyInjection;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;
using PressCms.Web.Alerts;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>
/// The one window the outbox cannot close: the relay accepted an alert and the node died before
/// stamping it. The row is sent again when its lease ends, as the same message (same Message-ID),
/// so mail systems that drop duplicates drop it and mail programs show one.
/// </summary>
public sealed class AlertRedeliveryTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_send_an_alert_whose_stamp_was_lost_again_only_after_its_lease_and_as_the_same_message(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, "night-desk@example-news.co.uk");
        await journalist.SubscribeAndConfirmAsync();
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Man charged with burglary in Croydon");

        // A node claims the alert and hands it to the relay, then dies before stamping it.
        await using (var scope = newsroom.Node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            var now = newsroom.Clock.GetUtcNow().UtcDateTime;
            var claimed = await DueAlerts.ClaimAsync(db, now, 10, CancellationToken.None);
            claimed.ForEach(m => m.Claim(now + AlertSender.Lease));
            await db.SaveChangesAsync();
            var emails = await scope.ServiceProvider.GetRequiredService<AlertWriter>().WriteAsync(claimed, now, CancellationToken.None);
            var sent = await scope.ServiceProvider.GetRequiredService<AlertMailer>().SendAsync([.. emails.Select(e => e.Keyed)], CancellationToken.None);
            Assert.All(sent, Assert.Null);
        }
        Assert.Single(journalist.Alerts);

        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
        newsroom.Clock.Advance(AlertSender.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);

        var copies = journalist.Alerts;
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].MessageId, copies[1].MessageId);
        Assert.Matches("^alert-[0-9a-f]{32}@", copies[0].MessageId);
        // A different alert is a different message.
        await newsroom.PublishNowAsync(officer, approver, "Appeal after cyclist injured in Sutton");
        await newsroom.SendAlertsAsync();
        Assert.NotEqual(copies[0].MessageId, journalist.Alerts[^1].MessageId);
    }
}
