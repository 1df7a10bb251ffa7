using System.Net;
using Microsoft.AspNetCore.Hosting;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;
using PressCms.Web.Notifications;

namespace PressCms.IntegrationTests.Alerts;

public sealed class AlertTests
{
    private const string Reporter = "reporter@example-news.co.uk";

    // 09:00 UTC on 28 November is 09:00 in London (GMT); the embargo lifts at 10:30.
    private static readonly Dictionary<string, string> AtHalfPastTen = new()
    {
        ["Timing"] = "at", ["PublishDate.Day"] = "28", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "10:30",
    };

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_alert_a_confirmed_subscriber_once_with_one_click_unsubscribe_when_a_scheduled_release_goes_live_and_not_before(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        await journalist.SubscribeAndConfirmAsync();
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        var edit = await officer.CreateDraftAsync(f => f["Input.Headline"] = "Man charged with robbery in Hackney");
        await officer.PublishThroughReviewAsync(approver, edit, AtHalfPastTen);

        newsroom.Clock.Advance(TimeSpan.FromMinutes(89));
        await newsroom.RunOnceAsync();
        await newsroom.SendAlertsAsync();
        Assert.Empty(journalist.Alerts);

        newsroom.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await newsroom.RunOnceAsync()).WentLive);
        Assert.Equal(1, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
        // A restarted node on the same database finds nothing left to send.
        var restarted = newsroom.AddNode();
        Assert.Equal(0, (await newsroom.SendAlertsAsync(restarted)).Sent);

        var alert = Assert.Single(journalist.Alerts);
        Assert.Equal("Man charged with robbery in Hackney", alert.Subject);
        Assert.Contains("/news/", alert.TextBody);
        Assert.Contains("/alerts/manage/", alert.TextBody);
        Assert.Matches("^<https?://.+/alerts/unsubscribe/[A-Za-z0-9_-]+>$", alert.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", alert.Headers["List-Unsubscribe-Post"]);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_keep_an_alert_the_relay_refused_and_send_it_exactly_once_later(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        await journalist.SubscribeAndConfirmAsync();
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Appeal after burglary in Camden");
        var relayDown = newsroom.AddNode().WithWebHostBuilder(b => b.UseSetting("PressCms:Email:Port", "1"));

        var failed = await newsroom.SendAlertsAsync(relayDown);
        Assert.Equal((0, 1), (failed.Sent, failed.Failed));
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);
        newsroom.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(0, (await newsroom.SendAlertsAsync(newsroom.AddNode())).Sent);

        Assert.Equal("Appeal after burglary in Camden", Assert.Single(journalist.Alerts).Subject);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_send_one_more_alert_marked_as_a_correction_when_a_live_release_is_corrected(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        await journalist.SubscribeAndConfirmAsync();
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        var edit = await newsroom.PublishNowAsync(officer, approver, "Five arrested in drugs raids");
        await newsroom.SendAlertsAsync();

        newsroom.Clock.Advance(TimeSpan.FromMinutes(30));
        var saved = await officer.PressAsync(edit, "Save", f => f["Input.Headline"] = "Six arrested in drugs raids");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await officer.PublishThroughReviewAsync(approver, edit, new() { ["Kind"] = "correction", ["Correction"] = "corrected the number of people arrested" });
        await newsroom.RunOnceAsync();
        var outcome = await newsroom.SendAlertsAsync();
        Assert.Equal((1, 1), (outcome.Queued, outcome.Sent));
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);

        Assert.Equal(["Five arrested in drugs raids", "Correction: Six arrested in drugs raids"], journalist.Alerts.Select(m => m.Subject));
        Assert.Contains("CORRECTION: corrected the number of people arrested", journalist.Alerts[1].TextBody);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_send_nothing_more_after_a_one_click_unsubscribe(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        await journalist.SubscribeAndConfirmAsync();
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Witness appeal after collision");
        await newsroom.SendAlertsAsync();

        var unsubscribed = await journalist.OneClickUnsubscribeAsync(Assert.Single(journalist.Alerts));
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        await newsroom.PublishNowAsync(officer, approver, "Second witness appeal");
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);

        Assert.Single(journalist.Alerts);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_send_an_unconfirmed_address_nothing_but_the_confirmation(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        Assert.Equal(HttpStatusCode.Redirect, (await journalist.SubscribeAsync()).StatusCode);
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Missing teenager found safe");
        await newsroom.SendAlertsAsync();

        var only = Assert.Single(journalist.Inbox);
        Assert.StartsWith("Confirm your email alerts", only.Subject);
        Assert.DoesNotContain("Missing teenager", only.TextBody);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_collect_a_days_releases_into_one_digest_at_the_digest_hour(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, new(AlertsTestExtensions.ManualSending) { ["PressCms:Alerts:DigestHour"] = "7" });
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        await journalist.SubscribeAndConfirmAsync(frequency: "Daily");
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Road closed after crash");
        newsroom.Clock.Advance(TimeSpan.FromHours(3));
        await newsroom.PublishNowAsync(officer, approver, "Road reopened");
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);

        // 07:00 in London the next morning.
        newsroom.Clock.Advance(TimeSpan.FromHours(19));
        Assert.Equal(1, (await newsroom.SendAlertsAsync()).Sent);
        Assert.Equal(0, (await newsroom.SendAlertsAsync()).Sent);

        var digest = Assert.Single(journalist.Alerts);
        Assert.Equal("Daily digest from Test newsroom: 2 releases", digest.Subject);
        Assert.Contains("Road closed after crash", digest.TextBody);
        Assert.Contains("Road reopened", digest.TextBody);
    }

    [Fact]
    public async Task Should_keep_the_typed_address_and_explain_when_it_is_not_an_email_address()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);

        var response = await journalist.SubscribeAsync(typed: "reporter at example-news");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter an email address in the correct format", html);
        Assert.Contains("value=\"reporter at example-news\"", html);
        await newsroom.SendAlertsAsync();
        Assert.Empty(newsroom.Sink.Messages);
    }

    [Fact]
    public async Task Should_answer_the_same_and_send_nothing_new_when_the_address_is_already_subscribed()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, Reporter);
        var first = await journalist.SubscribeAndConfirmAsync();

        var again = await journalist.SubscribeAsync();
        await newsroom.SendAlertsAsync();

        Assert.Equal((HttpStatusCode.Redirect, first.Headers.Location), (again.StatusCode, again.Headers.Location));
        Assert.Single(journalist.Inbox);
    }

    [Fact]
    public async Task Should_alert_only_subscribers_of_a_topic_the_release_is_in()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var appeals = new Journalist(newsroom, "appeals@example-news.co.uk");
        using var arrests = new Journalist(newsroom, "arrests@example-news.co.uk");
        await appeals.SubscribeAndConfirmAsync("kind:appeal");
        await arrests.SubscribeAndConfirmAsync("kind:arrest");
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);

        await newsroom.PublishNowAsync(officer, approver, "Appeal for dashcam footage");
        await newsroom.SendAlertsAsync();

        Assert.Equal("Appeal for dashcam footage", Assert.Single(appeals.Alerts).Subject);
        Assert.Empty(arrests.Alerts);
        Assert.Equal(HttpStatusCode.NotFound, (await appeals.Http.GetAsync("/alerts/subscribe?topic=category:no-such-thing")).StatusCode);
    }
}
