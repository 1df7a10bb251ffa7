using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>Email alerts for a combination of facets: "child protection in London" alerts only releases in both.</summary>
public sealed class CombinedTopicAlertTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_alert_a_subscriber_to_a_combination_only_for_releases_in_every_part(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        await AddTermsAsync(newsroom);
        using var london = new Journalist(newsroom, "london-desk@example-news.co.uk");
        using var everywhere = new Journalist(newsroom, "safeguarding@example-news.co.uk");
        // Written in another order than the site writes it: stored once, the site's way.
        await london.SubscribeAndConfirmAsync("area:london,category:child-protection");
        await everywhere.SubscribeAndConfirmAsync("category:child-protection");
        Assert.Contains("about Child protection in London", Assert.Single(london.Inbox).TextBody);
        await using (var scope = newsroom.Node.Services.CreateAsyncScope())
        {
            var topics = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Subscriptions.Select(s => s.Topic).OrderBy(t => t).ToListAsync();
            Assert.Equal(["category:child-protection", "category:child-protection,area:london"], topics);
        }
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);

        await newsroom.PublishNowAsync(officer, approver, "Man charged after online grooming investigation in Hackney", f =>
        {
            f["Input.Categories"] = "child-protection";
            f["Input.Area"] = "hackney";
        });
        await newsroom.PublishNowAsync(officer, approver, "Twelve safeguarding visits across London", f =>
        {
            f["Input.Categories"] = "child-protection";
            f["Input.Area"] = "london";
        });
        await newsroom.PublishNowAsync(officer, approver, "Knife arch operation at London stations", f =>
        {
            f["Input.Categories"] = "knife-crime";
            f["Input.Area"] = "london";
        });
        Assert.Equal(3, (await newsroom.SendAlertsAsync()).Sent);

        var alert = Assert.Single(london.Alerts);
        Assert.Equal("Twelve safeguarding visits across London", alert.Subject);
        Assert.Contains("You get this because you follow Child protection in London", alert.TextBody);
        Assert.Equal(["Man charged after online grooming investigation in Hackney", "Twelve safeguarding visits across London"],
            everywhere.Alerts.Select(a => a.Subject).Order());
    }

    [Theory]
    [InlineData("area:london,area:camden")]
    [InlineData("category:child-protection,area:atlantis")]
    [InlineData("category:child-protection,borough:camden")]
    public async Task Should_not_offer_alerts_for_a_combination_that_cannot_be(string topic)
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        await AddTermsAsync(newsroom);
        using var journalist = new Journalist(newsroom, "desk@example-news.co.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await journalist.Http.GetAsync("/alerts/subscribe?topic=" + Uri.EscapeDataString(topic))).StatusCode);
    }

    // The empty recipe has no taxonomy; a newsroom adds its own.
    private static async Task AddTermsAsync(MailedNewsroom newsroom)
    {
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        db.Terms.AddRange(
            new Term(TermKind.Category, "child-protection", "Child protection"),
            new Term(TermKind.Category, "knife-crime", "Knife crime"),
            new Term(TermKind.Area, "london", "London"),
            new Term(TermKind.Area, "hackney", "Hackney"));
        await db.SaveChangesAsync();
    }
}
