using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Alerts;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>The two brakes on alert email: what one node sends a minute, and what one address may ask for through the public form.</summary>
public sealed class AlertRateLimitTests
{
    private const int MaxPerMinute = 3;
    private const int Subscribers = 5;

    // README: "subscribing is rate limited to 10 posts per IP address per 15 minutes (policy alerts-subscribe)".
    private const int SubscribePostsPerWindow = 10;

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_send_no_more_than_MaxPerMinute_alerts_a_minute_and_the_rest_exactly_once_when_the_minute_is_over(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, new(AlertsTestExtensions.ManualSending)
        {
            ["PressCms:Alerts:MaxPerMinute"] = MaxPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await newsroom.SetUpAsync();
        var journalists = Enumerable.Range(1, Subscribers).Select(i => new Journalist(newsroom, $"reporter{i}@example-news.co.uk")).ToList();
        try
        {
            foreach (var journalist in journalists)
            {
                // Confirmations share the limit: a fresh minute for each keeps this setup out of the way.
                newsroom.Clock.Advance(TimeSpan.FromMinutes(1));
                await journalist.SubscribeAndConfirmAsync();
            }
            newsroom.Clock.Advance(TimeSpan.FromMinutes(1));
            using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
            using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
            await newsroom.PublishNowAsync(officer, approver, "Appeal after warehouse fire in Barking");
            Assert.Equal(Subscribers, await UnsentAlertsAsync(newsroom));

            Assert.Equal(MaxPerMinute, (await newsroom.SendAlertsAsync()).Sent);
            Assert.Equal(MaxPerMinute, journalists.Sum(j => j.Alerts.Count));
            Assert.Equal(Subscribers - MaxPerMinute, await UnsentAlertsAsync(newsroom));

            // The window is a sliding minute, not one pass: a pass 59 seconds later still sends nothing.
            newsroom.Clock.Advance(TimeSpan.FromSeconds(59));
            Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
            Assert.Equal(MaxPerMinute, journalists.Sum(j => j.Alerts.Count));

            newsroom.Clock.Advance(TimeSpan.FromSeconds(2));
            Assert.Equal(Subscribers - MaxPerMinute, (await newsroom.SendAlertsAsync()).Sent);
            Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
            newsroom.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);

            Assert.Equal(0, await UnsentAlertsAsync(newsroom));
            Assert.All(journalists, j => Assert.Equal("Appeal after warehouse fire in Barking", Assert.Single(j.Alerts).Subject));
        }
        finally
        {
            journalists.ForEach(j => j.Dispose());
        }
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_refuse_subscribing_past_the_limit_from_one_address_and_create_and_send_nothing_for_the_refused(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var browser = new Journalist(newsroom, "reporter@example-news.co.uk");
        var addresses = Enumerable.Range(1, SubscribePostsPerWindow + 5).Select(i => $"reporter{i}@example-news.co.uk").ToList();

        var answers = new List<HttpStatusCode>();
        foreach (var address in addresses)
        {
            answers.Add((await browser.SubscribeAsync(typed: address)).StatusCode);
        }

        HttpStatusCode[] expected = [.. Enumerable.Repeat(HttpStatusCode.Redirect, SubscribePostsPerWindow), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)];
        Assert.Equal(expected, answers);
        // Only posts count: the form itself still opens.
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/alerts/subscribe")).StatusCode);
        await using (var scope = newsroom.Node.Services.CreateAsyncScope())
        {
            var subscribed = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Subscriptions.AsNoTracking().Select(s => s.Email).ToListAsync();
            Assert.Equal(addresses.Take(SubscribePostsPerWindow).Order(), subscribed.Order());
        }
        Assert.Equal(SubscribePostsPerWindow, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(addresses.Take(SubscribePostsPerWindow).Order(), newsroom.Sink.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
    }

    [Fact]
    public async Task Should_tell_a_person_refused_by_the_subscribe_limit_to_try_again_later()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var browser = new Journalist(newsroom, "reporter@example-news.co.uk");
        for (var i = 1; i <= SubscribePostsPerWindow; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.SubscribeAsync(typed: $"reporter{i}@example-news.co.uk")).StatusCode);
        }

        var refused = await browser.SubscribeAsync(typed: "one-too-many@example-news.co.uk");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("try again", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("within 15 minutes", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The window's length: an upper bound a client can wait out.
        Assert.Equal(TimeSpan.FromMinutes(15), refused.Headers.RetryAfter?.Delta);
    }

    private static async Task<int> UnsentAlertsAsync(MailedNewsroom newsroom)
    {
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        // Unsent and still due: waiting for the next minute, not dropped.
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AlertOutbox.AsNoTracking()
            .CountAsync(m => m.Kind == AlertKind.GoLive && m.SentUtc == null && m.DueUtc != null);
    }
}
