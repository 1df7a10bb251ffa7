using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>Journalists' addresses are kept only while needed; finished alerts are purged without ever being sent again.</summary>
public sealed class AlertRetentionTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_delete_unconfirmed_and_unsubscribed_addresses_and_old_alerts_in_their_time(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var staying = new Journalist(newsroom, "staying@example-news.co.uk");
        using var leaving = new Journalist(newsroom, "leaving@example-news.co.uk");
        using var silent = new Journalist(newsroom, "never-confirmed@example-news.co.uk");
        await staying.SubscribeAndConfirmAsync();
        await leaving.SubscribeAndConfirmAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await silent.SubscribeAsync()).StatusCode);
        Assert.Equal(1, (await newsroom.SendAlertsAsync()).Sent);
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Man charged with robbery in Hackney");
        Assert.Equal(2, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(HttpStatusCode.OK, (await leaving.OneClickUnsubscribeAsync(Assert.Single(leaving.Alerts))).StatusCode);

        newsroom.Clock.Advance(TimeSpan.FromDays(8));
        await newsroom.SendAlertsAsync();
        Assert.Equal(["leaving@example-news.co.uk", "staying@example-news.co.uk"], await AddressesAsync(newsroom));

        newsroom.Clock.Advance(TimeSpan.FromDays(23));
        await newsroom.SendAlertsAsync();
        Assert.Equal(["staying@example-news.co.uk"], await AddressesAsync(newsroom));
        Assert.Equal(2, await OutboxRowsAsync(newsroom));

        newsroom.Clock.Advance(TimeSpan.FromDays(60));
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(["staying@example-news.co.uk"], await AddressesAsync(newsroom));
        Assert.Equal(0, await OutboxRowsAsync(newsroom));
        // Purged is not forgotten: nothing goes out again.
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Single(staying.Alerts);
    }

    private static async Task<List<string>> AddressesAsync(MailedNewsroom newsroom)
    {
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Subscriptions.Select(s => s.Email).OrderBy(e => e).ToListAsync();
    }

    private static async Task<int> OutboxRowsAsync(MailedNewsroom newsroom)
    {
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AlertOutbox.CountAsync();
    }
}
